#!/usr/bin/env python3
"""Build src/marsad/events/data/wordvecs.npz (word vectors for the ASSAULT/PROTEST sentence classifiers) from a
folder of unlabelled news records (*.jsonl.gz with title and text), e.g. the project's 2018 corpus:

    OMP_NUM_THREADS=1 .venv/bin/python tools/build_wordvecs.py ../shared/data/corpus

About a minute on one core. Retrain the classifiers afterwards (python -m marsad.events.train_classifier ... --write):
their word-vector weights belong to these vectors. See marsad.events.wordvecs for the method."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from marsad.events.wordvecs import main  # noqa: E402

if __name__ == "__main__":
    main()
