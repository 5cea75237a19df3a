"""Assemble dev_quiz.jsonl from the hand-written quiz-format batch files (q*.py), with the development
set's own assembly (models/devset/src/build.py): numbering, JSONL, validation."""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
assemble = runpy.run_path(os.path.join(HERE, "..", "..", "src", "build.py"))["assemble"]
assemble(HERE, "devq", "q[0-9]*.py", "dev_quiz.jsonl")
