"""Constructions found by the confusion analysis on dev and the probe sentences: an
adverb before a particle, "for X to …" clauses, a trailing "…, a group protested", violence
set in a protest, refused intents, "want X to …", calls to unite against someone, and
intended yielding."""

from __future__ import annotations

import pytest
from _events_support import events_doc, find
from conftest import Annotate


@pytest.mark.parametrize(
    ("text", "trigger", "event", "mode"),
    [
        # a phrasal verb's particle after one adverb, or as the "for" of a clause
        ("France is pushing hard for the EU to back its farm plan.", "pushing", "REQUEST",
         None),
        ("The rebels called repeatedly for a ceasefire.", "called", "REQUEST", "yield"),
        # a trailing reporting clause parsed as a participle on an appositive
        ("The authorities are failing to protect the refugees, an aid group protested on "
         "Monday.", "protested", "ACCUSE", "disapprove"),
        # violence in a protest by no named force is the protesters' riot …
        ("Students were throwing stones at rallies against the government.", "throwing",
         "PROTEST", "riot"),
        # … but a force's violence there stays an assault
        ("Troops shot two men during the protest.", "shot", "ASSAULT", "firearms"),
        ("Demonstrators stoned the embassy.", "stoned", "PROTEST", "riot"),
        ("Fishermen blockaded the port with their boats.", "blockaded", "PROTEST",
         "obstruct"),
        # a refused intent is a rejection; a wish that a party act is a request
        ("Tokyo has no intention of lifting the sanctions, officials said.", "lifting",
         "REJECT", "yield"),
        ("The farmers want the government to cancel their debts.", "want", "REQUEST", "assist"),
        ("Russia and China blocked a UN statement on the crackdown.", "blocked", "REJECT",
         None),
        # intended yielding is AGREE (CAMEO2PLOVER-2021 035x); apologies SUPPORT (055)
        ("The rebels said they will release the hostages on Sunday.", "release", "AGREE",
         None),
        ("The government will lift the curfew next week.", "lift", "AGREE", None),
        ("The rebels will withdraw from the town unless the army stops shelling.",
         "withdraw", "THREATEN", "relations"),
        ("Argentina apologised to Brazil for the incident.", "apologised", "SUPPORT", None),
        # a call to unite against someone rallies opposition (CAMEO 113): ACCUSE
        ("The newspaper called on Arabs to unite and mobilise against the Israeli leader.",
         "called", "ACCUSE", "disapprove"),
        ("The cleric urged Muslims to stand together against the government.", "urged",
         "ACCUSE", "disapprove"),
        ("Egypt urged the UN to act against the militants.", "urged", "REQUEST", None),
        # ending cooperation or aid reduces relations
        ("Ecuador ended all military cooperation with its neighbour.", "ended", "SANCTION",
         "discontinue"),
        # "set off" a bomb is no "set to": the killing it causes is done, not announced
        ("A suicide bomber set off explosives at a checkpoint, killing six soldiers.",
         "killing", "ASSAULT", None),
        # a noun in a setting phrase has no crowd doer: "people died in an air raid"
        ("Eleven people died in an air raid on the town.", "air raid", "ASSAULT", "aerial"),
        ("Gunmen seized 20 foreign tourists at a hotel.", "seized", "ASSAULT", "abduct"),
        # political reform is a concession (CAMEO 083x); announced, it is AGREE (034x)
        ("The government introduced sweeping economic reforms in 1991.", "introduced",
         "CONCEDE", None),
        ("The prime minister said his government would introduce democratic reforms.",
         "introduce", "AGREE", None),
        ("The junta restored the constitution after two years.", "restored", "CONCEDE", None),
        # a protest announced with will/would is a threat of protest (CAMEO 133); one
        # merely expected or scheduled stays a protest
        ("The unions said they would strike on Monday.", "strike", "THREATEN", "restrict"),
        ("Thousands are expected to march on Sunday.", "march", "PROTEST", "demo"),
        # workers striking a plant walk out; jets striking positions attack
        ("Union members voted to strike the plant on Tuesday.", "strike", "PROTEST",
         "strike"),
        ("Miners struck the pit over pay.", "struck", "PROTEST", "strike"),
        ("Jets struck rebel positions.", "struck", "ASSAULT", "aerial"),
        # withholding a concession is a refusal; an agreement not produced is no event
        ("The government made no concessions to the strikers.", "concessions", "REJECT",
         None),
        ("The talks did not produce any agreement.", "agreement", "AGREE", None),
        # a passive "threatened" with a party behind it, or with content, is a threat
        ("The journalist was threatened by the cartel.", "threatened", "THREATEN", None),
        ("The minister was threatened with arrest.", "threatened", "THREATEN", "arrest"),
        # a raid that kills is an assault, also as the subject of the killing
        ("The raid killed eight workers.", "raid", "ASSAULT", None),
        # capturing materiel is a seizure, an air raid an attack, a police raid a search
        ("The army captured large amounts of weaponry.", "captured", "COERCE", "seize"),
        ("Afghan aircraft raided a number of Pakistani villages.", "raided", "ASSAULT",
         "aerial"),
        ("Police raided the offices of the newspaper.", "raided", "COERCE", "seize"),
        ("Iran declined to attend the talks.", "declined", "REJECT", "meet"),
        ("Thousands demonstrated in the capital.", "demonstrated", "PROTEST", "demo"),
        ("The two countries fear a tariff war.", "tariff war", "SANCTION", "discontinue"),
        ("A suicide bomber blew himself up at the checkpoint.", "blew", "ASSAULT",
         "suicide-attack"),
        # withdrawing a request concedes; freeing funds is aid
        ("The premier has withdrawn a request to suspend operations at the base.",
         "withdrawn", "CONCEDE", None),
        ("The order frees the remaining 40 million dollars in aid for the rebels.", "frees",
         "AID", None),
        # the act someone is tried or arrested for is a charge, never an announced threat
        ("Those arrested would be tried for arson and murder.", "murder", "ASSAULT", None),
        ("The jets targeted rebel positions.", "targeted", "ASSAULT", "aerial"),
        ("Beijing warned that it would respond with force.", "warned", "THREATEN",
         "violence"),
        ("The army reinforced its positions along the border.", "reinforced", "MOBILIZE",
         "troops"),
        ("The central bank withdrew the broker's licence.", "withdrew", "COERCE",
         "restrict"),
        ("The government gave in to the strikers.", "gave", "CONCEDE", None),
        ("Tokyo has no intention of meeting the rebels.", "meeting", "REJECT", "meet"),
        # a meeting nobody plans is a negated CONSULT, not a refusal
        ("There were no plans for a special OPEC meeting.", "meeting", "CONSULT",
         "multilateral"),
        ("Both were fined and expelled from membership.", "expelled", "SANCTION", "expel"),
        ("Police searched the houses of the suspects.", "searched", "COERCE", "seize"),
        # a past participle on a noun acts on that noun
        ("The government revived a proposal, blocked last year by the president.", "blocked",
         "REJECT", None),
        ("North Korea conducted a nuclear test.", "nuclear test", "MOBILIZE", "weapons"),
        # undoing a multi-word act reaches the phrase's first word
        ("The authorities ended the state of emergency in the north.", "ended", "CONCEDE",
         None),
    ],
)  # fmt: skip
def test_construction(
    annotate: Annotate, text: str, trigger: str, event: str, mode: str | None
) -> None:
    e = find(events_doc(annotate, text), trigger)
    assert (e.event, e.mode) == (event, mode)


