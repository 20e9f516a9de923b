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
