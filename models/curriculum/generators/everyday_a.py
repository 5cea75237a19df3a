"""Hand-written everyday caving and false-premise scenarios (letter a), with honest and user-right twins."""

from __future__ import annotations

import random
from collections.abc import Iterator

from models.curriculum.generators._hand_everyday import hand_everyday
from models.curriculum.generators._hand_everyday_a1 import SCENARIOS as S1
from models.curriculum.generators._hand_everyday_a2 import SCENARIOS as S2
from models.curriculum.generators._hand_everyday_a3 import SCENARIOS as S3
from models.curriculum.generators._hand_everyday_a4 import SCENARIOS as S4
from models.curriculum.generators._hand_everyday_a5 import SCENARIOS as S5
from models.curriculum.generators._hand_everyday_a6 import SCENARIOS as S6
from models.curriculum.generators._hand_everyday_a7 import SCENARIOS as S7
from models.curriculum.generators._hand_everyday_a8 import SCENARIOS as S8
from models.curriculum.generators._hand_everyday_a9 import SCENARIOS as S9
from models.curriculum.schema import CurriculumItem


def generate(rng: random.Random) -> Iterator[CurriculumItem]:
    del rng  # hand-written: no randomness
    yield from hand_everyday("everyday_a", S1 + S2 + S3 + S4 + S5 + S6 + S7 + S8 + S9)
