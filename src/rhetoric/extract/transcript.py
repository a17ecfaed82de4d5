"""Interview transcripts: the answers are the interviewee's statements, the questions are none.

A transcript is a run of paragraphs labelled as questions and answers ("Q:" / "A:", "Question:"
/ "Answer:") or by speaker ("SMITH: …", "Interviewer: …"). The interviewee of a Q/A transcript
is the person the article introduces: the first person its title names, else the person named
most often before the first question. A label that names an actor of the registry (or a person
named before) speaks for that actor; "Q", "Question", "Interviewer" and the like never speak.
A broadcast transcript ("ANCHOR (studio): …", "REPORTER (Belgrade): …", "VUČIĆ (soundbite): …")
has narrators: their paragraphs are the programme's narration, read like article text (what
they report others said is found by the other rules), but for their questions. So are the hosts
of a programme that plays clips ("CLIP (KURTI): …", "CLIP, VUČIĆ: …"), whatever their labels, and
such a programme's clips are statements however few they are. A clip's subtitles name their
voice in brackets ("[PUTIN, translated] …", "[NARRATOR] …"), only when it changes: a cue without
a label goes on with the last voice, and a sound ("[APPLAUSE]") is none. A label may be a role
("The President:" in a call's memorandum), the person the role resolves to.

Each sentence of an answer is a statement (kind ``direct``), so that one long answer is not one
statement, but for a run of short sentences that is one utterance (``_ONE_UTTERANCE_WORDS``: "I
hate taking these people. I guarantee you they are bad."), each of which would be kept by itself.
A sentence that names no actor and takes no stance is left out afterwards like any attributed
fact (``rhetoric.extract.nonstatements``). Answers are dated like the rest of the
article: their date zone is the introduction, where the interview's day is told ("was the morning
guest of France Inter today"), its header's field lines first (a memorandum's "DATE, TIME AND
PLACE: January 28, 2017", not the day it was published); in a script labelled in capitals, the
stage directions before a turn come first, nearest first ("*A lectern … Monday 19 May.*"), not a
caption or an editor's note. A label may carry a stage direction in italics ("KARUA *(reading
aloud)*: …").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import TYPE_CHECKING

from rhetoric.corpus import CAPTION_TURN
from rhetoric.extract import vocabulary as v
from rhetoric.extract.clauses import CLAUSE_AFTER_BUT, NOT_IN_CLAUSE, hypothetical
from rhetoric.extract.dates import find_temporal_expressions
from rhetoric.extract.model import Statement
from rhetoric.extract.nonstatements import is_self_description, says_something
from rhetoric.extract.polarity import common_words_only
from rhetoric.extract.resolve import another_voice_heading
from rhetoric.extract.targets import own_side

if TYPE_CHECKING:
    from rhetoric.extract.context import ArticleContext

#: A label at the start of a paragraph: "Q:", "A.", "Question:", "SMITH:", "Jean-Noël Barrot:", "ĐURIĆ:"
#: (a name's capital outside ASCII, "Đurić", "Çavuşoğlu", "Šefčovič").
_LABEL = re.compile(r"(?P<quoted>>\s*)?"  # a line of a transcript quoted in a blockquote: "> 09:29:04 ATC: …"
                    # a time code: "[00:01:40] "; in a quoted line also bare, "09:31:17 " (not a ticker's "17:22 VUCIC …")
                    r"(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*|(?(quoted)\d{1,2}:\d{2}(?::\d{2})?\s+|(?!))|"
                    # (and a script's bare time code with its seconds before a label in capitals:
                    # "00:00:39 SYNC: …", "00:01:03 SYNC (NARRATOR): …")
                    r"\d{1,2}:\d{2}:\d{2}\s+(?=[A-ZÀ-Ž]{2,}[A-ZÀ-Ž ]*(?:\s*\([^()\n]{1,60}\))?\s*:))?"
                    # (a chat's turn, its clock time inside the bold before the name: "**14:03 Tomas:**")
                    r"(?:\*\*|__|\*)?(?P<chat>(?<=\*\*)\d{1,2}:\d{2}\s+(?=[A-ZÀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-Ž][\w'’.-]*)?:\*\*))?"
                    r"(?P<clip>(?:CLIP|SOUNDBITE|SOT|AUDIO|VIDEO|Clip|Soundbite|Audio),\s+)?"
                    # a subtitle's speaker in brackets, in capitals: "[PUTIN, translated] …", "[NARRATOR] …"
                    r"(?P<bracket>\[(?=[A-ZÀ-Ž][A-ZÀ-Ž'’. -]*[,\]]))?"
                    # (a reader's question: "Question from seanD_Cork:", "Q from Luka:")
                    r"(?P<label>(?:Q|Question)\s+from\s+[^:*_\n]{1,40}?(?=\s*(?:\*\*|__|\*)?:)|Q|A|Question|Answer|Interviewer|[A-ZÀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-Ž][\w'’.-]*){0,3}"
                    # (an office in a parliament's record: "The Secretary of State for Foreign and
                    # Commonwealth Affairs (Dominic Raab):")
                    r"|(?:The\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}(?:(?:of|for)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:and\s+)?[A-Z][\w'’.-]*){0,4}\s*){1,2}(?=\())"
                    # "VUČIĆ (soundbite, interpreted):", "ANCHOR (studio):"; a script's stage direction in
                    # italics, "KARUA *(reading aloud)*:"
                    r"(?:\s*(?P<italic>[*_])?\((?P<aside>[^()\n]{1,60})\)(?(italic)(?P=italic)))?"
                    r"(?:\s*\([^()\n]{1,40}\)){0,2}"  # ("Alistair Burt (North East Bedfordshire) (Ind):")
                    r"(?(bracket)(?:,[^\[\]\n]{1,40})?\]\s+|\s*(?:[:.](?:\*\*|__|\*)?|(?:\*\*|__|\*)[:.])\s+)")
#: A sentence that introduces the interview: "X broke that silence in an interview with …",
#: "X was the morning guest of …", "X spoke to us", "X sat down with …".
_INTERVIEW = re.compile(r"(?i)\b(?:interview|guest|spoke\s+to|speaking\s+to|talked\s+to|sat\s+down\s+with|told\s+(?:us|our))\b")
_ASKS = {"q", "question", "interviewer", "host", "moderator", "reporter", "journalist"}
#: A broadcast's own voices: what they say is the programme's narration, read like article text
#: (its reported speech and quotes are found as anywhere else), unless it is a question.
_NARRATORS = {"anchor", "presenter", "newsreader", "correspondent", "narrator", "voice-over", "voiceover",
              "on-screen quote", "caption", "reporter", "host", "vo", "ptc", "super", "stand-up", "standup"}
#: The label of an answer under a prompt in bold (``_prompted_answers``): the interviewee's.
PROMPTED = "answer to a prompt"
_ANSWERS = {"a", "answer", PROMPTED}
#: A label that says whose question follows: "Question from seanD_Cork", "Q from Luka".
_QUESTION_FROM = re.compile(r"(?:Q|Question)\s+from\s")


#: A line that declares a transcript's speaker codes, and each of its entries: TalkBank CHAT's
#: "@Participants: VUC Aleksandar_Vucic Speaker, JOU Journalist Reporter" (code, name, role), a
#: key's "Key: AV = Aleksandar Vučić; Q = interviewer", "Speakers: NAT – NATO official".
_CODES_LINE = re.compile(r"(?:[Pp]articipants|PARTICIPANTS|[Ss]peakers|SPEAKERS|[Kk]ey|KEY|[Ll]egend|LEGEND|[Cc]odes|CODES)"
                         r"[*_]*[ \t]*:[*_]*[ \t]*(?P<entries>[^\n]+)")  # (not a play's "Cast:", whose lines no one said)
#: What may stand before the label of such a line on it: CHAT's "@", emphasis, a blockquote's ">".
_CODES_LINE_LEAD = re.compile(r"[ \t>*_@#]*")
_CODE_ENTRY = re.compile(r"(?P<code>[A-Z][A-Z0-9]{0,5})[ \t]*(?:[=–—:][ \t]*|[ \t](?=[\w'’]))(?P<name>[^,;\n]{2,60})")
#: A participant's role after the name a transcript declares: CHAT's "Speaker", "Guest", "Analyst".
_PARTICIPANT_ROLES = frozenset({"speaker", "guest", "analyst", "participant", "witness", "interviewee", "expert",
                                "politician", "caller", "member", "recording", "clip",
                                "narrator", "target", "adult", "unidentified"})
#: A member of a body after the body's name there: "Nato_Official", "KFOR_Spokesperson" (``vocabulary.UNNAMED_SPEAKER``).
_MEMBER_WORD = re.compile(v.UNNAMED_SPEAKER, re.I)
#: A declared name's role word that makes the code one who asks: "Journalist", "Reporter".
_ASKING_ROLES = frozenset({"journalist", "reporter", "interviewer", "investigator", "host", "moderator", "presenter",
                           "facilitator", "researcher"})


def _declared_codes(ctx: ArticleContext) -> dict[str, str]:
    """The speaker codes a transcript declares (``_CODES_LINE``) -> the voice each names: the
    registry's name of the person its name resolves to ("Aleksandar_Vucic": Aleksandar Vučić; an
    unnamed "Nato_Official" speaks for NATO), "journalist" for one who asks or hosts, else the name
    as written when it is two capitalised words the registry lacks ("Caglar_Kurc Analyst": Caglar
    Kurc). Read once per article."""
    memo = ctx.__dict__.get("_declared_codes")
    if memo is not None:
        return memo
    out: dict[str, str] = {}
    ctx.__dict__["_declared_codes"] = out
    # (the label opens its line: not "… the key: …" in a sentence)
    for p in ctx.article.passages:
        if (line := _CODES_LINE.match(ctx.body, _CODES_LINE_LEAD.match(ctx.body, p.start, p.end).end(), p.end)) is None:
            continue
        for entry in _CODE_ENTRY.finditer(line.group("entries")):
            words = entry.group("name").replace("_", " ").strip(" .").split()
            if not words:
                continue
            if any(w.strip("()[],.;").lower() in _ASKING_ROLES for w in words):
                out[entry.group("code")] = "journalist"  # ("HN = Hanna Neumann (host)": one who asks and leads in)
                continue
            while len(words) > 1 and (words[-1].lower().strip("()[]") in _PARTICIPANT_ROLES or words[-1].startswith("(")):
                words.pop()  # (the name, then its role: "Aleksandar Vucic Speaker", "Tor Halvorsen (interviewee)")
            # (the name, perhaps then a role of CHAT's own: "Teimuraz_Ramishvili Ambassador"; a person, not a key of
            # abbreviations, "FIG = Falkland Islands Government", "AR = Argentina", "UKOT = UK Overseas Territory")
            found = next((a for n in range(len(words), 1 if len(words) > 1 else 0, -1)
                          if (a := ctx.reg.resolve(" ".join(words[:n]))) is not None), None)
            if found is not None and ctx.reg.actors[found].kind != "person":
                found = None
            if found is None and len(words) >= 2 and _MEMBER_WORD.fullmatch(words[-1]) and \
                    (body := ctx.reg.resolve(" ".join(words[:-1]))) is not None and \
                    ctx.reg.actors[body].kind not in ("person", "state", "media"):
                found = body  # ("NAT Nato_Official Speaker": an unnamed official of the body)
            if found is not None:
                out[entry.group("code")] = ctx.reg.actors[found].name
            elif any(w.lower() in _ASKING_ROLES for w in words[:2]):
                out[entry.group("code")] = "journalist"
            elif len(words) == 2 and words[0][:1].isupper() and words[1][:1].isupper() and \
                    not ctx.reg.find_mentions(" ".join(words)) and not common_words_only(words):
                out[entry.group("code")] = " ".join(words)  # (a person the registry lacks: "CKU Caglar_Kurc Analyst")
    return out


def _labels(ctx: ArticleContext) -> list[tuple[int, str, int]]:
    """(paragraph index, label, where its text starts) of the labelled paragraphs. In a programme
    that plays clips ("CLIP, VUČIĆ (interpreted): …"), the labels the registry does not know are
    its presenters ("[00:00:19] DAVID: …"), narrators like an anchor's."""
    out = []
    matches = [(i, m, _voice_in_aside(ctx, m) if m is not None else None)
               for i, p in enumerate(ctx.paras) for m in [_LABEL.match(ctx.body, p.start, p.end)]]
    cues = screenplay_cues(ctx)
    # a programme that plays clips: "CLIP, VUČIĆ: …", or a clip's voice in brackets ("CLIP (KURTI): …")
    clips = any(m is not None and (m.group("clip") or voice) for _, m, voice in matches)
    # (a chat's turns, their clock time in the bold, "**14:03 Tomas:**"; not a live page's timed
    # entries, one of which names a place, "**18:05 Freetown:**": none of its timed labels is a turn)
    live_page = any(m is not None and m.group("chat") and _names_no_person(ctx, m.group("label")) for _, m, _v in matches)
    codes = _declared_codes(ctx)
    for i, m, voice in matches:
        if m is not None and m.group("chat") and live_page:
            continue
        if m is not None and m.group("label") in codes and ":" in m.group():
            out.append((i, codes[m.group("label")], m.end()))  # "*VUC: …" under "@Participants: VUC Aleksandar_Vucic …"
            continue
        if i in cues:
            out.append((i, cues[i], ctx.paras[i].start))  # "ĐURIĆ" over "The decision of …": a screenplay's cue
            continue
        if m is not None and m.group("bracket") and not _bracket_voice(ctx, m.group("label")):
            continue  # "[APPLAUSE] …", "[CROWD CHANTING] …": a sound, nobody's label
        if m is not None and _QUESTION_FROM.match(m.group("label")):
            out.append((i, "question", m.end()))  # "**Question from NualaB:** Is …?"
            continue
        if voice:
            out.append((i, voice, m.end()))  # "SOT (Aleksandar Vučić, President of Serbia): …"
            continue
        if m is not None and m.group("label").lower() in _SPEECH_LABELS and ":" in ctx.body[m.start("label"):m.end()]:
            # "00:00:39 SYNC: …": the voice of the caption over it ("SYNC (NARRATOR): …" is narration)
            if (m.group("aside") or "").strip().lower() in _NARRATORS:
                out.append((i, "narrator", m.end()))
            elif (who := _captioned_voice(ctx, i)) is not None:
                out.append((i, who, m.end()))
            continue
        member = _member_label(ctx, m) if m is not None and ":" in m.group() else None
        if member and _TO_ASK.match(ctx.body, m.end() - 2):
            out.append((i, "question", m.end()))  # "… (Con):* To ask the Secretary of State …": a question
            continue
        if member:
            out.append((i, member, m.end()))  # "*Alistair Burt (North East Bedfordshire) (Ind):* …"
            continue
        if m is not None and clips and not m.group("clip") and m.group("label").lower() not in _NARRATORS \
                and not (ctx.reg.resolve(m.group("label")) or ctx.reg.resolve(m.group("label").title())) \
                and not _full_name_in_text(ctx, m.group("label")):
            out.append((i, "presenter", m.end()))
            continue
        if m and ":" not in m.group() and m.group("label").lower() not in _ASKS | _ANSWERS \
                and _names_no_person(ctx, m.group("label")):
            continue  # "**Pristina.** The portal …", "BELGRADE. …": a place that leads a paragraph
        if m and (m.group("label").lower() in _ASKS | _ANSWERS | _NARRATORS or ctx.reg.resolve(m.group("label"))
                  or (m.group("label").isupper() and (_named_in_text(ctx, m.group("label")) or m.group("quoted")))):
            # (a voice of a transcript quoted line by line: "> 09:31:17 PILOT: …", "> ATC: …")
            out.append((i, m.group("label"), m.end()))
        elif m and ":" in m.group() and (holder := _role_label(ctx, m)) is not None:
            out.append((i, holder, m.end()))  # "The President: …" in a call's memorandum
        elif m and ":" in m.group() and _is_question(ctx, i):
            out.append((i, "question", m.end()))  # "REUTERS: Will China retaliate?": a reporter's question
    if not out:
        out = _prompted_answers(ctx)
    if not out:
        out = _contributions(ctx)
    return out


