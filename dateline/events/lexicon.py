"""The event lexicon: trigger patterns → PLOVER type, mode and contexts.

One entry a line, five ``|``-separated columns (see docs/events.md and the shipped
``dateline/data/events/lexicon.txt``)::

    v:kill                 | ASSAULT  |            |               | dead
    n:counterterrorism campaign | ASSAULT |        | terrorism     |
    v:establish >relation  | SUPPORT  |            | diplomatic    |
    mode:car bomb          | ASSAULT  | explosives |               |
    context:human rights   |          |            | human_rights  |

``v:``/``n:`` entries are triggers (verb or noun lemmas; words before a noun's head must
modify it, words after a verb are its particle or preposition); ``>lemma`` or
``>@actor_type`` constrains the object (or passive subject); type ``-`` says "not an event".
``mode:`` and ``context:`` lines are cue words that set the mode of an event of that type
or add a context. User files (Settings.lexicon_paths) are read after the shipped one and
override entries with the same pattern. A malformed line raises DictionaryError naming the
file and line.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import product
from pathlib import Path

from dateline.errors import DictionaryError
from dateline.events.tables import CONTEXTS, TYPES, valid_mode

FLAGS: frozenset[str] = frozenset(
    {
        "dead",  # the object (or passive subject) counts the dead
        "injured",  # … the injured
        "size",  # the actor phrase counts participants (crowds, troops)
        "recip",  # reciprocal: "with" objects and conjoined subjects are all actors
        "of_actor",  # nominal: "the withdrawal of troops" — the of-object is the actor
        "to_recipient",  # "give X to Y": the to-object is the recipient, not the dobj
        "from_actor",  # "received aid from Y": Y gives; the subject receives
        "embed_future",  # events in its complement are intended (agree/promise/threaten to)
        "embed_hypothetical",  # … requested, not done (urge/call for/demand)
        "embed_negated",  # … refused or prevented
        "embed_alleged",  # … accused of
        "anaphor",  # a definite use may refer back to an earlier event ("the blast")
        "light",  # a noun that is an event only as the object of a light verb or of
        #           another trigger, or with its own agent ("issued a threat", "his offer")
    }
)


@dataclass(frozen=True, slots=True)
class Entry:
    """One trigger pattern. ``words`` are lemmas; ``head`` indexes the trigger word."""

    kind: str  # "v" or "n"
    words: tuple[str, ...]
    head: int
    event: str  # a PLOVER type, or "-" for "not an event"
    mode: str | None
    contexts: tuple[str, ...]
    flags: frozenset[str]
    obj: str | None = None  # required object lemma, or "@type" for an actor type
    source: str = ""

    @property
    def key(self) -> str:
        obj = f" >{self.obj}" if self.obj else ""
        return f"{self.kind}:{' '.join(self.words)}{obj}"

    @property
    def specificity(self) -> int:
        return 3 * len(self.words) + (1 if self.obj else 0)


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue word: sets ``mode`` for events of ``event`` or adds ``context``."""

    words: tuple[str, ...]
    event: str | None
    mode: str | None
    context: str | None


@dataclass(frozen=True, slots=True)
class Lexicon:
    entries: tuple[Entry, ...]
    mode_cues: tuple[Cue, ...]
    context_cues: tuple[Cue, ...]
    # (kind, head lemma) → entries, most specific first; built once by ``build``
    index: dict[tuple[str, str], tuple[Entry, ...]] = field(
        default_factory=dict, compare=False, hash=False
    )

    def by_head(self) -> dict[tuple[str, str], tuple[Entry, ...]]:
        return self.index


def _index(entries: Iterable[Entry]) -> dict[tuple[str, str], tuple[Entry, ...]]:
    table: dict[tuple[str, str], list[Entry]] = {}
    for entry in entries:
        table.setdefault((entry.kind, entry.words[entry.head]), []).append(entry)
    return {k: tuple(sorted(v, key=lambda e: -e.specificity)) for k, v in table.items()}


def _fail(source: str, line: int, reason: str) -> DictionaryError:
    return DictionaryError(reason, source_file=source, line=line)


def _split_words(text: str) -> tuple[str, ...]:
    return tuple(w for w in text.lower().replace("-", " - ").split() if w)


def _parse_pattern(
    body: str, source: str, line: int
) -> tuple[tuple[str, ...], tuple[str | None, ...]]:
    """Words and object constraints: ``>a,b,c`` is one entry per object word."""
    objs: tuple[str | None, ...] = (None,)
    if ">" in body:
        body, _, obj = body.partition(">")
        objs = tuple(o.strip().lower() for o in obj.split(","))
        for o in objs:
            if not o or " " in o:
                raise _fail(source, line, f"object constraint must be one word, not {o!r}")
    words = _split_words(body)
    if not words or any(not w for word in words for w in word.split(",")):
        raise _fail(source, line, "empty pattern")
    return words, objs


