"""Rules and families added for unseen news: phrasal particles vs. time adjuncts, what is
undone ("lifted the curfew"), whose strike it is, who frees hostages, arrivals, readiness,
forced stops, directives, crowds vs. officials, done clauses under "announced", and the
lexicon's object and verb lists."""

from __future__ import annotations

import pytest
from _events_support import events_doc, find
from conftest import Annotate

from dateline.errors import DictionaryError
from dateline.events.lexicon import build, parse


@pytest.mark.parametrize(
    ("text", "trigger", "event"),
    [
        # a preposition before a date is no particle: "signed on" (AGREE) is not read
        ("Israel and Jordan signed a peace treaty on Wednesday.", "signed", "SUPPORT"),
        ("The minister called on Monday for an end to the blockade.", "called", "REQUEST"),
        # a one-syllable stem that does not double its consonant had a silent e
        ("Soldiers raped women in the village, witnesses said.", "raped", "ASSAULT"),
        # irregular past forms the tagger left unlemmatised
        ("Germany forgave $500 million of Egypt's debt.", "forgave", "AID"),
        # an authority ordering an act does it: the act is the event
        ("The foreign ministry ordered the expulsion of three diplomats.", "expulsion",
         "SANCTION"),
        ("Authorities shut all schools and universities after the protests.", "shut",
         "COERCE"),
    ],
)
def test_matching_slips(annotate: Annotate, text: str, trigger: str, event: str) -> None:
    assert find(events_doc(annotate, text), trigger).event == event


@pytest.mark.parametrize(
    ("text", "trigger", "event", "mode"),
    [
        ("The government lifted the state of emergency in the capital.", "lifted", "CONCEDE",
         None),
        ("The unions called off the general strike on Friday.", "called off", "CONCEDE", None),
        ("The army halted its offensive in the north.", "halted", "RETREAT", "ceasefire"),
        ("The council lifted the sanctions on Libya.", "lifted", "RETREAT", None),
        ("Israel lifted the closure of the West Bank.", "lifted", "RETREAT", "withdraw"),
        ("The ministry reversed its ban on foreign journalists.", "reversed", "CONCEDE", None),
    ],
)  # fmt: skip
def test_undoing_an_act(
    annotate: Annotate, text: str, trigger: str, event: str, mode: str | None
) -> None:
    e = find(events_doc(annotate, text), trigger)
    assert (e.event, e.mode) == (event, mode)


@pytest.mark.parametrize(
    ("text", "trigger", "event"),
    [
        ("Israeli strikes on Gaza killed ten people.", "strikes", "ASSAULT"),
        ("American air strikes hit targets near the capital.", "strikes", "ASSAULT"),
        ("Jets struck rebel positions overnight.", "struck", "ASSAULT"),
        ("Teachers began a strike over pay on Monday.", "strike", "PROTEST"),
        ("Dock workers went on strike over pay.", "strike", "PROTEST"),
        ("A strike by miners closed the pits.", "strike", "PROTEST"),
    ],
)
def test_whose_strike(annotate: Annotate, text: str, trigger: str, event: str) -> None:
    assert find(events_doc(annotate, text), trigger).event == event


def test_natural_forces_strike_no_one(annotate: Annotate) -> None:
    doc = events_doc(annotate, "A strong earthquake struck the coast on Monday.")
    assert [e.evidence.trigger for e in doc.events] == []