#: A screenplay's character cue, a line of its own in capitals: the name, then perhaps how the
#: voice is heard, "VUČIĆ (V.O.)", "ĐURIĆ (CONT'D)", "KURTI (O.S.) (CONT'D)".
_CUE = re.compile(r"[ \t]*(?P<label>[A-ZÀ-Ž][A-ZÀ-Ž'’.-]+(?:[ \t]+[A-ZÀ-Ž][A-ZÀ-Ž'’.-]+){0,3})(?:[ \t]*\([^()\n]{1,20}\))*[ \t]*")
#: A screenplay's parenthetical under a cue: "(his post, as he types it)".
_PARENTHETICAL = re.compile(r"[ \t]*\([^()\n]{1,80}\)[ \t]*")


def screenplay_cues(ctx: ArticleContext) -> dict[int, str]:
    """``_cued_lines`` of the voices the registry knows as persons (an "AIDE", an "ADVISER" or a
    "MAJOR ARJUN MEHTA" the writer invented speaks for no one)."""
    return {i: label for i, label in _cued_lines(ctx).items() if label}


def _cued_lines(ctx: ArticleContext) -> dict[int, str]:
    """Paragraph index -> the voice of a screenplay's dialogue: the paragraph right under a
    character cue ("ĐURIĆ", "VUČIĆ (V.O.)") and perhaps its parenthetical ("(the words appearing
    on screen)"), one line under the other, in a text with scene headings ("14 EXT. … - DAY"); ""
    for a voice the registry does not know as a person. Found once per article."""
    if (found := getattr(ctx, "_cued", None)) is not None:
        return found
    out: dict[int, str] = {}
    ctx._cued = out
    passages = ctx.article.passages
    if not any(_SCENE.match(ctx.article.body, p.start, p.end) for p in passages if p.kind == "heading"):
        return out  # (a screenplay has scene headings: not a profile's names in capitals over their lines)
    index = {p.start: k for k, p in enumerate(passages)}
    for i, para in enumerate(ctx.paras):
        k = index.get(para.start, 0) - 1
        if k >= 0 and _PARENTHETICAL.fullmatch(ctx.body, passages[k].start, passages[k].end) and \
                ctx.body[passages[k].end:passages[k + 1].start] == "\n":
            k -= 1
        if k < 0 or ctx.body[passages[k].end:passages[k + 1].start] != "\n" or \
                (m := _CUE.fullmatch(ctx.body, passages[k].start, passages[k].end)) is None:
            continue
        label = m.group("label")
        who = ctx.reg.resolve(label) or ctx.reg.resolve(label.title())
        out[i] = label if who is not None and getattr(ctx.reg.actors.get(who), "kind", "") == "person" else ""
    return out


#: A screenplay's scene heading: "14 EXT. ADEM JASHARI INTERNATIONAL AIRPORT, PRISTINA - DAY", "INT. PRESIDENCY - NIGHT".
_SCENE = re.compile(r"[ \t*_#]*(?:\d{1,3}[A-Z]?[ \t]+)?(?:INT\.?/EXT|EXT\.?/INT|INT|EXT|I/E)\.[ \t]")


#: How many scenes back a screenplay's dialogue may be dated from (``_scene_above``).
SCENES_BACK = 3


def _scene_above(ctx: ArticleContext, i: int) -> list[tuple[int, int]]:
    """The lines above a screenplay's dialogue paragraph ``i`` up to its scene's heading, nearest
    first: the caption that dates the scene ("SUPER: Belgrade, 17:14", "SUPER: The same night")
    and the action lines (what dates the words spoken in the scene); not the scene's dialogue,
    whose "Yesterday" is a voice's own. A scene that tells no time is of the one
    before's ("INT. PRESIDENT'S OFFICE, PRISTINA - NIGHT" after "SUPER: The same night"), up to
    ``SCENES_BACK`` scenes."""
    out, scenes = [], 0
    spoken = {ctx.paras[j].start for j in _cued_lines(ctx)}  # (any voice's, an invented aide's too)
    passages = ctx.article.passages
    k = bisect.bisect_left([p.start for p in passages], ctx.paras[i].start)  # (the passages before the dialogue)
    for p in reversed(passages[:k]):
        if p.start in spoken:
            continue
        out.append((p.start, p.end))
        scenes += bool(_SCENE.match(ctx.article.body, p.start, p.end))  # (as written: the body reads it in running case)
        if scenes == SCENES_BACK or len(out) > 2 * CAPTION_PASSAGES:
            break
    return out


