"""CoNLL reading, the NER spelling fold, clitic readings and the corpus tag mapping."""
from rasd.ner.conll import parse_line, read_conll
from rasd.ner.corpora import glue_clitics, map_tag, read_mapped_lines
from rasd.ner.fold import fold, segment


def test_parse_line_variants():
    assert parse_line("بغداد B-LOC\n") == ("بغداد", "B-LOC")
    assert parse_line("بغداد\tB-LOC") == ("بغداد", "B-LOC")
    assert parse_line("بغداد\n") == ("بغداد", None)
    assert parse_line("   \n") is None


def test_read_conll_skips_repeated_blank_lines():
    sents = list(read_conll(["a O", "", "", "b B-LOC", "c", ""]))
    assert sents == [[("a", "O")], [("b", "B-LOC"), ("c", None)]]


def test_fold_unifies_outlet_spellings():
    assert fold("إسرائيل") == fold("اسرائيل")
    assert fold("مدينة") == fold("مدينه")
    assert fold("مُحَمَّد") == "محمد"
    assert fold("\u200eجوبا") == "جوبا"
    assert fold("٢٠١٥") == "2015"
    assert fold("مصطفى") == fold("مصطفي")


def test_segment_greedy_without_frequencies():
    assert segment("وبغداد") == ("وب", False, "غداد")
    assert segment("للجيش") == ("ل", True, "جيش")
    assert segment("فالعراق") == ("ف", True, "عراق")
    assert segment("ما") == ("", False, "ما")


def test_segment_prefers_frequent_reading():
    rank = {"بيروت": 10, "بغداد": 20, "العراق": 5}
    assert segment("بيروت", rank) == ("", False, "بيروت")
    assert segment("وبغداد", rank) == ("و", False, "بغداد")
    assert segment("فالعراق", rank) == ("ف", True, "عراق")
    assert segment("وزير", rank) == ("", False, "وزير")


def test_map_tag_to_four_types():
    assert map_tag("B-Politician") == "B-PERS"
    assert map_tag("I-Population-Center") == "I-LOC"
    assert map_tag("B-Government") == "B-ORG"
    assert map_tag("B-Book") == "B-MISC"
    assert map_tag("B-PER") == "B-PERS"
    assert map_tag("B-MIS1") == "O"
    assert map_tag("B-Group") == "O"
    assert map_tag("O") == "O" and map_tag(None) == "O"


def test_glue_clitics_like_anercorp():
    sent = [("و", "O"), ("بغداد", "B-LOC"), ("عاصمة", "O"), ("ها", "O"), ("و", "O"),
            ("جنوب", "B-LOC"), ("السودان", "I-LOC")]
    assert glue_clitics(sent) == [("وبغداد", "B-LOC"), ("عاصمتها", "O"),
                                  ("وجنوب", "B-LOC"), ("السودان", "I-LOC")]


def test_mapped_lines_repair_orphan_inside_tags():
    lines = ["\u200eقال\tO", "\u200eالكتيبة\tB-Group", "\u200eالاولى\tI-Group", "\u200eفي\tO",
             "\u200eدمشق\tB-Population-Center", ""]
    (sent,) = read_mapped_lines(lines)
    assert [t for _, t in sent] == ["O", "O", "O", "O", "B-LOC"]
    assert sent[-1][0] == "دمشق"