@pytest.mark.parametrize(
    ("text", "trigger", "event", "mode"),
    [
        # rescuers freeing hostages give aid; captors freeing them retreat
        ("Police freed 12 hostages held by kidnappers.", "freed", "AID", None),
        ("The rebels freed three hostages on Thursday.", "freed", "RETREAT", "release"),
        # arrivals: peacekeepers and aid are not visitors
        ("Peacekeeping troops arrived in the capital.", "arrived", "AID", None),
        ("Thousands of troops arrived at the border.", "arrived", "MOBILIZE", "troops"),
        ("The foreign minister arrived in Cairo for talks.", "arrived", "CONSULT", "visit"),
        # readying force is MOBILIZE; being "prepared to" is an intent
        ("The army prepared to start shelling the rebel villages.", "prepared", "MOBILIZE",
         "weapons"),
        # a forced stop is coercion, a plain order a request
        ("The junta ordered the newspaper to suspend publication.", "ordered", "COERCE",
         "censor"),
        ("The government forced the aid agencies to leave the country.", "forced", "COERCE",
         "deport"),
        ("The president ordered an inquiry into the riots.", "inquiry", "ACCUSE", "investigate"),
        # directives: told or warned someone to act
        ("The minister told Syria to stop supporting militant groups.", "told", "REQUEST",
         None),
        ("Washington warned Iraq to comply with the resolutions.", "warned", "REQUEST",
         "yield"),
    ],
)  # fmt: skip
def test_who_does_it_decides(
    annotate: Annotate, text: str, trigger: str, event: str, mode: str | None
) -> None:
    e = find(events_doc(annotate, text), trigger)
    assert (e.event, e.mode) == (event, mode)


@pytest.mark.parametrize(
    ("text", "trigger", "event", "mode"),
    [
        ("Thousands of Muslims protested outside the US embassy.", "protested", "PROTEST",
         "demo"),
        ("Students occupied the university to protest the fee increases.", "occupied",
         "PROTEST", "obstruct"),
        ("Angry youths threw stones at the police station.", "threw", "PROTEST",
         "riot"),
        ("The foreign ministry protested against the arrest of its diplomat.", "protested",
         "ACCUSE", "disapprove"),
        ("Troops occupied the northern half of the island.", "occupied", "COERCE", "seize"),
    ],
)  # fmt: skip
def test_crowds_and_officials(
    annotate: Annotate, text: str, trigger: str, event: str, mode: str | None
) -> None:
    e = find(events_doc(annotate, text), trigger)
    assert (e.event, e.mode) == (event, mode)


@pytest.mark.parametrize(
    ("text", "trigger", "event", "modality"),
    [
        # a done act under "announced" is no announcement of a future one
        ("Russia recognized the new government, the foreign ministry announced.", "recognized",
         "SUPPORT", "asserted"),
        ("The ministry announced it would send aid to the victims.", "send", "AGREE",
         "future"),
        # "would" under "confirmed" is the future of a report, not a hypothesis
        ("NATO confirmed it would tighten the blockade of the port.", "blockade", "THREATEN",
         "future"),
        # readiness nouns state an intent
        ("Syria confirmed its readiness to negotiate with Israel.", "negotiate", "AGREE",
         "future"),
        ("The new government vowed to fight corruption.", "vowed", "AGREE", "asserted"),
    ],
)  # fmt: skip
def test_modality_decides_type(
    annotate: Annotate, text: str, trigger: str, event: str, modality: str
) -> None:
    e = find(events_doc(annotate, text), trigger)
    assert (e.event, e.modality) == (event, modality)


@pytest.mark.parametrize(
    ("text", "trigger", "event"),
    [
        ("The Saudi king rallied Arab support for the Palestinian cause.", "rallied", "SUPPORT"),
        ("The government bowed to pressure from the unions.", "bowed", "CONCEDE"),
        ("The president granted clemency to 30 convicted rebels.", "clemency", "CONCEDE"),
        ("Turkey sent tons of food and medicine to the victims.", "sent", "AID"),
        ("The World Bank approved a $200 million loan to Bangladesh.", "approved", "AID"),
        ("Russia withdrew its peacekeepers from the region.", "withdrew", "SANCTION"),
        ("Israel opened the Gaza crossings to aid convoys.", "opened", "RETREAT"),
        ("Iraq returned the remains of Kuwaiti prisoners.", "returned", "RETREAT"),
        ("China moved warships into the strait.", "moved", "MOBILIZE"),
        ("Pakistan conducted a test of a new missile.", "test", "MOBILIZE"),
        ("Hijackers seized a passenger plane.", "seized", "ASSAULT"),
        ("The rebels released three aid workers on Thursday.", "released", "RETREAT"),
        ("Rights groups castigated the government over the trial.", "castigated", "ACCUSE"),
        ("Washington warned Belgrade of serious consequences.", "warned", "THREATEN"),
        ("The deal favoured the largest bidder.", "deal", "AGREE"),
    ],
)
def test_families(annotate: Annotate, text: str, trigger: str, event: str) -> None:
    assert find(events_doc(annotate, text), trigger).event == event