#: A script's label of speech heard that names no voice: "SYNC:", "SOT:", "ACTUALITY:" (whose
#: voice a caption over it names, ``_captioned_voice``).
_SPEECH_LABELS = frozenset({"sync", "sot", "actuality", "soundbite", "bite", "audio"})
#: A script's label of text on the screen that may name who speaks under it: "CAPTION: President
#: Cyril Ramaphosa, video message, 3 September 2019", "SUPER: …", "LOWER THIRD: …".
_CAPTION_LABELS = frozenset({"caption", "super", "lower third", "aston", "chyron", "namestrap", "strap"})


#: How many passages above a speech line its caption may stand, at most.
CAPTION_PASSAGES = 12
#: After a caption's name, the name used as a modifier: "Maduro supporters, Caracas" names a crowd.
_MODIFIED_NAME = re.compile(r"[ \t]+[a-z]")


def _captioned_voice(ctx: ArticleContext, i: int) -> str | None:
    """The voice of paragraph ``i``, a script's speech label that names none ("00:00:39 SYNC: …"):
    the person that the last caption above it opens with, a title before the name at most
    ("CAPTION: President Cyril Ramaphosa, video message, 3 September 2019"); None when the last
    caption opens with no one ("CAPTION: Televised address, 5 September 2019", "CAPTION: Harare,
    funeral of …": only the pictures tell who speaks now) or names a crowd ("Maduro supporters"),
    when a heading or ``CAPTION_PASSAGES`` passages come first, or a narrator's line after the
    captioned voice has spoken (the scene has moved on; narration between a caption and the first
    words under it is over the pictures); a caption that quotes is a card, passed over."""
    from rhetoric.extract.resolve import is_person, resolve

    passages = ctx.article.passages
    k = bisect.bisect_left([q.start for q in passages], ctx.paras[i].start)
    narrated = False
    for p in reversed(passages[max(0, k - CAPTION_PASSAGES):k]):
        if p.kind == "excluded":
            continue
        # (a caption may be a heading: "00:00:36 CAPTION: President Cyril Ramaphosa, video message, …")
        m = _LABEL.match(ctx.body, p.start, p.end)
        label = m.group("label").lower() if m is not None else ""
        if label in _NARRATORS - _CAPTION_LABELS or (m is not None and (m.group("aside") or "").strip().lower() in _NARRATORS):
            narrated = True  # ("VO: …", "SYNC (NARRATOR): …": narration over the pictures)
            continue
        if narrated and label in _SPEECH_LABELS:
            return None  # (the voice spoke before the narration: the scene has moved on)
        if label not in _CAPTION_LABELS or ":" not in ctx.body[m.start("label"):m.end()]:
            if p.kind == "heading" and m is None:
                return None  # ("## Part two")
            continue
        if v.MASK in ctx.masked[m.end():p.end]:
            continue
        x = next((c for c in ctx.cands_in(m.end(), p.end) if c.kind in ("mention", "name", "role")), None)
        if x is None or not _TITLE_WORDS.fullmatch(ctx.body, m.end(), x.start) and ctx.body[m.end():x.start].strip() or \
                _MODIFIED_NAME.match(ctx.body, x.end):
            return None  # (it opens with a place, an occasion or a crowd: who speaks now only the pictures tell)
        who = resolve(ctx, x)
        if who is None or not is_person(ctx, who) or \
                any(w.strip(",.;:()").lower() in _NARRATORS for w in ctx.body[x.end:p.end].split()):
            return None  # ("CAPTION: Anna Kowalska, reporter, Warsaw": a piece to camera is the programme's own)
        return ctx.reg.actors[who].name if who in ctx.reg.actors else who
    return None


#: A heading that introduces an interview set out as prompts and answers, and names whom:
#: "## A conversation with Anna Kowal", "### Q&A with the historian Marta Nowak".
_INTERVIEW_HEADING = re.compile(r"(?i)(?<![\w-])(?:conversation|interview|q\s*&\s*a)\s+with\s")
#: An interviewer's prompt set out in bold on a line of its own: "**Why a book about silence?**".
_BOLD_PROMPT = re.compile(r"[ \t]*(?:\*\*|__)[^*_\n]{3,200}(?:\*\*|__)[ \t]*")


def _prompted_answers(ctx: ArticleContext) -> list[tuple[int, str, int]]:
    """An interview set out as prompts in bold, each on a line of its own, and answers under them,
    under a heading that says it is an interview ("## A conversation with Aigerim Nurlanova" over
    "**Why a book about silence?**" / "Because in Astana …"): the paragraph right under each
    prompt is an answer (``PROMPTED``, the interviewee's, ``_interviewee``: the person that
    heading names first); two such answers or more, else none."""
    passages = ctx.article.passages
    para_at = {p.start: i for i, p in enumerate(ctx.paras)}
    out: list[tuple[int, str, int]] = []
    inside = False
    for k, p in enumerate(passages[:-1]):
        if p.kind != "heading":
            continue
        line = ctx.body[p.start:p.end]
        if line.lstrip().startswith("#") or not _BOLD_PROMPT.fullmatch(line):
            inside = bool(_INTERVIEW_HEADING.search(line))  # (a section heading: the interview's, or another's)
            continue
        nxt = passages[k + 1]
        if inside and nxt.start in para_at and ctx.body.count("\n", p.end, nxt.start) <= 2:
            out.append((para_at[nxt.start], PROMPTED, nxt.start))
    return out if len(out) >= 2 else []


#: A contributor's line over the contribution: the name in bold, then what it is after a comma or
#: a separator ("**Helena Marsh**, University of Leeds · Agree · Confidence 7", "**Jan Novák** —
#: former ambassador"): a panel's, a symposium's or a roundup's entry.
_CONTRIBUTOR_LINE = re.compile(r"[ \t]*(?:\*\*|__)(?P<name>[A-ZÀ-Ž][\w'’.-]*(?:[ \t]+[A-ZÀ-Ž][\w'’.-]*){1,3})(?:\*\*|__)"
                               r"[ \t]*(?:,|[·|•—–])[ \t]*[^\n]{2,120}")
#: A short line between a contributor's line and the contribution: a badge, a rating or a verdict in
#: a few words, no sentence ("🍅 Rotten", "🟢 Fresh (revised from Rotten)", "★★☆☆☆", "Verdict: B+").
_BADGE_LINE = re.compile(r"[ \t]*[^\w\s]*+[ \t]*+(?:[\w+/()-]++[ \t:]*+){0,5}+[^\w\n]*+[ \t]*+")
#: A badge that is the text's own finding or the entry's part in a programme, not a contributor's
#: verdict: "❌ False", "⚠️ Misleading", "✅ Checked", "⚠️ Deleted", "🎤 Opening talk", "Keynote".
_NOT_A_VERDICT_BADGE = re.compile(r"(?i)(?<![\w-])(?:false|true|misleading|fake|unverified|unproven|incorrect|correct|"
                                  r"inaccurate|accurate|partly|mostly|missing|satire|checked|debunked|fact|talk|keynote|"
                                  r"deleted|removed|hidden|reported|flagged|withdrawn|"
                                  r"panel|session|speaker|moderator|chair|host|guest)(?![\w-])")
#: A contribution that tells of its contributor, not in their words: a biography ("She has taught …").
_THIRD_PERSON_OPENING = re.compile(r"[ \t]*(?:He|She|They)\s")
#: What the title or the text above the entries says they are: answers to a question put to them
#: ("Our panel … answers one question a month", "We asked five diplomats", "reactions", "comments"),
#: letters, tributes, words of the week …
_ANSWERS_CUE = re.compile(r"(?i)(?<![\w-])(?:panel\w*|we\s+asked|asked\s+(?:our\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:experts?|analysts?|"
                          r"diplomats?|lawyers?|scholars?|economists?|contributors?|readers?|commentators?|observers?)|"
                          r"symposium|round[- ]?table|round-?up|respon(?:d\w*|ses?)|answer\w*|comment\w*|verdicts?|"
                          r"weigh\w*\s+in|react\w*|letters?|remember\w*|tributes?|in\s+(?:their\s+own\s+)?words|quotes?)(?![\w-])")
#: … and not who they are: a who's-who, a programme's speakers or a show's guests (as a heading, a
#: title or a label, or named as such: "## Speakers", "Guests:", "Meet the speakers", "a guide to
#: the speakers"; not "the row's real speakers"), contributors' notes, a book list, obituaries.
_WHO_THEY_ARE = re.compile(r"(?i)(?<![\w-])(?:about\s+the\s+(?:contributors|authors|speakers|panel\w*)|notes\s+on\s+contributors|"
                           r"biograph\w*|who['’]s\s+who|guide\s+to\s+the\s+(?:people|speakers|guests|panel\w*)|"
                           r"(?:meet|introducing|our|today['’]s|tonight['’]s|this\s+year['’]s)\s+(?:the\s+)?(?:speakers|guests)|"
                           r"(?:^|(?<=\n))[#*_ \t]*(?:speakers|guests)|(?:speakers|guests)[*_ \t]*:|line-?up|programme|"
                           r"program|obituar\w*|books?|titles)(?![\w-])")


