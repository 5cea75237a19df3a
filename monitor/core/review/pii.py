"""Scrub obvious PII from text kept for review: emails, phone numbers, card numbers, IP addresses.

Small and conservative on purpose (no NER model on the hot path): every replacement is a typed
placeholder (``[EMAIL]``, ``[PHONE]``, ``[CARD]``, ``[IP]``) so a reviewer still reads the
sentence. Card numbers must pass the Luhn check (13-19 digits, spaces or dashes allowed); IPv4
addresses must have octets <= 255 and IPv6 ones must parse; phone numbers need 7-15 digits and a
phone-like shape (a leading ``+``, parentheses or separators between digit groups), so years,
prices, versions and order numbers are left alone. Names and street addresses are not detected:
the review docs say so.
"""

from __future__ import annotations

import ipaddress
import re

__all__ = ["scrub"]

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.)+[A-Za-z]{2,24}(?![\w-])")
_CARD = re.compile(r"(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])")
_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\d|\.\d)")
_IPV6 = re.compile(r"(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Fa-f:])")
_PHONE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){1,4}(?![\w])"
    r"|(?<![\w+])\+\d{1,3}(?:[\s.-]?\d{1,4}){2,6}(?![\w])"
)

_DATE = re.compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4}")


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _card(m: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", m.group(0))
    return "[CARD]" if 13 <= len(digits) <= 19 and _luhn(digits) else m.group(0)


def _ipv4(m: re.Match[str]) -> str:
    return "[IP]" if all(int(o) <= 255 for o in m.group(0).split(".")) else m.group(0)


def _ipv6(m: re.Match[str]) -> str:
    text = m.group(0)
    if text.count(":") < 2 or not re.search(r"[0-9A-Fa-f]", text):
        return text
    try:
        ipaddress.IPv6Address(text)
    except ValueError:
        return text
    return "[IP]"


def _phone(m: re.Match[str]) -> str:
    text = m.group(0)
    digits = re.sub(r"\D", "", text)
    if not 7 <= len(digits) <= 15 or _DATE.fullmatch(text.strip()):
        return text
    shaped = text.startswith("+") or "(" in text or len(re.findall(r"\d+", text)) >= 3
    return "[PHONE]" if shaped else text


def scrub(text: str) -> str:
    """``text`` with emails, card numbers, IP addresses and phone numbers replaced (in that order)."""
    text = _EMAIL.sub("[EMAIL]", text)
    text = _CARD.sub(_card, text)
    text = _IPV4.sub(_ipv4, text)
    text = _IPV6.sub(_ipv6, text)
    return _PHONE.sub(_phone, text)
