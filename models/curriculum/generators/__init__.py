"""Curriculum generator modules: each exposes ``generate(rng) -> Iterator[CurriculumItem]``."""
