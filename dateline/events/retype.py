"""PLOVER codes one category, not category + auxiliary: the rules that retype a trigger's
lexicon type by what surrounds it (intended cooperation is AGREE, announced force
THREATEN, a refused concession REJECT, a crowd's violence a riot …)."""

from __future__ import annotations

from dateline.events import conventions_coop, rules
from dateline.events.business import arranged
from dateline.events.context import Context
from dateline.events.modality import SPEECH_LIKE
from dateline.events.roles import clause_subject
from dateline.events.triggers import Trigger

# cooperative acts reported as intended are AGREE (manual, AGREE)
FUTURE_TO_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
# an announced or intended yielding ("said they will release the hostages", "will lift the
# curfew") is AGREE: CAMEO2PLOVER-2021 maps every "express intent to yield" code (035,
# 0351-0356: ease restrictions or sanctions, release persons, allow involvement,
# de-escalate) to AGREE, where the manual's prose says CONCEDE; the table is the finer rule
YIELDING = frozenset({"RETREAT", "CONCEDE"})


def retype(c: Context, trig: Trigger, found: set[str]) -> tuple[str, str | None, set[str]]:
    """PLOVER codes one category, not category + auxiliary (manual, Auxiliary modes):
    intended cooperation or yielding is AGREE, announced force THREATEN,
    a refused concession REJECT. Returns (type, mode override, marks)."""
    t = trig.entry.event
    if (coop := conventions_coop.retyped(c, trig, found)) is not None:
        return coop
    if t == "ACCUSE" and _warns_of_action(c, trig):
        return "THREATEN", None, found
    if t == "PROTEST" and not trig.nominal and c.g.children(trig.token, "ccomp"):
        return "ACCUSE", "disapprove", found  # "protested that …": a verbal protest
    if t == "PROTEST" and c.g.lemma(trig.token) == "protest" and _official_subject(c, trig):
        return "ACCUSE", "disapprove", found  # a ministry's protest is verbal (manual)
    if t == "ASSAULT" and (_crowd_subject(c, trig) or _amid_protest(c, trig)):
        return "PROTEST", "riot", found  # "rioters torched cars": a violent protest
    if t == "REQUEST" and _rallies_against(c, trig):
        return "ACCUSE", "disapprove", found  # "urged Arabs to unite against X" (CAMEO 113)
    if t == "PROTEST" and _parenthetical(c, trig):
        return "ACCUSE", "disapprove", found  # "…, a rights group protested": a statement
    if t == "PROTEST" and trig.entry.mode == "riot" and _armed_subject(c, trig):
        return "ASSAULT", None, found  # "militiamen looted the village": no protest
    if t == "COERCE" and trig.entry.mode in {"seize", "restrict"} and _crowd_subject(c, trig):
        return "PROTEST", "obstruct", found  # "students occupied the campus"
    if t == "ACCUSE" and c.g.lemma(trig.token) == "protest" and _crowd_subject(c, trig):
        return "PROTEST", "demo", found  # "thousands protested outside the embassy"
    if t == "RETREAT" and not trig.nominal and rules.rescue(c.g, trig.token):
        return "AID", None, found  # "police freed the hostages": a rescue
    if t == "REJECT" and "negated" in found and c.g.lemma(trig.token) in {"rule", "exclude"}:
        # "did not rule out military action": the act is held open, a threat (or an offer)
        held = [k for k in c.g.subtree(trig.token) if k != trig.token and k in c.triggers]
        inner = [c.triggers[k] for k in held]
        if any(x.entry.event in FORCE for x in inner):
            return "THREATEN", "violence", found - {"negated"}
        if any(x.entry.event in FUTURE_TO_AGREE | YIELDING | {"AGREE"} for x in inner):
            return "AGREE", None, found - {"negated"}
    if "governed" in found:
        return t, None, found
    if "negated" in found and t in {"AGREE", "CONCEDE"} and _enacted(trig):
        return "REJECT", None, found - {"negated"}  # "did not agree"; not "no agreement"
    refused = found & {"future", "hypothetical", "intent"} and _enacted(trig)
    if "negated" in found and refused and t in REFUSED:
        if _conditional(c, trig):  # "would stop cooperating unless …": a threat
            return "THREATEN", "relations", found - {"negated", "future", "intent"}
        # "would not attend", "has no intention of lifting the sanctions"
        return "REJECT", REFUSED[t], found - {"negated", "future", "intent"}
    # an alleged threat is a threat ("reportedly plan to attack"); an act that is a charge
    # ("will be tried for ordering the massacre") is not one
    if t == "PROTEST" and _there_will_be(c, trig) and not found & {"negated", "charged"}:
        return "THREATEN", threat_mode(t, None), found  # "said there would be a strike"
    possible = "hypothetical" in found and not found & {"negated", "charged"}
    if possible and t in HARM and _conditional(c, trig) and _announced(c, trig, "could"):
        return "THREATEN", threat_mode(t, trig.entry.mode), found  # "said it could … if"
    if "negated" in found or "charged" in found or not found & {"future", "intent"}:
        # "would be tried for murder": the murder is a charge, not an announced act
        return _threat_governor(c, trig, t), None, found
    if t in FORCE or (t in {"RETREAT", "SANCTION"} and _conditional(c, trig)):
        return "THREATEN", threat_mode(t, trig.entry.mode), found
    if t == "PROTEST" and _announced(c, trig):  # "said they would strike" (CAMEO 133)
        return "THREATEN", threat_mode(t, None), found
    if (t == "CONSULT" or t in YIELDING) and arranged(c.g, trig.token):
        return t, None, found  # "is scheduled to meet / be freed": a timetable, no offer
    if t in FUTURE_TO_AGREE or t in YIELDING:
        return "AGREE", None, found
    return t, None, found


