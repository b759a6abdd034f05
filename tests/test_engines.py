"""The same pipeline definition gives identical results in-process, in a process pool and on Ray Data."""
from __future__ import annotations

import copy
import json

import pytest

from marsad.demo import sample_dir
from marsad.engines.local import run_local
from marsad.read import read_paths
from marsad.record import to_output


def _docs(n_copies: int):
    base = list(read_paths([sample_dir()]))
    out = []
    for i in range(n_copies):
        for d in base:
            d = copy.deepcopy(d)
            d["id"] = f"{d['id']}-{i}"
            out.append(d)
    return out


def _outputs(docs):
    return [json.dumps(to_output(d), ensure_ascii=False, sort_keys=True) for d in docs]


def test_process_pool_equals_in_process():
    docs = _docs(5)
    one = _outputs(run_local(copy.deepcopy(docs), workers=1))
    two = _outputs(run_local(copy.deepcopy(docs), workers=2))
    assert one == two and len(one) == len(docs)


def test_ray_equals_local_on_a_few_hundred_documents():
    pytest.importorskip("ray")
    from marsad.engines.ray_engine import run_ray

    docs = _docs(40)  # 320 documents
    local = _outputs(run_local(copy.deepcopy(docs), workers=1))
    ray_out = _outputs(run_ray(copy.deepcopy(docs), workers=2))
    assert len(ray_out) == len(docs) == 320
    assert ray_out == local
