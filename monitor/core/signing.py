"""HMAC-SHA256 request signing for outgoing webhooks (alerts and mitigation hooks).

Scheme (see docs/alerts.md):

* ``X-Sycomon-Timestamp``: the sender's Unix time in whole seconds, as decimal digits.
* ``X-Sycomon-Signature``: one or more comma-separated ``v1=<hex>`` items, where
  ``<hex> = HMAC-SHA256(secret, f"{timestamp}.".encode() + body)`` in lowercase hex.
  Several items are sent while a secret is being rotated (one per active secret); a
  receiver accepts the request if any ``v1`` item matches a secret it knows. Items with
  another scheme prefix are ignored, so future schemes can be added alongside.

The receiver rejects a request whose timestamp is further than ``tolerance_s`` from its own
clock (in either direction), which bounds the replay window. Pure: stdlib only.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable

from monitor.errors import SignatureError

__all__ = [
    "SCHEME",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "sign",
    "sign_all",
    "signed_headers",
    "verify",
]

TIMESTAMP_HEADER = "X-Sycomon-Timestamp"
SIGNATURE_HEADER = "X-Sycomon-Signature"
SCHEME = "v1"

_MAX_SIGNATURES = 8
_HEX_LEN = 64


def _digest(secret: bytes, timestamp: int, body: bytes) -> str:
    return hmac.new(secret, f"{timestamp}.".encode("ascii") + body, hashlib.sha256).hexdigest()


def sign(secret: bytes, timestamp: int, body: bytes) -> str:
    """The ``v1=<hex>`` signature of ``body`` sent at ``timestamp`` (Unix seconds)."""
    if not secret:
        raise SignatureError("empty signing secret")
    if timestamp < 0:
        raise SignatureError("negative timestamp")
    return f"{SCHEME}={_digest(secret, timestamp, body)}"


def sign_all(secrets: Iterable[bytes], timestamp: int, body: bytes) -> str:
    """Comma-separated signatures, one per secret (used while rotating secrets)."""
    parts = [sign(secret, timestamp, body) for secret in secrets]
    if not parts:
        raise SignatureError("no signing secret")
    return ",".join(parts)


def signed_headers(secrets: Iterable[bytes], timestamp: int, body: bytes) -> dict[str, str]:
    """Both headers for a request carrying ``body``."""
    return {TIMESTAMP_HEADER: str(timestamp), SIGNATURE_HEADER: sign_all(secrets, timestamp, body)}


def _parse_timestamp(header: str | None) -> int:
    if header is None or not header.strip():
        raise SignatureError(f"missing {TIMESTAMP_HEADER} header")
    value = header.strip()
    if not value.isascii() or not value.isdigit() or len(value) > 12:
        raise SignatureError(f"malformed {TIMESTAMP_HEADER} header")
    return int(value)


def _candidates(header: str | None) -> list[str]:
    if header is None or not header.strip():
        raise SignatureError(f"missing {SIGNATURE_HEADER} header")
    items = [item.strip() for item in header.split(",")]
    if len(items) > _MAX_SIGNATURES:
        raise SignatureError(f"too many signatures in {SIGNATURE_HEADER} header")
    found: list[str] = []
    for item in items:
        scheme, sep, value = item.partition("=")
        if sep and scheme.strip() == SCHEME:
            found.append(value.strip().lower())
    if not found:
        raise SignatureError(f"no {SCHEME} signature in {SIGNATURE_HEADER} header")
    return found


def verify(
    secret: bytes,
    timestamp_header: str,
    signature_header: str,
    body: bytes,
    *,
    now: float,
    tolerance_s: int = 300,
) -> None:
    """Check a signed request; raise :class:`~monitor.errors.SignatureError` unless it is genuine.

    ``timestamp_header`` and ``signature_header`` are the raw header values (``None`` or empty
    counts as missing), ``body`` the raw request body exactly as received, ``now`` the
    receiver's Unix time. Rejects a bad or missing signature, a tampered body or timestamp,
    and a timestamp more than ``tolerance_s`` seconds away from ``now`` (replay window).
    """
    if not secret:
        raise SignatureError("empty verification secret")
    if tolerance_s < 0:
        raise SignatureError("negative tolerance")
    timestamp = _parse_timestamp(timestamp_header)
    candidates = _candidates(signature_header)
    expected = _digest(secret, timestamp, body)
    matched = False
    for candidate in candidates:
        # compare_digest on equal-length ASCII strings; a wrong length simply does not match.
        if len(candidate) == _HEX_LEN and hmac.compare_digest(
            candidate.encode("ascii", "replace"), expected.encode("ascii")
        ):
            matched = True
    if not matched:
        raise SignatureError("signature does not match")
    if abs(now - timestamp) > tolerance_s:
        raise SignatureError(
            f"timestamp outside the {tolerance_s}s replay window (skew {now - timestamp:+.0f}s)"
        )
