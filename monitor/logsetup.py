"""Process logging: one handler, a filter that redacts secrets in URLs, quiet HTTP clients.

A Slack incoming-webhook URL *is* a credential, and other sink URLs may carry tokens, user
info or signed query strings; httpx logs every request's full URL at INFO. So the CLI's
logging setup (:func:`configure_logging`, used by ``sycomon worker`` and the test worker):

- sets the ``httpx`` and ``httpcore`` loggers to WARNING;
- installs :class:`RedactingFilter` on its handler: in every record, any URL keeps only its
  scheme and host (and port); user info, path, query and fragment become ``[redacted]``.
"""

from __future__ import annotations

import logging
import re
import sys
from typing import TextIO

__all__ = ["QUIET_LOGGERS", "RedactingFilter", "configure_logging", "redact_urls"]

QUIET_LOGGERS = ("httpx", "httpcore")
FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"

_URL = re.compile(
    r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*://)(?:[^\s/@'\"<>]*@)?(?P<host>[^\s/?#'\"<>]*)(?P<rest>[^\s'\"<>]*)"
)


def _redact(match: re.Match[str]) -> str:
    userinfo = "@" in match.group(0).split(match.group("host"), 1)[0]
    rest = match.group("rest")
    if not rest.strip("/") and not userinfo:
        return match.group(0)
    return f"{match.group('scheme')}{'[redacted]@' if userinfo else ''}{match.group('host')}/[redacted]"


def redact_urls(text: str) -> str:
    """``text`` with every URL cut to scheme://host[:port] (+ ``/[redacted]`` if more followed)."""
    return _URL.sub(_redact, text) if "://" in text else text


class RedactingFilter(logging.Filter):
    """Rewrites each record's message (and formatted traceback) with :func:`redact_urls`."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact_urls(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_urls(record.exc_text)
        return True


def configure_logging(level: str | int = "INFO", stream: TextIO | None = None) -> logging.Handler:
    """Root logging for a process: one stream handler with the redacting filter; returns it."""
    handler = logging.StreamHandler(stream if stream is not None else sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.setLevel(level.upper() if isinstance(level, str) else level)
    root.addHandler(handler)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    return handler
