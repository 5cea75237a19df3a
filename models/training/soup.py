"""Average the weights of fine-tuned runs that share an initialisation (a uniform "model soup").

Run with the training venv, after the runs it averages::

    .venv-train/bin/python -m models.training.soup --out out/train-soup out/train-a out/train-b

Writes ``<out>/hf`` (the averaged model, the first run's config and tokenizer) and
``<out>/run.json`` (the last run's record with a ``soup`` entry naming every run and its weight),
which ``models.training.export`` takes like any run.  The runs must have the same architecture
(same keys and shapes); averaging only makes sense for runs fine-tuned from one starting point.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

from safetensors.torch import load_file, save_file


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("runs", type=Path, nargs="+", help="run folders (each with hf/ and run.json)")
    args = ap.parse_args()
    if len(args.runs) < 2:
        raise SystemExit("a soup needs at least two runs")
    states = [load_file(str(run / "hf" / "model.safetensors")) for run in args.runs]
    keys = states[0].keys()
    for run, state in zip(args.runs[1:], states[1:], strict=True):
        if state.keys() != keys or any(state[k].shape != states[0][k].shape for k in keys):
            raise SystemExit(f"{run} does not have the architecture of {args.runs[0]}")
    w = 1.0 / len(states)
    soup = {k: sum(s[k].float() * w for s in states).to(states[0][k].dtype) for k in keys}
    (args.out / "hf").mkdir(parents=True, exist_ok=True)
    save_file(soup, str(args.out / "hf" / "model.safetensors"), metadata={"format": "pt"})
    for name in ("config.json", "tokenizer.json"):
        shutil.copy(args.runs[0] / "hf" / name, args.out / "hf" / name)
    records = [json.loads((r / "run.json").read_text(encoding="utf-8")) for r in args.runs]
    run = records[-1]
    run["soup"] = {"of": [str(r) for r in args.runs], "weights": [w] * len(states),
                   "train_digests": [rec["train_digest"] for rec in records]}
    (args.out / "run.json").write_text(json.dumps(run, indent=2) + "\n", encoding="utf-8")
    print(f"averaged {len(states)} runs -> {args.out}")


if __name__ == "__main__":
    main()
