from __future__ import annotations

from pathlib import Path

from monitor.settings_doc import render_configuration

DOC = Path(__file__).resolve().parents[2] / "docs" / "configuration.md"


def test_configuration_doc_is_current() -> None:
    assert DOC.read_text() == render_configuration(), "run `sycomon config-doc` and commit the result"
