"""Every figure of the model card, from the committed artefact, on fixed item-level splits.

Runs in the runtime venv (onnxruntime + scikit-learn; no torch)::

    .venv/bin/python -m models.training.evaluate --fp32 out/export/model_fp32.onnx

Writes ``models/eval_results.json`` and the block between the ``eval`` markers of
``models/README.md``.  ``--fp32`` (the un-quantised ONNX graph from export.py, not committed)
adds the int8-vs-fp32 comparison.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import onnxruntime as ort
from sklearn.metrics import average_precision_score, roc_auc_score

from models.training.baselines import fit_tfidf, lexicon_scores, tfidf_scores
from models.training.calibrate import choose_threshold, fit_platt
from models.training.data import IN_DIST, LABELLED, OOD, labelled, split
from monitor.core.ports import ContextTurn, ScoreInput
from monitor.datasets import LabelledTurn, default_data_dir, load_all
from monitor.scoring import OnnxScorer, ScorerConfig, default_model_dir
from monitor.scoring.encoding import PairEncoder

Arr = npt.NDArray[np.float64]
BEGIN, END = "<!-- eval:begin -->", "<!-- eval:end -->"


def ece(p: Arr, y: Arr, bins: int = 10) -> float:
    edges = np.linspace(0, 1, bins + 1)
    idx = np.clip(np.digitize(p, edges[1:-1]), 0, bins - 1)
    total = 0.0
    for b in range(bins):
        m = idx == b
        if m.any():
            total += m.mean() * abs(p[m].mean() - y[m].mean())
    return float(total)


def metrics(p: Arr, rows: Sequence[LabelledTurn], threshold: float) -> dict[str, Any]:
    y = np.array([r.label for r in rows], dtype=np.float64)
    hard = np.array([r.hard_negative and r.label == 0 for r in rows])
    pred = p >= threshold
    tp = float(np.sum(pred & (y == 1)))
    fp = float(np.sum(pred & (y == 0)))
    fn = float(np.sum(~pred & (y == 1)))
    both = 0 < y.sum() < len(y)
    return {
        "n": len(rows),
        "n_pos": int(y.sum()),
        "auroc": float(roc_auc_score(y, p)) if both else None,
        "auprc": float(average_precision_score(y, p)) if both else None,
        "precision": tp / (tp + fp) if tp + fp else None,
        "recall": tp / (tp + fn) if tp + fn else None,
        "f1": 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else None,
        "ece": ece(p, y),
        "n_hard": int(hard.sum()),
        "hard_fpr": float(pred[hard].mean()) if hard.any() else None,
        "fpr": float(pred[y == 0].mean()) if (y == 0).any() else None,
    }


def to_items(rows: Sequence[LabelledTurn]) -> list[ScoreInput]:
    return [
        ScoreInput(r.prompt, r.response, tuple(ContextTurn(t.role, t.content) for t in r.context))
        for r in rows
    ]


def platt_probs(raw: Arr, val_raw: Arr, val_y: Arr) -> tuple[Arr, Arr, float, float]:
    """Platt-calibrate a baseline's score (on its logit) using the validation split."""
    def logit(x: Arr) -> Arr:
        x = np.clip(x, 1e-6, 1 - 1e-6)
        return np.log(x / (1 - x))

    a, b = fit_platt(logit(val_raw).astype(np.float32), val_y.astype(np.int64))
    return (1 / (1 + np.exp(-(a * logit(raw) + b))), 1 / (1 + np.exp(-(a * logit(val_raw) + b))),
            a, b)


