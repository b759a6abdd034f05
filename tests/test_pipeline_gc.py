"""The garbage collector's thresholds are raised only while the pipeline runs (pipeline.fast_gc), not by building it."""
from __future__ import annotations

import gc

from marsad.pipeline import _GC_THRESHOLD, fast_gc, worker_gc


def test_fast_gc_restores_the_thresholds():
    old = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        with fast_gc():
            assert gc.get_threshold() == (_GC_THRESHOLD, 10, 10)
        assert gc.get_threshold() == (700, 10, 10)
        worker_gc()
        assert gc.get_threshold()[0] == _GC_THRESHOLD
    finally:
        gc.set_threshold(*old)


def test_building_the_pipeline_leaves_the_collector_alone_and_run_restores_it(pipe):
    from marsad.record import new_document
    old = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        seen = []
        for doc in pipe.run([new_document("t", "قال الرئيس إن الحكومة ستعقد اجتماعا.")]):
            seen.append(gc.get_threshold()[0])
        assert seen == [_GC_THRESHOLD] and gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*old)


def test_overlapping_runs_restore_the_thresholds_of_the_first(pipe):
    """Two runs consumed in turn: the first to end keeps the threshold raised for the other; the last restores it."""
    from marsad.record import new_document
    old = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        a = pipe.run([new_document("a", "قال الرئيس إن الحكومة ستعقد اجتماعا.")])
        b = pipe.run([new_document("b", "التقى الوزير نظيره الروسي.")] * 2)
        next(a)
        next(b)
        assert list(a) == [] and gc.get_threshold()[0] == _GC_THRESHOLD  # b still runs
        assert len(list(b)) == 1 and gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*old)