def test_object_and_verb_lists_expand() -> None:
    lex = build(parse(["v:send,ship >tent,blanket | AID |  |  | to_recipient"], "t.txt"))
    assert sorted(e.key for e in lex.entries) == [
        "v:send >blanket", "v:send >tent", "v:ship >blanket", "v:ship >tent",
    ]  # fmt: skip


@pytest.mark.parametrize("line", ["v:send >tent,,blanket | AID | | |", "v:send, >tent | AID | | |"])
def test_empty_list_items_are_errors(line: str) -> None:
    with pytest.raises(DictionaryError):
        parse([line], "t.txt")


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        # instruments and times are no recipients; a named party in the clause is
        ("Indian authorities imposed a curfew in the city of Srinagar.", "curfew", "Srinagar"),
        ("Rioters set fire to the offices of the United Nations.", "set",
         "United Nations"),
        ("Detained migrants began a hunger strike on Friday against Denmark.", "hunger strike",
         "Denmark"),
    ],
)  # fmt: skip
def test_recipients_are_parties(
    annotate: Annotate, text: str, trigger: str, recipient: str
) -> None:
    e = find(events_doc(annotate, text), trigger)
    names = [r.text for r in e.recipient]
    assert any(recipient in n for n in names), names
    assert not any(n in {"fire", "Monday"} for n in names)


@pytest.mark.parametrize(
    ("text", "trigger", "event", "mode", "modality"),
    [
        # a bare military strike is an air strike
        ("Israeli strikes on Gaza killed ten people.", "strikes", "ASSAULT", "aerial",
         "asserted"),
        ("India and Pakistan agreed to a ceasefire after weeks of shelling.", "agreed",
         "AGREE", None, "asserted"),
        # what sets the scene ("after weeks of shelling") is not in the agreement's content
        ("India and Pakistan agreed to a ceasefire after weeks of shelling.", "shelling",
         "ASSAULT", "heavy-weapons", "asserted"),
    ],
)  # fmt: skip
def test_reported_mistakes(
    annotate: Annotate, text: str, trigger: str, event: str, mode: str | None, modality: str
) -> None:
    e = find(events_doc(annotate, text), trigger)
    assert (e.event, e.mode, e.modality) == (event, mode, modality)


@pytest.mark.parametrize(
    ("text", "trigger", "event", "mode"),
    [
        # a cooperative act someone will not do is a refusal
        ("The rebels said they would not attend the talks.", "attend", "REJECT", "meet"),
        ("The rebels will not release the hostages.", "release", "REJECT", "yield"),
        # access for third parties is RETREAT access
        ("Belgrade allowed aid convoys to reach the besieged enclave.", "allowed", "RETREAT",
         "access"),
        ("The government let a team of UN monitors into the country.", "let", "RETREAT",
         "access"),
        # halting negotiations is a reduction of relations
        ("Iran walked out of the nuclear talks in Geneva.", "walked", "SANCTION",
         "withdraw"),
        ("China objected to the proposed sanctions.", "objected", "REJECT", None),
        ("Red Cross doctors treated hundreds of wounded civilians.", "treated", "AID", None),
        ("Aid agencies distributed food to displaced families.", "distributed", "AID", None),
    ],
)  # fmt: skip
def test_refusals_access_and_help(
    annotate: Annotate, text: str, trigger: str, event: str, mode: str | None
) -> None:
    e = find(events_doc(annotate, text), trigger)
    assert (e.event, e.mode) == (event, mode)