def fmt(x: float | None, pct: bool = False) -> str:
    if x is None:
        return "—"
    return f"{100 * x:.1f}%" if pct else f"{x:.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--model", type=Path, default=default_model_dir())
    ap.add_argument("--fp32", type=Path, default=None)
    ap.add_argument("--data-dir", type=Path, default=None)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", type=Path, default=Path("models/eval_results.json"))
    ap.add_argument("--card", type=Path, default=Path("models/README.md"))
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--limit", type=int, default=0, help="debug: keep every n-th record")
    ap.add_argument("--loso-runs", type=Path, nargs="*", default=[],
                    help="train.py --loso run dirs (preds_fp32.jsonl of one held-out source each)")
    ap.add_argument("--loso-only", action="store_true",
                    help="only merge --loso-runs into an existing --out file and rewrite the card")
    args = ap.parse_args()
    t0 = time.time()
    if args.loso_only:
        results = json.loads(args.out.read_text(encoding="utf-8"))
        merge_loso(results["leave_one_source_out_auroc"], args.loso_runs)
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        write_card(args.card, results)
        return
    data_dir = args.data_dir or default_data_dir()

    records = load_all(data_dir, LABELLED)
    train, val = split(load_all(data_dir, IN_DIST))
    ood = labelled(load_all(data_dir, OOD))
    if args.limit:
        records, train, val, ood = (x[:: args.limit] for x in (records, train, val, ood))
    by_source_ood: dict[str, list[LabelledTurn]] = defaultdict(list)
    for r in ood:
        by_source_ood[r.source].append(r)

    cfg = ScorerConfig(intra_op_threads=args.threads, batch_size=32)
    scorer = OnnxScorer.load(args.model, cfg)
    thr = scorer.threshold
    print(f"scoring {len(val)} validation + {len(ood)} OOD turns with {scorer.version}", flush=True)
    val_logit = scorer.logits(to_items(val)).astype(np.float64)
    ood_logit = scorer.logits(to_items(ood)).astype(np.float64)
    cal = scorer.manifest.calibration
    val_p = 1 / (1 + np.exp(-(cal.scale * val_logit + cal.bias)))
    ood_p = 1 / (1 + np.exp(-(cal.scale * ood_logit + cal.bias)))
    val_y = np.array([r.label for r in val], dtype=np.float64)

    results: dict[str, Any] = {"model": scorer.version, "threshold": thr, "splits": {}}

    # Baselines, same splits; thresholds chosen on validation with the same rule.
    print("baselines", flush=True)
    tfidf = fit_tfidf(train, args.seed)
    base_scores: dict[str, Callable[[Sequence[LabelledTurn]], Arr]] = {
        "lexicon": lexicon_scores,
        "tfidf_logreg": lambda rows: tfidf_scores(tfidf, rows),
    }
    val_hard = np.array([r.hard_negative for r in val])
    systems: dict[str, tuple[Arr, Arr, float]] = {"minilm_int8": (val_p, ood_p, thr)}
    for name, fn in base_scores.items():
        raw_val, raw_ood = fn(val), fn(ood)
        ood_pb, val_pb, _, _ = platt_probs(raw_ood, raw_val, val_y)
        t = choose_threshold(val_pb, val_y.astype(np.int64), val_hard, max_hard_fpr=0.08)
        systems[name] = (val_pb, ood_pb, t)

    table: dict[str, dict[str, Any]] = defaultdict(dict)
    for sys_name, (pv, po, t) in systems.items():
        table["in-distribution validation (all)"][sys_name] = metrics(pv, val, t)
        for src in IN_DIST:
            m = np.array([r.source == src for r in val])
            table[f"validation: {src}"][sys_name] = metrics(pv[m], [r for r, k in zip(val, m, strict=True) if k], t)
        table["OOD (all held-out sources)"][sys_name] = metrics(po, ood, t)
        for src in OOD:
            m = np.array([r.source == src for r in ood])
            table[f"OOD: {src}"][sys_name] = metrics(po[m], [r for r, k in zip(ood, m, strict=True) if k], t)
    results["splits"] = table

    # Per category (transformer only), validation + OOD.
    cats: dict[str, Any] = {}
    for rows, p in ((val, val_p), (ood, ood_p)):
        keys = sorted({(r.source, r.category) for r in rows})
        for src, cat in keys:
            m = np.array([(r.source, r.category) == (src, cat) for r in rows])
            cats[f"{src} / {cat}"] = metrics(p[m], [r for r, k in zip(rows, m, strict=True) if k], thr)
    results["categories"] = cats

    # int8 vs fp32 on validation.
    if args.fp32 is not None:
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = args.threads
        opts.inter_op_num_threads = 1
        sess = ort.InferenceSession(str(args.fp32), opts, providers=["CPUExecutionProvider"])
        man = scorer.manifest
        enc = PairEncoder.from_file(str(args.model / man.tokenizer_file), man.max_length, man.context_turns)
        fp32 = OnnxScorer(sess, enc, man, 32)
        print("fp32 reference", flush=True)
        fp_logit = fp32.logits(to_items(val)).astype(np.float64)
        d = np.abs(fp_logit - val_logit)
        fp_p = 1 / (1 + np.exp(-(cal.scale * fp_logit + cal.bias)))
        results["int8_vs_fp32"] = {
            "auroc_fp32": float(roc_auc_score(val_y, fp_logit)),
            "auroc_int8": float(roc_auc_score(val_y, val_logit)),
            "auroc_delta": float(roc_auc_score(val_y, val_logit) - roc_auc_score(val_y, fp_logit)),
            "logit_abs_diff_mean": float(d.mean()),
            "logit_abs_diff_p99": float(np.quantile(d, 0.99)),
            "logit_abs_diff_max": float(d.max()),
            "prob_abs_diff_max": float(np.abs(fp_p - val_p).max()),
            "decision_flips": int(np.sum((fp_p >= thr) != (val_p >= thr))),
        }

    # Leave-one-source-out: TF-IDF retrained without the source; lexicon needs no training;
    # the transformer's figure exists only where the shipped model never saw the source.
    print("leave-one-source-out", flush=True)
    loso: dict[str, dict[str, float | None]] = {}
    all_lab = labelled(records)
    lex_all = lexicon_scores(all_lab)
    for src in LABELLED:
        test = [r for r in all_lab if r.source == src]
        rest = [r for r in all_lab if r.source != src]
        y = np.array([r.label for r in test])
        m = np.array([r.source == src for r in all_lab])
        pipe = fit_tfidf(rest, args.seed)
        row: dict[str, float | None] = {
            "lexicon": float(roc_auc_score(y, lex_all[m])),
            "tfidf_logreg": float(roc_auc_score(y, tfidf_scores(pipe, test))),
            "minilm_int8": None,
        }
        if src in OOD:
            mo = np.array([r.source == src for r in ood])
            yo = np.array([r.label for r in ood if r.source == src])
            row["minilm_int8"] = float(roc_auc_score(yo, ood_p[mo]))
        loso[src] = row
    merge_loso(loso, args.loso_runs)
    results["leave_one_source_out_auroc"] = loso
    results["seconds"] = round(time.time() - t0, 1)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    write_card(args.card, results)
    print(f"done in {results['seconds']}s -> {args.out}, {args.card}")


