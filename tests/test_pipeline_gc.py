"""Pipeline() raises the garbage collector's first threshold (long batches spent 15-20% of
their time in full collections) and never lowers a higher one or re-enables a disabled one."""
import gc

from rasd.pipeline import GC_THRESHOLD, collect_garbage_less_often


def test_threshold_only_raised():
    saved = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        collect_garbage_less_often()
        assert gc.get_threshold() == (GC_THRESHOLD, 10, 10)
        gc.set_threshold(GC_THRESHOLD * 3, 5, 5)
        collect_garbage_less_often()
        assert gc.get_threshold() == (GC_THRESHOLD * 3, 5, 5)
        gc.set_threshold(0, 10, 10)  # 0 disables collection: left as the caller set it
        collect_garbage_less_often()
        assert gc.get_threshold()[0] == 0
    finally:
        gc.set_threshold(*saved)
