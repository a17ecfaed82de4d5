import pytest
from conftest import ACTORS, CORPUS

from rhetoric import actors as a
from rhetoric.corpus import load_corpus


@pytest.fixture(scope="module")
def registry():
    return a.load_actors(ACTORS)


@pytest.mark.parametrize("name, expected", [
    ("Vučić", "vucic"), ("Vucic", "vucic"), ("vucic", "vucic"), ("Aleksandar Vučić", "vucic"),
    ("Erdoğan", "erdogan"), ("Erdogan", "erdogan"), ("Türkiye", "turkey"), ("Turkey", "turkey"),
    ("Ulutaş", "ulutas"), ("Ulutas", "ulutas"), ("Ankara", "turkey"), ("Belgrade", "serbia"),
    ("Pristina", "kosovo"), ("Vučić's", "vucic"), ("Vučić’s", "vucic"), ("US", "united_states"),
])
def test_aliases_resolve_with_and_without_diacritics_and_metonyms(registry, name, expected):
    assert a.resolve_actor(name, registry) == expected


def test_unknown_name_resolves_to_none_and_require_lists_close_matches(registry):
    assert registry.resolve("Macron") is None
    with pytest.raises(a.UnknownActorError) as err:
        registry.require("Vucicc")
    assert err.value.close[0] == "vucic"
    assert "Valid ids:" in str(err.value) and "erdogan" in str(err.value)


def test_short_aliases_match_only_in_their_exact_case(registry):
    assert [m.actor for m in registry.find_mentions("The US and the EU.")] == ["united_states", "eu"]
    assert registry.find_mentions("Let us eu-nite.") == []


def test_longest_alias_wins_and_not_actor_phrases_hide_their_aliases(registry):
    text = ("The UN Security Council met. The Brussels Agreement stands. Kosovo bought the Bayraktar TB2. "
            "Kurti waited at Pristina's Adem Jashari International Airport.")
    assert [m.actor for m in registry.find_mentions(text)] == ["unsc", "kosovo", "kurti"]


def test_title_and_name_next_to_each_other_are_one_mention(registry):
    text = "Serbian President Aleksandar Vučić spoke; Turkish President Recep Tayyip Erdoğan did not."
    ms = registry.find_mentions(text, offset=10)
    assert [(m.actor, m.text) for m in ms] == [
        ("vucic", "Serbian President Aleksandar Vučić"), ("erdogan", "Turkish President Recep Tayyip Erdoğan")]
    assert ms[0].start == 10


def test_every_actor_named_in_the_corpus_has_an_entry(registry):
    ids = set(registry.actors)
    assert {"vucic", "osmani", "kurti", "erdogan", "ulutas", "mojsilovic", "turkey", "serbia",
            "kosovo", "nato", "kfor", "eu", "ksf", "baykar", "russia", "china", "popovic"} <= ids


def test_mention_counts_leave_out_excluded_passages(registry):
    counts = a.mention_counts(load_corpus(CORPUS), registry)
    # Erdoğan is named in the "EXCLUSIVE" teaser of 001; that mention must not count
    by_article = counts[counts.actor == "erdogan"].set_index("article_id")["mentions"]
    body = load_corpus(CORPUS).set_index("id").loc["001_964e94283ada3555", "body"]
    assert len([m for m in registry.find_mentions(body) if m.actor == "erdogan"]) == 7
    assert by_article["001_964e94283ada3555"] == 6


@pytest.mark.parametrize("text, message", [
    ("actors: [{id: x, name: X, kind: alien}]", "kind"),
    ("actors: [{id: x, name: X, kind: person}, {id: x, name: Y, kind: person}]", "duplicate actor ids: x"),
    ("actors: [{id: x, name: X, kind: person, aliases: [Samename]}, {id: y, name: Y, kind: person, aliases: [samename]}]",
     "alias 'samename' belongs to both"),
    ("actors: [{id: x, name: X, kind: person, affiliation: nobody}]", "unknown affiliation 'nobody'"),
    ("actors: [oops: : :]", "not valid YAML at line 1"),
])
def test_invalid_registry_names_the_file_and_the_problem(tmp_path, text, message):
    path = tmp_path / "actors.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(a.ActorError) as err:
        a.load_actors(path)
    assert str(path) in str(err.value) and message in str(err.value)
