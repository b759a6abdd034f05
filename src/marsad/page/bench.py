"""Speed of the page stage on corpus records: ``python -m marsad.page.bench CORPUS.jsonl.gz [N]``."""
from __future__ import annotations

import sys
import time

from ..read.jsonl import read_jsonl
from .reader import PageStage


def main() -> None:
    path = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    docs = []
    for d in read_jsonl(path, path):
        docs.append(d)
        if len(docs) >= n:
            break
    st = PageStage()
    st.setup()
    # two ways a record arrives: with its title (kind record) and as {"id","text"} = title + body
    plain = []
    for d in docs:
        plain.append(dict(d, meta={k: v for k, v in d["meta"].items() if k not in ("title", "body_start")},
                          kind="txt", article=dict(d["article"])))
    chars = sum(len(d["text"]) for d in docs)
    for name, batch in (("record", docs), ("text", plain)):
        t0, c0 = time.perf_counter(), time.process_time()
        for d in batch:
            st.process(d)
        dt, ct = time.perf_counter() - t0, time.process_time() - c0
        print(f"{name}: {len(batch)} docs, {chars / len(batch):.0f} chars avg, {len(batch) / dt:.0f} docs/s wall, "
              f"{len(batch) / ct:.0f} docs/s cpu ({ct / len(batch) * 1000:.2f} ms/doc)")


if __name__ == "__main__":
    main()
