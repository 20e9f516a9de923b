"""``rasd gazetteer build`` on tiny synthetic sources (WOF, cities500, full GeoNames dumps)."""
from __future__ import annotations

import gzip
import io

import pytest

from rasd.cli import main
from rasd.gazetteer.build import build, build_entries, english_name, strip_admin_prefix, usable_arabic_name
from rasd.gazetteer.lookup import Gazetteer
from rasd.gazetteer.records import GazEntry, read_entries, write_entries

WOF_HEADER = ("wof_id\tname\tname_ar\tname_ar_variants\tplacetype\tcountry\tlat\tlon\tregion_name\t"
              "county_name\tlocality_name\tparent_id\tgeonames_id\twikidata_id\tis_current\tdeprecated\t"
              "src_geom\tpath\n")
WOF_ROWS = [
    "1\tAleppo\tحلب\tمحافظة حلب;الرقة\tregion\tSY\t36.2\t37.6\tAleppo\t\t\t-1\t170062\t\t1\t\twof\tx\n",
    "2\tحلب\tحلب\t\tlocality\tSY\t36.20244\t37.15183\tAleppo\t\t\t1\t170063\t\t1\t\twof\tx\n",
    "3\tOld town\tالبلدة القديمة\t\tlocality\tSY\t36.0\t37.0\tAleppo\t\t\t1\t\t\t0\t\twof\tx\n",
    "4\tGone\tمكان\t\tlocality\tSY\t36.0\t37.0\tAleppo\t\t\t1\t\t\t1\t2020-01-01\twof\tx\n",
]
CITIES = ("geonameid\tname\tnames_arabic_script\tcountrycode\tadmin1code\tlatitude\tlongitude\tpopulation\n"
          "170063\tAleppo\tحلب;ḩalab\tSY\t09\t36.20124\t37.16117\t2098210\n"
          "174018\tAl Bāb\tالباب\tSY\t09\t36.37051\t37.5157\t130745\n"
          "5000\tTestville\tتستفيل\tUS\tCA\t34.0\t-118.0\t1000\n")


@pytest.fixture()
def sources(tmp_path):
    (tmp_path / "wof_SY.tsv").write_text(WOF_HEADER + "".join(WOF_ROWS), encoding="utf-8")
    (tmp_path / "geonames_cities500_arabic.tsv").write_text(CITIES, encoding="utf-8")
    return tmp_path


def test_merge_wof_and_geonames(sources):
    entries = build_entries(wof_files=[str(sources / "wof_SY.tsv")],
                            cities500=str(sources / "geonames_cities500_arabic.tsv"))
    by_id = {e.id: e for e in entries}
    assert "wof:3" not in by_id and "wof:4" not in by_id          # not current, deprecated
    aleppo = by_id["wof:2"]
    assert aleppo.population == 2098210 and aleppo.name == "Aleppo"   # GeoNames name and population
    assert (aleppo.lat, aleppo.lon) == (36.20124, 37.16117)            # GeoNames point
    assert "gn:170063" not in by_id                                    # merged, not duplicated
    assert by_id["gn:174018"].admin1 == "Aleppo"                      # admin1 code learnt from WOF
    region = by_id["wof:1"]
    assert "حلب" in region.keys and "محافظه حلب" in region.keys
    assert all("رقه" not in k for k in region.keys)                  # capital-name noise dropped
    assert "حلب" not in [n for n in by_id["gn:5000"].names_ar]


def test_admin1_table_gives_capital_coordinates(sources, tmp_path):
    table = tmp_path / "admin1.tsv"
    table.write_text("country\tadmin1\twof_region_names\tnames_ar\tcapital_geonames_id\tcapital\n"
                     "SY\tAleppo\tAleppo\tمحافظة حلب\t170063\tAleppo\n"
                     "SA\tJazan\tJazan\tمنطقة جازان\t999\tJizan\n", encoding="utf-8")
    entries = build_entries(wof_files=[str(sources / "wof_SY.tsv")],
                            cities500=str(sources / "geonames_cities500_arabic.tsv"),
                            admin1_table=str(table))
    region = next(e for e in entries if e.id == "wof:1")
    assert (region.lat, region.lon) == (36.20124, 37.16117) and "capital" in region.source
    assert not any(e.id.startswith("adm1:SA") for e in entries)     # capital unknown: skipped


def test_full_geonames_dump(tmp_path):
    (tmp_path / "allCountries.txt").write_text(
        "1\tTown One\tTown One\t\t33.5\t36.3\tP\tPPL\tSY\t\t13\t\t\t\t5000\t\t\tAsia/Damascus\t2020\n"
        "2\tNo Arabic\tNo Arabic\t\t33.6\t36.4\tP\tPPL\tSY\t\t13\t\t\t\t100\t\t\tAsia/Damascus\t2020\n"
        "3\tProvince\tProvince\t\t33.0\t36.0\tA\tADM1\tSY\t\t13\t\t\t\t0\t\t\tAsia/Damascus\t2020\n"
        "4\tRiver\tRiver\tنهر\t33.0\t36.0\tH\tSTM\tSY\t\t13\t\t\t\t0\t\t\tAsia/Damascus\t2020\n",
        encoding="utf-8")
    (tmp_path / "alternateNamesV2.txt").write_text(
        "10\t1\tar\tالبلدة الأولى\t\t\t\t\t\t\n10\t1\ten\tTown 1\t\t\t\t\t\t\n"
        "11\t3\tar\tمحافظة الاختبار\t\t\t\t\t\t\n12\t1\tar\tاسم قديم\t\t\t\t1\t\t\n", encoding="utf-8")
    (tmp_path / "admin1CodesASCII.txt").write_text("SY.13\tDimashq\tDimashq\t170654\n", encoding="utf-8")
    out = tmp_path / "gaz.tsv.gz"
    path, n = build("", output=str(out), geonames_dir=str(tmp_path), with_layers=False)
    assert n == 2
    g = Gazetteer.from_file(path)
    town = g.lookup("البلدة الأولى")
    assert [e.id for e in town] == ["gn:1"] and town[0].admin1 == "Dimashq" and town[0].population == 5000
    assert g.lookup("اسم قديم") == []                                # historic names skipped
    assert [e.feature for e in g.lookup("الاختبار")] == ["region"]   # «محافظة» stripped


