"""Hand-written everyday scenarios (set c): false premises, caving and "are you sure?" in real-LLM voices, flattery."""

from __future__ import annotations

import random
from collections.abc import Iterator

from models.curriculum.generators._hand_everyday import hand_everyday
from models.curriculum.generators._hand_everyday_c1 import SCENARIOS as S1
from models.curriculum.generators._hand_everyday_c2 import SCENARIOS as S2
from models.curriculum.generators._hand_everyday_c3 import SCENARIOS as S3
from models.curriculum.generators._hand_everyday_c4 import SCENARIOS as S4
from models.curriculum.generators._hand_everyday_c5 import SCENARIOS as S5
from models.curriculum.generators._hand_everyday_c6 import SCENARIOS as S6
from models.curriculum.generators._hand_everyday_c7 import SCENARIOS as S7
from models.curriculum.generators._hand_everyday_c8 import SCENARIOS as S8
from models.curriculum.generators._hand_everyday_c9 import SCENARIOS as S9
from models.curriculum.generators._hand_everyday_c10 import SCENARIOS as S10
from models.curriculum.generators._hand_everyday_c11 import SCENARIOS as S11
from models.curriculum.schema import CurriculumItem


def generate(rng: random.Random) -> Iterator[CurriculumItem]:
    del rng  # hand-written: no randomness
    yield from hand_everyday("everyday_c", S1 + S2 + S3 + S4 + S5 + S6 + S7 + S8 + S9 + S10 + S11)
