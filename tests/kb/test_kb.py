"""The packaged actor knowledge base loads, is consistent, and its data is clean.

Why a test over the data: aliases are typed by hand in several files; two actors claiming one
key, a presentation-form letter or a dangling renaming would silently mis-resolve actors.
"""
from __future__ import annotations

import textwrap

import pytest

from rasd.kb import KBError, default_kb, load_kb, validate
from rasd.kb.forms import alias_variants, expand_national, nisba_forms
from rasd.kb.records import CATEGORIES


@pytest.fixture(scope="module")
def kb():
    return default_kb()


def test_packaged_kb_has_no_problems(kb):
    assert validate(kb) == []


def test_ids_unique_and_categories_known(kb):
    assert len(kb.actors) >= 90
    for rec in kb.actors.values():
        assert rec.category in CATEGORIES, rec.id
        assert rec.name and "(20" not in rec.name, "years belong in `active`, not in the name"
    for a in kb.agents.values():
        assert a.category in CATEGORIES


@pytest.mark.parametrize("chain", [("nusra", "jfs", "hts"), ("aqi", "isi", "is"), ("abm", "is-sinai")])
def test_renaming_chains(kb, chain):
    for a, b in zip(chain, chain[1:]):
        assert kb.actors[a].successor == b
        assert kb.actors[b].predecessor == a


def test_required_conflict_actors_present(kb):
    names = {r.name for r in kb.actors.values()}
    for n in ["Islamic State (IS)", "Houthis (Ansar Allah)", "Saudi-led Coalition", "Military Forces of Syria",
              "Popular Resistance (Yemen)", "Military Forces of Yemen (Hadi)", "Popular Mobilization Forces",
              "Free Syrian Army", "Jabhat al-Nusra", "Hezbollah", "Hamas", "Libyan National Army", "Libya Dawn",
              "Peshmerga", "People's Protection Units (YPG)", "PKK: Kurdistan Workers Party", "Taliban",
              "Al Shabaab", "Military Forces of Israel"]:
        assert n in names, n


def test_every_alias_has_a_key_and_no_presentation_forms(kb):
    for phrase, _ in kb.entries():
        assert not any(0xFB50 <= ord(c) <= 0xFDFF or 0xFE70 <= ord(c) <= 0xFEFF for c in phrase), phrase


def test_generic_agent_names(kb):
    assert kb.resolve_ref("civ:YE").name == "Civilians (Yemen)"
    assert kb.resolve_ref("uag:IQ").name == "Unidentified Armed Group (Iraq)"
    assert kb.resolve_ref("cop:IQ").name == "Police Forces of Iraq"
    assert kb.resolve_ref("mil:US", 2015).name == "Military Forces of the United States"
    assert kb.resolve_ref("gov:AE").name == "Government of the United Arab Emirates"


def test_stands_for_is_dated(kb):
    assert kb.resolve_ref("mil:YE", 2015).name == "Military Forces of Yemen (Hadi)"
    assert kb.resolve_ref("mil:YE", 2005).name == "Military Forces of Yemen"


def test_successor_followed_after_renaming(kb):
    assert kb.resolve_ref("nusra", 2015).name == "Jabhat al-Nusra"
    assert kb.resolve_ref("nusra", 2018).name == "Hayat Tahrir al-Sham"
    assert kb.resolve_ref("nusra", None).name == "Jabhat al-Nusra"


def test_person_roles_by_date(kb):
    from datetime import date
    maliki = kb.persons["nouri-al-maliki"]
    assert maliki.role_on(date(2010, 6, 1)).actor == "gov:IQ"
    assert maliki.role_on(date(2016, 6, 1)) is None


def test_imported_roles_loaded_but_curated_wins(kb):
    imported = [p for p in kb.persons.values() if p.source == "UniversalPETRARCH"]
    assert len(imported) > 500
    # «نوري المالكي» is curated: no imported record may claim that alias
    assert not any(p.name == "نوري المالكي" for p in imported)


def test_forms():
    assert "الحوثيين" in alias_variants("الحوثي", feminine_single=True)
    assert "الحوثية" in alias_variants("الحوثي", feminine_single=True)
    assert alias_variants("تركي") == ["تركي", "تركيين", "تركيون"]
    assert "الجيش اليمنية" in alias_variants("الجيش اليمني")
    assert alias_variants("علي") == ["علي"]       # too short to be a nisba
    assert "عراقيين" in nisba_forms("عراقي")
    assert "القوات العراقية" in expand_national("القوات {adj}", ("عراقي",))


def _write(tmp_path, actors: str, persons: str = "persons: []\n"):
    (tmp_path / "actor_countries.tsv").write_text(
        "iso2\tiso3\tname\tof_name\tnisba\tnames_ar\nIQ\tIRQ\tIraq\tIraq\tعراقي\tالعراق\n", "utf-8")
    (tmp_path / "agents.yaml").write_text(
        "agents:\n  - {id: mil, name: 'Military Forces of {of}', category: state forces, needs_country: true}\n",
        "utf-8")
    (tmp_path / "actors.yaml").write_text(textwrap.dedent(actors), "utf-8")
    (tmp_path / "persons.yaml").write_text(textwrap.dedent(persons), "utf-8")


def test_duplicate_ids_rejected(tmp_path):
    _write(tmp_path, """
        actors:
          - {id: a, name: A, category: rebels, aliases: [ألف]}
          - {id: a, name: B, category: rebels, aliases: [باء]}
    """)
    with pytest.raises(KBError, match="duplicate actor id"):
        load_kb(tmp_path)


def test_dangling_and_asymmetric_links_rejected(tmp_path):
    _write(tmp_path, """
        actors:
          - {id: a, name: A, category: rebels, successor: b}
          - {id: b, name: B, category: rebels}
    """)
    with pytest.raises(KBError, match="does not name it as predecessor"):
        load_kb(tmp_path)
    _write(tmp_path, "actors:\n  - {id: a, name: A, category: warlords}\n")
    with pytest.raises(KBError, match="unknown category"):
        load_kb(tmp_path)
    _write(tmp_path, "actors: []\n", "persons:\n  - {id: p, name: P, aliases: [باء], roles: [{actor: gov:IQ}]}\n")
    with pytest.raises(KBError, match="unknown role actor"):
        load_kb(tmp_path)


def test_alias_collisions_flagged(tmp_path):
    _write(tmp_path, """
        actors:
          - {id: a, name: A, category: rebels, aliases: [الجماعة المسلحة]}
          - {id: b, name: B, category: rebels, aliases: [جماعة مسلحة]}
          - {id: c, name: C, category: rebels, aliases: [ﺩﺍﻋﺶ]}
    """)
    problems = validate(load_kb(tmp_path))
    assert any("owned by ['actor:a', 'actor:b']" in p for p in problems)
    assert any("presentation form" in p for p in problems)