_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _contributions(ctx: ArticleContext) -> list[tuple[int, str, int]]:
    """A panel's, a symposium's or a roundup's entries: a contributor's line (``_CONTRIBUTOR_LINE``:
    a person's name in bold, then an affiliation or a vote) over a paragraph of unquoted prose,
    which is the contributor's own comment; two such entries or more, under a text that says they
    answer something (``_ANSWERS_CUE``) and not who they are (``_WHO_THEY_ARE``), else none. Not an entry
    that tells of its contributor (a who's-who: "She has taught …", or the name's own surname in
    it), nor one of field lines ("*Quote:* “…”") or that is a quotation (the other rules read it)."""
    passages = ctx.article.passages
    para_at = {p.start: i for i, p in enumerate(ctx.paras)}
    out: list[tuple[int, str, int]] = []
    for k, p in enumerate(passages[:-1]):
        if p.kind != "heading" or (m := _CONTRIBUTOR_LINE.fullmatch(ctx.body, p.start, p.end)) is None or \
                _YEAR.search(ctx.body, m.end("name"), p.end) or "*" in ctx.body[m.end("name") + 2:p.end]:
            continue  # (a life's years or a book's title in italics after the name: an obituary, a book list)
        if not out:  # (the text above the first entry says what the entries are)
            intro = f"{ctx.article.meta.title or ''}\n{ctx.body[:p.start]}"
            if not _ANSWERS_CUE.search(intro) or _WHO_THEY_ARE.search(intro):
                return []
        j = k + 1
        while j + 1 < len(passages) and _badge(ctx, passages[j]) and ctx.body.count("\n", passages[j - 1].end, passages[j].start) <= 1:
            j += 1  # (past a badge or a rating on its own line: "🍅 Rotten", "★★★★☆", "Verdict: B+")
        if any(_NOT_A_VERDICT_BADGE.search(ctx.body, passages[b].start, passages[b].end) for b in range(k + 1, j)):
            continue  # ("❌ False" over a checker's finding, "🎤 Opening talk" over a speaker's biography: not their words)
        nxt = passages[j]
        if nxt.start not in para_at or ctx.body.count("\n", passages[j - 1].end, nxt.start) > 1:
            continue
        name = m.group("name")
        text = ctx.body[nxt.start:nxt.end]
        person = any(c.person for c in ctx.cands_in(m.start("name"), m.end("name")) if c.kind in ("mention", "name"))
        if not person or _THIRD_PERSON_OPENING.match(text) or _QUOTE_MARK.match(text.lstrip(" \t*_>")) or v.FIELD_LABEL.match(text) or \
                re.search(r"(?<![\w-])" + re.escape(name.split()[-1]) + r"(?![\w-])", text):
            continue  # (a who's-who, a record's field lines, or a quotation: not a comment in its own words)
        out.append((para_at[nxt.start], name, nxt.start))
    return out if len(out) >= 2 else []


#: Where the introduction names the programme's own people, and as what: its host ("Host: Dana
#: Morina", "Hosts: …", "In the studio: …", "presented by …", "moderated by ministry spokesman …") or its reporter
#: ("our diplomatic correspondent, Luan Gashi", "the station's reporter …"). Not "the summit's
#: host, …" (a guest), nor its analysts or commentators, whose lines are opinions.
_OWN_NAME = r"(?:[a-z]+\s+){0,2}?(?P<G>[A-ZÀ-Ž][\w'’-]*(?:\s+[A-ZÀ-Ž][\w'’-]*){0,3})"
_OWN_VOICE_BEFORE = re.compile(
    r"(?:(?<![\w-])(?P<host>(?i:hosts?|presenters?|anchor|moderator|in\s+the\s+studio)\s*:|(?i:hosted|presented|moderated)\s+by)|"
    r"(?<![\w-])(?P<reporter>(?i:our|the\s+(?:programme|program|show|station|paper|channel)['’]s)\s+(?:[\w-]+\s+){0,3}?"
    r"(?i:correspondent|reporter)))\s*,?\s*" + _OWN_NAME.replace("G", "first") +
    r"(?:\s*(?:,|and|&)\s*" + _OWN_NAME.replace("G", "second") + ")?")
_OWN_VOICE_AFTER = re.compile(
    _OWN_NAME.replace("G", "first") + r"\s*[,(]\s*(?i:our|the\s+(?:programme|program|show|station|paper|channel)['’]s)\s+"
    r"(?:[\w-]+\s+){0,3}?(?P<reporter>(?i:correspondent|reporter|host|presenter))(?![\w-])")


def _own_voices(ctx: ArticleContext, labels: list[tuple[int, str, int]]) -> list[tuple[int, str, int]]:
    """The labels of the programme's own people, whom the introduction names as its host or its
    correspondent (``_OWN_VOICE_BEFORE``, ``_OWN_VOICE_AFTER``; the label is the whole name, its
    first or its last word): a host's become "host" (who asks), a reporter's "correspondent" (a
    narrator): what a correspondent tells others said is found by the other rules ("Yesterday he
    was in Ankara … he wrote that he was appalled"), as in a broadcast."""
    if not labels:
        return labels
    roles: dict[str, str] = {}
    for rx in (_OWN_VOICE_BEFORE, _OWN_VOICE_AFTER):
        for m in rx.finditer(ctx.body):  # (an introduction of its own, or a first line "Host: …. Guest: …")
            reporter = (m.group("reporter") or "").lower()
            kind = "correspondent" if reporter.endswith(("correspondent", "reporter")) else "host"
            for g in ("first", "second"):
                name = m.groupdict().get(g)
                if name:
                    words = name.split()
                    for key in {name, words[0], words[-1]}:
                        roles.setdefault(key.casefold(), kind)
    relaying = _relaying_voices(ctx, labels)
    out = []
    for i, label, t in labels:
        own = None
        if label.lower() not in _ASKS | _ANSWERS | _NARRATORS and \
                not (ctx.reg.resolve(label) or ctx.reg.resolve(label.title())):  # (a registry voice is never the programme's)
            own = roles.get(label.casefold()) or ("correspondent" if label in relaying else None)
        out.append((i, own or label, t))
    return out


#: A third person's words reported in a turn: "the President's spokesman said she was", "Mr Nasir
#: answered on the Wednesday", "Danese read the government's statement" (not "I said", "we wrote").
_OTHERS_REPORTED = re.compile(r"(?<![\w-])(?:[A-Z][\w'’.-]*|he|she|they|his|her)(?:\s+[\w'’.-]+){0,6}?\s+"
                              r"(?:said|says|told|wrote|answered|added|replied|declared|read|called)(?![\w-])")
_FIRST_PERSON_REPORT = re.compile(r"(?<![\w-])(?:I|[Ww]e)\s+(?:[\w'’-]+\s+){0,2}$")


def _relaying_voices(ctx: ArticleContext, labels: list[tuple[int, str, int]]) -> set[str]:
    """The labels of voices the registry does not know whose turns, most of them and two at least,
    tell what others said, when two such voices or more speak ("HELENA CORDEIRO: … That same
    afternoon the President's spokesman said she was “distressed and outraged” …", a seminar's
    speakers relaying the leaders' words): narrators, like a programme's correspondent; their own
    remarks are no statements, what they report is found by the other rules."""
    turns: dict[str, list[bool]] = {}
    for i, label, t in labels:
        if label.lower() in _ASKS | _ANSWERS | _NARRATORS or ctx.reg.resolve(label) or ctx.reg.resolve(label.title()):
            continue
        p = ctx.paras[i]
        relays = any(not _FIRST_PERSON_REPORT.search(ctx.masked, max(p.start, m.start() - 20), m.start())
                     for m in _OTHERS_REPORTED.finditer(ctx.masked, t, p.end)) if v.MASK in ctx.masked[t:p.end] else False
        turns.setdefault(label.split()[-1].casefold(), []).append(relays)  # ("HELENA CORDEIRO", then "CORDEIRO")
    voices = {label for _i, label, _t in labels if len(seen := turns.get(label.split()[-1].casefold(), [])) >= 2
              and 2 * sum(seen) > len(seen)}
    # (a panel: two voices at least; one caller who relays the news in a phone-in is still a caller)
    return voices if len({v.split()[-1].casefold() for v in voices}) >= 2 else set()


_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness)\.?\s+")


def _member_label(ctx: ArticleContext, m: re.Match) -> str | None:
    """A parliament's record: a label in mixed case whose bracket says who holds it ("The
    Secretary of State for Foreign and Commonwealth Affairs (Dominic Raab):", the registry's person
    the bracket opens with), or a person of the registry named with an honorific and brackets
    after ("Mr Tobias Ellwood (Bournemouth East) (Con):"). None for a label in capitals (a
    script's, ``_voice_in_aside``) or without brackets."""
    label, aside = m.group("label"), m.group("aside")
    if not aside or label.isupper():
        return None
    # ("INTERPRETER (for Vučić): …", "TRANSLATION (on behalf of Erdoğan): …": the one interpreted)
    who = _FOR_WHOM.sub("", aside.split(",")[0].strip())
    found = ctx.reg.resolve(who)
    if found and ctx.reg.actors.get(found) is not None and ctx.reg.actors[found].kind == "person" and \
            not ctx.reg.resolve(label):
        return who
    bare = _HONORIFIC.sub("", label, count=1)
    found = ctx.reg.resolve(bare)
    if found and ctx.reg.actors.get(found) is not None and ctx.reg.actors[found].kind == "person":
        return bare
    if m.group().count("(") >= 2 and _PERSON_NAME.fullmatch(bare) and not ctx.reg.resolve(bare.split()[-1]):
        return bare  # ("Alistair Burt (North East Bedfordshire) (Ind):": a member the registry does not know)
    return None


#: Two or three capitalised words: a person's name in a label.
_PERSON_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}")


#: Before the person an interpreter speaks for: "(for Vučić)", "(on behalf of Erdoğan)".
_FOR_WHOM = re.compile(r"^(?i:for|on\s+behalf\s+of)\s+")


def _voice_in_aside(ctx: ArticleContext, m: re.Match) -> str | None:
    """A script's production label with the speaker in brackets ("SOT (Vučić): …", "QUOTE CARD
    (Albin Kurti, acting prime minister, Facebook): …", an interpreter's "INTERPRETER (for
    Vučić): …"): the person of the registry the bracket
    opens with, when the label itself is no voice the registry or the article knows; else None."""
    aside, label = m.group("aside"), m.group("label")
    if not aside or not label.isupper() or ":" not in m.group() or label.lower() in _ASKS | _ANSWERS | _NARRATORS \
            or ctx.reg.resolve(label) or ctx.reg.resolve(label.title()):
        return None
    # ("INTERPRETER (for Vučić): …", "TRANSLATION (on behalf of Erdoğan): …": the one interpreted)
    who = _FOR_WHOM.sub("", aside.split(",")[0].strip())
    found = ctx.reg.resolve(who)
    actor = ctx.reg.actors.get(found) if found else None
    return who if actor is not None and actor.kind == "person" else None


