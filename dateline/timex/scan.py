"""Faster scanning for case-insensitive rules: the same matches, found without IGNORECASE.

Python's regular-expression engine compares every character case-insensitively under
``re.IGNORECASE``, which makes the time rules' scans about twice as slow as exact ones.
On ASCII text the two agree exactly once both sides are lower-cased: every literal in the
pattern is lower-cased, every character class gains the lower-case letters of its upper-case
ranges, and the text is ``text.lower()`` (same length, same offsets). ``lowered`` builds that
exact twin of a pattern from its parsed form, or returns None when the pattern uses anything
it does not rewrite (inline flags, non-ASCII letters that fold onto ASCII ones): those rules
keep the original scan.

The scanner still hands rules a match on the original text: ``twin_finditer`` re-matches the
original pattern at each start the twin found, and falls back to the original scan if the
two ever disagree.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

try:  # the parser and compiler behind ``re`` (Python 3.11 to 3.13); without them: no twins
    from re import _compiler, _constants, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _compiler = _constants = _parser = None


class _Unsupported(Exception):
    pass


_A, _Z = ord("A"), ord("Z")


def _lower(c: int) -> int:
    if c > 127:
        if _folds_to_ascii(c):
            raise _Unsupported  # IGNORECASE would let it match an ASCII letter ("ſ", "K")
        return c  # "½", "’": matches no ASCII character, with or without IGNORECASE
    return c + 32 if _A <= c <= _Z else c


def _folds_to_ascii(c: int) -> bool:
    ch = chr(c)
    return any(ord(x) < 128 for x in ch.lower() + ch.upper() + ch.casefold())


def _charset(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    c = _constants
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is c.LITERAL:
            out.append((op, _lower(av)))
        elif op is c.RANGE:
            lo, hi = av
            if hi > 127 and (hi - lo > 4096 or any(map(_folds_to_ascii, range(lo, hi + 1)))):
                raise _Unsupported
            out.append((op, av))
            if lo <= _Z and hi >= _A:  # the upper-case letters in it, as lower case
                out.append((op, (max(lo, _A) + 32, min(hi, _Z) + 32)))
        elif op in (c.NEGATE, c.CATEGORY):
            out.append((op, av))
        else:
            raise _Unsupported
    return out


def _rewrite(data: Any) -> list[tuple[Any, Any]]:
    c = _constants
    out: list[tuple[Any, Any]] = []
    for op, av in data:
        if op in (c.LITERAL, c.NOT_LITERAL):
            av = _lower(av)
        elif op is c.IN:
            av = _charset(av)
        elif op is c.SUBPATTERN:
            group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _Unsupported
            av = (group, 0, 0, _sub(sub))
        elif op is c.BRANCH:
            av = (av[0], [_sub(s) for s in av[1]])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
            av = (av[0], av[1], _sub(av[2]))
        elif op in (c.ASSERT, c.ASSERT_NOT):
            av = (av[0], _sub(av[1]))
        elif op is getattr(c, "ATOMIC_GROUP", None):
            av = _sub(av)
        elif op is c.GROUPREF_EXISTS:
            av = (av[0], _sub(av[1]), None if av[2] is None else _sub(av[2]))
        elif op not in (c.AT, c.ANY, c.GROUPREF):
            raise _Unsupported
        out.append((op, av))
    return out


def _sub(pattern: Any) -> Any:
    return _parser.SubPattern(pattern.state, _rewrite(pattern.data))


def lowered(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The exact twin of an IGNORECASE ``pattern`` for lower-cased ASCII text, or None."""
    if _parser is None or not pattern.flags & re.IGNORECASE or pattern.flags & re.LOCALE:
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        parsed.state.flags &= ~re.IGNORECASE
        twin = _compiler.compile(_sub(parsed), pattern.flags & ~re.IGNORECASE)
    except (_Unsupported, re.error, AttributeError, TypeError, ValueError):
        return None
    return twin if isinstance(twin, re.Pattern) else None


def twin_finditer(
    pattern: re.Pattern[str], twin: re.Pattern[str] | None, text: str, low: str | None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``; through ``twin`` when ``low`` (``text.lower()`` of ASCII
    ``text``) is given. Every match is the original pattern's, on the original text."""
    if twin is None or low is None:
        yield from pattern.finditer(text)
        return
    found = []
    for quick in twin.finditer(low):
        m = pattern.match(text, quick.start())
        if m is None or m.span() != quick.span():  # never expected: then trust the original
            yield from pattern.finditer(text)
            return
        found.append(m)
    yield from found


def twin_search(
    pattern: re.Pattern[str], twin: re.Pattern[str] | None, text: str, low: str | None
) -> bool:
    """Whether ``pattern`` occurs in ``text`` (through ``twin`` as in ``twin_finditer``)."""
    if twin is None or low is None:
        return pattern.search(text) is not None
    return twin.search(low) is not None