@pytest.mark.parametrize(
    "text",
    [
        # showing a quality is no protest
        "The government would demonstrate its commitment with spending cuts, he said.",
        "Japan's decision was a demonstration of goodwill.",
        # endangered is not threatened; nature and ills are no assailants
        "Parts of the service sector are also threatened, the minister said.",
        "Many firms are threatened by high inflation.",
        "The wheat crop is seriously threatened by plant pests and diseases.",
        "The senator died of a heart attack last Friday.",
        "Company officials declined comment.",
        "The government is targeting three pct real growth.",
        "Ultraviolet radiation striking the earth will cause more skin cancer.",
        "Laboratory tests had not been conducted.",
        "The expansion could lift the foreign share of its earnings to 50 pct.",
        "The first test flight may take place as early as March.",
        "Police searched for survivors in the rubble.",
        "Among the applications demonstrated were a game and a messenger.",
        "Both executives described the ongoing legal battle.",
        "Officials gave the same message to the minister last week.",
        "The deficit targets will not be met.",
        "He pleaded guilty to two counts of fraud.",
        "We want to shoot for one million barrels a year.",
        "Delors has warned that the EC will have a budget deficit of over five billion Ecus.",
        "The new airliner is targeted at smaller airports.",
        "Investors pulled out nearly 36 billion dollars.",
        "One man killed himself after four days of questioning.",
        "The crash killed 520 people.",
        "A bidding war may erupt for the company.",
        "The fire, which started on Wednesday and burned itself out, killed one miner.",
        # "demonstrated" with an object shows; "declined" with no complement falls; a
        # spokesman declining to comment refuses nobody
        "The firm demonstrated several features of its latest phone.",
        "The housing market has been declining for two years.",
        "The minister declined to comment.",
        "A spokesman refused to elaborate further.",
        "Last week's fire killed one miner.",
        "The disease attacked the cotton crop.",
        "The report continued the war on waste, fraud and abuse.",
    ],
)
def test_no_political_event(annotate: Annotate, text: str) -> None:
    found = [(e.evidence.trigger, e.event) for e in events_doc(annotate, text).events]
    political = {"PROTEST", "THREATEN", "ASSAULT", "REJECT", "CONSULT", "REQUEST"}
    assert not [f for f in found if f[1] in political], found


def test_a_participle_and_its_noun_are_one_event(annotate: Annotate) -> None:
    doc = events_doc(annotate, "Trade sanctions imposed on Japan took effect on Friday.")
    [e] = [e for e in doc.events if e.event == "SANCTION"]
    assert e.evidence.trigger == "sanctions imposed"
    assert [r.text for r in e.recipient] == ["Japan"]