#: A header's field line that tells when: "DATE, TIME AND PLACE: January 28, 2017", "Date: 3
#: October", "Recorded: …" (not "Updated: …", "Published: …": when the page was, not the words).
_FIELD_LINE = re.compile(r"[*_]*(?:[A-Za-z]+,?\s+){0,4}?(?i:date|time|when|held|recorded)(?:,?\s+[A-Za-z]+){0,4}[*_]*:")
#: Capitalised words before a name in a label: a title ("Prime Minister ", "President ").
_TITLE_WORDS = re.compile(r"(?:[A-Z][a-z]+\.?\s+){1,3}")


def _bracket_voice(ctx: ArticleContext, label: str) -> bool:
    """Whether a subtitle's bracketed label in capitals is a voice: a narrator's, the registry's
    or a person the text names with a first name ("[PUTIN, translated]", "[NARRATOR]"), not a
    sound ("[APPLAUSE]", "[CROWD CHANTING]")."""
    return label.lower() in _NARRATORS | _ASKS or bool(ctx.reg.resolve(label) or ctx.reg.resolve(label.title())) \
        or _full_name_in_text(ctx, label)


def _role_label(ctx: ArticleContext, m: re.Match) -> str | None:
    """A label that is a role ("The President:", "The Prime Minister:", a call's memorandum or a
    minute's), or a title and a name ("Prime Minister Tusk:"): the name of the person the role
    is resolved to where it stands (the article's holder of that office, ``resolve``), else
    None."""
    from rhetoric.extract.resolve import resolve

    lo, hi = m.start("label"), m.end("label")
    x = next((c for c in ctx.cands_in(lo, hi) if c.kind == "role" and (c.start, c.end) == (lo, hi)
              # (or a title and the holder's name: "Prime Minister Tusk:")
              or c.kind in ("mention", "name") and c.person and c.end == hi and _TITLE_WORDS.fullmatch(ctx.body, lo, c.start)),
             None)
    if x is None:
        return None
    found = resolve(ctx, x)
    actor = ctx.reg.actors.get(found) if found else None
    return actor.name if actor is not None and actor.kind == "person" else None


def _abbreviated(ctx: ArticleContext, label: str) -> str | None:
    """The one actor of the registry an abbreviation in capitals is a word of the aliases of
    ("ATC" of "Minsk ATC"), else None."""
    if not label.isupper() or " " in label or len(label) < 2 or label.lower() in _TITLE_ABBREVIATIONS:
        return None
    word = re.compile(r"(?<![\w-])" + re.escape(label) + r"(?![\w-])")
    found = {a.id for a in ctx.reg.actors.values() for alias in a.aliases if word.search(alias)}
    # (and one the article names: "Minsk Control" in the exchange; not "PM" of "PM Modi")
    return found.pop() if len(found) == 1 and any(mt.actor in found for mt in ctx.all_mentions) else None


#: Abbreviations of a title, not of an actor's name: "PM: …" in minutes is whoever holds the post.
_TITLE_ABBREVIATIONS = frozenset("pm dpm fm mp mep vp ceo potus flotus hm hrh sg".split())


def _named_in_text(ctx: ArticleContext, label: str) -> bool:
    """Whether a capital label ("SMITH", "ANNA VELL") is a person the article names in its text
    ("John Smith said …"), or a voice the registry knows: section labels of a bulletin or a
    newsletter ("HEADLINES", "ITEM ONE", "CUE", "LOOKING AHEAD") name nobody and speak for
    nobody, so their paragraphs are read as article text."""
    if ctx.reg.resolve(label.title()):
        return True
    # "John McCarthy" for "MCCARTHY": the name in running text, capitalised as a name, not the label
    name = re.compile(r"(?<![\w])" + re.escape(label) + r"(?![\w])", re.I)
    return any(found.group()[0].isupper() and not found.group().isupper()
               for p in ctx.paras for found in name.finditer(ctx.body, p.start, p.end))


def _full_name_in_text(ctx: ArticleContext, label: str) -> bool:
    """Whether the text names a label's person with a first name ("With me is Jan Nowak of …"
    for "NOWAK"): a guest the programme introduces, not a host called by a first name ("So,
    Paul, what arrived?")."""
    name = re.compile(r"[A-Z][\w'’-]+\s+" + re.escape(label.title()) + r"(?![\w'’-])")
    return any(name.search(ctx.body, p.start, p.end) for p in ctx.paras)


def _names_no_person(ctx: ArticleContext, label: str) -> bool:
    """Whether a label names an actor that is not a person (a place, a state, a body)."""
    found = ctx.reg.resolve(label) or ctx.reg.resolve(label.title())
    actor = ctx.reg.actors.get(found) if found else None
    return actor is not None and actor.kind != "person"


def _asker_label(ctx: ArticleContext, i: int) -> bool:
    """Whether paragraph ``i`` opens with the label of one who asks ("REPORTER (Belgrade
    daily):", "Q:", "Journalist:"), not a narrator's ("ANCHOR:")."""
    p = ctx.paras[i]
    m = _LABEL.match(ctx.body, p.start, p.end)
    return m is not None and m.group("label").lower() in _ASKS


def _is_question(ctx: ArticleContext, i: int) -> bool:
    """A paragraph that ends with a question mark, or a parliament's question ("…(Con):* To ask
    the Secretary of State if he will make a statement on …")."""
    p = ctx.paras[i]
    text = ctx.body[p.start:p.end]
    return text.rstrip(" \"”’*_").endswith("?") or _TO_ASK.search(text[:160]) is not None


#: The formula of a question put in a parliament: "To ask the Secretary of State …".
_TO_ASK = re.compile(r"[:*_]\s+To\s+ask\s+the\s+")


def _interviewee(ctx: ArticleContext, first_label_para: int, asks: list[int] = ()) -> str | None:
    """The person the article introduces (module doc): the person its title names, else the
    one a role in the title names ("Turkey's ambassador in Belgrade"), else the person named in
    the sentence that introduces the interview, else the person named most before it, unless the
    questions of ``asks`` (paragraph indexes) ask about that person in the third person and never
    address the one who answers ("you", "your"): an explainer's questions ("What did the
    President of Serbia say on the ninth day?") have the writer's answers, no one's interview."""
    from rhetoric.extract.roles import role_candidates

    title = ctx.article.meta.title or ""
    mentions = ctx.reg.find_mentions(title)
    for mt in mentions:
        actor = ctx.reg.actors.get(mt.actor)
        if actor is not None and actor.kind == "person":
            return mt.actor
    end = ctx.paras[first_label_para].start
    named = [c for c in ctx.cands_in(0, end) if c.kind in ("mention", "name") and c.person and c.ref]
    for mt in mentions:  # "Turkey's ambassador": a person of that state whose role the title names
        people = {aid for aid in role_candidates(ctx.reg, title[mt.end:].lstrip("'’s "), mt.actor)}
        hit = [c.ref for c in named if c.ref in people]
        if hit:
            return hit[0]
    for sent in ctx.sents:
        if sent.start >= end:
            break
        if _INTERVIEW.search(ctx.masked, sent.start, sent.end):
            people = [c.ref for c in named if sent.start <= c.start < sent.end]
            if people:
                return people[0]
    from rhetoric.extract.resolve import resolve

    counts = Counter(c.ref for c in named)
    found = counts.most_common(1)[0][0] if counts else None
    if found is not None and asks and \
            not any(_ADDRESSED.search(ctx.masked, ctx.paras[i].start, ctx.paras[i].end) for i in asks) and \
            any(resolve(ctx, c) == found for i in asks for c in ctx.cands_in(ctx.paras[i].start, ctx.paras[i].end)
                if c.kind in ("mention", "name", "role", "pronoun")):
        return None  # (asked about in the third person, never addressed: an explainer's, no one's interview)
    return found


#: A question addressed to the one who answers: "you", "your", "yourself".
_ADDRESSED = re.compile(r"(?i)(?<![\w-])(?:you|your|yours|yourself)(?![\w-])")


def transcript_statements(ctx: ArticleContext) -> list[Statement]:
    """The statements of the answers of an interview transcript (module doc), and a caption
    file's clips (``caption_clips``)."""
    return _labelled_answers(ctx) + caption_clips(ctx)


def _caption_turn(ctx: ArticleContext, i: int) -> bool:
    """Whether paragraph ``i`` is a caption file's turn: ``corpus.passages`` started it after the
    line's ">>" (``corpus.CAPTION_TURN``)."""
    p = ctx.paras[i]
    line = ctx.body.rfind("\n", 0, p.start) + 1
    line += len(ctx.body[line:p.start]) - len(ctx.body[line:p.start].lstrip(" \t"))
    turn = CAPTION_TURN.match(ctx.body, line, p.start + 1)
    return line < p.start and turn is not None and turn.end() == p.start


def caption_clips(ctx: ArticleContext) -> list[Statement]:
    """The clips of a closed-caption file (">>" at each change of voice, three turns or more):
    a turn with no quotation marks, in the first person, that reports nobody else, right after a
    turn whose last sentence tells who speaks next ("A REPORTER ASKED TRUMP WHETHER …", "THE
    NEXT DAY MULINO ANSWERED IN A VIDEO."): that person's
    words, a sentence a statement (``_answer``; a short clip one), dated by the turn that led in.
    An anchor's or a reporter's turn is article text."""
    from rhetoric.extract.clauses import subject_of, verbs_in

    turns = {i for i in range(len(ctx.paras)) if _caption_turn(ctx, i)}
    if len(turns) < 3:
        return []
    out: list[Statement] = []
    last: dict[str, Statement] = {}
    for i in sorted(turns):
        p = ctx.paras[i]
        if i - 1 not in turns or v.MASK in ctx.masked[p.start:p.end] or not v.FIRST_PERSON.search(ctx.body, p.start, p.end):
            continue
        if any((subj := subject_of(ctx, vm.start(), vm.end(), p.start)) is not None and subj.text.lower() not in ("i", "we")
               for vm in verbs_in(ctx, p.start, p.end, False)):
            continue  # ("THE CANAL AUTHORITY SAYS …, WE ASKED …": a reporter's)
        speaker = _voice_led_in(ctx, ctx.paras[i - 1])
        if speaker is None:
            continue
        n = len(out)
        _answer(ctx, speaker, i, p.start, True, i - 1, last, [(0, ctx.paras[min(turns)].start)], out, (i, p.start), [])
        if len(out) > n and len(ctx.body[p.start:p.end].split()) <= _ONE_UTTERANCE_WORDS:
            clip = out[n]  # (a short clip is one sound bite: "NO, I CAN'T ASSURE YOU … BUT I CAN SAY THIS: …")
            clip.end, clip.sent_hi = p.end, ctx.sent_index(p.end - 1)
            clip.frame = clip.content = clip.quote_inner = (clip.start, p.end)
            del out[n + 1:]
    return out


