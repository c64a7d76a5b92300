"""The actor knowledge base: canonical actors, their names, demonyms and metonyms, and the
sector lexicon, with precomputed lookup tables (built once per process, see ``loader``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from dateline.actors.text import acronym_key, has_capital, is_acronym, name_key
from dateline.model import Actor

TYPES: frozenset[str] = frozenset(
    {
        "country",
        "government",
        "military",
        "police",
        "armed_group",
        "igo",
        "ngo",
        "party",
        "media",
        "business",
        "person",
        "civilians",
        "other",
    }
)
# how a name refers to its actor: by name, as a demonym ("Afghan") or a metonym ("Kabul")
KINDS: tuple[str, ...] = ("name", "demonym", "metonym")
MEMO_LIMIT = 16_384  # fuzzy answers remembered per process; emptied past this, memory stays flat


@dataclass(frozen=True, slots=True)
class Hit:
    """A name found in the knowledge base."""

    actor: Actor
    kind: str  # name | demonym | metonym
    how: str  # exact | acronym | normalised | fuzzy


@dataclass(frozen=True, slots=True)
class SectorWord:
    """A head noun that names a kind of actor ("commandos" → military)."""

    phrase: str
    type: str
    sector: str | None
    refers: tuple[str, ...] = ()  # antecedent types when used anaphorically ("the group")


@dataclass
class KB:
    """Lookup tables over the actors. Build with ``add`` then use; ``load_kb`` caches one."""

    actors: dict[str, Actor] = field(default_factory=dict)
    names: dict[str, tuple[str, str]] = field(default_factory=dict)  # name_key → (id, kind)
    acronyms: dict[str, tuple[str, str]] = field(default_factory=dict)  # acronym_key → (id, kind)
    sectors: dict[str, SectorWord] = field(default_factory=dict)  # lower phrase → word
    first_words: set[str] = field(default_factory=set)
    max_tokens: int = 1
    fuzzy_threshold: float = 92.0
    _fuzzy_choices: list[str] | None = None
    # derived tables, built on first use and dropped when names or sectors change
    _prefixes: frozenset[str] | None = None
    _tails: frozenset[str] | None = None
    _fuzzy_memo: dict[str, tuple[str, str] | None] = field(default_factory=dict)

    def get(self, actor_id: str | None) -> Actor | None:
        return self.actors.get(actor_id) if actor_id else None

    def __len__(self) -> int:
        return len(self.actors)

    def add(
        self, actor: Actor, demonyms: tuple[str, ...] = (), metonyms: tuple[str, ...] = ()
    ) -> None:
        """Register an actor and its names; a later actor with the same id replaces it."""
        old = self.actors.get(actor.id)
        if old is not None:
            self._forget(old.id)
        self.actors[actor.id] = actor
        for kind, names in (
            ("metonym", metonyms),
            ("name", (actor.name, *actor.aliases)),
            ("demonym", demonyms),
        ):
            for name in names:
                self._index(name, actor.id, kind)
        self._fuzzy_choices = self._prefixes = None
        self._fuzzy_memo.clear()

    def add_sectors(self, words: list[SectorWord]) -> None:
        self.sectors.update({w.phrase: w for w in words})
        self._tails = None

    def _index(self, name: str, actor_id: str, kind: str) -> None:
        if is_acronym(name):
            self.acronyms[acronym_key(name)] = (actor_id, kind)
            key = acronym_key(name).lower()
        else:
            key = name_key(name)
            self.names[key] = (actor_id, kind)
        if key:
            self.first_words.add(key.split()[0])
            self.max_tokens = max(self.max_tokens, len(key.split()) * 2 + 1)

    def _forget(self, actor_id: str) -> None:
        for table in (self.names, self.acronyms):
            for key in [k for k, v in table.items() if v[0] == actor_id]:
                del table[key]

    def could_start(self, word: str) -> bool:
        """Cheap filter: can a name begin with this word?"""
        return name_key(word).split(" ")[0] in self.first_words if word.strip() else False

    def may_continue(self, raw: str) -> bool:
        """Whether ``raw`` (``raw_key`` of ASCII text) can begin a string ``lookup`` finds.

        ``lookup`` finds a text only when its raw key is a name key or a lower-cased acronym
        key, maybe after "the " and before " s" (names_key strips those); on ASCII text a
        longer text's raw key extends a shorter one's, so once this is False for a span no
        longer span from the same token can be found either (``names._longest_at``)."""
        if self._prefixes is None:
            keys = {*self.names, *(a.lower() for a in self.acronyms)}
            self._prefixes = frozenset(
                full[:n] for key in keys for full in (key, f"{key} s") for n in range(len(full) + 1)
            )
        if raw in self._prefixes or raw in ("t", "th", "the"):
            return True
        return raw.startswith("the ") and raw[4:] in self._prefixes

    def lookup(self, text: str) -> Hit | None:
        """Exact, acronym or normalised match of a surface string; None when unknown."""
        if not has_capital(text):
            return None
        found = self.acronyms.get(acronym_key(text))
        how = "acronym"
        if found is None:
            key = acronym_key(text)
            if len(key) >= 4 and key[:1].isupper() and key[1:].islower():
                found = self.acronyms.get(key.upper())  # "Nato", "Isis"
        if found is None:
            found, how = self.names.get(name_key(text)), "normalised"
        if found is None:
            return None
        actor_id, kind = found
        bare = text[4:] if text.lower().startswith("the ") else text
        if kind == "demonym" and not bare.lstrip()[:1].isupper():
            return None
        return Hit(self.actors[actor_id], kind, how)

    def fuzzy(self, text: str) -> Hit | None:
        """Best fuzzy name match above the threshold (names of 6+ characters only)."""
        key = name_key(text)
        if len(key) < 6:
            return None
        if key not in self._fuzzy_memo:  # the same unknown names come back: search once
            if len(self._fuzzy_memo) > MEMO_LIMIT:
                self._fuzzy_memo.clear()
            self._fuzzy_memo[key] = self._fuzzy_search(key)
        found = self._fuzzy_memo[key]
        if found is None:
            return None
        actor_id, kind = found
        return Hit(self.actors[actor_id], kind, "fuzzy")

    def _fuzzy_search(self, key: str) -> tuple[str, str] | None:
        if self._fuzzy_choices is None:
            self._fuzzy_choices = [
                k for k, v in self.names.items() if len(k) >= 6 and v[1] == "name"
            ]
        best = process.extractOne(
            key, self._fuzzy_choices, scorer=fuzz.ratio, score_cutoff=self.fuzzy_threshold
        )
        return None if best is None else self.names[best[0]]

    def sector(self, phrase: str) -> SectorWord | None:
        return self.sectors.get(phrase.lower())

    def sector_tails(self) -> frozenset[str]:
        """The last words of the sector phrases: a phrase ending in another word is none."""
        if self._tails is None:
            self._tails = frozenset(k.split(" ")[-1] for k in self.sectors)
        return self._tails
