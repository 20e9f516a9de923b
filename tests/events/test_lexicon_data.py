"""Data integrity of the event lexicons (triggers.yaml, cues.yaml, framing.yaml, alignment.yaml):
every phrase survives rasd's own normaliser and tokenizer, none is listed twice under one type,
none is claimed by two trigger types, no presentation forms, every actor id exists."""
from __future__ import annotations

import unicodedata
from collections import defaultdict
from importlib import resources

import pytest
import yaml

from rasd.recognize.matcher import phrase_keys


def _load(name):
    return yaml.safe_load(resources.files("rasd.data").joinpath(name).read_text("utf-8"))


TRIGGERS = _load("triggers.yaml")
CUES = _load("cues.yaml")


def _presentation(s: str) -> bool:
    return any(0xFB50 <= ord(c) <= 0xFDFF or 0xFE70 <= ord(c) <= 0xFEFF for c in s)


def test_trigger_terms_are_clean_and_unique_per_type():
    for tid, spec in TRIGGERS["types"].items():
        seen = {}
        for term in spec["terms"]:
            assert not _presentation(term), (tid, term)
            assert unicodedata.normalize("NFC", term) == term, (tid, term)
            keys = phrase_keys(term)
            assert keys, (tid, term)
            assert keys not in seen, f"{tid}: {term!r} and {seen.get(keys)!r} normalise alike"
            seen[keys] = term


def test_no_phrase_is_claimed_by_two_trigger_types():
    owners = defaultdict(set)
    for tid, spec in TRIGGERS["types"].items():
        for term in spec["terms"]:
            owners[phrase_keys(term)].add(tid)
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert not clashes, clashes


def test_generic_words_are_terms_of_their_type():
    for tid, spec in TRIGGERS["types"].items():
        keys = {phrase_keys(t) for t in spec["terms"]}
        for g in spec.get("generic", []):
            assert phrase_keys(g) in keys, (tid, g)


def test_cue_terms_are_clean_and_unique_per_group():
    for group, spec in CUES.items():
        if not isinstance(spec, dict):
            continue        # the word lists beside the groups (indefinite_only, anaphoric_places)
        for name, terms in spec.items():
            if not isinstance(terms, list):
                continue
            seen = {}
            for term in terms:
                assert not _presentation(term), (group, name, term)
                keys = phrase_keys(term)
                assert keys, (group, name, term)
                assert keys not in seen, f"{group}:{name}: {term!r} and {seen[keys]!r} normalise alike"
                seen[keys] = term


def test_alignment_names_known_actors():
    from rasd.kb import default_kb
    kb = default_kb()
    actors = kb.actors
    ids = set(actors) if isinstance(actors, dict) else {a.id for a in actors}
    assert ids
    for actor_id in _load("alignment.yaml")["aligned_with_state"]:
        if ":" in actor_id:   # a generic agent typed by a country ("tribal:IQ")
            agent, iso2 = actor_id.split(":", 1)
            assert agent in kb.agents and iso2 in kb.countries, actor_id
        else:
            assert actor_id in ids, actor_id


@pytest.mark.parametrize("name", ["triggers.yaml", "cues.yaml", "framing.yaml", "alignment.yaml"])
def test_every_data_file_states_source_and_licence(name):
    head = resources.files("rasd.data").joinpath(name).read_text("utf-8")[:800]
    assert "Source:" in head and "Licence:" in head


def test_perfect_verbs_are_told_by_their_listed_conjugations():
    from rasd.events.lexicon import load_lexicon, perfect_verbs
    assert perfect_verbs({"سيطر", "سيطرت", "غارات", "اشتباكا", "اشتباكات", "قتل", "قتلوا", "مقتل"}) == \
        {"سيطر", "سيطرت", "قتل", "قتلوا"}
    verbs = load_lexicon().verbs
    assert {"سيطر", "قصف", "هاجم", "اقتحمت"} <= verbs
    assert not {"غارات", "اشتباكات", "مقتل", "قصفا"} & verbs


def test_indefinite_only_cues_are_one_word_cues_of_some_group():
    # each word of the list must be a one-word cue term somewhere, or the list does nothing
    terms = {phrase_keys(t) for group, spec in CUES.items() if isinstance(spec, dict)
             for ts in spec.values() if isinstance(ts, list) for t in ts}
    for word in CUES.get("indefinite_only", []):
        assert len(phrase_keys(word)) == 1 and phrase_keys(word) in terms, word


def test_anaphoric_places_are_place_trigger_words():
    # each word refers back to a place named with it, so it must be one of the words the place
    # recogniser reads before a name (places/triggers.yaml), written with the article
    places = yaml.safe_load(resources.files("rasd.data").joinpath("places/triggers.yaml").read_text("utf-8"))
    before = {phrase_keys(w) for spec in places["before"] for w in spec["words"]}
    words = CUES.get("anaphoric_places", [])
    assert words
    for word in words:
        assert word.startswith("ال") and len(phrase_keys(word)) == 1 and phrase_keys(word) in before, word
