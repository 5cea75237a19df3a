"""The log filter: no URL in a log record keeps its credentials, path tokens or query string."""

from __future__ import annotations

import io
import logging

import pytest

from monitor.logsetup import QUIET_LOGGERS, configure_logging, redact_urls


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ('HTTP Request: POST https://hooks.slack.com/services/T0/B0/XSECRETX "HTTP/1.1 200 OK"', "XSECRETX"),
        ("posting to http://127.0.0.1:8080/hook?token=XSECRETX", "XSECRETX"),
        ("connect redis://:XSECRETX@db:6379/0 failed", "XSECRETX"),
        ("am at https://user:XSECRETX@am.example:9093", "XSECRETX"),
        ("url=https://x.example/a#XSECRETX.", "XSECRETX"),
    ],
)
def test_secrets_in_urls_are_redacted(text: str, secret: str) -> None:
    out = redact_urls(text)
    assert secret not in out
    assert "[redacted]" in out


def test_bare_hosts_and_plain_text_are_kept() -> None:
    assert redact_urls("listening on http://127.0.0.1:6066") == "listening on http://127.0.0.1:6066"
    assert redact_urls("http://127.0.0.1:6066/") == "http://127.0.0.1:6066/"
    assert redact_urls("no url here: a=b") == "no url here: a=b"
    assert redact_urls("POST http://h:1/p").startswith("POST http://h:1/")


def test_configure_logging_redacts_args_and_quiets_http_clients() -> None:
    stream = io.StringIO()
    levels = {name: logging.getLogger(name).level for name in QUIET_LOGGERS}
    root_level = logging.getLogger().level
    handler = configure_logging("INFO", stream)
    try:
        logging.getLogger("monitor.x").info("calling %s now", "https://h.example/hook/XSECRETX")
        logging.getLogger("httpx").info("HTTP Request: POST https://h.example/XSECRETX")
        try:
            raise ValueError("bad https://h.example/XSECRETX")
        except ValueError:
            logging.getLogger("monitor.x").exception("failed")
        assert all(logging.getLogger(n).getEffectiveLevel() == logging.WARNING for n in QUIET_LOGGERS)
    finally:
        logging.getLogger().removeHandler(handler)
        logging.getLogger().setLevel(root_level)
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)
    out = stream.getvalue()
    assert "calling https://h.example/[redacted] now" in out
    assert "XSECRETX" not in out
    assert "HTTP Request" not in out
