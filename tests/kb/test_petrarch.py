"""The UniversalPETRARCH importer: format parsing, date conventions, filtering, CAMEO mapping."""
from __future__ import annotations

import io
from datetime import date

from rasd.kb.petrarch import import_roles, map_code, parse_code, parse_dictionary, phrase_text, write_tsv

SAMPLE = """\
نوري_المالكي_
\t[IRQGOV 20101221-20140908]
\t[IRQELI 20140908-20161010]
غزة  [PSE]
قوة_إسرائيلي_  [ISRMIL]
سلمان
\t[SAUGOV >20150123]
وزير
\t[GOV 19990101-20100101]
أحمد_اويحيى_\u200e
\t[DZAGOV 19951231-18000101]
 شرطة_بريطاني_  [GBRCOP]
syria_army_  [SYRMIL]
"""
ISO3 = {"IRQ": "IQ", "ISR": "IL", "SAU": "SA", "DZA": "DZ", "PSE": "PS"}


def test_parse_dictionary_groups_codes_under_entries():
    entries = list(parse_dictionary(SAMPLE.splitlines(True)))
    assert entries[0].phrase == "نوري_المالكي_"
    assert entries[0].codes == ("IRQGOV 20101221-20140908", "IRQELI 20140908-20161010")
    assert entries[1].codes == ("PSE",)
    assert [e.phrase for e in entries][-2] == "شرطة_بريطاني_"


def test_parse_code_date_conventions():
    assert parse_code("IRQGOV 20101221-20140908") == ("IRQGOV", date(2010, 12, 21), date(2014, 9, 8))
    assert parse_code("SAUGOV >20150123") == ("SAUGOV", date(2015, 1, 23), None)
    assert parse_code("PSEREB > 19870101") == ("PSEREB", date(1987, 1, 1), None)
    assert parse_code("X <20000101") == ("X", None, date(2000, 1, 1))
    # an end before the start (the file's 18000101) means open-ended
    assert parse_code("DZAGOV 19951231-18000101") == ("DZAGOV", date(1995, 12, 31), None)


def test_map_code():
    assert map_code("IRQGOVELI", ISO3) == "gov:IQ"
    assert map_code("ISRMIL", ISO3) == "mil:IL"
    assert map_code("IRQELI", ISO3) is None        # elites are no organisation
    assert map_code("GOV", ISO3) is None           # no country
    assert map_code("GBRCOP", ISO3) is None        # country not in the table


def test_import_filters_and_writes():
    roles = import_roles(SAMPLE.splitlines(True), ISO3)
    aliases = {(r.alias, r.ref) for r in roles}
    assert ("نوري المالكي", "gov:IQ") in aliases
    assert ("قوة إسرائيلي", "mil:IL") in aliases
    assert ("أحمد اويحيى", "gov:DZ") in aliases    # U+200E removed
    assert not any(a == "سلمان" for a, _ in aliases)  # one word: too ambiguous
    assert not any("syria" in a for a, _ in aliases)
    buf = io.StringIO()
    n = write_tsv(roles, buf)
    text = buf.getvalue()
    assert n == len(roles) and "MIT License" in text and "Open Event Data Alliance" in text
    assert "نوري المالكي\tgov:IQ\t2010-12-21\t2014-09-08\tIRQGOV" in text


def test_phrase_text():
    assert phrase_text("نوري_المالكي_") == "نوري المالكي"
