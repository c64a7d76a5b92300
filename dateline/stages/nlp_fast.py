"""Faster, output-identical stand-ins for spaCy's rule components, and the batch runner.

Profiling the bare ``nlp.pipe`` of ``en_core_web_sm`` on Reuters shows the two rule
components cost about a quarter of the parse, mostly in Python-level per-token work:

- ``attribute_ruler`` runs a Matcher with ~180 patterns over every token, although
  ~150 of them are single-token "TAG = x" / "LOWER = y" equalities: a dictionary does.
- ``lemmatizer`` creates a ``Token`` per token to look its lemma up in its own cache.

``FastRuler`` and ``FastLemmatizer`` reproduce their output exactly (tests compare every
token attribute with spaCy's own components) with table lookups over ``Doc.to_array``.
``FastPipe`` runs the model with them.

Written against spaCy 3.8 (pinned in pyproject.toml): ``set_token_attrs`` is the helper
spaCy's own AttributeRuler uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

from dateline.stages.breaks import mark_breaks

# attributes written in bulk through arrays; any other (TAG, DEP) goes token by token
_ARRAY_ATTRS = (POS, MORPH, LEMMA)
_KEY_ATTRS = (TAG, LOWER, DEP, IS_SPACE)  # what the rules test
Attrs = dict[int, int]
Plan = tuple[tuple[tuple[int, int], ...], Attrs | None]
_STRING_ATTRS = ("TAG", "LOWER", "DEP")
_KEY_NAMES = (*_STRING_ATTRS, "IS_SPACE")  # the names of ``_KEY_ATTRS``, in its order
# memo tables grow with the vocabulary seen; emptied past this size so memory stays flat
# (a corpus's frequent words come back within a few documents; 16k entries is ~5 MB)
MEMO_LIMIT = 16_384
# characters parsed in one batch at most (about 6,000 tokens; a Reuters batch of 32 reports
# averages 27,000 characters)
BATCH_CHARS = 32_768


def _simple_key(token_pattern: dict[str, Any]) -> tuple[str | None, str | None] | None:
    """(tag, lower) for a pattern that only tests TAG and/or LOWER for equality."""
    if not token_pattern or set(token_pattern) - {"TAG", "LOWER"}:
        return None
    if not all(isinstance(v, str) for v in token_pattern.values()):
        return None
    return token_pattern.get("TAG"), token_pattern.get("LOWER")


def _understood(token_pattern: dict[str, Any]) -> bool:
    """Whether ``_holds`` can check this token pattern exactly as the Matcher would."""
    for attr, want in token_pattern.items():
        if attr not in _KEY_NAMES:
            return False
        if isinstance(want, dict):
            if not want or set(want) - {"IN", "NOT_IN", "REGEX"}:
                return False
        elif not isinstance(want, str | bool):
            return False
    return True


def _gate(token_pattern: dict[str, Any]) -> list[tuple[str, Any]] | None:
    """Values one attribute must take for the pattern to match (looked up by dictionary,
    then the whole pattern is checked); None when there is no such attribute."""
    if not _understood(token_pattern):
        return None
    gates = [
        [(attr, v) for v in want["IN"]] if isinstance(want, dict) else [(attr, want)]
        for attr, want in token_pattern.items()
        if not isinstance(want, dict) or "IN" in want
    ]
    # a string attribute is the narrowest gate: IS_SPACE=False holds for most tokens
    return min(gates, key=lambda g: (g[0][0] == "IS_SPACE", len(g))) if gates else None


def _holds(token_pattern: dict[str, Any], values: dict[str, Any]) -> bool:
    for attr, want in token_pattern.items():
        got = values[attr]
        if isinstance(want, dict):
            if "IN" in want and got not in want["IN"]:
                return False
            if "NOT_IN" in want and got in want["NOT_IN"]:
                return False
            if "REGEX" in want and not re.search(want["REGEX"], got):
                return False
        elif got != want:
            return False
    return True


class FastRuler:
    """An ``AttributeRuler`` as dictionaries: equality patterns are looked up by (tag, lower),
    other plain patterns by one value their first token requires, then checked in full;
    anything else (operators such as ``OP``) goes to a small Matcher. Rules apply in pattern
    order, later ones winning, as spaCy's do."""

    def __init__(self, ruler: Any) -> None:
        self.vocab = ruler.vocab
        self.attrs: list[Attrs] = list(ruler.attrs)
        self.by_key: dict[tuple[str | None, str | None], list[int]] = {}
        self.gated: dict[tuple[str, Any], list[tuple[int, tuple[dict[str, Any], ...], int]]] = {}
        self.matcher = Matcher(self.vocab)
        self.indices: dict[int, int] = {}
        for i, rule in enumerate(ruler.patterns):
            if not self._add_simple(i, rule) and not self._add_gated(i, rule):
                self.matcher.add(str(i), rule["patterns"])
                self.indices[i] = rule["index"]
        self._merged: dict[tuple[int, int], tuple[int, ...]] = {}
        self._plans: dict[tuple[int, ...], Plan] = {}
        self._names: dict[int, str] = {}
        # the gates by attribute column of ``_KEY_ATTRS`` and the id ``Doc.to_array`` gives
        self.gates: list[dict[int, list[tuple[str, Any]]]] = [{} for _ in _KEY_ATTRS]
        for attr, value in self.gated:
            col = _KEY_NAMES.index(attr)
            key = int(value) if isinstance(value, bool) else get_string_id(value)
            self.gates[col].setdefault(key, []).append((attr, value))

    def _add_simple(self, i: int, rule: dict[str, Any]) -> bool:
        keys = [_simple_key(p[0]) if len(p) == 1 else None for p in rule["patterns"]]
        if rule["index"] not in (0, -1) or any(k is None for k in keys):
            return False
        for key in keys:
            assert key is not None
            self.by_key.setdefault(key, []).append(i)
        return True

    def _add_gated(self, i: int, rule: dict[str, Any]) -> bool:
        """Patterns of plain token tests (no operators), filed under their first token's gate."""
        pats = rule["patterns"]
        if any(_gate(p[0]) is None or not all(map(_understood, p)) for p in pats):
            return False
        for pattern in pats:
            for key in _gate(pattern[0]) or ():
                self.gated.setdefault(key, []).append((i, tuple(pattern), rule["index"]))
        return True

    def _simple_rules(self, tag: int, lower: int) -> tuple[int, ...]:
        cached = self._merged.get((tag, lower))
        if cached is None:
            if len(self._merged) > MEMO_LIMIT:
                self._merged.clear()
            s = self.vocab.strings
            t, w = s[tag] if tag else "", s[lower]
            found = self.by_key.get((t, w), []) + self.by_key.get((t, None), [])
            cached = tuple(sorted(set(found + self.by_key.get((None, w), []))))
            self._merged[(tag, lower)] = cached
        return cached

    def _name(self, key: int) -> str:
        name = self._names.get(key)
        if name is None:
            if len(self._names) > MEMO_LIMIT:
                self._names.clear()
            name = self._names[key] = self.vocab.strings[key] if key else ""
        return name

    def _values(self, keys: list[int]) -> dict[str, Any]:
        tag, lower, dep, space = keys
        return {"TAG": self._name(tag), "LOWER": self._name(lower), "DEP": self._name(dep),
                "IS_SPACE": bool(space)}

    def _gated_rules(self, keys: list[list[int]]) -> dict[int, list[int]]:
        """Rules whose first token's gate value the token has, checked in full. The gates
        are looked up by the ids in ``keys``, and a token's strings are only read when a
        pattern covers it (the order of the found rules does not matter: they are sorted)."""
        values: dict[int, dict[str, Any]] = {}

        def at(k: int) -> dict[str, Any]:
            if k not in values:
                values[k] = self._values(keys[k])
            return values[k]

        out: dict[int, list[int]] = {}
        for i, row in enumerate(keys):
            for col, gate in enumerate(self.gates):
                for key in gate.get(row[col], ()):
                    for rule, pattern, index in self.gated[key]:
                        n = len(pattern)
                        if i + n <= len(keys) and all(
                            _holds(t, at(i + k)) for k, t in enumerate(pattern)
                        ):
                            out.setdefault(i + (index if index >= 0 else n + index), []).append(
                                rule
                            )
        return out

    def _complex_rules(self, doc: Doc, keys: list[list[int]]) -> dict[int, list[int]]:
        out = self._gated_rules(keys) if self.gated else {}
        if self.indices:
            for match_id, start, end in self.matcher(doc, allow_missing=True, as_spans=False):
                rule = int(self.vocab.strings[match_id])
                index = self.indices[rule]
                out.setdefault((start if index >= 0 else end) + index, []).append(rule)
        return out

    def _plan(self, rules: tuple[int, ...]) -> Plan:
        """What a set of rules does to a token: array cells to set, and the merged attributes
        when some must be set token by token (later rules win, as in spaCy)."""
        plan = self._plans.get(rules)
        if plan is None:
            if len(self._plans) > MEMO_LIMIT:
                self._plans.clear()
            merged: Attrs = {}
            for r in rules:
                merged.update(self.attrs[r])
            cells = tuple((col, merged[a]) for col, a in enumerate(_ARRAY_ATTRS) if a in merged)
            plan = self._plans[rules] = (cells, merged if set(merged) - set(_ARRAY_ATTRS) else None)
        return plan

    def __call__(self, doc: Doc) -> Doc:
        keys = doc.to_array(list(_KEY_ATTRS)).tolist()
        extra = self._complex_rules(doc, keys)
        values: Any = doc.to_array(list(_ARRAY_ATTRS))
        rows = values.tolist()  # edited as Python lists, written back in one array
        slow: list[tuple[int, Attrs]] = []
        merged_rules = self._merged
        for i, (tag, lower, _, _) in enumerate(keys):
            rules = merged_rules.get((tag, lower))
            if rules is None:
                rules = self._simple_rules(tag, lower)
            if i in extra:
                rules = tuple(sorted(set(rules + tuple(extra[i]))))
            if not rules:
                continue
            cells, merged = self._plan(rules)
            row = rows[i]
            for col, value in cells:
                row[col] = value
            if merged is not None:
                slow.append((i, merged))
        written: Any = numpy.array(rows, dtype=values.dtype).reshape(values.shape)
        doc.from_array(list(_ARRAY_ATTRS), written)
        for i, merged in slow:
            set_token_attrs(doc[i], merged)
        return doc