# the THREATEN mode is what is threatened: force, restrictions, or the end of relations
THREAT_MODE: dict[str, dict[str, str]] = {
    "ASSAULT": {}, "MOBILIZE": {},
    "COERCE": {"arrest": "arrest", "seize": "territory", "restrict": "restrict",
               "curfew": "restrict", "martial-law": "restrict", "deport": "expel",
               "censor": "restrict", "withhold": "restrict"},
    "SANCTION": {"expel": "expel", "": "relations", "withdraw": "relations",
                 "discontinue": "relations", "convict": "arrest"},
    "PROTEST": {"": "restrict"}, "REJECT": {"": "relations"}, "RETREAT": {"": "relations"},
}  # fmt: skip


def threat_mode(event: str, mode: str | None) -> str:
    table = THREAT_MODE.get(event, {})
    return table.get(mode or "", table.get("", "violence"))


# a cooperative act that someone will not do is a refusal; the REJECT mode says of what
REFUSED: dict[str, str | None] = {
    "CONSULT": "meet", "SUPPORT": None, "COOPERATE": "assist", "AID": "assist",
    "RETREAT": "yield",
}  # fmt: skip

# acts of force: announcing one is a threat (its mode comes from ``threat_mode``)
FORCE = frozenset({"ASSAULT", "MOBILIZE", "COERCE"})


def _warns_of_action(c: Context, trig: Trigger) -> bool:
    """ "warned that it would retaliate": a warning of one's own future act is a threat."""
    if c.g.lemma(trig.token) not in {"warn", "caution"}:
        return False
    o = c.g.obj(trig.token)  # "warned the rebels that they would be crushed" (often
    # parsed as a clause on the object)
    clauses = c.g.children(trig.token, "ccomp") + (
        c.g.children(o, "ccomp", "acl", "relcl") if o is not None else []
    )
    for x in c.g.children(trig.token, "advcl"):  # "warned X …, saying it would use force"
        if c.g.lemma(x) in {"say", "add", "stress", "insist"}:
            clauses += c.g.children(x, "ccomp")
    for x in clauses:
        aux = {c.g.tok(a).text.lower() for a in c.g.children(x, "aux")}
        if aux & {"will", "would", "'ll"} and _an_act(c, x):
            return True
        force = any(k in c.triggers and c.triggers[k].entry.event in HARM for k in c.g.subtree(x))
        # "… could lead to war", "warned it could sever ties"
        if aux & {"could", "might", "may"} and force:
            return True
    return False


# acts whose possibility, when warned of, is a threat
HARM = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})


def _an_act(c: Context, x: int) -> bool:
    """A warned-of clause that names an act, or whose doer is a party: not a forecast
    ("warned that there would be a default", "… the deficit will exceed …")."""
    if any(k in c.triggers for k in c.g.subtree(x)):
        return True
    s = c.g.subject(x)
    if s is None or c.g.lemma(x) in FORECAST_VERBS or c.g.tok(s).dep == "expl":
        return False
    return c.g.tok(s).pos == "PRON" or c.idx.index_at(s) is not None


# verbs of states and changes: a warning that X will have/face/exceed … forecasts
FORECAST_VERBS = frozenset(
    {"be", "have", "face", "remain", "become", "exceed", "reach", "grow", "fall", "rise",
     "suffer", "lose", "need", "run", "happen", "occur", "cost", "mean", "decline", "drop",
     "increase", "collapse", "fail", "default", "slow", "shrink", "end", "struggle"}
)  # fmt: skip


