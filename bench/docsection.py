"""Regenerate one ``## `` section of a markdown file (docs/benchmarks.md) with a benchmark's
``--write``: every bench script that owns a whole section goes through here."""

from __future__ import annotations

from pathlib import Path

__all__ = ["replace_section", "write_section"]

NEXT = "\n## "


def replace_section(doc: str, section: str) -> str:
    """``doc`` with the section headed by ``section``'s first line (a ``## `` heading, matched as a
    whole line) replaced by ``section``, up to the next ``## `` heading, which stays one blank line
    below it; appended after a blank line when ``doc`` has no such heading."""
    heading = section.split("\n", 1)[0]
    if not heading.startswith("## "):
        raise ValueError(f"a section starts with its '## ' heading, not {heading!r}")
    body = section.rstrip("\n") + "\n"
    start = ("\n" + doc + "\n").find("\n" + heading + "\n")  # == the heading's index in doc
    if start < 0:
        return doc.rstrip("\n") + "\n\n" + body if doc.strip() else body
    end = doc.find(NEXT, start + len(heading))
    return doc[:start] + body + ("" if end < 0 else "\n" + doc[end + 1 :])


def write_section(path: Path, section: str, new_doc: str = "# Benchmarks\n") -> None:
    """:func:`replace_section` on the file at ``path`` (``new_doc`` when it does not exist yet)."""
    doc = path.read_text(encoding="utf-8") if path.exists() else new_doc
    path.write_text(replace_section(doc, section), encoding="utf-8")