class FastLemmatizer:
    """The rule lemmatizer's answers memoised by (orth, pos, morph), which is all they
    depend on (spaCy's own cache skips base forms and untabled parts of speech)."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.memo: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        lem = self.lemmatizer
        if lem.mode != "rule":
            return lem(doc)  # type: ignore[no-any-return]
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas: Any = rows[:, 3].copy()
        memo, strings = self.memo, doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not lem.overwrite:
                continue
            key = (orth, pos, morph)
            value = memo.get(key)
            if value is None:
                if len(memo) > MEMO_LIMIT:
                    memo.clear()
                    lem.cache.clear()  # spaCy's own memo, which rule_lemmatize fills, too
                value = memo[key] = strings.add(lem.rule_lemmatize(doc[i])[0])
            lemmas[i] = value
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


def batches(texts: Iterable[str], size: int, chars: int = BATCH_CHARS) -> Iterator[list[str]]:
    """Up to ``size`` texts at a time, and no more than ``chars`` characters unless a text
    is longer alone: the parser's working memory grows with a batch's length, so the
    longest batch of a corpus, not its size, would set the peak. Each document's parse is
    its own (the same whatever it is batched with)."""
    batch: list[str] = []
    length = 0
    for text in texts:
        if batch and (len(batch) == size or length + len(text) > chars):
            yield batch
            batch, length = [], 0
        batch.append(text)
        length += len(text)
    if batch:
        yield batch


class FastPipe:
    """Runs a loaded spaCy pipeline batch by batch, component by component, swapping in
    the fast rule components. With ``layout``, the text's layout starts sentences too:
    blank lines and datelines (``breaks.mark_breaks``)."""

    def __init__(self, nlp: Any, layout: bool = False) -> None:
        self.nlp = nlp
        self.layout = layout
        self.vocab_size = len(nlp.vocab)  # when loaded: its growth since tells when to reload
        self.steps: list[tuple[str, Any]] = []
        for name, proc in nlp.pipeline:
            if name == "attribute_ruler":
                self.steps.append((name, FastRuler(proc)))
            elif name == "lemmatizer":
                self.steps.append((name, FastLemmatizer(proc)))
            else:
                self.steps.append((name, proc))

    def pipe(self, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
        for batch in batches(texts, batch_size):
            docs = [self.nlp.make_doc(t) for t in batch]
            if self.layout:
                docs = [mark_breaks(d) for d in docs]
            for name, proc in self.steps:
                docs = self._run(name, proc, docs, batch_size)
            yield from docs

    @staticmethod
    def _run(name: str, proc: Any, docs: list[Doc], batch_size: int) -> list[Doc]:
        if hasattr(proc, "pipe"):
            return list(proc.pipe(docs, batch_size=batch_size))
        return [proc(d) for d in docs]
