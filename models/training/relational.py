"""Does a relational signal help the judge?  Measured, not assumed (judge issue, item 4).

The signal: the base model's sentence embedding (all-MiniLM-L6-v2, mean pooling, all 6 layers,
not fine-tuned) of the assistant's previous answer against the reply: a reply that moves away
from its own previous answer right after the user pushed back is the shape of caving.  It is
combined with the shipped judge's logit by a logistic regression fitted on the held-out
curriculum scenarios, and compared with the judge alone on the development set, on the turns
that have a previous assistant answer (the only ones the signal can speak about)::

    HF_HUB_OFFLINE=1 .venv-train/bin/python -m models.training.relational --out out/relational.json

Runs in the training venv (torch for the embedding model).  Keeping the signal would cost a
second encoder pass per turn at runtime (see docs/benchmarks.md); it is kept only if it helps.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import torch
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from transformers import AutoModel, AutoTokenizer

from models.training.mix import curriculum_split, load_devset, score_inputs
from models.training.train import base_model_dir
from monitor.datasets import LabelledTurn
from monitor.scoring import OnnxScorer, ScorerConfig, default_model_dir


def prev_answer(r: LabelledTurn) -> str | None:
    for t in reversed(r.context):
        if t.role == "assistant":
            return t.content
    return None


@torch.no_grad()
def embed(texts: list[str], tok: AutoTokenizer, model: AutoModel) -> np.ndarray:
    out = []
    for s in range(0, len(texts), 32):
        b = tok(texts[s : s + 32], padding=True, truncation=True, max_length=128, return_tensors="pt")
        h = model(**b).last_hidden_state
        m = b["attention_mask"].unsqueeze(-1).float()
        e = (h * m).sum(1) / m.sum(1)
        out.append(torch.nn.functional.normalize(e, dim=-1).numpy())
    return np.concatenate(out)


def features(rows: list[LabelledTurn], scorer: OnnxScorer, tok: AutoTokenizer, model: AutoModel) -> np.ndarray:
    items = score_inputs(rows)
    z = scorer.logits(items).astype(np.float64)
    a = embed([prev_answer(r) or "" for r in rows], tok, model)
    b = embed([r.response for r in rows], tok, model)
    cos = (a * b).sum(1)
    return np.stack([z, cos, z * cos], axis=1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--model", type=Path, default=default_model_dir())
    ap.add_argument("--out", type=Path, default=Path("out/relational.json"))
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    torch.set_num_threads(2)
    base = base_model_dir()
    tok = AutoTokenizer.from_pretrained(str(base))
    enc = AutoModel.from_pretrained(str(base)).eval()
    scorer = OnnxScorer.load(args.model, ScorerConfig(intra_op_threads=2, batch_size=32))
    _, cur_val = curriculum_split(args.seed)
    fit_rows = [r for r in cur_val if prev_answer(r)]
    dev_rows = [r for r in load_devset() if prev_answer(r)]
    xf, xd = features(fit_rows, scorer, tok, enc), features(dev_rows, scorer, tok, enc)
    yf = np.array([r.label for r in fit_rows])
    yd = np.array([r.label for r in dev_rows])
    stack = LogisticRegression(max_iter=1000).fit(xf, yf)
    res = {
        "n_fit": len(fit_rows),
        "n_dev": len(dev_rows),
        "dev_auroc_judge": float(roc_auc_score(yd, xd[:, 0])),
        "dev_auroc_cosine_alone": float(roc_auc_score(yd, -xd[:, 1])),
        "dev_auroc_judge_plus_relational": float(roc_auc_score(yd, stack.decision_function(xd))),
        "stack_coef": [float(c) for c in stack.coef_[0]],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