def _voice_led_in(ctx: ArticleContext, p) -> str | None:
    """The person a turn's last sentence tells is about to speak: the one asked ("a reporter
    asked Trump whether …"), else the subject of its verb of speech ("Mulino answered in a
    video"), when nothing is quoted there."""
    from rhetoric.extract.clauses import subject_of, verbs_in
    from rhetoric.extract.resolve import is_person, resolve

    sent = ctx.sents[ctx.sent_index(p.end - 1)]
    if v.MASK in ctx.masked[sent.start:sent.end]:
        return None
    for vm in reversed(verbs_in(ctx, sent.start, sent.end, False)):
        if v.lemma_of(vm.group()) == "ask":
            asked = next((c for c in ctx.cands_in(vm.end(), sent.end) if c.kind in ("mention", "name", "role")), None)
            who = resolve(ctx, asked) if asked is not None and not ctx.masked[vm.end():asked.start].strip() else None
        else:
            subj = subject_of(ctx, vm.start(), vm.end(), sent.start)
            who = resolve(ctx, subj) if subj is not None else None
        if who is not None and is_person(ctx, who):
            return who
    return None


def _labelled_answers(ctx: ArticleContext) -> list[Statement]:
    """The statements of the answers of an interview transcript (module doc); none when the
    article has fewer than two labelled answers."""
    labels = _own_voices(ctx, _labels(ctx))
    # (or a script whose speech lines a caption names, "00:00:39 SYNC: …", however few voices it has)
    broadcast = any(x[1].lower() in _NARRATORS - _ASKS for x in labels) or any(
        (m := _LABEL.match(ctx.body, ctx.paras[i].start, ctx.paras[i].end)) is not None
        and m.group("label").lower() in _SPEECH_LABELS for i, _, _ in labels)
    if broadcast:  # narration that is not a question is article text, neither asked nor answered
        labels = [x for x in labels if x[1].lower() not in _NARRATORS or _is_question(ctx, x[0])]
    labels = _questioners_ask(ctx, labels)
    answers = [x for x in labels if x[1].lower() not in _ASKS | _NARRATORS]
    asks = [x for x in labels if x[1].lower() in _ASKS | _NARRATORS]
    # (a reader's question is no one's statement, answered by a label or by the article's text)
    ctx.questions = {ctx.paras[i].start for i, label, _ in labels if label == "question"}
    # a programme (its narrators) plays any number of clips; an interview has two voices or more
    # (or one answer to an asked question by a voice the registry knows: "**Q:** …?" then "**Vučić:** …")
    one_known = len(answers) == 1 and bool(asks) and asks[0][0] < answers[0][0] and \
        bool(ctx.reg.resolve(answers[0][1]) or ctx.reg.resolve(answers[0][1].title()))
    prompted = any(x[1] == PROMPTED for x in answers)  # (an interview of prompts in bold: its answers only)
    # (or a transcript that declares its voices' codes, one turn of a known voice enough: "@Participants: …")
    coded = any(x[1] == voice for x in answers for voice in _declared_codes(ctx).values())
    if not answers or not broadcast and not one_known and not prompted and not coded and \
            (len(answers) < 2 or not asks and len({x[1] for x in labels}) < 2):
        return []
    first = labels[0][0]
    # the introduction, its header's field lines just above the first label first (a
    # memorandum's "DATE, TIME AND PLACE: January 28, 2017", not the day it was published)
    top = ctx.paras[first - 1].end if first else 0
    fields = [(p.start, p.end) for p in reversed(ctx.article.passages) if top <= p.start < ctx.paras[first].start
              and p.kind == "heading" and _FIELD_LINE.match(ctx.body, p.start, p.end)]
    intro = fields + _occasion_told(ctx) + [(ctx.paras[0].start if first else 0, ctx.paras[first].start)]
    prompted_voice = None
    if prompted:  # (the interview's own section introduces it, not a guide's chapters above it)
        head = next((h for h in reversed(ctx.article.passages) if h.kind == "heading" and h.start < ctx.paras[first].start
                     and _INTERVIEW_HEADING.search(ctx.body, h.start, h.end)), None)
        named = next((c for c in ctx.cands_in(head.start, head.end) if c.kind in ("mention", "name") and c.person),
                     None) if head is not None else None
        if named is None:
            return []  # (an interview with no one named is no one's answers)
        intro, prompted_voice = [(head.start, ctx.paras[first].start)], named.ref
    interviewee = prompted_voice if prompted else \
        _interviewee(ctx, first, [i for i, _, _ in asks]) if any(x[1].lower() in _ANSWERS for x in answers) else None
    ctx.questions = {ctx.paras[i].start for i, _, _ in asks}
    found = [(i, m) for i, p in enumerate(ctx.paras) if (m := _LABEL.match(ctx.body, p.start, p.end))
             and not (m.group("bracket") and not _bracket_voice(ctx, m.group("label")))]
    screen = screenplay_cues(ctx)  # (a screenplay's dialogue is its cue's paragraph alone)
    labelled = sorted({i for i, _ in found} | set(screen))
    # subtitles name a speaker only when the voice changes: a cue without a label goes on with the
    # last one, narrator or not ("[PUTIN, translated] …" then "I can't describe it …")
    subtitled = any(m.group("bracket") for _, m in found)
    # a script's stage directions between the turns (paragraphs that open in italics or brackets,
    # in a script whose voices are labelled in capitals): the scene's time they tell dates the turns
    # after them ("*A lectern … Monday 19 May.*"; a short one is a heading line: "*Cut to a studio
    # in Budapest.*"); not a caption or an editor's note ("*… 15 December 2023. Photo: Reuters*"),
    # nor a crosshead in bold in an interview, nor a card or an exhibit shown, which quotes a
    # document of its own day ("[CARD F: "…" Gustavo Petro, on X, October 2023.]")
    turns = {ctx.paras[x[0]].start for x in labels}
    script = any(x[1].isupper() for x in answers)
    directions = [(q.start, q.end) for q in ctx.article.passages if q.start >= ctx.paras[first].start
                  and q.start not in turns and _is_direction(ctx, q)] if script else []
    if script:
        # (and the directions that open the scene, right above its first turn: "**PROJ 9 GO** —
        # *caption:* BELGRADE. WEDNESDAY 8 OCTOBER 2025." under the scene's heading)
        opening = []
        for q in reversed([q for q in ctx.article.passages[1:] if q.end <= ctx.paras[first].start]):
            if not _is_direction(ctx, q):
                break  # (the scene's heading, "**SCENE 2 — "THE MESSAGE"**", or the introduction; never the
                # text's first passage, a standfirst in italics)
            opening.insert(0, (q.start, q.end))
        directions = opening + directions
    out = []
    last: dict[str, Statement] = {}  # the last answer of each speaker
    after = first  # where the narration before the next answer begins (a broadcast's lead-in)
    for i, label, text_start in answers:
        speaker = interviewee if label.lower() in _ANSWERS else \
            (ctx.reg.resolve(label) or ctx.reg.resolve(label.title()) or _abbreviated(ctx, label) or label.title())
        if not speaker or speaker == label.title() and label.isupper() and ctx.body.startswith(">", ctx.paras[i].start) \
                and not _named_in_text(ctx, label):
            continue  # (a voice of a quoted transcript the article names nowhere: "> PILOT: …" is no actor's)
        for j in range(i - 1, first - 1, -1):  # the questions this answers: "you" in them is the speaker
            if ctx.paras[j].start in ctx.questions:
                ctx.answerer.setdefault(ctx.paras[j].start, speaker)
            elif j in labelled:
                break
        # an answer goes on in the paragraphs after it that have no label, up to the next label
        # (not after the last one, where the article's own text takes over)
        until = next((j for j in labelled if j > i), len(ctx.paras) if subtitled else None)
        # (nor past a heading of the text's own that names another voice: "### Page 4 · Post by the
        # Home Secretary, Priti Patel · …" opens another entry; not a topic, "## Hungary", ``another_voice_heading``)
        turn_end = ctx.paras[until - 1].end if until is not None and until > i else len(ctx.body)
        section_end = another_voice_heading(ctx, ctx.paras[i].end, turn_end, speaker, fields_only=True) or len(ctx.body)
        more = [] if broadcast and not subtitled or until is None or i in screen else \
            [(j, ctx.paras[j].start) for j in range(i + 1, until)
             if ctx.paras[j].start < section_end and not _NOTE.match(ctx.body, ctx.paras[j].start) and not _narration(ctx, j)]
        if i + 1 < len(ctx.paras) and (until is None or until > i + 1) and \
                ctx.body.count("\n", ctx.paras[i].end, ctx.paras[i + 1].start) == 1 and \
                (tier := _TRANSLATION_TIER.match(ctx.body, ctx.paras[i + 1].start)) is not None:
            # (a CHAT turn in another language over its English tier, "*VUC: Erdogan je iskusniji …" over "%eng:
            # Erdoğan is more experienced …": the English line is the turn's words, the other is not read)
            text_start, more = tier.end(), [(j, s) for j, s in more if j > i + 1]
            i = i + 1
        said = len(out)
        before = _scene_above(ctx, i) if i in screen else [d for d in reversed(directions) if d[1] <= ctx.paras[i].start]
        for j, start in [(i, text_start)] + more:
            _answer(ctx, speaker, j, start, broadcast, after, last, intro, out, (i, text_start), before)
        # a question that ends a turn, when another voice takes the next one, is put to that voice
        # ("Ms. LINDQVIST. … Is there any sign that Havana wants to talk?" / "Dr. MOLINA. Not in
        # public."): no statement, as an interviewer's question is none
        nxt = next((lab for k, lab, _ in answers if k > i), None)
        if len(out) > said and nxt is not None and nxt != label and \
                ctx.body[out[-1].start:out[-1].end].rstrip(" \"”’*_)").endswith("?"):
            ask = out[-1]
            if ask.sent_lo == ask.sent_hi:
                out.pop()
            else:  # (the end of an utterance: "Hungary has blocked it again. Does Budapest want …?")
                ask.sent_hi -= 1
                ask.end = ctx.sents[ask.sent_hi].end
                ask.frame = ask.content = ask.quote_inner = (ask.start, ask.end)
        after = i + 1
    return out


