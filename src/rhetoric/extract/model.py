"""What an attribution rule returns: a ``Statement``, every attribute declared here with its
default, so that a rule that leaves one out gets the documented default, never a missing
attribute. The later stages (targets, stance, dates, channel) read these attributes."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(eq=False)
class Statement:
    """One statement found in an article, before its targets, stance and date are worked out.

    Offsets are into the article body. ``start``/``end`` is the span the row reports (the quote,
    or the reporting verb to the end of its clause); ``frame`` the sentence span(s) around it;
    ``content`` where its targets are looked for.
    """

    speaker: str
    kind: str                      # direct | partial | reported | authorial
    start: int
    end: int
    verb: str                      # the reporting verb as written ("" when none)
    sent_lo: int                   # index of its first and last sentence
    sent_hi: int
    frame: tuple[int, int]
    content: tuple[int, int]
    quote_inner: tuple[int, int] | None = None
    extra_targets: list[tuple[str, int, int]] = field(default_factory=list)
    #: the actor the verb addresses first ("accused Turkey …"), a target even when neutral
    primary: str | None = None
    flag: str = ""
    #: where a date of the statement may be stated (spans of the body, in order of preference)
    date_zone: list[tuple[int, int]] = field(default_factory=list)
    paragraph: int = -1
    said_on: str = ""
    precision: str = ""
    channel: str = ""
    #: the span the statement claims in its sentence, so that no other rule reads it again;
    #: None: (start, end)
    claim: tuple[int, int] | None = None
    #: where its subject (the speaker's mention) is; None: not known (see subject_start)
    subject_pos: int | None = None
    #: where the reporting verb is, when there is one
    verb_pos: int | None = None
    #: "…," she said of X: X is a target although the quote may not name it
    said_of: bool = False
    #: the actor a contact verb addresses ("phoned X to protest")
    addressee: str | None = None
    #: the actors the verbs of predicates joined to this one address ("… and demanded that
    #: Brussels act", ``reported._coordinated``): targets, whatever the stance toward them
    joined: list[str] = field(default_factory=list)
    #: the statement may be about an actor named before it ("criticized the move")
    anaphoric: bool = False
    #: who relays these words ("Ashby reported that Vučić praised …": Ashby), the one "he also"
    #: after them goes on from (``reported.reporting_verbs``); None when the speaker tells them
    relayed_by: str | None = None
    #: whom its quote calls "you" is told by the text (told to, a reply), not only guessed
    you_named: bool = False
    #: a span inside ``content`` whose mentions are not targets ("according to X")
    exclude_zone: tuple[int, int] | None = None
    #: (target, sign) fixed by the rule ("objections from the EU" to the clause's subject)
    nominal_target: tuple[str, int] | None = None
    #: a quote that continues this earlier statement (same speaker, verb, date, channel)
    inherit_from: Statement | None = None
    #: days after ``inherit_from``'s day the words were said ("— Ibid., the next morning.": 1)
    days_after: int = 0
    #: a paragraph of a text reproduced in passages (``attribution._by_passage``): judged on its own
    #: words, not as the reply of the passage before it
    passage: bool = False
    #: the earlier statement of the same speaker whose date this one took
    date_from: Statement | None = None
    #: authorial statements: their targets and stances, fixed when found
    fixed_targets: dict[str, int] = field(default_factory=dict)
    #: the stance toward each target, set when the rows are made
    scores: dict[str, int] = field(default_factory=dict)
    #: the same from the cues and VADER's lexicon alone, without the broad lexicon's extra
    #: words: what ``nonstatements.is_fact`` reads (a fact stays a fact for a wider lexicon)
    fact_scores: dict[str, int] = field(default_factory=dict)

    def claimed(self) -> tuple[int, int]:
        return self.claim if self.claim is not None else (self.start, self.end)

    def subject_start(self) -> int:
        """Where the statement's subject begins, else its start."""
        return self.subject_pos if self.subject_pos is not None else self.start
