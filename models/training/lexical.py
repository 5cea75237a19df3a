"""Fit the judge's lexical second opinion and blend it into the shipped artefact.

Runs in the runtime venv (scikit-learn is in the dev extra; no torch), after export.py::

    .venv/bin/python -m models.training.lexical

1. TF-IDF (unigrams + bigrams, sublinear tf) + logistic regression on the same training mix as
   the cross-encoder (``models/training/mix.py``), written to ``<artefact>/lexical.json``;
2. the blend weight ``w`` of ``(1 - w) * z / sd(z) + w * l / sd(l)``: the best mean AUROC over
   the held-out curriculum scenarios and the real sources' validation splits (a grid; never the
   development set; the curriculum alone would favour the lexical side, its replies are composed
   from phrase banks);
3. Platt calibration and threshold refitted on the blended logit with export.py's rule, and the
   manifest rewritten (``lexical``, ``calibration``, ``threshold``, file checksums).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import roc_auc_score
from sklearn.pipeline import Pipeline

from models.training.baselines import fit_tfidf
from models.training.calibrate import MAX_FPR, MAX_HARD_FPR, choose_threshold, fit_platt
from models.training.mix import curriculum_split, real_split, score_inputs, training_mix
from monitor.datasets import default_data_dir
from monitor.scoring import OnnxScorer, ScorerConfig, default_model_dir
from monitor.scoring.lexical import LexicalModel, lexical_text
from monitor.scoring.manifest import MANIFEST_NAME, sha256_file

LEXICAL_FILE = "lexical.json"
#: at most 0.5: a bag of words cannot see the flip between the previous answer and the reply
#: (the eval's context checks), so the cross-encoder keeps at least half of the say
WEIGHTS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)


def write_pipeline(pipe: Pipeline, path: Path, classes: Sequence[str] = ()) -> None:
    """A fitted ``TfidfVectorizer`` + ``LogisticRegression`` pipeline as the runtime's JSON: binary
    (no ``classes``), or multinomial over ``classes``, fitted on the labels ``0..K-1`` in that order."""
    vec, lr = pipe.steps[0][1], pipe.steps[1][1]
    if vec.token_pattern != r"(?u)\b\w\w+\b" or vec.norm != "l2" or not vec.sublinear_tf or not vec.lowercase:
        raise ValueError("monitor.scoring.lexical applies only the default tokens, l2 norm and sublinear tf")
    terms = [""] * len(vec.vocabulary_)
    for term, i in vec.vocabulary_.items():
        terms[i] = term
    body: dict[str, object] = {"kind": "tfidf-logreg", "ngram_range": list(vec.ngram_range), "terms": terms,
                               "idf": [round(float(x), 7) for x in vec.idf_]}
    if classes:
        if list(lr.classes_) != list(range(len(classes))):
            raise ValueError(f"fitted classes {list(lr.classes_)} are not 0..{len(classes) - 1}")
        body |= {"classes": list(classes), "coef": [[round(float(x), 7) for x in row] for row in lr.coef_],
                 "intercept": [float(x) for x in lr.intercept_]}
    else:
        body |= {"coef": [round(float(x), 7) for x in lr.coef_[0]], "intercept": float(lr.intercept_[0])}
    path.write_text(json.dumps(body, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def add_file_without_block(artefact: Path, body: dict[str, Any], name: str, block: str) -> None:
    """Record ``name``'s checksum in the manifest ``body`` and drop its ``block``, then write the
    manifest: the artefact scores without that second opinion until the block is back."""
    body.pop(block, None)
    body["files"][name] = {"sha256": sha256_file(artefact / name), "bytes": (artefact / name).stat().st_size}
    (artefact / MANIFEST_NAME).write_text(json.dumps(body, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--artefact", type=Path, default=default_model_dir())
    ap.add_argument("--data-dir", type=Path, default=None)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--max-features", type=int, default=60_000)
    ap.add_argument("--max-fpr", type=float, default=MAX_FPR)
    ap.add_argument("--max-hard-fpr", type=float, default=MAX_HARD_FPR)
    args = ap.parse_args()
    data_dir = args.data_dir or default_data_dir()

    train, _ = training_mix(data_dir, seed=args.seed, real_max_per_source=1500, real_neg_per_pos=2.0)
    pipe = fit_tfidf(train, args.seed, max_features=args.max_features)
    write_pipeline(pipe, args.artefact / LEXICAL_FILE)
    lexical = LexicalModel.load(args.artefact / LEXICAL_FILE)
    terms = lexical.index

    # The encoder alone: a manifest without the lexical block.
    man_path = args.artefact / MANIFEST_NAME
    body = json.loads(man_path.read_text(encoding="utf-8"))
    add_file_without_block(args.artefact, body, LEXICAL_FILE, "lexical")
    scorer = OnnxScorer.load(args.artefact, ScorerConfig(intra_op_threads=2, batch_size=32))

    _, cal = curriculum_split(args.seed)
    _, real_val = real_split(data_dir)
    y = np.array([r.label for r in cal], dtype=np.int64)
    hard = np.array([r.hard_negative for r in cal], dtype=bool)
    z = scorer.logits(score_inputs(cal)).astype(np.float64)
    lex = lexical.logits([lexical_text(r.prompt, r.response, r.context) for r in cal])
    sz, sl = float(z.std()), float(lex.std())
    yr = np.array([r.label for r in real_val], dtype=np.int64)
    zr = scorer.logits(score_inputs(real_val)).astype(np.float64)
    lr_ = lexical.logits([lexical_text(r.prompt, r.response, r.context) for r in real_val])
    aurocs = {w: (float(roc_auc_score(y, (1 - w) * z / sz + w * lex / sl))
                  + float(roc_auc_score(yr, (1 - w) * zr / sz + w * lr_ / sl))) / 2 for w in WEIGHTS}
    w = max(aurocs, key=lambda k: aurocs[k])
    blended = ((1 - w) * z / sz + w * lex / sl).astype(np.float32)
    scale, bias = fit_platt(blended, y)
    probs = 1.0 / (1.0 + np.exp(-(scale * blended.astype(np.float64) + bias)))
    threshold = choose_threshold(probs, y, hard, max_hard_fpr=args.max_hard_fpr, max_fpr=args.max_fpr)
    body["lexical"] = {"file": LEXICAL_FILE, "weight": w, "encoder_scale": sz, "lexical_scale": sl,
                       "chosen_on": "held-out curriculum + real validation (mean AUROC by weight: "
                                    + ", ".join(f"{k}: {v:.3f}" for k, v in aurocs.items()) + ")"}
    body["calibration"] = {**body["calibration"], "scale": scale, "bias": bias,
                           "fit_on": "held-out curriculum scenarios (blended int8 + lexical logits)",
                           "threshold_rule": f"best F1 with FPR <= {args.max_fpr} and hard-negative "
                                             f"FPR <= {args.max_hard_fpr} on the same scenarios"}
    body["threshold"] = threshold
    man_path.write_text(json.dumps(body, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({"weight": w, "aurocs": aurocs, "scale": scale, "bias": bias, "threshold": threshold,
                      "terms": len(terms)}, indent=2))


if __name__ == "__main__":
    main()
