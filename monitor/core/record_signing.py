"""Signed records in a shared store: mitigation patches and sampling overrides in Redis.

Anyone who can write to Redis could otherwise change what gateways put in system prompts, or blind
the monitor for a model version. The service that applies a change signs the record; readers
(``MitigationClient`` in gateways, the worker for overrides) verify it before use and ignore it
otherwise.

A signed record is a flat ``str -> str`` mapping plus three fields:

* ``sig_kid``: the id of the key that signed it (keys rotate: readers hold several);
* ``sig_ts``: Unix seconds at signing;
* ``sig``: ``v1=<hex>``, :func:`monitor.core.signing.sign` over ``f"{sig_ts}."`` + the canonical
  JSON of ``{"domain": domain, "kid": sig_kid, "fields": <the other fields>}`` (sorted keys).

``domain`` binds the record to where it is stored (e.g. ``patch:v2``), so a signed patch of one
model version cannot be copied onto another's key. The record's own expiry (``expires_at`` of a
patch) is inside the signature; there is no timestamp tolerance (records live for hours).
Pure: stdlib and :mod:`monitor.core.signing` only.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass

from monitor.core import signing
from monitor.errors import SignatureError

__all__ = ["SIG_FIELDS", "RecordSigner", "verify_record"]

SIG_FIELDS = ("sig", "sig_kid", "sig_ts")


def _body(domain: str, kid: str, fields: Mapping[str, str]) -> bytes:
    doc = {"domain": domain, "kid": kid, "fields": {k: v for k, v in fields.items() if k not in SIG_FIELDS}}
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@dataclass(frozen=True)
class RecordSigner:
    """Signs records with one key. ``repr`` hides the secret."""

    key_id: str
    secret: bytes

    def __repr__(self) -> str:
        return f"RecordSigner(key_id={self.key_id!r})"

    def sign(self, domain: str, fields: Mapping[str, str], now: float) -> dict[str, str]:
        """``fields`` plus the signature fields."""
        ts = int(now)
        signature = signing.sign(self.secret, ts, _body(domain, self.key_id, fields))
        return {**fields, "sig_kid": self.key_id, "sig_ts": str(ts), "sig": signature}


def verify_record(domain: str, record: Mapping[str, str], keys: Mapping[str, bytes]) -> dict[str, str]:
    """The record without its signature fields; raises SignatureError unless a known key signed it."""
    kid, ts, sig = (record.get(k, "") for k in ("sig_kid", "sig_ts", "sig"))
    if not sig or not kid or not ts:
        raise SignatureError("unsigned record")
    secret = keys.get(kid)
    if secret is None:
        raise SignatureError(f"record signed with unknown key id {kid!r}")
    if not ts.isascii() or not ts.isdigit() or len(ts) > 12:
        raise SignatureError("malformed signature timestamp")
    fields = {k: v for k, v in record.items() if k not in SIG_FIELDS}
    expected = signing.sign(secret, int(ts), _body(domain, kid, fields))
    if not hmac.compare_digest(expected, sig.strip().lower()):
        raise SignatureError("bad record signature")
    return fields
