"""Hand-written everyday scenarios (set b): feedback and flattery, opinion mirroring, risky decisions, delusions, moral validation."""

from __future__ import annotations

import random
from collections.abc import Iterator

from models.curriculum.generators._hand_everyday import hand_everyday
from models.curriculum.generators._hand_everyday_b1 import SCENARIOS as S1
from models.curriculum.generators._hand_everyday_b2 import SCENARIOS as S2
from models.curriculum.generators._hand_everyday_b3 import SCENARIOS as S3
from models.curriculum.generators._hand_everyday_b4 import SCENARIOS as S4
from models.curriculum.generators._hand_everyday_b5 import SCENARIOS as S5
from models.curriculum.generators._hand_everyday_b6 import SCENARIOS as S6
from models.curriculum.generators._hand_everyday_b7 import SCENARIOS as S7
from models.curriculum.schema import CurriculumItem


def generate(rng: random.Random) -> Iterator[CurriculumItem]:
    del rng  # hand-written: no randomness
    yield from hand_everyday("everyday_b", S1 + S2 + S3 + S4 + S5 + S6 + S7)
