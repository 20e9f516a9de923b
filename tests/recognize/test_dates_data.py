"""Integrity of rasd/data/dates.yaml: every entry normalises cleanly, nothing collapses into
another meaning, every block is complete, and every entry is actually recognised in context."""
from __future__ import annotations

import re
from datetime import date
from importlib import resources

import pytest
import yaml

from rasd.recognize.dates import find_dates, load_vocabulary, vocabulary

RAW_TEXT = resources.files("rasd.data").joinpath("dates.yaml").read_text("utf-8")
RAW = yaml.safe_load(RAW_TEXT)
PUB = date(2015, 7, 21)


def _all_strings(node):
    if isinstance(node, dict):
        for k, v in node.items():
            yield str(k)
            yield from _all_strings(v)
    elif isinstance(node, list):
        for x in node:
            yield from _all_strings(x)
    elif isinstance(node, str):
        yield node


def test_header_names_source_and_licence() -> None:
    head = RAW_TEXT[:600]
    assert "Source:" in head and "Licence" in head


def test_no_presentation_forms_tatweel_or_diacritics() -> None:
    bad = re.compile("[\uFB50-\uFDFF\uFE70-\uFEFF\u0640\u064B-\u065F\u0670\u200B-\u200F]")
    offenders = [s for s in _all_strings(RAW) if bad.search(s)]
    # «هـ» is the one exception: it is how the Hijri year marker is written
    assert offenders == ["هـ"]


def test_vocabulary_loads_and_blocks_are_complete() -> None:
    v = vocabulary()
    for block in ("gulf_egypt", "levantine_iraqi"):
        assert sorted(set(RAW["months"][block].values())) == list(range(1, 13)), block
    assert {1, 2, 4, 5, 6, 7, 8} <= set(RAW["months"]["maghrebi"].values())
    assert sorted(set(v.hijri_months.values())) == list(range(1, 13))
    assert sorted(set(v.weekdays.values())) == list(range(7))
    assert sorted(set(v.ordinals.values())) == list(range(1, 32))
    assert set(v.qualifiers.values()) == {"past", "before_past", "current", "future"}


def test_categories_do_not_collide() -> None:
    v = vocabulary()
    groups = {"months": set(v.months), "hijri": set(v.hijri_months), "weekdays": set(v.weekdays),
              "relative": set(v.relative_days), "dayparts": set(v.dayparts), "periods": set(v.periods)}
    names = list(groups)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            assert not groups[a] & groups[b], (a, b, groups[a] & groups[b])


def test_conflicting_spellings_are_refused() -> None:
    # «أيار» and «ايار» normalise to one key: giving them different months must fail loudly
    broken = RAW_TEXT.replace("    أيار: 5\n", "    أيار: 5\n    ايار: 6\n")
    assert broken != RAW_TEXT
    with pytest.raises(ValueError, match="normalises"):
        load_vocabulary(broken)


@pytest.mark.parametrize("block", ["gulf_egypt", "levantine_iraqi", "maghrebi"])
def test_every_month_name_is_recognised(block: str) -> None:
    for name, month in RAW["months"][block].items():
        text = f"قتل جنديان في 5 {name} 2014 في هجوم"
        ms = find_dates(text, PUB)
        assert [m.text for m in ms] == [f"5 {name} 2014"], name
        assert ms[0].value.date == f"2014-{month:02d}-05", name


def test_every_hijri_month_is_recognised() -> None:
    for name, month in RAW["hijri_months"].items():
        ms = find_dates(f"صدر القرار في 5 {name} 1436هـ عن الوزارة", PUB)
        assert len(ms) == 1 and ms[0].key == "hijri", name
        assert ms[0].text == f"5 {name} 1436هـ"


def test_every_weekday_is_recognised() -> None:
    for name, wd in RAW["weekdays"].items():
        ms = find_dates(f"قصفت الطائرات يوم {name} المدينة", PUB)
        assert [m.text for m in ms] == [f"يوم {name}"], name
        assert date.fromisoformat(ms[0].value.date).weekday() == wd


def test_every_ordinal_day_is_recognised() -> None:
    v = vocabulary()
    for phrase, n in v.ordinals.items():
        ms = find_dates(f"في {phrase} من يوليو 2015", PUB)
        assert len(ms) == 1 and ms[0].value.date == f"2015-07-{n:02d}", phrase


def test_every_daypart_combines_with_a_weekday() -> None:
    for name in RAW["dayparts"]:
        ms = find_dates(f"وقع الانفجار في {name} الاثنين في السوق", PUB)
        assert len(ms) == 1 and ms[0].key == "weekday", name
        assert ms[0].text == f"{name} الاثنين"


def test_no_two_entries_collapse_into_one() -> None:
    """Spelling variants that the normaliser already unifies are dead weight: list one."""
    from rasd.text.normalize import norm_key

    def check(node, where):
        if isinstance(node, dict):
            keys = [str(k) for k in node]
            if all(any("\u0600" <= c <= "\u06ff" for c in k) for k in keys):
                seen = {}
                for k in keys:
                    nk = " ".join(norm_key(k).split())
                    assert nk not in seen, f"{where}: {k!r} and {seen[nk]!r} normalise alike"
                    seen[nk] = k
            for k, v in node.items():
                check(v, f"{where}/{k}")
        elif isinstance(node, list) and all(isinstance(x, str) for x in node):
            normed = [" ".join(norm_key(x).split()) for x in node]
            dup = {x for x in normed if normed.count(x) > 1}
            assert not dup, f"{where}: {sorted(dup)}"

    check(RAW, "dates.yaml")
    months = [k for block in RAW["months"].values() for k in block]
    normed = [norm_key(k) for k in months]
    assert len(set(normed)) == len(normed), "a month name is listed in two dialect blocks"


def test_every_relative_word_night_feast_and_unit_is_recognised() -> None:
    v = vocabulary()
    for name in RAW["relative_days"]:
        head = "صباح " if name in ("الغد",) else ""
        text = f"قال المتحدث {head}{name} إن القصف توقف"
        ms = find_dates(text, PUB)
        assert [m.text for m in ms] == [f"{head}{name}"], name
        assert ms[0].key == "relative"
    for name, offset in RAW["relative_nights"].items():
        ms = find_dates(f"وقع الانفجار {name} في السوق", PUB)
        assert [m.text for m in ms] == [name] and ms[0].value.date == str(PUB.fromordinal(PUB.toordinal() + offset))
    for name in RAW["feasts"]:
        ms = find_dates(f"تواصل القصف خلال {name} رغم الهدنة", PUB)
        assert [m.key for m in ms] == ["feast"], name
    for name in RAW["units"]:
        ms = find_dates(f"اندلعت الاشتباكات منذ {name} في المدينة", PUB)
        assert [m.text for m in ms] == [f"منذ {name}"], name
        assert ms[0].key == "ago"
    assert v.units                     # the loader kept them
