"""Debian's headless Chromium driven by selenium through /usr/bin/chromedriver (installed by
deploy/local/bootstrap.sh; selenium never downloads a browser here). Under CI=true a missing
browser fails the test; elsewhere it skips with the command that installs it.

``python -m tests.browser URL OUT.png [WIDTH]`` saves a screenshot of a page (the README's)."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("SYCOMON_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("SYCOMON_CHROMEDRIVER", "/usr/bin/chromedriver")
#: As root on a machine without a network: no sandbox, no background connections.
FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--hide-scrollbars",
)  # fmt: skip


def require_browser() -> None:
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not (Path(p).exists() or shutil.which(p))]
    if missing:
        msg = f"{', '.join(missing)} missing: apt-get install chromium chromium-driver (make setup does)"
        if os.environ.get("CI") == "true":
            pytest.fail(msg)
        pytest.skip(msg)


@contextmanager
def chromium(width: int = 1280, height: int = 1000) -> Iterator[Any]:
    """A headless Chromium session with a fresh profile."""
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    with tempfile.TemporaryDirectory(prefix="sycomon-chromium-") as profile:
        opts = Options()
        opts.binary_location = CHROMIUM
        for flag in FLAGS:
            opts.add_argument(flag)
        opts.add_argument(f"--user-data-dir={profile}")
        opts.add_argument(f"--window-size={width},{height}")
        driver = webdriver.Chrome(options=opts, service=Service(CHROMEDRIVER))
        try:
            yield driver
        finally:
            driver.quit()


def full_page_screenshot(driver: Any, out: Path) -> None:
    """The whole page, not only the viewport."""
    height = int(driver.execute_script("return document.documentElement.scrollHeight"))
    width = int(driver.execute_script("return document.documentElement.scrollWidth"))
    driver.set_window_size(max(width, 400), min(max(height + 120, 600), 6000))
    out.parent.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(out))


#: Rasterise one SVG chart on a canvas and count its pixels per exact colour ("#rrggbb").
CHART_PIXELS_JS = """
const done = arguments[arguments.length - 1];
const svg = document.querySelector(arguments[0]);
if (!svg) { done(null); return; }
const box = svg.viewBox.baseVal;
const img = new Image();
img.onload = () => {
  const c = document.createElement('canvas'); c.width = box.width; c.height = box.height;
  const ctx = c.getContext('2d'); ctx.drawImage(img, 0, 0);
  const d = ctx.getImageData(0, 0, c.width, c.height).data; const counts = {};
  for (let i = 0; i < d.length; i += 4) {
    if (d[i + 3] < 255) continue;
    const k = '#' + [d[i], d[i + 1], d[i + 2]].map(x => x.toString(16).padStart(2, '0')).join('');
    counts[k] = (counts[k] || 0) + 1;
  }
  done(counts);
};
img.onerror = () => done(null);
const xml = new XMLSerializer().serializeToString(svg);
img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(xml);
"""

#: What the browser laid out: per series its rate paths' drawn length, per marker its kind.
CHART_LAYOUT_JS = """
const chart = document.querySelector(arguments[0]);
if (!chart) return null;
return {
  series: Array.from(chart.querySelectorAll('g.series')).map(g => ({
    version: g.dataset.version,
    length: Array.from(g.querySelectorAll('path.rate')).reduce((s, p) => s + p.getTotalLength(), 0),
    band_area: Array.from(g.querySelectorAll('path.band')).reduce((s, p) => {
      const b = p.getBBox(); return s + b.width * b.height; }, 0),
  })),
  markers: Array.from(chart.querySelectorAll('g.marker')).map(g => ({
    kind: g.dataset.kind, version: g.dataset.version,
    height: g.querySelector('line').getBBox().height })),
};
"""


def chart_layout(driver: Any, selector: str = "svg.rate-chart") -> dict[str, Any]:
    layout = driver.execute_script(CHART_LAYOUT_JS, selector)
    assert layout is not None, f"no {selector} on the page"
    return dict(layout)


def chart_pixels(driver: Any, selector: str = "svg.rate-chart") -> dict[str, int]:
    counts = driver.execute_async_script(CHART_PIXELS_JS, selector)
    assert counts is not None, f"{selector} did not rasterise"
    return {str(k): int(v) for k, v in counts.items()}


def main(argv: list[str]) -> None:
    url, out = argv[0], Path(argv[1])
    width = int(argv[2]) if len(argv) > 2 else 1280
    with chromium(width=width) as driver:
        driver.get(url)
        full_page_screenshot(driver, out)
    print(out)


if __name__ == "__main__":
    main(sys.argv[1:])
