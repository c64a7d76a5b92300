"""Fixes from auditing political news no rule was written on (audit_events.py --corpus
politics): event words in the senses of courts, crime, traffic and sport news
(events/everyday.py and the "politics audit" lexicon block), and two role repairs. The
political sense of the same words stays an event."""

from __future__ import annotations

import pytest
from _events_support import events_doc, find
from conftest import Annotate


def _events(annotate: Annotate, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.evidence.trigger) for e in events_doc(annotate, text).events]


def _full_events(annotate: Annotate, text: str) -> list[tuple[str, str]]:
    """With the actors stage's mentions, which resolve pronouns ("calling it")."""
    doc = annotate(text, stages=("nlp", "actors", "events"))
    return [(e.event, e.evidence.trigger) for e in doc.events]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("A farmer was killed when his tractor overturned and crashed into a ditch on Sunday.",
         "killed"),
        ("A pedestrian was killed in the accident near the bridge.", "killed"),
        ("The minister and his aides flew to Geneva on Monday.", "aides"),
        ("The defence lawyer argued that the victim had committed suicide.", "committed"),
        ("Brazil hosted the World Cup in 2014 and the Olympic Games two years later.", "hosted"),
        ("A clip shared by a local broadcaster showed the convoy.", "shared"),
        ("The jury found the former mayor not guilty of bribery.", "found"),
        ("The new law allows farmers to sell their land.", "allows"),
        ("The grant will help the town rebuild its library.", "help"),
        ("An explosion at a bakery injured nine people and may have been caused by a gas leak.",
         "injured"),
        ("An explosion at a bakery injured nine people and may have been caused by a gas leak.",
         "explosion"),
        ("The envoy told the minister the Italian people share in the deep sorrow of the "
         "Chileans.", "share"),
        ("The Irish people share the grief of the families in Nairobi.", "share"),
        ("Reuters staff in Cairo contributed to this report.", "contributed"),
        ("The city plans to begin charging a congestion levy in May.", "charging"),
        ("He was jailed for drug dealing and burglary.", "dealing"),
        ("Granted, the minister should never have been detained in the first place.",
         "Granted"),
        ("The governor is seeking a third term in the November vote.", "seeking"),
        ("Each offence carries a maximum penalty of twelve years.", "carries a maximum penalty"),
        ("The accused, named in court as Peter Novak, did not appear on Monday.", "accused"),
        ("Police seized pills containing fentanyl at the border.", "containing"),
        ("The second shipment contained rifles and ammunition.", "contained"),
        ("The foreign minister, ending a three-day visit, said ties were strong.", "ending"),
        ("Volunteers carried the wounded to the clinic.", "wounded"),
        ("His relatives are fighting for custody of the child.", "custody"),
        ("Police offered a reward of $10,000 for information.", "offered"),
    ],
)
def test_no_event(annotate: Annotate, text: str, absent: str) -> None:
    assert absent not in [trigger for _, trigger in _events(annotate, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A soldier was killed when his helicopter crashed after it was hit by rocket fire.",
         ("ASSAULT", "killed")),
        ("Egypt hosted talks between the two factions.", ("CONSULT", "hosted")),
        ("The envoy called the foreign minister on Sunday.",
         ("CONSULT", "called the foreign minister")),
        ("The jury found the former mayor guilty of bribery.", ("SANCTION", "found")),
        ("Villagers have fought the pipeline in court for a decade.",
         ("ACCUSE", "fought the pipeline")),
        ("Syrian troops pressed into the rebel enclave for a third day.", ("ASSAULT", "pressed")),
        ("The government allowed farmers to sell their land.", ("CONCEDE", "allowed")),
        ("Canada helped Jordan rebuild its border posts.", ("AID", "helped")),
        ("An explosion near the barracks killed four soldiers, the army said.",
         ("ASSAULT", "explosion")),
        ("The militia began to strike again despite the cease-fire.", ("ASSAULT", "strike")),
        ("The general ordered the strikes after the rebels shelled the airport.",
         ("ASSAULT", "ordered the strikes")),
        ("Nurses began to strike over pay on Monday.", ("PROTEST", "strike")),
        ("Germany contributed troops to the mission.", ("AID", "contributed")),
        ("Japan and Korea share intelligence on missile launches.",
         ("COOPERATE", "share intelligence")),
        ("The court granted the opposition permission to march.", ("AID", "granted")),
        ("The governor is seeking talks with the rebels.", ("REQUEST", "seeking")),
        ("The court imposed a penalty of ten years on the former mayor.",
         ("SANCTION", "imposed a penalty")),
        ("Police accused the mayor of fraud.", ("ACCUSE", "accused")),
        ("The army contained the protesters in the square.", ("COERCE", "contained")),
        ("Moscow ended its military cooperation with Kiev.",
         ("SANCTION", "ended its military cooperation")),
        ("The spokesman shot down rumours of a cabinet reshuffle.",
         ("REJECT", "shot down rumours")),
        ("Rebels wounded three soldiers in the raid.", ("ASSAULT", "wounded")),
        ("Police took the suspect into custody.", ("COERCE", "took the suspect into custody")),
    ],
)
def test_the_political_sense(annotate: Annotate, text: str, expected: tuple[str, str]) -> None:
    assert expected in _events(annotate, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the week before the vote, Diaz said one of Gomez's aides attacked him with a metal "
         "bar over a stolen phone.", ("ASSAULT", "attacked him")),
        ("The senator attacked the minister over the budget.", ("ACCUSE", "attacked")),
    ],
)
def test_an_attack_with_a_weapon_is_physical(
    annotate: Annotate, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _full_events(annotate, text)


def test_naming_is_no_call(annotate: Annotate) -> None:
    found = _full_events(annotate, "Beijing shelled the island, calling it a warning to Taipei.")
    assert "calling it" not in [trigger for _, trigger in found]
    assert ("ASSAULT", "shelled") in found


def test_a_weapon_is_no_doer(annotate: Annotate) -> None:
    doc = events_doc(annotate, "The fuel truck bomb exploded outside the barracks, killing nine "
                               "soldiers.")
    assert find(doc, "exploded").actor == ()
    assert find(doc, "killing").actor == ()


def test_the_possessor_of_a_victim_noun_is_the_victim(annotate: Annotate) -> None:
    e = find(events_doc(annotate, "The general's assassination shocked the capital."),
             "assassination")
    assert e.actor == ()
    assert "general" in [r.text for r in e.recipient]


def test_a_possessor_with_an_object_is_the_doer(annotate: Annotate) -> None:
    e = find(events_doc(annotate, "Russia's arrest of the journalist drew protests."), "arrest")
    assert [a.text for a in e.actor] == ["Russia"]


# second round (session 7, plain_senses.py): the frame tells the everyday sense
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Volunteers are wanted to help carry patients to the clinic each week.", "help"),
        ("The coach hopes his experience will help the club win the league.", "help"),
        ("The boy was struck by flying glass when the window broke.", "struck"),
        ("The woman sat in the front seat of the van with her son.", "sat"),
        ("The truck, occupied by two men, was parked outside the shop.", "occupied"),
        ("Officers arrived within minutes and spoke to the neighbours.", "arrived"),
        ("Tourists travelling to the coast faced long delays on Friday.", "travelling"),
        ("Police received several calls about a shooting near the school.",
         "received several calls"),
        ("The rescuers gave priority to the children in the building.", "gave"),
        ("The statute gives the councils powers over grazing land.", "gives"),
        ("He gave an interview to a local paper after the match.", "gave"),
        ("The charity provided transport for elderly patients.", "provided"),
        ("She gave up her job to look after her father.", "gave"),
        ("For the full list, visit the website of the club.", "visit"),
        ("The valley hosts large copper mining operations.", "hosts"),
        ("Forecasters warned of freezing fog on the motorway overnight.", "warned"),
        ("The airline warned that long queues were likely at check-in.", "warned"),
        ("Forecasters warned of freezing drizzle into the night.", "freezing"),
        ("She speaks fluent Spanish and a little Arabic.", "speaks fluent Spanish"),
        ("The cold snap has frozen ponds across the region.", "frozen"),
        ("The men were shooting clay pigeons at the club.", "shooting"),
        ("He kissed his wife as he left for work on Monday.", "left"),
        ("Her parents filed an application for asylum in Sweden.", "asylum"),
        ("We have a duty to protect the weak from harm.", "protect"),
        ("The statute gives farmers the right to sell their crops.", "gives"),
        ("The bounty which the sheriff offered last spring is still unclaimed.", "offered"),
        ("Thank you, the mayor told the volunteers.", "Thank"),
    ],
)
def test_plain_senses_are_no_events(annotate: Annotate, text: str, absent: str) -> None:
    assert all(trigger != absent for _, trigger in _full_events(annotate, text))


