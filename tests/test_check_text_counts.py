"""check_text counts letters as the summed length of letter runs; its verdicts must be those of
counting one match per letter (the computation it replaced)."""
import random
import re

from rasd.pipeline import PipelineOptions, check_text

_LETTER1 = re.compile(r"[^\W\d_]")
_ARABIC1 = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")


def _reference(text: str, opts: PipelineOptions):
    if not text or not text.strip() or len(text) > opts.max_chars or "\x00" in text:
        return check_text(text, opts)  # the checks before the counts are unchanged
    letters = len(_LETTER1.findall(text))
    arabic = len(_ARABIC1.findall(text))
    if letters == 0 or arabic / max(letters, 1) < opts.min_arabic_share:
        return "text is not Arabic (too few Arabic letters)"
    return None


def test_run_counts_give_the_per_letter_verdicts():
    rng = random.Random(3)
    pieces = ["قتل", "خمسة", "abc", "Z", "123", "٣٤", "_", " ", "،", "ـ", "\u064b", "ﻻ", "é", "\n", "x_y"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        for share in (0.0, 0.2, 0.5, 0.8, 1.0):
            opts = PipelineOptions(min_arabic_share=share)
            assert check_text(text, opts) == _reference(text, opts), (text, share)


def _full_count(text: str, opts: PipelineOptions):
    """check_text's verdict from the full letter and Arabic counts (before ``_arabic_enough``)."""
    from rasd.pipeline import _ARABIC, _LETTER
    if not text or not text.strip() or len(text) > opts.max_chars or "\x00" in text:
        return check_text(text, opts)
    letters = sum(map(len, _LETTER.findall(text)))
    arabic = sum(map(len, _ARABIC.findall(text)))
    if letters == 0 or arabic / max(letters, 1) < opts.min_arabic_share:
        return "text is not Arabic (too few Arabic letters)"
    return None


def test_prefix_shortcut_gives_the_full_count_verdicts():
    """``_arabic_enough`` counts Arabic characters of a prefix only: every verdict must be the
    full count's, also for texts whose Arabic sits at the end or hovers around the share, for
    shares that are no short binary fraction, and for long texts (the prefix is then a part)."""
    from rasd.pipeline import _arabic_enough
    rng = random.Random(11)
    pieces = ["قتل", "خمسة", "abc", "Z", "123", "٣٤", "_", " ", "،", "ـ", "\u064b", "ﻻ", "é", "\n",
              "x_y", "  ", "....", "latin words here", "وقال الرئيس"]
    shares = (0.0, 0.1, 0.2, 1 / 3, 0.5, 0.8, 1.0, 1.5, -0.1, float("nan"), float("inf"))
    passed = 0
    for k in range(4000):
        parts = [rng.choice(pieces) for _ in range(rng.randint(1, 12 if k % 2 else 400))]
        if k % 3 == 0:
            parts.sort(key=lambda x: any("\u0600" <= ch <= "\u06ff" for ch in x))  # Arabic last
        text = "".join(parts)
        for share in shares:
            opts = PipelineOptions(min_arabic_share=share)
            assert check_text(text, opts) == _full_count(text, opts), (text, share)
            if _arabic_enough(text, share):
                passed += 1
                assert _full_count(text, opts) is None
    assert passed > 1000          # the shortcut did decide many


def test_prefix_shortcut_on_news_text():
    from rasd.pipeline import _arabic_enough
    text = "قال مسؤول محلي إن خمسة مدنيين قتلوا في قصف على مدينة حلب، وفق وكالة AFP. " * 40
    assert _arabic_enough(text, 0.2)
    assert check_text(text, PipelineOptions()) is None
    assert not _arabic_enough("English only text " * 50 + "قتل", 0.2)