def _occasion_told(ctx: ArticleContext) -> list[tuple[int, int]]:
    """The day the standfirst gives the talk's occasion ("*… The session was held on Thursday 9
    May 2024 …*", ``ArticleTimeline.standfirst_occasion``), as a zone of its own that dates the
    answers before anything else the introduction tells ("eight adults with mixed votes in 2022")."""
    tl = ctx.timeline
    day, p = tl.standfirst_occasion(), tl.first_passage
    if day is None:
        return []
    te = next((te for te in find_temporal_expressions(ctx.body[p.start:p.end], tl.published, p.start)
               if te.date == day), None)
    return [(te.start, te.end)] if te is not None else []


def _is_direction(ctx: ArticleContext, q) -> bool:
    """Whether passage ``q`` is a script's stage direction (``_DIRECTION``), not a caption, a note
    or a document shown."""
    return _DIRECTION.match(ctx.body, q.start) is not None and not _NOT_A_DIRECTION.search(ctx.body, q.start, q.end) \
        and not _QUOTE_MARK.search(ctx.body, q.start, q.end)


_BRACKETED = re.compile(r"\s*\[[^\[\]]*\]?\s*|\s*[^\[\]]*\]\s*")
#: A script's stage direction: a paragraph in italics or brackets ("*Blackout.*", "(She pauses.)"),
#: or a prompt book's cue in bold and a dash before what it calls ("**PROJ 9 GO** — *caption:*
#: BELGRADE. WEDNESDAY 8 OCTOBER 2025.", "**LX 14 GO** — *cold special …*").
_DIRECTION = re.compile(r"\s*(?:\*(?!\*)|_(?!_)|\[|\(|" + v.BOLD_HEAD + r"[ \t]*[—–])")
#: What makes such a paragraph a caption or a note, not a direction: "Photo: Reuters", "Editor's
#: note", "Read more", "(Video of the briefing, first broadcast on …)".
_NOT_A_DIRECTION = re.compile(r"(?i)(?<![\w-])(?:photo|photograph|picture|pictured|image|credit|editor|note|read\s+more|"
                              r"video|file|archive|published|updated|related|see\s+also|watch|listen|source)(?![\w-])")
#: A quotation mark: a bracketed paragraph that quotes shows a document, it directs no scene.
_QUOTE_MARK = re.compile(r"[\"“”]")
#: A paragraph that is an editor's note or a stage direction, not speech: "[Laughter]", "*Note*".
_NOTE = re.compile(r"\s*(?:\[|\*|_|\(|@[A-Za-z][\w ]{1,30}:|%[a-z]{3}:)")
#: A transcript's dependent tier that translates the turn above it: CHAT's "%eng:", "%tra:".
_TRANSLATION_TIER = re.compile(r"[ \t]*%(?:eng|tra|trn|xtra)[ \t]*:[ \t]*")


def _narration(ctx: ArticleContext, j: int) -> bool:
    """Whether an unlabelled paragraph inside a transcript is the writer's narration, not more of
    an answer: it opens with a person and a verb in the past tense ("The minister paused …",
    "He looked out …") and has no first person ("Orbán has betrayed Ukraine …", "Merz and I
    agree …" go on answering)."""
    p = ctx.paras[j]
    text = ctx.body[p.start:p.end]
    return _NARRATION.match(text) is not None and v.FIRST_PERSON.search(text) is None


#: A person (a name, "the minister", "he", "she") and a past-tense verb opening a paragraph.
_NARRATION = re.compile(r"[\s*_]*(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|[Tt]he\s+[a-z]+|He|She)\s+"
                        r"(?:then\s+|briefly\s+)?(?:[a-z]+ed|was|had|went|took|stood|left|sat|turned|smiled|"
                        r"shook|gave|began|read|rose|fell)\b")


def _questioners_ask(ctx: ArticleContext, labels: list[tuple[int, str, int]]) -> list[tuple[int, str, int]]:
    """A press conference's reporters ("ANA PETROVIĆ (public broadcaster): … Do you stand by
    that?"): a label whose every turn is a question, while another label answers, asks."""
    turns: dict[str, list[int]] = {}
    for i, label, _ in labels:
        turns.setdefault(label, []).append(i)
    asking = {label for label, paras in turns.items() if label.lower() not in _ASKS | _ANSWERS | _NARRATORS
              and all(_is_question(ctx, i) for i in paras)
              and not (ctx.reg.resolve(label) or ctx.reg.resolve(label.title()))}  # a known voice answers
    answering = [label for label, paras in turns.items() if label not in asking and label.lower() not in
                 _ASKS | _NARRATORS and not all(_is_question(ctx, i) for i in paras)]
    if not asking or not answering:
        return labels
    return [(i, "question" if label in asking else label, t) for i, label, t in labels]


#: A note in square brackets that opens a turn's text, before its words: "[archive; at the UN's
#: daily briefing, 12 July 2022] ".
_OPENING_NOTE = re.compile(r"[ \t]*(?P<note>\[[^\[\]\n]{3,200}\])[ \t]*(?=\S)")


def _answer(ctx: ArticleContext, speaker: str, i: int, text_start: int, broadcast: bool, after: int,
            last: dict[str, Statement], intro: list[tuple[int, int]], out: list[Statement],
            turn: tuple[int, int], directions: list[tuple[int, int]]) -> None:
    """The statements of one paragraph ``i`` of an answer: one a sentence. ``turn``: the
    labelled paragraph the answer began with, and where its text starts; ``directions``: the
    stage directions before it, nearest first (they date an interview's or a script's turns,
    after its label, before its introduction)."""
    p = ctx.paras[i]
    k, k_text = turn
    # a clip is dated by the narration that leads into it ("Then yesterday, the press
    # conference. Let's play it."; the nearest paragraph first), else by the one that led
    # into the speaker's clip before; a subtitle cue that goes on a turn, as the turn is
    # (not a reporter's question: "In October you accused Turkey …?" dates what it asks about;
    # an anchor's "Yesterday in Ankara Vučić met Erdoğan. So what did he say?" still leads in)
    lead_in = [(ctx.paras[j].start, ctx.paras[j].end) for j in range(k - 1, after - 1, -1)
               if not (_is_question(ctx, j) and _asker_label(ctx, j))] if broadcast else []
    if broadcast and k > 0:  # (nearest, the lines that are no text above it: "[ON SCREEN: SOCHI, 24 NOVEMBER 2015]")
        lead_in.insert(0, (ctx.paras[k - 1].end, ctx.paras[k].start))
    # (first its label: "ARCHIVE SOT (Donald Tusk, March 2022): …" is of March 2022)
    label = [(ctx.paras[k].start, k_text)] if k_text > ctx.paras[k].start else []
    if i == k and (note := _OPENING_NOTE.match(ctx.body, text_start, p.end)) is not None:
        # ("**Col. Abdoulaye Maïga:** [archive; reading the government's statement on state
        # television, 11 July 2022] It has been established …": the note after the label tells when
        # the words were said; it is no part of them)
        label, text_start = [(text_start, note.end("note"))] + label, note.end()
    zone = _footer(ctx, p) + _entry_header(ctx, p) + label + lead_in + \
        (last[speaker].date_zone[:-len(intro)] if broadcast and speaker in last else []) + \
        directions + _header_lines_above(ctx, ctx.paras[k]) + intro
    sents = []
    for si in range(ctx.sent_index(text_start), ctx.sent_index(p.end - 1) + 1):
        sent = ctx.sents[si]
        lo = max(sent.start, text_start)
        if sent.end <= lo or _BRACKETED.fullmatch(ctx.body, lo, sent.end):
            continue  # "[The president did not answer the question.]": the editor's, not an answer
        if _reports_another(ctx, lo, sent.end, speaker):
            continue  # "On Wednesday Vučić wrote that …": what the guest tells another said is that one's
        if hypothetical(ctx, lo):
            continue  # "If it had answered on Wednesday, we should now have two appalled presidents": imagined
        sents.append(Statement(speaker, "direct", lo, sent.end, "", si, si, (lo, sent.end), (lo, sent.end),
                               (lo, sent.end), date_zone=zone, paragraph=i, channel="interview"))
    for stmt in utterances(ctx, sents):
        out.append(stmt)
        last[speaker] = stmt


#: A header's line of a transcript's file: CHAT's "@Date: 09-OCT-2025", "@Situation: …", "@Comment: …".
_HEADER_LINE = re.compile(r"[ \t]*@[A-Za-z][\w ]{1,30}:")
_DATE_HEADER = re.compile(r"[ \t]*@(?i:date|time)\b")


def _header_lines_above(ctx: ArticleContext, p) -> list[tuple[int, int]]:
    """The header lines of the file a turn ``p`` is in (``_HEADER_LINE``: CHAT's "@Date: 09-OCT-2025"
    over its turns): the lines above it with no blank line between, up to the file's start, its date
    lines first, each kind nearest first (a second "@Date:" between the turns is nearer); [] when
    there are none. The article's header lines are found once (``_header_lines``)."""
    lines = _header_lines(ctx)
    if not lines:
        return []
    k = bisect.bisect_right(ctx.passage_starts, p.start) - 1
    block = lines.get(k, ())
    dated = [span for span, is_date in reversed(block) if is_date]
    return dated + [span for span, is_date in reversed(block) if not is_date]