@pytest.mark.parametrize(
    ("text", "trigger", "event", "mode"),
    [
        # halting talks reduces relations; calling off a meeting rejects it
        ("Rebels suspended peace talks with the government.", "suspended", "SANCTION",
         "withdraw"),
        ("The union cancelled the meeting with the minister.", "cancelled", "REJECT", "meet"),
        # the THREATEN mode is what is threatened
        ("Russia threatened to stop negotiations on missiles.", "threatened", "THREATEN",
         "relations"),
        ("The union threatened to boycott the elections.", "threatened", "THREATEN",
         "restrict"),
        ("Iraq threatened to expel the UN inspectors.", "threatened", "THREATEN", "expel"),
        ("The rebels threatened to attack the capital.", "threatened", "THREATEN", "violence"),
        # "warned …, saying it would use force": a threat
        ("China warned Taiwan against independence, saying it would use force.", "warned",
         "THREATEN", None),
        ("The president turned a deaf ear to calls for his resignation.", "turned", "REJECT",
         None),
    ],
)  # fmt: skip
def test_threats_and_halts(
    annotate: Annotate, text: str, trigger: str, event: str, mode: str | None
) -> None:
    e = find(events_doc(annotate, text), trigger)
    assert e.event == event
    assert mode is None or e.mode == mode


@pytest.mark.parametrize(
    ("text", "trigger", "event"),
    [
        # a command to one's own forces: the commanded act is the event
        ("The president ordered his troops to withdraw from the border zone.", "withdraw",
         "RETREAT"),
        # a warning that something could lead to war is a threat
        ("Egypt warned Israel that the settlements could lead to war.", "warned", "THREATEN"),
        ("The Syrian army went on full alert after the troop movements.", "went", "MOBILIZE"),
        ("The two countries signed a letter of intent to build a pipeline.", "signed", "AGREE"),
    ],
)  # fmt: skip
def test_commands_warnings_and_intents(
    annotate: Annotate, text: str, trigger: str, event: str
) -> None:
    doc = events_doc(annotate, text)
    assert find(doc, trigger).event == event
    assert not any(e.evidence.trigger == "ordered" for e in doc.events)


@pytest.mark.parametrize(
    ("text", "trigger", "event", "mode"),
    [
        # COERCE vs ASSAULT: force against bodies is ASSAULT, control short of it COERCE
        ("Riot police fired tear gas at the protesters.", "fired", "ASSAULT", "crowd-control"),
        ("Police dispersed the demonstrators outside parliament.", "dispersed", "COERCE",
         None),
        ("Police beat the demonstrators with batons.", "beat", "ASSAULT", None),
        ("Police detained dozens of demonstrators.", "detained", "COERCE", "arrest"),
        ("Government troops captured 40 rebel fighters in the hills.", "captured", "ASSAULT",
         "abduct"),
        # AGREE vs CONSULT: meetings held are CONSULT, agreed or announced ones AGREE
        ("The two leaders agreed to meet in Geneva next month.", "agreed", "AGREE", None),
        ("The two leaders held talks in Geneva on Monday.", "held talks", "CONSULT", None),
        ("The two leaders will hold talks in Geneva next month.", "hold talks", "AGREE", None),
        # ACCUSE vs REQUEST vs THREATEN for warnings and calls
        ("Rights groups warned of a humanitarian disaster in the camps.", "warned", "ACCUSE",
         None),
        ("The minister warned the rebels to lay down their arms.", "warned", "REQUEST", None),
        ("The army warned that it would retaliate against any attack.", "warned", "THREATEN",
         None),
        ("The council called on both sides to show restraint.", "called", "REQUEST", None),
    ],
)  # fmt: skip
def test_decision_rules(
    annotate: Annotate, text: str, trigger: str, event: str, mode: str | None
) -> None:
    e = find(events_doc(annotate, text), trigger)
    assert e.event == event
    assert mode is None or e.mode == mode


@pytest.mark.parametrize(
    ("text", "trigger", "event"),
    [
        # between equally specific entries, the object's head decides, not its modifier
        ("Israel opened the border crossing to food convoys.", "opened", "RETREAT"),
        # a more specific phrasal entry still wins over an object constraint
        ("The council called on member states to contribute troops.", "called", "REQUEST"),
        ("Prosecutors opened a criminal case against the former minister.", "opened",
         "ACCUSE"),
        ("Turkish tanks rolled into northern Iraq.", "rolled", "ASSAULT"),
        ("The navy sank a rebel supply boat off the coast.", "sank", "ASSAULT"),
    ],
)  # fmt: skip
def test_object_heads_and_more_families(
    annotate: Annotate, text: str, trigger: str, event: str
) -> None:
    assert find(events_doc(annotate, text), trigger).event == event
