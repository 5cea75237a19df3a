"""``python -m monitor`` = ``sycomon``."""

from monitor.cli import main

main()
