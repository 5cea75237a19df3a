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

Two such models can ship: ``lexical`` (binary: sycophantic or not, blended into the judge's logit,
:class:`LexicalBlend`) and ``kind_lexical`` (multinomial over the manifest's categories, blended into
the kind head, :class:`LexicalKinds`).
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

__all__ = ["LexicalBlend", "LexicalKinds", "LexicalModel", "lexical_text"]

_TOKEN = re.compile(r"(?u)\b\w\w+\b")
PROMPT_CHARS = 400


def lexical_text(prompt: str, response: str, context: Sequence[HasRoleContent] = ()) -> str:
    """The text the lexical model reads: the last 400 characters of context + prompt, then the reply."""
    a, b = pair_texts(prompt, response, context, max_length=128)
    return a[-PROMPT_CHARS:] + " ||| " + b


@dataclass(frozen=True, slots=True)
class LexicalModel:
    """A fitted TF-IDF + logistic regression, as plain arrays: ``coef`` is ``[terms, K]`` and
    ``intercept`` ``[K]``; K is 1 for a binary model (its JSON ``coef`` a flat list) and the number
    of ``classes`` for a multinomial one (its JSON ``coef`` one list per class, in ``classes`` order)."""

    index: dict[str, int]
    idf: npt.NDArray[np.float64]
    coef: npt.NDArray[np.float64]
    intercept: npt.NDArray[np.float64]
    classes: tuple[str, ...] = ()

    @classmethod
    def load(cls, path: Path) -> LexicalModel:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            terms = raw["terms"]
            idf = np.asarray(raw["idf"], dtype=np.float64)
            coef = np.asarray(raw["coef"], dtype=np.float64)
            intercept = np.atleast_1d(np.asarray(raw["intercept"], dtype=np.float64))
            classes = tuple(str(c) for c in raw.get("classes", ()))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ModelError(f"cannot load lexical model {path}: {exc}") from exc
        k = max(len(classes), 1)
        if coef.ndim == 1:
            coef = coef[None, :]
        if not (len(terms) == len(idf) == coef.shape[1]) or coef.shape[0] != k or intercept.shape != (k,):
            raise ModelError(f"{path}: terms, idf, coef and intercept disagree in shape (classes: {k})")
        return cls({t: i for i, t in enumerate(terms)}, idf, np.ascontiguousarray(coef.T), intercept, classes)

    def _decision(self, text: str) -> npt.NDArray[np.float64]:
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
        return np.asarray(v @ self.coef[idx] / np.linalg.norm(v) + self.intercept)

    def decision(self, texts: Sequence[str]) -> npt.NDArray[np.float64]:
        """``[len(texts), K]`` decision values (scikit-learn's ``decision_function``)."""
        out = np.empty((len(texts), len(self.intercept)), dtype=np.float64)
        for row, text in enumerate(texts):
            out[row] = self._decision(text)
        return out

    def logits(self, texts: Sequence[str]) -> npt.NDArray[np.float64]:
        """A binary model's logits, one per text."""
        if self.classes:
            raise ModelError("logits() is for a binary lexical model; this one names classes")
        return self.decision(texts)[:, 0]


def log_softmax(z: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    z = z - z.max(axis=1, keepdims=True)
    return np.asarray(z - np.log(np.exp(z).sum(axis=1, keepdims=True)))


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


@dataclass(frozen=True, slots=True)
class LexicalKinds:
    """The kind head's lexical second opinion: ``(1 - w) * log_softmax(head) + w * log_softmax(lex)``
    per turn (a weighted geometric mean of the two kind distributions, as log-probabilities up to a
    constant). The cross-encoder's kind head sees 128 tokens and names most warm agreement as
    unearned praise; the words of the whole prompt end (a plan, a piece of work, an opinion) say
    which kind it is (models/README.md, item 11)."""

    model: LexicalModel
    weight: float

    def combine(self, head_logits: npt.NDArray[np.float32], texts: Sequence[str]) -> npt.NDArray[np.float32]:
        lex = log_softmax(self.model.decision(texts))
        head = log_softmax(head_logits.astype(np.float64))
        return ((1.0 - self.weight) * head + self.weight * lex).astype(np.float32)
