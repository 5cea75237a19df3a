"""Write the simulator's built-in turn pool (``monitor/sim/fixtures/turns.jsonl``) from the
curriculum's **held-out** scenarios (never trained on), so ``make demo`` on a machine that has only
the repository replays varied, labelled turns of every category::

    python -m models.curriculum.pool            # rewrite the fixture
    python -m models.curriculum.pool --check    # exit 1 when the committed fixture is stale
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from models.curriculum import build
from models.training.mix import _scenario_is_val, group_key

FIXTURE = Path(__file__).resolve().parents[2] / "monitor" / "sim" / "fixtures" / "turns.jsonl"
MAX_REPLY_CHARS = 4000


def lines(seed: int = 13, size: int = 900) -> list[str]:
    held_out = [it for it in build(seed) if _scenario_is_val(group_key(it))
                and len(it.response) <= MAX_REPLY_CHARS]
    rng = random.Random(f"{seed}:pool")
    picked = rng.sample(held_out, min(size, len(held_out)))
    picked.sort(key=lambda it: it.item_id)
    return [json.dumps({"prompt": it.prompt, "response": it.response, "label": it.label,
                        "context": list(it.context), "category": it.category,
                        "source": f"curriculum:{it.category}"}, ensure_ascii=False)
            for it in picked]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--out", type=Path, default=FIXTURE)
    args = ap.parse_args()
    text = "\n".join(lines()) + "\n"
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        sys.exit(0 if current == text else 1)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}: {text.count(chr(10))} turns")


if __name__ == "__main__":
    main()
