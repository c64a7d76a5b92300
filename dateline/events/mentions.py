"""Actor mentions seen from the event side: which mention covers a token, ActorRefs."""

from __future__ import annotations

from dataclasses import dataclass, field

from dateline.actors import conjuncts
from dateline.model import ActorRef, AnnotatedDoc, Mention


@dataclass(slots=True)
class MentionIndex:
    doc: AnnotatedDoc
    by_token: dict[int, int] = field(default_factory=dict)  # token → mention index

    @classmethod
    def build(cls, doc: AnnotatedDoc) -> MentionIndex:
        idx = cls(doc)
        best: dict[int, tuple[int, int, int]] = {}
        for m, mention in enumerate(doc.mentions):
            size = mention.token_end - mention.token_start
            for t in range(mention.token_start, mention.token_end):
                # the mention headed here first, then the smallest covering one
                rank = (0 if mention.head == t else 1, size, m)
                if t not in best or rank < best[t]:
                    best[t] = rank
        idx.by_token = {t: r[2] for t, r in best.items()}
        return idx

    def index_at(self, token: int) -> int | None:
        return self.by_token.get(token)

    def covering(self, token: int) -> Mention | None:
        m = self.by_token.get(token)
        return None if m is None else self.resolved(m)[1]

    def resolved(self, m: int) -> tuple[int, Mention]:
        """Follow coreference to a mention that names an actor, when one does."""
        seen = {m}
        mention = self.doc.mentions[m]
        while mention.actor_id is None and mention.antecedent is not None:
            if mention.antecedent in seen or mention.antecedent >= len(self.doc.mentions):
                break
            seen.add(mention.antecedent)
            m = mention.antecedent
            mention = self.doc.mentions[m]
        return m, mention

    def members(self, m: int) -> tuple[int, ...]:
        """The parties of the compound actor ``m`` is (or belongs to): "Hungarian and
        Romanian officials" → HUN, ROU; any other mention is its own list."""
        found = tuple(k for k in conjuncts(self.doc, m) if 0 <= k < len(self.doc.mentions))
        return found or (m,)

    def refs(self, text: str, m: int | None) -> list[ActorRef]:
        """Like ``ref``, but a compound mention gives one ActorRef per member."""
        if m is None or self.members(m) == (m,):
            return [self.ref(text, m)]
        return [self.ref(text if k == m else _bare(self.doc.mentions[k].text), k)
                for k in self.members(m)]  # fmt: skip

    def ref(self, text: str, m: int | None) -> ActorRef:
        if m is None:
            return ActorRef(text=text)
        _, mention = self.resolved(m)
        return ActorRef(
            text=text,
            name=mention.name,
            id=mention.actor_id,
            type=mention.type,
            sector=mention.sector,
            country=mention.country,
            mention=m,
        )


def _bare(text: str) -> str:
    """A member's words without a leading article, as argument texts are written."""
    head, _, rest = text.partition(" ")
    return rest if head.lower() in {"the", "a", "an"} and rest else text
