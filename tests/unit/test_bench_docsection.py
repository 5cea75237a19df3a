"""bench/docsection.py: the ``--write`` of every bench script that regenerates a docs section."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.docsection import replace_section, write_section

DOC = "# Benchmarks\n\nIntro.\n\n## Scoring\n\nold table\n\nold notes\n\n## Launch gate\n\nold gate\n"


def test_a_middle_section_is_replaced_and_the_next_keeps_its_blank_line() -> None:
    out = replace_section(DOC, "## Scoring\n\nnew table\n")
    assert out == "# Benchmarks\n\nIntro.\n\n## Scoring\n\nnew table\n\n## Launch gate\n\nold gate\n"


def test_the_blank_line_is_kept_whatever_the_section_ends_with() -> None:
    for ending in ("", "\n", "\n\n\n"):
        out = replace_section(DOC, "## Scoring\n\nnew" + ending)
        assert "\nnew\n\n## Launch gate\n" in out


def test_the_last_section_is_replaced_to_the_end() -> None:
    out = replace_section(DOC, "## Launch gate\n\nnew gate\n\n")
    assert out.endswith("## Scoring\n\nold table\n\nold notes\n\n## Launch gate\n\nnew gate\n")
    assert out.count("## Launch gate") == 1


def test_subsections_belong_to_their_section() -> None:
    doc = "## Detection\n\nold\n\n### Against the goals\n\nold goals\n\n## Pipeline\n\nkept\n"
    out = replace_section(doc, "## Detection\n\nnew\n\n### Against the goals\n\nnew goals")
    assert out == "## Detection\n\nnew\n\n### Against the goals\n\nnew goals\n\n## Pipeline\n\nkept\n"


def test_the_heading_matches_a_whole_line_only() -> None:
    doc = "## Scoring latency\n\nkept\n\nText mentioning ## Scoring inline.\n"
    out = replace_section(doc, "## Scoring\n\nnew\n")
    assert out == doc + "\n## Scoring\n\nnew\n"


def test_a_missing_section_is_appended_after_one_blank_line() -> None:
    assert replace_section("# Benchmarks\n\n\n", "## Scoring\n\nnew") == "# Benchmarks\n\n## Scoring\n\nnew\n"
    assert replace_section("", "## Scoring\n\nnew") == "## Scoring\n\nnew\n"


def test_rewriting_is_idempotent() -> None:
    once = replace_section(DOC, "## Scoring\n\nnew\n")
    assert replace_section(once, "## Scoring\n\nnew\n") == once


def test_a_section_without_its_heading_is_refused() -> None:
    with pytest.raises(ValueError, match="heading"):
        replace_section(DOC, "new table\n")


def test_write_section_creates_then_replaces(tmp_path: Path) -> None:
    path = tmp_path / "benchmarks.md"
    write_section(path, "## Windows and kernels\n\nfirst", new_doc="# Benchmarks\n\nMedians.\n")
    write_section(path, "## Detection\n\nd")
    write_section(path, "## Windows and kernels\n\nsecond")
    assert path.read_text(encoding="utf-8") == (
        "# Benchmarks\n\nMedians.\n\n## Windows and kernels\n\nsecond\n\n## Detection\n\nd\n"
    )
