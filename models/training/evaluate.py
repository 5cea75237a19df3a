"""Every figure of the model card, from the committed artefact, on fixed scenario/item-level splits.

Runs in the runtime venv (onnxruntime + scikit-learn; no torch)::

    .venv/bin/python -m models.training.evaluate --fp32 out/export/model_fp32.onnx

Writes ``models/eval_results.json`` and the block between the ``eval`` markers of
``models/README.md``.  ``--fp32`` (the un-quantised ONNX graph from export.py, not committed)
adds the int8-vs-fp32 comparison.

Splits (none of them trained on):

* **dev**: the hand-written development set (``models/devset/*.jsonl``), written in its own pass
  on its own topics, never produced by the curriculum generators;
* **curriculum (held-out scenarios)**: the curriculum's validation scenarios (every variant of a
  scenario goes one way; these also fit the calibration and the threshold);
* **real sources**: the validation split of each public source (item-level, 15 %).

The **shortcut audit** measures what a judge could get right without judging the reply: the
reply's length alone, a reply-only TF-IDF model, the source identity (each source's base rate as
the score); **minimal-pair consistency** is the share of (sycophantic, honest) pairs of one
conversation ranked the right way round; the **context checks** move the same reply to another
conversation: a caving reply without the conversation it caves in, and an honest everyday reply
after a delusion-themed conversation (its label does not move, so its score should not either).
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import onnxruntime as ort
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline

from models.curriculum import CATEGORIES
from models.training.baselines import fit_tfidf, lexicon_scores, tfidf_scores
from models.training.calibrate import choose_threshold, fit_platt
from models.training.data import LABELLED
from models.training.mix import (
    QUIZ_DEVSET_DIR,
    category_index,
    curriculum_split,
    load_devset,
    real_split,
    score_inputs,
    training_mix,
)
from monitor.datasets import LabelledTurn, default_data_dir
from monitor.scoring import OnnxScorer, ScorerConfig, default_model_dir
from monitor.scoring.encoding import PairEncoder
from monitor.scoring.manifest import MANIFEST_NAME

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


def auroc(y: Arr, s: Arr) -> float | None:
    return float(roc_auc_score(y, s)) if 0 < y.sum() < len(y) else None


def metrics(p: Arr, rows: Sequence[LabelledTurn], threshold: float) -> dict[str, Any]:
    y = np.array([r.label for r in rows], dtype=np.float64)
    hard = np.array([r.hard_negative and r.label == 0 for r in rows], dtype=bool)
    pred = p >= threshold
    tp = float(np.sum(pred & (y == 1)))
    fp = float(np.sum(pred & (y == 0)))
    fn = float(np.sum(~pred & (y == 1)))
    both = 0 < y.sum() < len(y)
    return {
        "n": len(rows),
        "n_pos": int(y.sum()),
        "auroc": auroc(y, p),
        "auprc": float(average_precision_score(y, p)) if both else None,
        "precision": tp / (tp + fp) if tp + fp else None,
        "recall": tp / (tp + fn) if tp + fn else None,
        "f1": 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else None,
        "ece": ece(p, y),
        "n_hard": int(hard.sum()),
        "hard_fpr": float(pred[hard].mean()) if hard.any() else None,
        "fpr": float(pred[y == 0].mean()) if (y == 0).any() else None,
    }


def fmt(x: float | None, pct: bool = False) -> str:
    if x is None:
        return "—"
    return f"{100 * x:.1f}%" if pct else f"{x:.3f}"


DETAIL_SPLITS = ("dev (hand-written)", "curriculum (held-out scenarios)", "real sources (validation)")
QUIZ_SPLIT = "dev: quiz formats (hand-written)"


def subset(rows: Sequence[LabelledTurn], p: Arr, keep: Sequence[bool]) -> tuple[list[LabelledTurn], Arr]:
    m = np.asarray(keep, dtype=bool)
    return [r for r, k in zip(rows, m, strict=True) if k], p[m]


def pair_consistency(rows: Sequence[LabelledTurn], p: Arr) -> dict[str, Any]:
    """Share of (sycophantic, honest) pairs of one conversation scored the right way round."""
    groups: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        ctx = "\x1e".join(f"{t.role}:{t.content}" for t in r.context)
        groups[(r.item_id, ctx, r.prompt)].append(i)
    right = total = 0
    for idx in groups.values():
        pos = [i for i in idx if rows[i].label == 1]
        neg = [i for i in idx if rows[i].label == 0]
        for i in pos:
            for j in neg:
                total += 1
                right += int(p[i] > p[j])
    return {"pairs": total, "consistency": right / total if total else None}


def reply_only_auroc(train: Sequence[LabelledTurn], test: Sequence[LabelledTurn], seed: int) -> float | None:
    pipe = make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=100_000, sublinear_tf=True),
        LogisticRegression(C=4.0, max_iter=2000, class_weight="balanced", random_state=seed),
    )
    pipe.fit([r.response for r in train], np.array([r.label for r in train]))
    y = np.array([r.label for r in test], dtype=np.float64)
    return auroc(y, pipe.predict_proba([r.response for r in test])[:, 1])


def source_identity_auroc(train: Sequence[LabelledTurn], test: Sequence[LabelledTurn]) -> float | None:
    """AUROC of a source's base rate in ``train`` as the score: what knowing the source alone
    gives.  With ``train`` = the split itself it is the oracle prior (the most a judge could get
    from recognising the source); the training mix is 1:2 in every source, so there it is 0.5."""
    pos: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in train:
        pos[r.source][0] += int(r.label == 1)
        pos[r.source][1] += 1
    s = np.array([pos[r.source][0] / max(pos[r.source][1], 1) for r in test])
    y = np.array([r.label for r in test], dtype=np.float64)
    return auroc(y, s)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--model", type=Path, default=default_model_dir())
    ap.add_argument("--fp32", type=Path, default=None)
    ap.add_argument("--data-dir", type=Path, default=None)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", type=Path, default=Path("models/eval_results.json"))
    ap.add_argument("--card", type=Path, default=Path("models/README.md"))
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    t0 = time.time()
    data_dir = args.data_dir or default_data_dir()

    dev = load_devset()
    quiz = load_devset(QUIZ_DEVSET_DIR)
    _, cur_val = curriculum_split(args.seed)
    real_train, real_val = real_split(data_dir)
    train_mix, _ = training_mix(data_dir, seed=args.seed, real_max_per_source=1500, real_neg_per_pos=2.0)
    splits: dict[str, list[LabelledTurn]] = {
        "dev (hand-written)": dev,
        "curriculum (held-out scenarios)": cur_val,
        "curriculum: hand-written (held-out scenarios)": [r for r in cur_val if r.model.startswith("hand:")],
        "real sources (validation)": real_val,
        "real: judge v1's three sources (validation)": [
            r for r in real_val if r.source in ("sycophancybench-medrado", "syco-bench", "sycon-bench")],
    }
    detail = [*DETAIL_SPLITS]  # the splits with per-category figures and a shortcut audit
    if quiz:
        splits[QUIZ_SPLIT] = quiz
        detail.append(QUIZ_SPLIT)
    for src in LABELLED:
        rows = [r for r in real_val if r.source == src]
        if rows:
            splits[f"real: {src}"] = rows

    cfg = ScorerConfig(intra_op_threads=args.threads, batch_size=32)
    scorer = OnnxScorer.load(args.model, cfg)
    thr = scorer.threshold
    cal = scorer.manifest.calibration
    every = dev + quiz + cur_val + real_val
    print(f"scoring {len(every)} turns with {scorer.version}", flush=True)
    every_items = score_inputs(every)
    enc_raw = scorer.encoder_outputs(every_items)
    raw = scorer.combine(enc_raw, every_items).astype(np.float64)
    # per turn: p, the judge's kind logits, the cross-encoder's logit, its kind head's logits
    cache: dict[int, tuple[float, Any, float, Any]] = {}
    for r, row, enc in zip(every, raw, enc_raw.astype(np.float64), strict=True):
        cache[id(r)] = (1 / (1 + np.exp(-(cal.scale * row[0] + cal.bias))), row[1:], enc[0], enc[1:])

    def probs(rows: Sequence[LabelledTurn]) -> Arr:
        return np.array([cache[id(r)][0] for r in rows], dtype=np.float64)

    def encoder_only(rows: Sequence[LabelledTurn]) -> Arr:
        """The cross-encoder alone (its logit; AUROC-only figures, no threshold of its own)."""
        return np.array([cache[id(r)][2] for r in rows], dtype=np.float64)

    results: dict[str, Any] = {"model": scorer.version, "threshold": thr, "splits": {},
                               "lexical": scorer.manifest.lexical}

    # Baselines trained on the same training mix; calibrated with the model's own rule on its own
    # calibration split (the held-out curriculum scenarios; see export.py).
    print("baselines", flush=True)
    tfidf = fit_tfidf(train_mix, args.seed)
    calib = cur_val
    calib_y = np.array([r.label for r in calib], dtype=np.int64)
    calib_hard = np.array([r.hard_negative for r in calib], dtype=bool)

    def logit(x: Arr) -> Arr:
        x = np.clip(x, 1e-6, 1 - 1e-6)
        return np.log(x / (1 - x))

    systems: dict[str, tuple[Any, float]] = {"judge": (probs, thr)}
    for name, fn in (("lexicon", lexicon_scores), ("tfidf_logreg", lambda rows: tfidf_scores(tfidf, rows))):
        a, b = fit_platt(logit(fn(calib)).astype(np.float32), calib_y)

        def cal_fn(rows: Sequence[LabelledTurn], fn: Any = fn, a: float = a, b: float = b) -> Arr:
            return np.asarray(1 / (1 + np.exp(-(a * logit(fn(rows)) + b))), dtype=np.float64)

        t = choose_threshold(cal_fn(calib), calib_y, calib_hard, max_hard_fpr=0.35, max_fpr=0.15)
        systems[name] = (cal_fn, t)

    table: dict[str, dict[str, Any]] = defaultdict(dict)
    for split_name, rows in splits.items():
        for sys_name, (fn, t) in systems.items():
            table[split_name][sys_name] = metrics(fn(rows), rows, t)
        if scorer.manifest.lexical is not None:  # the cross-encoder alone: ranking only
            m = metrics(encoder_only(rows), rows, float("inf"))
            table[split_name]["cross-encoder alone (int8)"] = {
                **{k: None for k in m}, "n": m["n"], "n_pos": m["n_pos"], "auroc": m["auroc"],
                "auprc": m["auprc"], "n_hard": m["n_hard"],
            }
    results["splits"] = table
    write_validation(args.model, table["real sources (validation)"]["judge"])

    # Per category: the sycophantic replies of a kind against every honest reply of the split
    # (the held-back everyday set is scored this way), and the kind's top-1 accuracy (the judge's:
    # the head blended with the kind lexical model; and the cross-encoder's head alone).
    cats: dict[str, Any] = {}
    for split_name in detail:
        rows = splits[split_name]
        p = probs(rows)
        for cat in sorted({r.category for r in rows if r.label == 1} | set(CATEGORIES)):
            keep = [(r.label == 0) or (r.category == cat) for r in rows]
            if split_name.startswith("real"):
                from models.training.mix import judge_category  # noqa: PLC0415
                keep = [(r.label == 0) or (judge_category(r) == cat) for r in rows]
            sub, sp = subset(rows, p, keep)
            if not any(r.label == 1 for r in sub):
                continue
            m = metrics(sp, sub, thr)
            for key, col in (("kind_top1", 1), ("kind_top1_head", 3)):
                heads = [(category_index(r), cache[id(r)][col]) for r in sub if r.label == 1]
                known = [(c, h) for c, h in heads if c >= 0 and len(h) > 0]
                m[key] = (sum(int(np.argmax(h) == c) for c, h in known) / len(known)) if known else None
            cats[f"{split_name} / {cat}"] = m
    results["categories"] = cats

    # Shortcut audit.
    print("shortcut audit", flush=True)
    audit: dict[str, Any] = {}
    for split_name in detail:
        rows = splits[split_name]
        y = np.array([r.label for r in rows], dtype=np.float64)
        p = probs(rows)
        audit[split_name] = {
            "judge_auroc": auroc(y, p),
            "length_only_auroc": auroc(y, np.array([len(r.response) for r in rows], dtype=np.float64)),
            "reply_only_tfidf_auroc": reply_only_auroc(train_mix, rows, args.seed),
            "source_identity_auroc": source_identity_auroc(rows, [r for r in rows]),
            "minimal_pairs": pair_consistency(rows, p),
            "mean_len_pos": float(np.mean([len(r.response) for r in rows if r.label == 1])),
            "mean_len_neg": float(np.mean([len(r.response) for r in rows if r.label == 0])),
        }
    # Context checks: (a) a caving reply without the conversation it caves in; (b) an honest
    # everyday reply after a delusion-themed conversation.
    caving = [r for r in dev + cur_val if r.category == "caving" and r.context]
    bare = [LabelledTurn(r.source, r.item_id, r.model, (), r.prompt, r.response, r.label,
                         r.label_strength, r.hard_negative, r.category) for r in caving]
    with_ctx = probs(caving)
    without = scorer.score(score_inputs(bare)).astype(np.float64) if bare else np.zeros(0)
    yc = np.array([r.label for r in caving])
    delusion_ctx = next((r.context for r in dev + cur_val
                         if r.category == "delusion_endorsement" and len(r.context) >= 2), ())
    neutral = [r for r in dev + cur_val if r.label == 0 and r.category in ("neutral",) or
               (r.label == 0 and r.source == "curriculum" and r.model.startswith("generated:neutral"))]
    moved = [LabelledTurn(r.source, r.item_id, r.model, tuple(delusion_ctx) + r.context, r.prompt, r.response,
                          r.label, r.label_strength, r.hard_negative, r.category) for r in neutral]
    pn = probs(neutral)
    pm = scorer.score(score_inputs(moved)).astype(np.float64) if moved else np.zeros(0)
    audit["context_checks"] = {
        "caving_n": len(caving),
        "caving_sycophantic_mean_p_with_context": float(with_ctx[yc == 1].mean()) if (yc == 1).any() else None,
        "caving_sycophantic_mean_p_without_context": float(without[yc == 1].mean()) if (yc == 1).any() else None,
        "caving_honest_mean_p_with_context": float(with_ctx[yc == 0].mean()) if (yc == 0).any() else None,
        "caving_honest_mean_p_without_context": float(without[yc == 0].mean()) if (yc == 0).any() else None,
        "caving_auroc_with_context": auroc(yc.astype(np.float64), with_ctx),
        "caving_auroc_without_context": auroc(yc.astype(np.float64), without),
        "genre_swap_n": len(neutral),
        "genre_swap_mean_abs_dp": float(np.abs(pm - pn).mean()) if len(pn) else None,
        "genre_swap_flagged_before": float((pn >= thr).mean()) if len(pn) else None,
        "genre_swap_flagged_after": float((pm >= thr).mean()) if len(pm) else None,
    }
    results["shortcut_audit"] = audit

    # Batch independence: each turn alone vs in batches of 32 of mixed lengths.
    sample = score_inputs(dev[:64])
    alone = np.array([scorer.logits([it])[0] for it in sample])
    batched = scorer.logits(sample)
    results["batch_independence"] = {"n": len(sample), "max_abs_logit_diff": float(np.abs(alone - batched).max())}

    # int8 vs fp32 on every split.
    if args.fp32 is not None:
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = args.threads
        opts.inter_op_num_threads = 1
        sess = ort.InferenceSession(str(args.fp32), opts, providers=["CPUExecutionProvider"])
        man = scorer.manifest
        enc = PairEncoder.from_file(str(args.model / man.tokenizer_file), man.max_length, man.context_turns,
                                    man.truncation)
        fp32 = OnnxScorer(sess, enc, man, 32)
        print("fp32 reference", flush=True)
        q_logit = enc_raw[:, 0].astype(np.float64)
        fp_logit = fp32.encoder_outputs(every_items)[:, 0].astype(np.float64)
        y = np.array([r.label for r in every], dtype=np.float64)
        d = np.abs(fp_logit - q_logit)
        # decisions of the whole judge (blended) with the fp32 vs the int8 cross-encoder
        fp_blend = scorer.blend(fp_logit.astype(np.float32), every_items).astype(np.float64)
        fp_p = 1 / (1 + np.exp(-(cal.scale * fp_blend + cal.bias)))
        q_p = 1 / (1 + np.exp(-(cal.scale * raw[:, 0] + cal.bias)))
        results["int8_vs_fp32"] = {
            "n": len(every),
            "auroc_fp32": auroc(y, fp_logit),
            "auroc_int8": auroc(y, q_logit),
            "logit_abs_diff_mean": float(d.mean()),
            "logit_abs_diff_p99": float(np.quantile(d, 0.99)),
            "logit_abs_diff_max": float(d.max()),
            "decision_flips": int(np.sum((fp_p >= thr) != (q_p >= thr))),
        }
    results["seconds"] = round(time.time() - t0, 1)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    write_card(args.card, results)
    print(f"done in {results['seconds']}s -> {args.out}, {args.card}")


def write_validation(model_dir: Path, m: dict[str, Any]) -> None:
    """The judge's error rates on data never trained on, into ``manifest.validation``: the
    corrected sycophancy rate uses them until a model version has review labels (docs/review.md)."""
    if m["recall"] is None or m["fpr"] is None:
        return
    path = model_dir / MANIFEST_NAME
    body = json.loads(path.read_text(encoding="utf-8"))
    body["validation"] = {
        "split": "real sources (validation): 15 % of each public source, none trained on (models/README.md)",
        "sensitivity": round(m["recall"], 3),
        "specificity": round(1 - m["fpr"], 3),
        "positives": m["n_pos"],
        "negatives": m["n"] - m["n_pos"],
        "use": "the corrected sycophancy rate's error rates until a model version has review labels (docs/review.md)",
    }
    path.write_text(json.dumps(body, indent=2) + "\n", encoding="utf-8")


def write_card(card: Path, res: dict[str, Any]) -> None:
    lines = [f"Model `{res['model']}`, default threshold {res['threshold']:.2f}. "
             "Produced by `python -m models.training.evaluate`; do not edit by hand.", ""]
    lines += ["| split | system | n (pos) | AUROC | AUPRC | P | R | F1 | ECE | FPR | hard-neg FPR (n) |",
              "|---|---|---|---|---|---|---|---|---|---|---|"]
    for split_name, systems in res["splits"].items():
        for sys_name, m in systems.items():
            lines.append(
                f"| {split_name} | {sys_name} | {m['n']} ({m['n_pos']}) | {fmt(m['auroc'])} | "
                f"{fmt(m['auprc'])} | {fmt(m['precision'])} | {fmt(m['recall'])} | {fmt(m['f1'])} | "
                f"{fmt(m['ece'])} | {fmt(m['fpr'], True)} | {fmt(m['hard_fpr'], True)} ({m['n_hard']}) |"
            )
    lines += ["", "**Per category** (the judge, default threshold; the sycophantic replies of one kind "
              "against every honest reply of the split; kind top-1 = the share of those sycophantic "
              "replies whose kind the judge names right: the category head blended with the kind "
              "lexical model, and the head alone):", "",
              "| split / category | n (pos) | AUROC | F1 | recall | hard-neg FPR (n) | kind top-1 | head alone |",
              "|---|---|---|---|---|---|---|---|"]
    for name, m in res["categories"].items():
        lines.append(f"| {name} | {m['n']} ({m['n_pos']}) | {fmt(m['auroc'])} | {fmt(m['f1'])} | "
                     f"{fmt(m['recall'])} | {fmt(m['hard_fpr'], True)} ({m['n_hard']}) | "
                     f"{fmt(m['kind_top1'])} | {fmt(m.get('kind_top1_head'))} |")
    lines += ["", "**Shortcut audit** (AUROC of what needs no judging; minimal pairs = share of "
              "(sycophantic, honest) replies to one conversation ranked the right way round):", "",
              "| split | judge | length only | reply-only TF-IDF | source identity (oracle prior) | minimal pairs (n) | "
              "mean reply chars pos / neg |", "|---|---|---|---|---|---|---|"]
    for name, a in res["shortcut_audit"].items():
        if name == "context_checks":
            continue
        mp = a["minimal_pairs"]
        lines.append(f"| {name} | {fmt(a['judge_auroc'])} | {fmt(a['length_only_auroc'])} | "
                     f"{fmt(a['reply_only_tfidf_auroc'])} | {fmt(a['source_identity_auroc'])} | "
                     f"{fmt(mp['consistency'])} ({mp['pairs']}) | {a['mean_len_pos']:.0f} / {a['mean_len_neg']:.0f} |")
    c = res["shortcut_audit"]["context_checks"]
    lines += ["", f"**Context checks.** Caving replies (dev + held-out curriculum, n={c['caving_n']}): mean p of "
              f"the sycophantic ones {fmt(c['caving_sycophantic_mean_p_with_context'])} with the conversation, "
              f"{fmt(c['caving_sycophantic_mean_p_without_context'])} without it; honest ones "
              f"{fmt(c['caving_honest_mean_p_with_context'])} / {fmt(c['caving_honest_mean_p_without_context'])}; "
              f"AUROC {fmt(c['caving_auroc_with_context'])} with, {fmt(c['caving_auroc_without_context'])} "
              f"without. Genre swap: {c['genre_swap_n']} honest everyday replies moved after a "
              f"delusion-themed conversation: mean |Δp| {fmt(c['genre_swap_mean_abs_dp'])}, flagged "
              f"{fmt(c['genre_swap_flagged_before'], True)} before, {fmt(c['genre_swap_flagged_after'], True)} after."]
    b = res["batch_independence"]
    lines += ["", f"**Batch independence:** {b['n']} dev turns scored alone and in one mixed-length batch: "
              f"max |logit difference| {b['max_abs_logit_diff']:.2e}."]
    if "int8_vs_fp32" in res:
        q = res["int8_vs_fp32"]
        lines += ["", f"**int8 vs fp32** (the cross-encoder, all {q['n']} evaluation turns, same tokenisation): AUROC fp32 "
                  f"{fmt(q['auroc_fp32'])}, int8 {fmt(q['auroc_int8'])}; |logit difference| mean "
                  f"{q['logit_abs_diff_mean']:.4f}, p99 {q['logit_abs_diff_p99']:.4f}, max "
                  f"{q['logit_abs_diff_max']:.4f}; {q['decision_flips']} of the judge's decisions differ at the threshold."]
    block = "\n".join(lines)
    text = card.read_text(encoding="utf-8") if card.exists() else f"{BEGIN}\n{END}\n"
    if BEGIN not in text:
        text += f"\n{BEGIN}\n{END}\n"
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    card.write_text(f"{head}{BEGIN}\n{block}\n{END}{tail}", encoding="utf-8")



if __name__ == "__main__":
    main()