# doers whose violence is a riot (PROTEST riot), not an armed assault
CROWDS = frozenset(
    {"protester", "protestor", "demonstrator", "rioter", "mob", "crowd", "marcher",
     "striker", "looter", "student", "youth", "worker", "farmer", "activist",
     "villager", "resident", "people", "thousand", "hundred", "dozen", "union",
     "trader", "teacher", "miner", "employee", "fan", "worshipper", "pensioner",
     "fisherman", "driver", "trucker", "peasant", "nurse", "doctor", "lawyer", "shopkeeper",
     "merchant", "vendor", "citizen", "inmate", "prisoner"}
)  # fmt: skip


# doers whose looting and burning is armed violence, not a riot
ARMED = frozenset(
    {"militiaman", "militia", "soldier", "troop", "army", "rebel", "guerrilla", "gunman",
     "militant", "insurgent", "fighter", "paramilitary", "force", "mercenary", "raider",
     "militiamen", "gunmen"}
)  # fmt: skip


def _armed_subject(c: Context, trig: Trigger) -> bool:
    s = _subject(c, trig)
    if s is None:
        return False
    words = {c.g.lemma(s), c.g.tok(s).text.lower().rstrip("s"), c.g.tok(s).text.lower()}
    return bool(words & ARMED)


def _subject(c: Context, trig: Trigger) -> int | None:
    """The verb's doer, through control ("youths resorted to throwing stones")."""
    if trig.nominal:
        return None
    found = clause_subject(c.g, trig.token)
    return found[0] if found else None


def _crowd_subject(c: Context, trig: Trigger) -> bool:
    """The doer is a crowd of civilians ("protesters", "thousands of students"); for a
    noun, the doer of the verb it is the object of ("demonstrators went on the rampage")."""
    s = _subject(c, trig)
    if trig.nominal:
        h = c.g.head(trig.token)
        if h is not None and c.g.tok(h).pos == "ADP":
            if c.g.lemma(h) not in {"on", "into"}:  # "went on the rampage", not "died in"
                return False
            h = c.g.head(h)
        s = c.g.subject(h) if h is not None and c.g.tok(h).pos == "VERB" else None
    # a named organisation is no crowd; a crowd noun the tagger took for a name is
    # ("Demonstrators stoned …" at the start of a sentence)
    if s is None or (
        c.idx.index_at(s) is not None
        and c.g.tok(s).ent_type in {"ORG", "GPE"}
        and c.g.tok(s).pos == "PROPN"
    ):
        return False
    if c.g.lemma(s) in CROWDS or c.g.lemma(c.g.descend_partitive(s)) in CROWDS:
        return True
    # "several hundred Kurds", "2,000 Palestinians": a counted people, not a force
    people = c.g.tok(s).tag == "NNPS" or c.g.tok(s).ent_type == "NORP"
    counted = people and bool(c.g.children(s, "nummod"))
    # (not for killings: "300 Hutus killed 50 Tutsis" is no riot)
    return bool(counted) and trig.entry.event != "ASSAULT" and not _armed_subject(c, trig)


# settings that make violence part of a protest ("threw stones during the demonstration")
PROTEST_SETTINGS = frozenset({"during", "in", "at", "amid"})


def _amid_protest(c: Context, trig: Trigger) -> bool:
    """Violence set in a protest by no named force: the protesters' riot. People killed
    or wounded there ("miners killed in the riot") are victims of an assault by someone
    unnamed, not rioters: a riot as the scene of a killing does not make it one."""
    if {"dead", "injured"} & set(trig.entry.flags):
        return False
    s = _subject(c, trig)
    if s is not None and not _crowd_subject(c, trig):
        return False
    for p in c.g.children(trig.token, "prep"):
        if c.g.lemma(p) in PROTEST_SETTINGS:
            for o in c.g.children(p, "pobj"):
                inner = c.triggers.get(o)
                if inner is not None and inner.nominal and inner.entry.event == "PROTEST":
                    return True
    return False


# verbs of joining forces: a call to do so against someone rallies opposition to them
UNITING = frozenset({"unite", "mobilize", "mobilise", "rally", "stand", "join", "band"})


def _rallies_against(c: Context, trig: Trigger) -> bool:
    """ "called on Arabs to unite against Sharon": rallying opposition is a disapproval
    of its target (CAMEO 113, ACCUSE disapprove), not a request to the rallied."""
    for x in c.g.children(trig.token, "xcomp", "ccomp", "advcl"):  # advcl: a misparse
        if c.g.dep(x) == "advcl" and "to" not in {c.g.lemma(a) for a in c.g.children(x, "aux")}:
            continue
        for v in (x, *c.g.children(x, "conj")):
            if c.g.lemma(v) in UNITING and c.g.prep_objects(v, "against"):
                return True
    return False