@pytest.mark.parametrize(
    ("text", "event", "trigger"),
    [
        ("The army helped the villagers after the floods.", "AID", "helped"),
        ("Aid agencies helped feed the refugees in the camps.", "AID", "helped"),
        ("Dock workers struck for higher pay on Monday.", "PROTEST", "struck"),
        ("Protesters sat in the main square for a week.", "PROTEST", "sat"),
        ("Rebels occupied the town after a short battle.", "COERCE", "occupied"),
        ("The foreign minister arrived in Nairobi on Monday.", "CONSULT", "arrived"),
        ("The delegation travelled to Geneva for talks.", "CONSULT", "travelled"),
        ("The minister received calls for his resignation.", "REQUEST", "received calls"),
        ("The United States gave aid to Kenya after the bombing.", "AID", "gave aid"),
        ("The rebels gave up their weapons at the border.", "RETREAT", "gave up their weapons"),
        ("Union members voted to strike the plant on Tuesday.", "PROTEST", "strike"),
        ("The minister warned of retaliation if the raids went on.", "THREATEN",
         "warned of retaliation"),
        ("The envoy left for Moscow on Sunday.", "CONSULT", "left"),
        ("The cabinet froze the assets of three militia leaders.", "SANCTION", "froze the assets"),
        ("The minister spoke to the French on Monday.", "CONSULT", "spoke to the French"),
        ("Germany granted asylum to the dissident last year.", "AID", "granted asylum"),
        ("Peacekeepers protected the refugees in the camp.", "AID", "protected"),
        ("Troops were sent to protect the embassy.", "AID", "protect"),
        ("Iran offered to host talks between the two sides.", "AGREE", "offered"),
    ],
)
def test_political_senses_stay(annotate: Annotate, text: str, event: str, trigger: str) -> None:
    assert (event, trigger) in _full_events(annotate, text)
