"""The judge's lexical second opinion: TF-IDF + logistic regression, applied without scikit-learn.

The cross-encoder sees 128 tokens of a turn; a bag of words and word pairs over the end of the
prompt and the whole reply catches wording the truncation drops.  Averaged with the
cross-encoder's logit it ranks better on every evaluation split (models/README.md, "Ensemble").

Trained with scikit-learn (``models/training/lexical.py``: ``TfidfVectorizer(ngram_range=(1, 2),
sublinear_tf=True)`` + ``LogisticRegression``); shipped as a JSON file of terms, idf weights and
coefficients, and applied here with numpy and the same tokenisation: lower-case, tokens of two or
more word characters (scikit-learn's default ``token_pattern``), unigrams and space-joined bigrams,
``1 + log(tf)``, times idf, L2-normalised, dot the coefficients plus the intercept.  A unit test
checks it against scikit-learn on the same texts.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from monitor.errors import ModelError
from monitor.scoring.text import HasRoleContent, pair_texts

__all__ = ["LexicalBlend", "LexicalModel", "lexical_text"]

_TOKEN = re.compile(r"(?u)\b\w\w+\b")
PROMPT_CHARS = 400


def lexical_text(prompt: str, response: str, context: Sequence[HasRoleContent] = ()) -> str:
    """The text the lexical model reads: the last 400 characters of context + prompt, then the reply."""
    a, b = pair_texts(prompt, response, context, max_length=128)
    return a[-PROMPT_CHARS:] + " ||| " + b


@dataclass(frozen=True, slots=True)
class LexicalModel:
    """A fitted TF-IDF + logistic regression, as plain arrays."""

    index: dict[str, int]
    idf: npt.NDArray[np.float64]
    coef: npt.NDArray[np.float64]
    intercept: float

    @classmethod
    def load(cls, path: Path) -> LexicalModel:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            terms = raw["terms"]
            idf = np.asarray(raw["idf"], dtype=np.float64)
            coef = np.asarray(raw["coef"], dtype=np.float64)
            intercept = float(raw["intercept"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ModelError(f"cannot load lexical model {path}: {exc}") from exc
        if not (len(terms) == len(idf) == len(coef)):
            raise ModelError(f"{path}: terms, idf and coef differ in length")
        return cls({t: i for i, t in enumerate(terms)}, idf, coef, intercept)

    def _logit(self, text: str) -> float:
        words = _TOKEN.findall(text.lower())
        grams = Counter(words)
        grams.update(f"{a} {b}" for a, b in itertools.pairwise(words))
        idx, val = [], []
        for gram, n in grams.items():
            i = self.index.get(gram)
            if i is not None:
                idx.append(i)
                val.append((1.0 + math.log(n)) * self.idf[i])
        if not idx:
            return self.intercept
        v = np.asarray(val)
        return float(v @ self.coef[idx] / np.linalg.norm(v) + self.intercept)

    def logits(self, texts: Sequence[str]) -> npt.NDArray[np.float64]:
        return np.array([self._logit(t) for t in texts], dtype=np.float64)


@dataclass(frozen=True, slots=True)
class LexicalBlend:
    """How the manifest combines the two: ``(1 - w) * z / z_scale + w * l / l_scale`` (both
    logits divided by their spread on the calibration split, then weighted)."""

    model: LexicalModel
    weight: float
    encoder_scale: float
    lexical_scale: float

    def combine(
        self, encoder_logits: npt.NDArray[np.float32], texts: Sequence[str]
    ) -> npt.NDArray[np.float32]:
        lex = self.model.logits(texts)
        z = (1.0 - self.weight) * encoder_logits.astype(np.float64) / self.encoder_scale
        return (z + self.weight * lex / self.lexical_scale).astype(np.float32)