def test_cli_build_and_lookup(sources, tmp_path, capsys):
    out = tmp_path / "g.tsv.gz"
    assert main(["gazetteer", "build", "--sources", str(sources), "-o", str(out)]) == 0
    assert "places written" in capsys.readouterr().err
    g = Gazetteer.from_file(str(out))
    assert any(e.id == "wof:2" for e in g.lookup("حلب"))
    assert main(["gazetteer", "build"]) == 2
    assert main(["gazetteer", "build", "--sources", str(tmp_path / "missing")]) == 2


def test_roundtrip_and_stale_keys(tmp_path):
    e = GazEntry(id="x:1", name="Place | One", country="SY", admin1=None, lat=1.0, lon=2.0,
                 feature="locality", names_ar=("حلب",), keys=("stale-key",))
    path = tmp_path / "g.tsv.gz"
    write_entries(str(path), [e])
    back = list(read_entries(io.BytesIO(path.read_bytes())))
    assert back[0].id == "x:1" and back[0].names_ar == ("حلب",)
    with pytest.warns(RuntimeWarning):
        g = Gazetteer.from_file(str(path))                # keys recomputed from the names
    assert g.lookup("حلب") and g.entries[0].keys == ("حلب",)
    with pytest.raises(ValueError):
        list(read_entries(io.BytesIO(gzip.compress(b"not a gazetteer\n"))))


def test_helpers():
    assert strip_admin_prefix("محافظة حلب", ["محافظة"]) == "حلب"
    assert strip_admin_prefix("حلب", ["محافظة"]) is None
    assert english_name("Ḩamāh") == "Hamah" and english_name("Dar`a") == "Dara"


@pytest.mark.parametrize("name,usable", [
    ("حلب", True), ("ڤيينا", True), ("بئر مشارڨة", True), ("چابهار", True),   # Arabic writes these
    ("ہے فی", False), ("ڈربن", False), ("بلوومفۆنتەین", False), ("ڕیاز", False), ("كابۇل", False),
    ("Halab", False),
])
def test_names_in_other_alphabets_of_the_script_are_not_arabic(name, usable):
    # Urdu, Kurdish, Uyghur and Pashto spellings normalise into Arabic words («ہے فی», Hefei,
    # became «هي في»: she is in)
    assert usable_arabic_name(name) is usable


def test_common_words_command(tmp_path, capsys):
    import json
    corpus = tmp_path / "c.jsonl"
    # «علي» (a name and «on») is frequent and never after a locative cue; «حلب» is.
    lines = [{"text": "قال علي إن علي سافر. وصل علي أمس."}] * 3 + [{"text": "قصف في حلب وفي حلب."}] * 3
    corpus.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    out = tmp_path / "cw.tsv"
    assert main(["gazetteer", "common-words", "--corpus", str(corpus), "-o", str(out), "--step", "1"]) == 0
    words = [ln.split("\t")[0] for ln in out.read_text("utf-8").splitlines() if not ln.startswith("#")]
    assert "علي" in words and "حلب" not in words


def test_common_words_keep_conflict_towns_readable():
    """A one-word name used as an ordinary word is listed; when it is also a town of 20,000+
    people in a conflict country its level is "context" (read after a locative preposition)."""
    from rasd.gazetteer.common_words import derive
    from rasd.gazetteer.lookup import Gazetteer
    from rasd.gazetteer.records import GazEntry

    gaz = Gazetteer([GazEntry(id="a", name="Zuwara", country="LY", admin1=None, lat=32.9, lon=12.1,
                              feature="locality", population=34_000, names_ar=("زوارة",), keys=("زواره",)),
                     GazEntry(id="b", name="Hamlet", country="YE", admin1=None, lat=15.0, lon=44.0,
                              feature="locality", population=0, names_ar=("علي",), keys=("علي",))])
    texts = ["استقبل زواره وقال علي إن زواره وصلوا وعلي معهم."] * 3
    rows = {key: level for key, _, _, level in derive(texts, gaz, ["مدينة"])}
    assert rows == {"زواره": "context", "علي": ""}


def test_a_few_names_keyed_by_design_do_not_make_the_file_stale():
    """A generic first name the builder leaves out («المدينة» of Medina) keys the entry by its
    next name; one such entry among many is no sign of a changed normaliser, many are."""
    from rasd.gazetteer.lookup import stale_keys
    good = [GazEntry(id=f"x:{i}", name="P", country="SY", admin1=None, lat=1.0, lon=2.0,
                     feature="locality", names_ar=("حلب",), keys=("حلب",)) for i in range(300)]
    odd = GazEntry(id="x:m", name="Madinah", country="SA", admin1=None, lat=1.0, lon=2.0,
                   feature="locality", names_ar=("المدينة", "المدينة المنورة"), keys=("مدينه منوره",))
    assert not stale_keys(good[:150] + [odd] + good[150:], probes=301)
    stale = [GazEntry(id=f"y:{i}", name="P", country="SY", admin1=None, lat=1.0, lon=2.0,
                      feature="locality", names_ar=("حلب",), keys=("old",)) for i in range(10)]
    assert stale_keys(good + stale, probes=310)