def _check_type(event: str, source: str, line: int, *, allow_skip: bool) -> None:
    if event in TYPES or (allow_skip and event == "-"):
        return
    raise _fail(source, line, f"unknown PLOVER type {event!r}; expected one of {', '.join(TYPES)}")


def _check_mode(event: str, mode: str | None, source: str, line: int) -> None:
    if mode and event != "-" and not valid_mode(event, mode):
        raise _fail(source, line, f"mode {mode!r} is not a PLOVER mode of {event}")


def _check_contexts(contexts: tuple[str, ...], source: str, line: int) -> None:
    for c in contexts:
        if c not in CONTEXTS:
            raise _fail(source, line, f"unknown context {c!r}")


def parse_line(text: str, source: str, line: int) -> Entry | Cue | None:
    """Parse one lexicon line; ``None`` for blank lines and comments. A line with an
    object list gives its first entry here; ``parse_items`` gives them all."""
    items = parse_items(text, source, line)
    return items[0] if items else None


def parse_items(text: str, source: str, line: int) -> list[Entry | Cue]:
    """Parse one lexicon line into its entries or its cue. A word written ``a,b`` (the
    verb, a modifier, or the object after ``>``) gives one entry per alternative."""
    text = text.split("#", 1)[0].strip()
    if not text:
        return []
    cols = [c.strip() for c in text.split("|")]
    if len(cols) != 5:
        raise _fail(source, line, f"expected 5 '|'-separated columns, found {len(cols)}")
    pattern, event, mode_col, ctx_col, flag_col = cols
    kind, sep, body = pattern.partition(":")
    if not sep or kind not in {"v", "n", "mode", "context"}:
        raise _fail(
            source, line, f"pattern must start with v:, n:, mode: or context:, not {pattern!r}"
        )
    contexts = tuple(c.strip() for c in ctx_col.replace(";", ",").split(",") if c.strip())
    _check_contexts(contexts, source, line)
    mode = mode_col or None
    if kind == "context":
        if len(contexts) != 1:
            raise _fail(source, line, "a context cue names exactly one context")
        return [Cue(_split_words(body), None, None, contexts[0])]
    _check_type(event, source, line, allow_skip=kind != "mode")
    _check_mode(event, mode, source, line)
    if kind == "mode":
        if not mode:
            raise _fail(source, line, "a mode cue needs a mode")
        return [Cue(_split_words(body), event, mode, None)]
    flags = frozenset(flag_col.split())
    unknown = sorted(flags - FLAGS)
    if unknown:
        raise _fail(source, line, f"unknown flag {unknown[0]!r}; known: {', '.join(sorted(FLAGS))}")
    words, objs = _parse_pattern(body, source, line)
    head = len(words) - 1 if kind == "n" else 0
    where = f"{source}:{line}"
    return [
        Entry(kind, choice, head, event, mode, contexts, flags, o, where)
        for choice in product(*(w.split(",") for w in words))
        for o in objs
    ]


def parse(lines: Iterable[str], source: str) -> list[Entry | Cue]:
    out: list[Entry | Cue] = []
    for number, text in enumerate(lines, start=1):
        out.extend(parse_items(text, source, number))
    return out


def _user_files(paths: Iterable[str]) -> list[Path]:
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(p.rglob("*.txt")))
        elif p.is_file():
            files.append(p)
        else:
            raise DictionaryError("no such lexicon file or folder", source_file=str(p))
    return files


def build(items: Iterable[Entry | Cue]) -> Lexicon:
    """Entries keyed by pattern (later wins), cues in order."""
    entries: dict[str, Entry] = {}
    modes: list[Cue] = []
    contexts: list[Cue] = []
    for item in items:
        if isinstance(item, Entry):
            entries[item.key] = item
        elif item.context:
            contexts.append(item)
        else:
            modes.append(item)
    return Lexicon(tuple(entries.values()), tuple(modes), tuple(contexts), _index(entries.values()))


# the shipped files, read in this order (a later entry with the same pattern wins);
# lexicon_manual.txt holds the PLOVER-manual boundary entries of session 7
SHIPPED = ("lexicon.txt", "lexicon_manual.txt")


@lru_cache(maxsize=8)
def load(paths: tuple[str, ...] = ()) -> Lexicon:
    """The shipped lexicon plus user files, cached per process."""
    items: list[Entry | Cue] = []
    for name in SHIPPED:
        shipped = resources.files("dateline.data").joinpath("events", name)
        items.extend(parse(shipped.read_text("utf-8").splitlines(), f"dateline/data/events/{name}"))
    for path in _user_files(paths):
        try:
            text = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise DictionaryError(f"cannot read lexicon: {exc}", source_file=str(path)) from exc
        items.extend(parse(text.splitlines(), str(path)))
    return build(items)
