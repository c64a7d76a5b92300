"""Reading and validating actor dictionaries (the shipped ones and users' own).

Two tab-separated formats, told apart by their header line (see docs/actors.md):

* actor files: ``id type name [country] [sector] [aliases] [demonyms] [metonyms]``
* sector files: ``phrase type [sector] [refers]``

Lines starting with ``#`` and blank lines are ignored; lists inside a cell are separated by
``|``. Every problem raises ``DictionaryError`` naming the file and line.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from dateline.actors.kb import KB, TYPES, SectorWord
from dateline.errors import DictionaryError
from dateline.model import Actor

ACTOR_COLUMNS = ("id", "type", "name", "country", "sector", "aliases", "demonyms", "metonyms")
SECTOR_COLUMNS = ("phrase", "type", "sector", "refers")
SHIPPED = (
    "countries.tsv", "igos.tsv", "groups.tsv", "organisations.tsv", "people.tsv", "sectors.tsv"
)
SUFFIXES = (".tsv", ".txt")


@dataclass(frozen=True, slots=True)
class Row:
    source: str
    line: int
    cells: dict[str, str]

    def error(self, reason: str) -> DictionaryError:
        return DictionaryError(reason, source_file=self.source, line=self.line)

    def list(self, column: str) -> tuple[str, ...]:
        return tuple(p.strip() for p in self.cells.get(column, "").split("|") if p.strip())


@lru_cache(maxsize=1)
def iso3_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries) | {"XKX"}  # Kosovo, by usage


def read_rows(text: str, source: str) -> tuple[str, list[Row]]:
    """Parse one file: returns its kind ("actors" or "sectors") and its rows."""
    header: tuple[str, ...] | None = None
    rows: list[Row] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in raw.rstrip("\r\n").split("\t")]
        if header is None:
            header = _check_header(cells, source, number)
            continue
        if len(cells) > len(header):
            raise DictionaryError(
                f"{len(cells)} tab-separated cells but the header has {len(header)}",
                source_file=source,
                line=number,
            )
        rows.append(Row(source, number, dict(zip(header, cells, strict=False))))
    if header is None:
        raise DictionaryError("no header line (e.g. 'id<TAB>type<TAB>name')", source_file=source)
    return ("actors" if header[0] == "id" else "sectors"), rows


def _check_header(cells: list[str], source: str, line: int) -> tuple[str, ...]:
    names = tuple(c.lower() for c in cells)
    known = ACTOR_COLUMNS if names[:1] == ("id",) else SECTOR_COLUMNS
    required = known[:3] if known is ACTOR_COLUMNS else known[:2]
    unknown = [n for n in names if n not in known]
    missing = [n for n in required if n not in names]
    duplicated = len(set(names)) < len(names)
    if names[:1] not in {("id",), ("phrase",)} or unknown or missing or duplicated:
        raise DictionaryError(
            f"bad header {cells!r}: actor files need columns {', '.join(ACTOR_COLUMNS[:3])} "
            f"(optional: {', '.join(ACTOR_COLUMNS[3:])}); sector files need "
            f"{', '.join(SECTOR_COLUMNS[:2])} (optional: {', '.join(SECTOR_COLUMNS[2:])})",
            source_file=source,
            line=line,
        )
    return names


def actor_from_row(row: Row) -> tuple[Actor, tuple[str, ...], tuple[str, ...]]:
    """Validate one actor row; returns the actor, its demonyms and its metonyms."""
    c = row.cells
    actor_id, kind, name = c.get("id", ""), c.get("type", ""), c.get("name", "")
    if not actor_id or any(ch.isspace() for ch in actor_id) or "|" in actor_id:
        raise row.error(f"bad id {actor_id!r}: ids are non-empty and have no spaces or '|'")
    if actor_id.startswith("unk:"):
        raise row.error(f"id {actor_id!r}: the 'unk:' prefix is reserved for unknown actors")
    if kind not in TYPES:
        raise row.error(f"unknown type {kind!r}; valid types: {', '.join(sorted(TYPES))}")
    if not name:
        raise row.error(f"actor {actor_id!r} has no name")
    country = c.get("country", "").upper() or None
    if country is not None and country not in iso3_codes():
        raise row.error(f"country {country!r} is not an ISO 3166-1 alpha-3 code")
    aliases = tuple(dict.fromkeys(a for a in row.list("aliases") if a != name))
    actor = Actor(actor_id, name, kind, country, c.get("sector") or None, aliases)
    return actor, row.list("demonyms"), row.list("metonyms")


def sector_from_row(row: Row) -> SectorWord:
    c = row.cells
    phrase, kind = c.get("phrase", "").strip().lower(), c.get("type", "")
    if not phrase:
        raise row.error("empty phrase")
    if kind not in TYPES:
        raise row.error(f"unknown type {kind!r}; valid types: {', '.join(sorted(TYPES))}")
    refers = row.list("refers")
    bad = [r for r in refers if r not in TYPES]
    if bad:
        valid = ", ".join(sorted(TYPES))
        raise row.error(f"unknown type {bad[0]!r} in refers; valid types: {valid}")
    return SectorWord(" ".join(phrase.split()), kind, c.get("sector") or None, refers)


def add_text(kb: KB, text: str, source: str) -> None:
    """Validate a whole file, then add its entries to ``kb`` (nothing is added on error)."""
    kind, rows = read_rows(text, source)
    if kind == "sectors":
        words = [sector_from_row(r) for r in rows]
        kb.add_sectors(words)
        return
    seen: dict[str, int] = {}
    entries = []
    for row in rows:
        entry = actor_from_row(row)
        if entry[0].id in seen:
            raise row.error(f"duplicate id {entry[0].id!r} (first on line {seen[entry[0].id]})")
        seen[entry[0].id] = row.line
        entries.append(entry)
    for actor, demonyms, metonyms in entries:
        kb.add(actor, demonyms, metonyms)


def user_files(path: str) -> Iterator[Path]:
    """A file, or the dictionary files (.tsv, .txt) in a folder, recursively and sorted."""
    p = Path(path).expanduser()
    if p.is_dir():
        yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix in SUFFIXES)
    elif p.is_file():
        yield p
    else:
        raise DictionaryError("no such actor dictionary file or folder", source_file=str(p))


def build_kb(actor_paths: tuple[str, ...] = (), fuzzy_threshold: float = 92.0) -> KB:
    """The shipped dictionaries, then the user's (whose entries replace same-id ones)."""
    kb = KB(fuzzy_threshold=fuzzy_threshold)
    folder = resources.files("dateline.data.actors")
    for name in SHIPPED:
        add_text(kb, folder.joinpath(name).read_text("utf-8"), f"dateline/data/actors/{name}")
    for path in actor_paths:
        for file in user_files(path):
            try:
                text = file.read_text("utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise DictionaryError(f"cannot read: {exc}", source_file=str(file)) from exc
            add_text(kb, text, str(file))
    return kb


@lru_cache(maxsize=8)
def cached_kb(actor_paths: tuple[str, ...], fuzzy_threshold: float) -> KB:
    return build_kb(actor_paths, fuzzy_threshold)
