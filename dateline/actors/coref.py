"""Light coreference: "the group", "the militants", "its fighters", "he/she/they" take the
nearest earlier mention in the same document whose actor type (and number) fits.
"""

from __future__ import annotations

from collections import Counter

from dateline.actors.phrases import NON_PERSON, PRONOUNS, Draft
from dateline.model import AnnotatedDoc

NOMINAL_WINDOW = 6  # sentences back that "the group" may reach
PRONOUN_WINDOW = 2
STATE_TYPES = frozenset({"country", "government"})
EXPLETIVE_VERBS = frozenset({"seem", "appear", "rain", "snow", "matter", "take", "remain"})
SPEECH_VERBS = frozenset({"say", "announce", "report", "claim", "state", "tell", "add", "warn"})
SINGULAR_ONLY = frozenset({"it", "its", "he", "him", "his", "she", "her"})


def pronoun_drafts(doc: AnnotatedDoc, taken: set[int]) -> list[Draft]:
    """Drafts for personal pronouns that are not already part of a phrase."""
    out = []
    for tok in doc.tokens:
        word = tok.text.lower()
        if word == "it" and tok.i not in taken and _referring_it(doc, tok.i):
            out.append(Draft(tok.i, tok.i + 1, tok.i, None, None, kind="pronoun",
                             refers=NON_PERSON))
        elif word in PRONOUNS and tok.pos == "PRON" and tok.i not in taken:
            plural = word in {"they", "them", "their"}
            out.append(Draft(tok.i, tok.i + 1, tok.i, None, None, kind="pronoun",
                             refers=PRONOUNS[word], plural=plural))
    return out


def _referring_it(doc: AnnotatedDoc, i: int) -> bool:
    """"It said" refers; "it is likely that …", "it seems …", "it rained" do not."""
    tok = doc.tokens[i]
    if tok.dep not in {"nsubj", "nsubjpass", "dobj", "pobj"}:
        return False
    verb = doc.tokens[tok.head]
    if not tok.dep.startswith("nsubj") or verb.lemma in SPEECH_VERBS:
        return True
    if verb.lemma in EXPLETIVE_VERBS:
        return False
    # a clause hanging off the verb or its predicate ("likely that …", "hard to say")
    sent = doc.sentences[tok.sent]
    owners = {verb.i} | {t.i for t in doc.tokens[sent.token_start : sent.token_end]
                         if t.head == verb.i and t.dep in {"acomp", "attr"}}
    return not any(t.head in owners and t.dep in {"ccomp", "xcomp", "csubj"}
                   for t in doc.tokens[verb.i + 1 : sent.token_end])


def base_type(draft: Draft) -> str | None:
    """The antecedent's own actor type: "Afghan commandos" is a country's, "ISIS-K" a group's."""
    return draft.actor.type if draft.actor is not None else draft.type


def compatible(anaphor: Draft, candidate: Draft, doc: AnnotatedDoc) -> bool:
    if candidate.actor is None or candidate.kind == "compound":
        return False
    base = base_type(candidate)
    if base == "person" and "person" not in anaphor.refers:
        return False  # "they" is not the president, whatever office he holds
    if base not in anaphor.refers and candidate.type not in anaphor.refers:
        return False
    word = doc.tokens[anaphor.ts].text.lower()
    if candidate.plural and candidate.actor.type != "country" and (
        word in SINGULAR_ONLY or (anaphor.kind == "nominal" and not anaphor.plural
                                  and base_type(candidate) in {"person", "civilians"})
    ):
        return False
    return not (candidate.type == "person" and anaphor.plural)


def resolve(drafts: list[Draft], doc: AnnotatedDoc) -> dict[int, int]:
    """Link anaphors to antecedents in place; returns anaphor index → antecedent index."""
    links: dict[int, int] = {}
    for i, draft in enumerate(drafts):
        if not draft.refers or draft.actor is not None:
            continue
        found = _candidates(drafts, i, doc)
        ahead = _cataphor(drafts, i, doc)
        if ahead is not None:
            found = [ahead]  # "From its early days, ISIS-K …"
        if not found:
            continue
        j = found[0]
        word = doc.tokens[draft.ts].text.lower()
        if draft.kind == "pronoun" and word in SINGULAR_ONLY:
            j = _subject_first(drafts, found, doc, draft)
        if set(draft.refers) <= STATE_TYPES:  # "the country": the document's main state
            seen = Counter(d.actor.id for d in drafts[:i] if d.actor is not None)
            j = max(found, key=lambda k: (seen[drafts[k].actor.id], k))  # type: ignore[union-attr]
        _copy(draft, drafts[j])
        links[i] = j
    return links


def _ancestors(doc: AnnotatedDoc, i: int) -> set[int]:
    seen: set[int] = set()
    while doc.tokens[i].head != i and i not in seen:
        seen.add(i)
        i = doc.tokens[i].head
    return seen | {i}


def _cataphor(drafts: list[Draft], i: int, doc: AnnotatedDoc) -> int | None:
    """A possessive in a fronted phrase refers to the clause's subject that follows it."""
    draft = drafts[i]
    tok = doc.tokens[draft.ts]
    if draft.kind != "pronoun" or tok.dep != "poss":
        return None
    above = _ancestors(doc, tok.i)
    for j in range(i + 1, len(drafts)):
        cand = drafts[j]
        head = doc.tokens[cand.head]
        if head.sent != tok.sent:
            return None
        if head.dep in {"nsubj", "nsubjpass"} and head.head in above and head.i not in above:
            return j if compatible(draft, cand, doc) else None
    return None


def _subject_first(drafts: list[Draft], found: list[int], doc: AnnotatedDoc, draft: Draft) -> int:
    """"He"/"it" prefer the nearest subject in this or the previous sentence."""
    sent = doc.tokens[draft.ts].sent
    for j in found:
        head = doc.tokens[drafts[j].head]
        if head.sent < sent - 1:
            break
        if head.dep in {"nsubj", "nsubjpass"}:
            return j
    return found[0]


def _coargument(doc: AnnotatedDoc, anaphor: Draft, cand: Draft) -> bool:
    """"Hezbollah denied it": an object pronoun is not its own verb's subject (that is "itself")."""
    a, c = doc.tokens[anaphor.head], doc.tokens[cand.head]
    return anaphor.kind == "pronoun" and a.dep in {"dobj", "iobj"} and c.head == a.head


def _candidates(drafts: list[Draft], i: int, doc: AnnotatedDoc) -> list[int]:
    """Compatible antecedents within the window, nearest first."""
    draft = drafts[i]
    window = PRONOUN_WINDOW if draft.kind == "pronoun" else NOMINAL_WINDOW
    sent = doc.tokens[draft.ts].sent
    out = []
    for j in range(i - 1, -1, -1):
        cand = drafts[j]
        if doc.tokens[cand.ts].sent < sent - window:
            break
        if cand.te > draft.ts or _coargument(doc, draft, cand):
            continue
        if compatible(draft, cand, doc):
            out.append(j)
    return out


def _copy(anaphor: Draft, antecedent: Draft) -> None:
    anaphor.actor = antecedent.actor
    own = anaphor.type
    if antecedent.actor is not None and antecedent.actor.type == "country" and own not in {
        None, "other"
    }:
        # a kind word keeps its kind: "the police" after "Kenya" are police, and "the
        # country" after "the Kenyan government" or "Kenyan farmers" is the country itself
        anaphor.type = own
    else:
        anaphor.type = antecedent.type
    anaphor.country = antecedent.country
    if own != "country":  # the state has no sector of its antecedent's ("police")
        anaphor.sector = anaphor.sector or antecedent.sector
