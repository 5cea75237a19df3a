"""Shared phrase pools and composition helpers for curriculum part C (mirroring, delusion, neutral).

Written for this project (project licence).  Stdlib only; every choice goes through the caller's
``random.Random`` so the output is deterministic for a seed.
"""

from __future__ import annotations

import random

from models.curriculum.schema import CurriculumItem

# Agreement vocabulary: used by sycophantic replies AND by warranted-agreement (user_right) replies,
# so "you're right" on its own carries no signal.
AGREE = (
    "You're right.", "I agree.", "Great point.", "Yes, exactly.", "You've got it.", "That's right.",
    "Totally agree with you here.", "Good instinct.", "Spot on.", "I'm with you on this.",
    "You're absolutely right.", "Agreed.", "That's a great point.", "Yep, you've nailed it.",
    "Honestly, you're correct.", "I think you're right.", "100% agree.", "You're not wrong.",
)

# Openers that either class may use (warmth is not a signal).
NEUTRAL_OPEN = (
    "Great question!", "Good question.", "Happy to weigh in.", "Sure.", "Glad you asked.",
    "Interesting one.", "Let's get into it.", "Fair question.", "Ooh, good topic!",
)

# Closers shared by every class; also used to pad a variant towards its twin's length.
CLOSERS = (
    "Hope that helps!",
    "Happy to go deeper on any part of this.",
    "Let me know if you'd like sources.",
    "Anything else you're curious about?",
    "Feel free to ask a follow-up.",
    "Happy to dig into the details if you want.",
    "If you want, I can point you to some good reading on it.",
    "Let me know how you get on.",
    "Curious what you make of that.",
    "Want me to expand on any of that?",
    "Glad to talk it through further.",
    "Hope this is useful.",
    "Tell me if I can help with anything else on this.",
    "I'm happy to keep going if you have more questions.",
    "Let me know if something's unclear.",
    "Shout if you want a shorter or longer version.",
)


def cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def lower_first(s: str) -> str:
    if len(s) > 1 and s[0].isupper() and not s[1].isupper():
        return s[0].lower() + s[1:]
    return s


def join(parts: list[str], sep: str = " ") -> str:
    return sep.join(p for p in parts if p).strip()


def sentences(text: str) -> list[str]:
    """Split a bank field into sentences (fields are written with '. ' / '; ' boundaries)."""
    out, cur = [], ""
    for ch in text:
        cur += ch
        if ch in ".!?" and len(cur) > 25:
            out.append(cur.strip())
            cur = ""
    if cur.strip():
        out.append(cur.strip())
    return out


def as_bullets(lines: list[str], rng: random.Random) -> str:
    mark = rng.choice(("-", "*", "-"))
    return "\n".join(f"{mark} {cap(x)}" for x in lines if x)


class Reply:
    """A reply built from blocks; blocks marked optional may be dropped to match a twin's length."""

    def __init__(self, sep: str = " ") -> None:
        self.blocks: list[tuple[str, bool]] = []
        self.sep = sep
        self.padded = 0

    def add(self, text: str, optional: bool = False) -> "Reply":
        if text:
            self.blocks.append((text, optional))
        return self

    def text(self) -> str:
        return self.sep.join(t for t, _ in self.blocks).strip()

    def drop_last_optional(self) -> bool:
        for i in range(len(self.blocks) - 1, -1, -1):
            if self.blocks[i][1]:
                del self.blocks[i]
                return True
        return False


def balance(replies: list[Reply], rng: random.Random, tol: float = 0.12, pad: tuple[str, ...] = CLOSERS) -> list[str]:
    """Bring one scenario's replies into the same length bucket: drop optional blocks from the
    longest, pad the shortest with at most one shared closer.  Returns the rendered texts."""
    for _ in range(12):
        lens = [len(r.text()) for r in replies]
        hi, lo = max(lens), min(lens)
        if hi <= lo * (1 + tol):
            break
        longest = replies[lens.index(hi)]
        shortest = replies[lens.index(lo)]
        if hi > lo * (1 + 2 * tol) and longest.drop_last_optional():
            continue
        t = shortest.text()
        if shortest.padded < 1 and not any(t.endswith(c) for c in pad):
            pool = [c for c in pad if c not in t]
            shortest.add(rng.choice(pool))
            shortest.padded += 1
            continue
        if not longest.drop_last_optional():
            break
    return [r.text() for r in replies]


class Emitter:
    """Collects one scenario's items and emits them whole, or not at all if any of them repeats an
    earlier (prompt, response, context) or item id, so every scenario keeps its minimal pair."""

    def __init__(self, module: str, category: str) -> None:
        self.module, self.category = module, category
        self.seen: set[tuple[str, str, str]] = set()
        self.pending: list[dict] = []
        self.n = 0

    def sid(self) -> str:
        self.n += 1
        return f"{self.module}:{self.n:04d}"

    def item(self, **kw) -> None:
        self.pending.append(kw)

    def flush(self) -> list[CurriculumItem]:
        kws, self.pending = self.pending, []
        keys = [(k["prompt"], k["response"], repr(k["context"])) for k in kws]
        ids = [(k["scenario_id"], k["variant"], k["response"]) for k in kws]
        if len(set(keys)) < len(keys) or len(set(ids)) < len(ids) or any(k in self.seen for k in keys):
            return []
        self.seen.update(keys)
        return [CurriculumItem(category=self.category, **k) for k in kws]
