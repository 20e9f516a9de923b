"""The text layer's data files are valid: the charmap (no duplicates, values are fixed points,
no YAML key twice) and the clitic, number and sentence vocabularies (no entry that the
normaliser collapses onto another, no presentation forms, every word reachable)."""
from __future__ import annotations

import unicodedata
from importlib import resources

import pytest
import yaml

from rasd.text.normalize import _charmap, build_charmap, load_yaml_data, norm_key


def _raw(name: str) -> str:
    return resources.files("rasd.data").joinpath(name).read_text("utf-8")


def _words(obj) -> list[str]:
    """Every string in a YAML structure (lists, dict values)."""
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [w for v in obj.values() for w in _words(v)]
    if isinstance(obj, list):
        return [w for v in obj for w in _words(v)]
    return []


def test_charmap_loads_and_is_closed():
    table = _charmap()
    for ch, val in table.items():
        assert len(ch) == 1
        for c in val:
            assert table.get(c, c) == c, f"value of U+{ord(ch):04X} contains {c!r}, mapped again"


def test_charmap_file_has_no_duplicate_keys():
    raw = load_yaml_data("charmap.yaml")  # refuses duplicate YAML keys
    keys: list[str] = []
    for group in ("delete", "map"):
        keys += list(raw[group])
    assert len(keys) == len(set(keys))


def test_charmap_rejects_overlap_and_chains():
    with pytest.raises(ValueError):
        build_charmap({"delete": {"U+064B..U+0650": ""}, "map": {"\u064e": "x"}})
    with pytest.raises(ValueError):
        build_charmap({"map": {"أ": "إ", "إ": "ا"}})
    with pytest.raises(ValueError):
        build_charmap({"map": {"ab": "a"}})
    with pytest.raises(ValueError):
        build_charmap({"delete": {"U+0640": "x"}})


def test_duplicate_yaml_key_is_an_error():
    from rasd.text import normalize as nm

    text = 'map:\n  "أ": "ا"\n  "أ": "ا"\n'
    with pytest.raises(ValueError, match="duplicate"):
        yaml.load(text, Loader=nm._UniqueKeyLoader)


def test_charmap_covers_what_the_brief_names():
    t = _charmap()
    for ch, want in [("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه"), ("ی", "ي"),
                     ("ک", "ك"), ("ە", "ه"), ("٣", "3"), ("۳", "3"), ("،", ","), ("؟", "?"), ("؛", ";"),
                     ("\u0640", ""), ("\u064e", ""), ("\u200c", ""), ("\u200f", ""), ("\u202b", ""),
                     ("\u2067", ""), ("\ufeff", ""), ("ﻻ", "لا")]:
        assert t[ch] == want, ch


def test_no_presentation_forms_in_values():
    for ch, val in _charmap().items():
        for c in val:
            assert not (0xFB50 <= ord(c) <= 0xFDFF or 0xFE70 <= ord(c) <= 0xFEFF), (ch, val)


@pytest.mark.parametrize("name", ["clitics.yaml", "numbers.yaml", "segment.yaml"])
def test_vocabulary_file(name: str) -> None:
    raw = load_yaml_data(name)  # duplicate keys raise
    assert _raw(name).lstrip().startswith("#") and "Licence" in _raw(name)[:1200]
    for w in _words(raw):
        for c in w:
            assert not (0xFB50 <= ord(c) <= 0xFDFF or 0xFE70 <= ord(c) <= 0xFEFF), (name, w)
            assert unicodedata.category(c) != "Cf", (name, w)


@pytest.mark.parametrize("key", ["not_proclitic", "not_enclitic", "short_after_conjunction", "article_is_root"])
def test_clitic_lists_have_no_normalised_duplicates(key: str) -> None:
    words = load_yaml_data("clitics.yaml")[key]
    keys = [norm_key(w) for w in words]
    dups = sorted({k for k in keys if keys.count(k) > 1})
    assert not dups, dups


def test_number_words_are_unique_after_normalisation():
    from rasd.text.numbers import number_lexicon

    lex = number_lexicon()  # raises when one word has two meanings
    raw = load_yaml_data("numbers.yaml")
    listed = [w for group in ("units", "tens", "hundreds") for ws in raw[group].values() for w in ws]
    listed += [w for s in raw["scales"].values() for forms in s.values() for w in forms]
    keys = [norm_key(w) for w in listed]
    assert len(keys) == len(set(keys)), sorted({k for k in keys if keys.count(k) > 1})
    assert set(keys) <= set(lex.words)
    for group in ("duals", "not_dual", "months", "year_before"):
        ks = [norm_key(w) for w in raw[group]]
        assert len(ks) == len(set(ks)), (group, sorted({k for k in ks if ks.count(k) > 1}))
    assert not set(norm_key(w) for w in raw["duals"]) & set(norm_key(w) for w in raw["not_dual"])


def test_vague_conventions_are_consistent():
    from rasd.text.numbers import number_lexicon

    for phrase, v in number_lexicon().vague.items():
        assert v.low <= v.value <= v.high, phrase


def test_segment_vocabulary():
    from rasd.text.segment import segment_rules

    rules = segment_rules()
    assert "د" in rules.abbreviations and "م" in rules.era_markers
    raw = load_yaml_data("segment.yaml")
    verbs = [norm_key(v) for v in raw["clause_verbs"]]
    assert len(verbs) == len(set(verbs))
