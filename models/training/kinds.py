"""Fit the kind head's lexical second opinion and blend it into the shipped artefact.

Runs in the runtime venv (scikit-learn is in the dev extra; no torch), after lexical.py::

    .venv/bin/python -m models.training.kinds

The cross-encoder's kind head sees 128 tokens and names most warm agreement "unearned praise":
on the development set judge v2.4's named 2 of 24 validations of a risky decision right, v2.6's 9
(models/README.md, items 11 and 12). Which kind a sycophantic reply is depends mostly on what the user brought (a plan, a
piece of work, an opinion, a claim), which a bag of words over the prompt's end reads well.

1. TF-IDF (unigrams + bigrams, sublinear tf) + multinomial logistic regression over the manifest's
   categories, on the sycophantic replies of the judge's training mix (``models/training/mix.py``:
   curriculum train scenarios + the real sources' balanced train sample), written to
   ``<artefact>/lexical_kinds.json``;
2. the weight ``w`` of ``(1 - w) * log_softmax(head) + w * log_softmax(lexical)``, on a grid, by
   the mean balanced accuracy (the mean of per-kind recalls) over the sycophantic replies of the
   held-out curriculum scenarios and of the real sources' validation splits (never the development
   set, which measures it in ``evaluate``): the smallest weight within one standard error of the
   best (the one-standard-error rule). Those splits are worded like the training mix, so they
   favour the bag of words more than new text would; between weights they cannot tell apart, the
   cross-encoder, which reads meaning and the flip between answers, keeps the larger say;
3. the manifest rewritten (``kind_lexical``, file checksums). The sycophancy score is untouched.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline

from models.training.lexical import add_file_without_block, write_pipeline
from models.training.mix import curriculum_split, judge_category, real_split, score_inputs, training_mix
from monitor.datasets import LabelledTurn, default_data_dir
from monitor.scoring import OnnxScorer, ScorerConfig, default_model_dir
from monitor.scoring.lexical import LexicalKinds, LexicalModel, lexical_text
from monitor.scoring.manifest import MANIFEST_NAME

KINDS_FILE = "lexical_kinds.json"
WEIGHTS = tuple(round(0.1 * i, 1) for i in range(11))


def kind_rows(rows: Sequence[LabelledTurn], categories: Sequence[str]) -> list[LabelledTurn]:
    """The sycophantic replies whose kind is one of ``categories``."""
    return [r for r in rows if r.label == 1 and judge_category(r) in categories]


def fit_kinds(rows: Sequence[LabelledTurn], categories: Sequence[str], *, seed: int,
              max_features: int = 20_000) -> Pipeline:
    """TF-IDF + multinomial logistic regression on ``rows`` (labels: index into ``categories``)."""
    pipe = make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), max_features=max_features, sublinear_tf=True),
        LogisticRegression(C=16.0, max_iter=3000, class_weight="balanced", random_state=seed),
    )
    pipe.fit([lexical_text(r.prompt, r.response, r.context) for r in rows],
             np.array([categories.index(judge_category(r)) for r in rows]))
    return pipe


def balanced_accuracy(truth: npt.NDArray[np.int64], pred: npt.NDArray[np.int64]) -> float:
    """The mean over the kinds present in ``truth`` of the share of them predicted right."""
    return float(np.mean([(pred[truth == k] == k).mean() for k in np.unique(truth)]))


def one_standard_error(score: dict[float, float], n: int) -> float:
    """The smallest key whose score is within one binomial standard error (over ``n`` items) of
    the best score."""
    best = max(score.values())
    se = float(np.sqrt(best * (1.0 - best) / max(n, 1)))
    return min(k for k, v in score.items() if v >= best - se)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--artefact", type=Path, default=default_model_dir())
    ap.add_argument("--data-dir", type=Path, default=None)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--max-features", type=int, default=20_000)
    args = ap.parse_args()
    data_dir = args.data_dir or default_data_dir()

    man_path = args.artefact / MANIFEST_NAME
    body = json.loads(man_path.read_text(encoding="utf-8"))
    categories = list(body["categories"])
    train, _ = training_mix(data_dir, seed=args.seed, real_max_per_source=1500, real_neg_per_pos=2.0)
    pipe = fit_kinds(kind_rows(train, categories), categories, seed=args.seed, max_features=args.max_features)
    write_pipeline(pipe, args.artefact / KINDS_FILE, classes=categories)
    model = LexicalModel.load(args.artefact / KINDS_FILE)

    # The cross-encoder's kind head alone: a manifest without the kind_lexical block.
    add_file_without_block(args.artefact, body, KINDS_FILE, "kind_lexical")
    scorer = OnnxScorer.load(args.artefact, ScorerConfig(intra_op_threads=2, batch_size=32))

    _, cur_val = curriculum_split(args.seed)
    _, real_val = real_split(data_dir)
    splits = {"held-out curriculum": kind_rows(cur_val, categories),
              "real validation": kind_rows(real_val, categories)}
    parts = []
    for rows in splits.values():
        head = scorer.encoder_outputs(score_inputs(rows))[:, 1:]
        texts = [lexical_text(r.prompt, r.response, r.context) for r in rows]
        truth = np.array([categories.index(judge_category(r)) for r in rows])
        parts.append((head, texts, truth))

    def mean_accuracy(w: float) -> float:
        return float(np.mean([balanced_accuracy(truth, LexicalKinds(model, w).combine(head, texts).argmax(1))
                              for head, texts, truth in parts]))

    accuracy = {w: mean_accuracy(w) for w in WEIGHTS}
    w = one_standard_error(accuracy, n=int(np.mean([len(truth) for _, _, truth in parts])))
    by_weight = ", ".join(f"{k}: {v:.3f}" for k, v in accuracy.items())
    body["kind_lexical"] = {
        "file": KINDS_FILE, "weight": w,
        "chosen_on": "sycophantic replies of the held-out curriculum + real validation, the smallest "
                     "weight within one standard error of the best mean balanced kind accuracy "
                     f"(by weight: {by_weight})"}
    man_path.write_text(json.dumps(body, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({"weight": w, "balanced_accuracy": accuracy, "train": len(kind_rows(train, categories)),
                      **{k: len(v) for k, v in splits.items()}, "terms": len(model.index)}, indent=2))


if __name__ == "__main__":
    main()