def _parenthetical(c: Context, trig: Trigger) -> bool:
    """ "The refugees are ignored, a rights group protested": "protested" hangs off an
    appositive (the parser's reading of a trailing reporting clause), so it reports."""
    if trig.nominal or c.g.lemma(trig.token) != "protest" or c.g.dep(trig.token) != "acl":
        return False
    h = c.g.head(trig.token)
    return h is not None and c.g.dep(h) == "appos"


# doers whose protest is a statement, not a street action
OFFICIALS = frozenset(
    {"government", "ministry", "minister", "official", "embassy", "spokesman", "spokeswoman",
     "president", "premier", "ambassador", "foreign", "state", "country", "authority",
     "organization", "organisation", "agency", "council", "committee", "watchdog"}
)  # fmt: skip


def _official_subject(c: Context, trig: Trigger) -> bool:
    s = _subject(c, trig)
    if s is None or _crowd_subject(c, trig):
        return False
    return (
        c.g.lemma(s) in OFFICIALS
        or c.g.tok(s).ent_type == "GPE"
        or (c.g.lemma(s) == "group" and not c.g.prep_objects(s, "of"))
    )


def _enacted(trig: Trigger) -> bool:
    """A verb, or a noun done through a light verb ("made no concessions"): withholding
    it is a refusal; a noun left unproduced ("the talks produced no agreement") is not."""
    return not trig.nominal or trig.light is not None


def _announced(c: Context, trig: Trigger, *modals: str) -> bool:
    """ "The unions said they would strike": an act announced with will/would (or the
    ``modals`` given) under a speech verb (not one merely planned or expected)."""
    k = trig.light if trig.light is not None else trig.token
    aux = {c.g.tok(a).text.lower() for a in c.g.children(k, "aux")}
    speech = any(c.g.lemma(a) in SPEECH_LIKE for a in c.g.ancestors(k))
    return bool(aux & {"will", "would", "'ll", *modals}) and speech


def _there_will_be(c: Context, trig: Trigger) -> bool:
    """ "The union said there would be a stoppage": an act announced as an existential."""
    h = c.g.head(trig.token)
    if not trig.nominal or h is None or c.g.lemma(h) != "be" or not c.g.children(h, "expl"):
        return False
    aux = {c.g.tok(a).text.lower() for a in c.g.children(h, "aux")}
    speech = any(c.g.lemma(a) in SPEECH_LIKE for a in c.g.ancestors(h))
    return bool(aux & {"will", "would", "'ll"}) and speech


def _conditional(c: Context, trig: Trigger) -> bool:
    """ "… will withdraw unless …": a conditional announcement is a threat; so is a harm
    announced on a condition ("ready to downgrade relations if the bill passes"), where a
    yielding on one ("would free them if …") is an offer."""
    s = c.doc.sentences[c.g.tok(trig.token).sent]
    if any(t.text.lower() in {"unless", "otherwise"} for t in c.doc.sentence_tokens(s)):
        return True
    k = trig.light if trig.light is not None else trig.token
    marks = [m for x in c.g.children(k, "advcl") for m in c.g.children(x, "mark")]
    return trig.entry.event in HARM and any(c.g.lemma(m) == "if" for m in marks)


def _threat_governor(c: Context, trig: Trigger, t: str) -> str:
    """ "vowed to fight": a promise of force is a threat."""
    if t != "AGREE" or "embed_future" not in trig.entry.flags:
        return t
    for x in c.g.children(trig.token, "xcomp", "advcl"):  # "sworn to fight" (advcl in sm)
        if c.g.child(x, "aux") is None or c.g.lemma(c.g.child(x, "aux") or x) != "to":
            continue
        # the promised act itself (or its object noun), not an event in a nested phrase
        # ("offered to hold talks after the incursions" promises talks)
        inner = [c.triggers[k] for k in (x, *c.g.children(x, "dobj", "xcomp")) if k in c.triggers]
        if any(i.entry.event in PROMISED_THREATS for i in inner):
            return "THREATEN"
    o = c.g.obj(trig.token)  # "vowed a wave of bombings": the promised act is the object
    objects = [] if o is None else [o, *c.g.prep_objects(o, "of")]
    if any(k in c.triggers and c.triggers[k].entry.event in PROMISED_THREATS for k in objects):
        return "THREATEN"
    return t


# acts whose promise is a threat: force, and protest (CAMEO 133, threaten with dissent)
PROMISED_THREATS = frozenset({"ASSAULT", "COERCE", "PROTEST"})