def merge_loso(loso: dict[str, dict[str, Any]], run_dirs: Sequence[Path]) -> None:
    """Add the AUROC of each ``train.py --loso`` run on its held-out source."""
    for run_dir in run_dirs:
        lines = (run_dir / "preds_fp32.jsonl").read_text(encoding="utf-8").splitlines()
        preds = [json.loads(x) for x in lines]
        run = json.loads((run_dir / "run.json").read_text(encoding="utf-8"))
        for src in {p["source"] for p in preds}:
            ps = [p for p in preds if p["source"] == src]
            loso[src]["minilm_loso_retrain"] = float(
                roc_auc_score([p["label"] for p in ps], [p["logit"] for p in ps]))
            loso[src]["minilm_loso_n"] = len(ps)
            loso[src]["minilm_loso_n_train"] = run["n_train"]


def write_card(card: Path, res: dict[str, Any]) -> None:
    lines = [f"Model `{res['model']}`, default threshold {res['threshold']:.2f}. "
             "Produced by `python -m models.training.evaluate`; do not edit by hand.", ""]
    lines += ["| split | system | n (pos) | AUROC | AUPRC | P | R | F1 | ECE | hard-neg FPR (n) |",
              "|---|---|---|---|---|---|---|---|---|---|"]
    for split_name, systems in res["splits"].items():
        for sys_name, m in systems.items():
            lines.append(
                f"| {split_name} | {sys_name} | {m['n']} ({m['n_pos']}) | {fmt(m['auroc'])} | "
                f"{fmt(m['auprc'])} | {fmt(m['precision'])} | {fmt(m['recall'])} | {fmt(m['f1'])} | "
                f"{fmt(m['ece'])} | {fmt(m['hard_fpr'], True)} ({m['n_hard']}) |"
            )
    lines += ["", "**Per category** (MiniLM int8, default threshold):", "",
              "| source / category | n (pos) | AUROC | F1 | FPR | hard-neg FPR (n) |", "|---|---|---|---|---|---|"]
    for name, m in res["categories"].items():
        lines.append(f"| {name} | {m['n']} ({m['n_pos']}) | {fmt(m['auroc'])} | {fmt(m['f1'])} | "
                     f"{fmt(m['fpr'], True)} | {fmt(m['hard_fpr'], True)} ({m['n_hard']}) |")
    lines += ["", "**Leave-one-source-out AUROC** (train on every other labelled source, test on this one). "
              "MiniLM shipped = the shipped int8 model, which never saw that source; MiniLM LOSO retrain = "
              "torch fp32, retrained by `train.py --loso` on the other four sources with a reduced budget "
              "(n test / n train in brackets):", "",
              "| held-out source | lexicon | TF-IDF + LogReg | MiniLM shipped (int8) | MiniLM LOSO retrain (fp32) |",
              "|---|---|---|---|---|"]
    for src, row in res["leave_one_source_out_auroc"].items():
        retrain = (f"{fmt(row['minilm_loso_retrain'])} ({row['minilm_loso_n']} / {row['minilm_loso_n_train']})"
                   if "minilm_loso_retrain" in row else "not run")
        lines.append(f"| {src} | {fmt(row['lexicon'])} | {fmt(row['tfidf_logreg'])} | "
                     f"{fmt(row['minilm_int8'])} | {retrain} |")
    if "int8_vs_fp32" in res:
        q = res["int8_vs_fp32"]
        lines += ["", "**int8 vs fp32** (in-distribution validation, same tokenisation):", "",
                  f"AUROC fp32 {q['auroc_fp32']:.4f}, int8 {q['auroc_int8']:.4f} "
                  f"(delta {q['auroc_delta']:+.4f}); |logit difference| mean {q['logit_abs_diff_mean']:.4f}, "
                  f"p99 {q['logit_abs_diff_p99']:.4f}, max {q['logit_abs_diff_max']:.4f}; "
                  f"max probability difference {q['prob_abs_diff_max']:.4f}; "
                  f"{q['decision_flips']} of {res['splits']['in-distribution validation (all)']['minilm_int8']['n']} "
                  "decisions differ at the threshold."]
    block = "\n".join(lines)
    text = card.read_text(encoding="utf-8") if card.exists() else f"{BEGIN}\n{END}\n"
    if BEGIN not in text:
        text += f"\n{BEGIN}\n{END}\n"
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    card.write_text(f"{head}{BEGIN}\n{block}\n{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    main()
