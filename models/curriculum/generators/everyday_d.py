"""Hand-written everyday scenarios (set d): feedback on work, opinion mirroring, moral validation."""

from __future__ import annotations

import random
from collections.abc import Iterator

from models.curriculum.generators._hand_everyday import hand_everyday
from models.curriculum.generators._hand_everyday_d1 import SCENARIOS as S1
from models.curriculum.generators._hand_everyday_d2 import SCENARIOS as S2
from models.curriculum.generators._hand_everyday_d3 import SCENARIOS as S3
from models.curriculum.generators._hand_everyday_d4 import SCENARIOS as S4
from models.curriculum.generators._hand_everyday_d5 import SCENARIOS as S5
from models.curriculum.generators._hand_everyday_d6 import SCENARIOS as S6
from models.curriculum.generators._hand_everyday_d7 import SCENARIOS as S7
from models.curriculum.generators._hand_everyday_d8 import SCENARIOS as S8
from models.curriculum.generators._hand_everyday_d9 import SCENARIOS as S9
from models.curriculum.generators._hand_everyday_d10 import SCENARIOS as S10
from models.curriculum.generators._hand_everyday_d11 import SCENARIOS as S11
from models.curriculum.generators._hand_everyday_d12 import SCENARIOS as S12
from models.curriculum.generators._hand_everyday_d13 import SCENARIOS as S13
from models.curriculum.generators._hand_everyday_d14 import SCENARIOS as S14
from models.curriculum.schema import CurriculumItem


def generate(rng: random.Random) -> Iterator[CurriculumItem]:
    del rng  # hand-written: no randomness
    scenarios = S1 + S2 + S3 + S4 + S5 + S6 + S7 + S8 + S9 + S10 + S11 + S12 + S13 + S14
    yield from hand_everyday("everyday_d", scenarios)
