"""FrameBuilder._cue_in answers by bisection in per-label sorted starts; it must give the
answer of the scan over every cue of the document that it replaced."""
import random

from rasd.events.frames import CueSpan, FrameBuilder

LABELS = ["modality:neg", "casualties:killed", "attribution", "negation", "plan"]


def _scan(cues, labels, lo, hi):
    if isinstance(labels, str):
        labels = (labels,)
    return any(c.label in labels and lo <= c.token_start < hi for c in cues)


def test_cue_index_equals_a_scan_of_every_cue():
    rng = random.Random(7)
    for _ in range(50):
        cues = [CueSpan(rng.choice(LABELS), s, s + rng.randint(1, 3))
                for s in (rng.randint(0, 60) for _ in range(rng.randint(0, 12)))]
        fb = FrameBuilder.__new__(FrameBuilder)
        fb.cues = cues
        fb._cue_starts = None
        for _ in range(40):
            lo = rng.randint(0, 60)
            hi = lo + rng.randint(0, 15)
            labels = rng.choice([rng.choice(LABELS), tuple(rng.sample(LABELS, 2)), "absent", ()])
            assert fb._cue_in(labels, lo, hi) == _scan(cues, labels, lo, hi)


def _scan_ends(cues, label, start):
    """``_speech_place``'s scan for a reporting verb ending at most 8 tokens before ``start``."""
    return any(c.label == label and c.token_end <= start and start - c.token_end <= 8 for c in cues)


def test_cue_ends_index_equals_the_scan_it_replaced():
    rng = random.Random(11)
    for _ in range(50):
        cues = [CueSpan(rng.choice(LABELS + ["reporting:verbs"]), s, s + rng.randint(1, 3))
                for s in (rng.randint(0, 60) for _ in range(rng.randint(0, 12)))]
        fb = FrameBuilder.__new__(FrameBuilder)
        fb.cues = cues
        fb._cue_ends = None
        for _ in range(40):
            start = rng.randint(0, 75)
            label = rng.choice(["reporting:verbs", rng.choice(LABELS), "absent"])
            assert fb._cue_ending_in(label, start - 8, start + 1) == _scan_ends(cues, label, start)
