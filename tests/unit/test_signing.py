"""HMAC-SHA256 webhook signing: known answers, rotation, tampering, replay window."""

from __future__ import annotations

import hashlib
import hmac

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor.core.signing import SIGNATURE_HEADER, TIMESTAMP_HEADER, sign, sign_all, signed_headers, verify
from monitor.errors import MonitorError, SignatureError

SECRET = b"s3cret"
BODY = b'{"alert":{"fingerprint":"abc"}}'
TS = 1_800_000_000


def test_known_answer_matches_the_documented_construction() -> None:
    expected = hmac.new(SECRET, b"1800000000." + BODY, hashlib.sha256).hexdigest()
    assert sign(SECRET, TS, BODY) == f"v1={expected}"
    assert TIMESTAMP_HEADER == "X-Sycomon-Timestamp"
    assert SIGNATURE_HEADER == "X-Sycomon-Signature"


def test_genuine_request_verifies_within_the_window() -> None:
    headers = signed_headers([SECRET], TS, BODY)
    verify(SECRET, headers[TIMESTAMP_HEADER], headers[SIGNATURE_HEADER], BODY, now=TS + 299)
    verify(SECRET, headers[TIMESTAMP_HEADER], headers[SIGNATURE_HEADER], BODY, now=TS - 299)


def test_signature_error_is_a_monitor_error() -> None:
    assert issubclass(SignatureError, MonitorError)


@pytest.mark.parametrize(
    ("ts_header", "sig_header", "body", "now", "message"),
    [
        (str(TS), sign(SECRET, TS, BODY), BODY + b" ", TS, "does not match"),  # tampered body
        (str(TS + 1), sign(SECRET, TS, BODY), BODY, TS, "does not match"),  # tampered timestamp
        (str(TS), sign(b"other", TS, BODY), BODY, TS, "does not match"),  # wrong secret
        (str(TS), sign(SECRET, TS, BODY), BODY, TS + 301, "replay window"),  # stale
        (str(TS), sign(SECRET, TS, BODY), BODY, TS - 301, "replay window"),  # from the future
        ("", sign(SECRET, TS, BODY), BODY, TS, "missing"),
        (str(TS), "", BODY, TS, "missing"),
        ("12a", sign(SECRET, TS, BODY), BODY, TS, "malformed"),
        ("-5", sign(SECRET, TS, BODY), BODY, TS, "malformed"),
        (str(TS), "v0=" + "0" * 64, BODY, TS, "no v1"),
        (str(TS), "v1=" + sign(SECRET, TS, BODY)[3:-1], BODY, TS, "does not match"),  # truncated
        (str(TS), "v1=zz", BODY, TS, "does not match"),
    ],
)
def test_rejections(ts_header: str, sig_header: str, body: bytes, now: float, message: str) -> None:
    with pytest.raises(SignatureError, match=message):
        verify(SECRET, ts_header, sig_header, body, now=now)


def test_stale_timestamp_is_rejected_even_with_a_valid_signature() -> None:
    old = TS - 3600
    with pytest.raises(SignatureError, match="replay window"):
        verify(SECRET, str(old), sign(SECRET, old, BODY), BODY, now=TS)
    verify(SECRET, str(old), sign(SECRET, old, BODY), BODY, now=TS, tolerance_s=3600)


def test_rotation_any_listed_signature_may_match() -> None:
    new, old = b"new-secret", b"old-secret"
    header = sign_all([new, old], TS, BODY)
    assert header.count("v1=") == 2
    verify(old, str(TS), header, BODY, now=TS)  # receiver not rotated yet
    verify(new, str(TS), header, BODY, now=TS)  # receiver already rotated
    with pytest.raises(SignatureError):
        verify(b"third", str(TS), header, BODY, now=TS)
    # unknown schemes and whitespace are tolerated alongside v1
    verify(old, str(TS), f"v2=abc, {sign(old, TS, BODY)}", BODY, now=TS)


def test_empty_secrets_refused() -> None:
    with pytest.raises(SignatureError):
        sign(b"", TS, BODY)
    with pytest.raises(SignatureError):
        sign_all([], TS, BODY)
    with pytest.raises(SignatureError):
        verify(b"", str(TS), sign(SECRET, TS, BODY), BODY, now=TS)


@given(body=st.binary(max_size=256), flip=st.integers(min_value=0, max_value=255))
def test_any_single_byte_change_is_detected(body: bytes, flip: int) -> None:
    header = sign(SECRET, TS, body)
    verify(SECRET, str(TS), header, body, now=TS)
    tampered = bytes([flip]) + body[1:] if body and body[0] != flip else body + b"x"
    with pytest.raises(SignatureError):
        verify(SECRET, str(TS), header, tampered, now=TS)
