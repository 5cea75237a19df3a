from __future__ import annotations

from pathlib import Path

import pytest

from monitor.schema import SCHEMAS, render

DOCS = Path(__file__).resolve().parents[2] / "docs" / "schema"


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_committed_schema_is_current(name: str) -> None:
    assert (DOCS / name).read_text() == render(SCHEMAS[name]), "run `sycomon schema` and commit docs/schema"