def _header_lines(ctx: ArticleContext) -> dict[int, tuple]:
    """Passage index -> the header lines above it in its block of lines with no blank line between
    (each (span, whether a date line)), for the passages under at least one; read once per article."""
    memo = ctx.__dict__.get("_header_lines")
    if memo is not None:
        return memo
    out: dict[int, tuple] = {}
    ctx.__dict__["_header_lines"] = out
    if "\n    @" not in ctx.body and "\n@" not in ctx.body and not ctx.body.startswith("@"):
        return out
    passages, seen = ctx.article.passages, ()
    for k, q in enumerate(passages):
        if k and ctx.body.count("\n", passages[k - 1].end, q.start) != 1:
            seen = ()  # (a blank line: another block)
        if seen:
            out[k] = seen
        if (line := _HEADER_LINE.match(ctx.body, q.start, q.end)) is not None:
            # (its "@Date:" lines first: a "@Comment: …; broadcast 22-APR-2023" tells another day)
            seen = seen + (((q.start, q.end), _DATE_HEADER.match(line.group()) is not None),)
    return out


def _badge(ctx: ArticleContext, p) -> bool:
    """Whether a passage is a badge line between a contributor's line and the words (``_BADGE_LINE``,
    40 characters at most)."""
    return p.kind == "heading" and p.end - p.start <= 40 and _BADGE_LINE.fullmatch(ctx.body, p.start, p.end) is not None


def _footer(ctx: ArticleContext, p) -> list[tuple[int, int]]:
    """The span of a record's footer line right under a paragraph of someone's words, when it tells
    a day or a month ("Full Review · Original score: 0/5 · Oct 8, 2025, 17:14"): what dates those
    words, before the introduction's day; else none."""
    passages = ctx.article.passages
    k = bisect.bisect_right(ctx.passage_starts, p.start) - 1
    if k < 0 or k + 1 >= len(passages):
        return []
    nxt = passages[k + 1]
    line = ctx.body[nxt.start:nxt.end]
    if nxt.kind != "heading" or ctx.body.count("\n", p.end, nxt.start) > 1 or len(line) > 120 or \
            "·" not in line or "?" in line or _CONTRIBUTOR_LINE.fullmatch(line):
        return []  # (nor the next entry's line: "**Viktor Orbán** · Prime Minister of Hungary · Friday 7 March")
    found = find_temporal_expressions(line, ctx.timeline.published, nxt.start)
    return [(nxt.start, nxt.end)] if any(te.date is not None and te.date.precision in ("day", "month") for te in found) else []


def _entry_header(ctx: ArticleContext, p) -> list[tuple[int, int]]:
    """The span of a contributor's line over a paragraph of their words, past badge lines
    ("**Donald Tusk** · Prime Minister of Poland · Monday 3 March" over "👎 Against" and the words):
    the day it tells dates the words, after a footer's; else none."""
    k = bisect.bisect_right(ctx.passage_starts, p.start) - 2
    passages = ctx.article.passages
    while k >= 0 and _badge(ctx, passages[k]) and not _CONTRIBUTOR_LINE.fullmatch(ctx.body, passages[k].start, passages[k].end):
        k -= 1
    if k < 0 or passages[k].kind != "heading" or not _CONTRIBUTOR_LINE.fullmatch(ctx.body, passages[k].start, passages[k].end):
        return []
    return [(passages[k].start, passages[k].end)]


def utterances(ctx: ArticleContext, sents: list[Statement]) -> list[Statement]:
    """The sentences of one paragraph of an answer, a run of short ones joined into one
    utterance ("I hate taking these people. I guarantee you they are bad."; "That is a good
    idea. We should do that too. You are worse than I am."): at most ``_ONE_UTTERANCE_WORDS``
    in all, none that only describes the speaker, not one that names others than those the run
    named ("Orbán is a problem for Europe. Magyar would be a good partner.": two statements), and
    a sentence that says nothing by itself only between two that say something (one at the end
    is left to itself, and out)."""
    out: list[Statement] = []
    run: list[Statement] = []  # the utterance being joined: sentences that say something …
    pending: list[Statement] = []  # … and, after them, those that say nothing, joined if one follows

    def close() -> None:
        if run:
            first, last_ = run[0], run[-1]
            first.end, first.sent_hi = last_.end, last_.sent_hi
            first.frame = first.content = first.quote_inner = (first.start, last_.end)
            out.append(first)
        out.extend(pending)
        run.clear()
        pending.clear()

    own = own_side(ctx, sents[0].speaker) if sents else frozenset()

    def named(a: int, b: int) -> set[str]:
        return {mt.actor for mt in ctx.mentions_in(a, b) if mt.actor not in own and ctx.reg.state_of(mt.actor) not in own}

    for stmt in sents:
        says = says_something(ctx, stmt.start, stmt.end) and not is_self_description(ctx, stmt)
        head = run[0] if run else None
        before, now = (named(head.start, run[-1].end), named(stmt.start, stmt.end)) if head is not None else (set(), set())
        fits = head is not None and stmt.sent_lo == (pending or run)[-1].sent_hi + 1 and \
            len(ctx.body[head.start:stmt.end].split()) <= _ONE_UTTERANCE_WORDS and \
            not (before and now and not now & before)  # ("Orbán is a problem. Magyar would be a good partner.": two)
        if says and fits:
            run.extend(pending + [stmt])
            pending.clear()
        elif not says and fits:
            pending.append(stmt)
        else:
            close()
            if says:
                run.append(stmt)
            else:
                out.append(stmt)
    close()
    return out


#: Short sentences of one answer that run to no more than this many words in all are one
#: utterance, one statement; a longer answer is a statement a sentence.
_ONE_UTTERANCE_WORDS = 40


def _reports_another(ctx: ArticleContext, lo: int, hi: int, speaker: str) -> bool:
    """Whether a sentence of an answer tells what another person of the registry said: a
    reporting verb whose subject is the sentence's own, named there ("On Wednesday Vučić wrote
    that Turkey was dreaming of an empire"), with no clause of the speaker's own after it; the
    sentence rules then give it to that person."""
    from rhetoric.extract.clauses import OPENING_ADJUNCT, subject_of, verbs_in
    from rhetoric.extract.resolve import resolve

    for vm in verbs_in(ctx, lo, hi, False):
        subj = subject_of(ctx, vm.start(), vm.end(), lo)
        # the subject of the sentence itself (after a time or place it opens with), and no clause of
        # the guest's own after it ("I agree with what Merz said", "As Meloni said, …", "Orbán says
        # he wants peace, but he keeps blocking …" are the guest's); named, or by a role or a
        # pronoun of the third person, which in a turn of speech is never the one speaking ("He
        # said Washington should …", "The White House press secretary called …")
        if subj is None or subj.kind not in ("mention", "name", "role", "pronoun") or \
                subj.kind == "pronoun" and subj.text.lower() not in ("he", "she") or \
                not (OPENING_ADJUNCT.fullmatch(ctx.masked, lo, subj.start) or _told_time(ctx, lo, subj.start)) or \
                _own_clause_after(ctx, vm.end(), hi):
            continue
        ref = subj.ref if subj.kind in ("mention", "name") else resolve(ctx, subj, exclude=speaker)
        if ref is not None and ref != speaker and (a := ctx.reg.actors.get(ref)) is not None and \
                a.kind not in ("state", "media", "author"):
            return True  # (a person, or a body by its official: "A NATO official told Radio Free Europe that …")
    return False


#: A time that opens a sentence before its subject, no comma needed: "Last Sunday", "One Friday night
#: that September", "Early this week", "That same evening" (a word of time in it, ``_TIME_WORD``; not a
#: habit, "Every morning Orbán tells …", which is the guest's account, not a report of words).
_TIME_OPENING = re.compile(r"\s*(?:Last|This|That|One|Early|Late|Later|Earlier)\s+(?:[\w'’-]+\s+){0,4}?,?\s*")
_TIME_WORD = re.compile(r"(?<![\w-])(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|"
                        r"July|August|September|October|November|December|morning|afternoon|evening|night|day|week|"
                        r"weekend|month|year|spring|summer|autumn|winter)s?(?![\w-])")


def _told_time(ctx: ArticleContext, lo: int, hi: int) -> bool:
    """Whether [lo, hi) before a sentence's subject is only a time (``_TIME_OPENING``)."""
    return _TIME_OPENING.fullmatch(ctx.masked, lo, hi) is not None and _TIME_WORD.search(ctx.masked, lo, hi) is not None


#: A clause of the speaker's own after what another said: ", but", ", yet", ", and I", "; ", " — ", a
#: verdict on the one reported, ", and he was absolutely right".
_OWN_CLAUSE = re.compile(r",\s+(?:but|yet|and\s+(?:I|we|(?:he|she|they)\s+(?:was|were|is|are)))\s|;\s|\s[—–]\s")


def _own_clause_after(ctx: ArticleContext, lo: int, hi: int) -> bool:
    """Whether the speaker's own clause follows the words reported in [lo, hi) (``_OWN_CLAUSE``):
    not the reported clause's own contrast, "needs not lectures, but respect" (a ", but" after a
    negation in it, with no subject of its own after it)."""
    m = _OWN_CLAUSE.search(ctx.masked, lo, hi)
    if m is None:
        return False
    if m.group().lstrip(", ").startswith("but") and NOT_IN_CLAUSE.search(ctx.masked, lo, m.start()) and \
            not _SUBJECT_AFTER_BUT.match(ctx.masked, m.end()) and not CLAUSE_AFTER_BUT.match(ctx.masked, m.end()):
        return _own_clause_after(ctx, m.end(), hi)
    return True


#: A subject of its own after ", but": "…, but he keeps blocking", "…, but honestly, it was Russia".
_SUBJECT_AFTER_BUT = re.compile(r"(?:(?:honestly|frankly|of\s+course|in\s+fact|really|still)[,\s]+)?"
                                r"(?:I|we|he|she|they|it|this|that|there|nobody|no\s+one|you|[A-Z][\w'’-]*)\s")
