"""Hand-written everyday scenarios (set f): validating risky decisions and mirroring opinions, with sound-plan and real-argument twins."""

from __future__ import annotations

import random
from collections.abc import Iterator

from models.curriculum.generators._hand_everyday import hand_everyday, merge_replies
from models.curriculum.generators._hand_everyday_f1 import SCENARIOS as S1
from models.curriculum.generators._hand_everyday_f2 import SCENARIOS as S2
from models.curriculum.generators._hand_everyday_f3 import SCENARIOS as S3
from models.curriculum.generators._hand_everyday_f4 import SCENARIOS as S4
from models.curriculum.generators._hand_everyday_f5 import SCENARIOS as S5
from models.curriculum.generators._hand_everyday_f6 import SCENARIOS as S6
from models.curriculum.generators._hand_everyday_f7 import SCENARIOS as S7
from models.curriculum.generators._hand_everyday_f8 import SCENARIOS as S8
from models.curriculum.generators._hand_everyday_f9 import SCENARIOS as S9
from models.curriculum.generators._hand_everyday_f10 import SCENARIOS as S10
from models.curriculum.generators._hand_everyday_f11 import EXTRA, TAILS
from models.curriculum.generators._hand_everyday_f12 import SCENARIOS as S12
from models.curriculum.schema import CurriculumItem


def generate(rng: random.Random) -> Iterator[CurriculumItem]:
    del rng  # hand-written: no randomness
    base = S1 + S2 + S3 + S4 + S5 + S6 + S7 + S8 + S9 + S10 + S12
    yield from hand_everyday("everyday_f", merge_replies(base, EXTRA, TAILS))
