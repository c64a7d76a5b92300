"""Unseen-wording probe, group A (session 5): wire-style news sentences written for dateline
for the cooperative and verbal types AGREE, CONSULT, SUPPORT, COOPERATE, AID, CONCEDE,
RETREAT, REQUEST and ACCUSE (disapprove / allege), one to three per CAMEO sub-code of
those types, with wordings that neither the lexicon nor the earlier probe sets used when
it was written (idioms, rarer synonyms, nominal triggers, reported speech, British and
American spellings). Written before the lexicon or rules were touched, as a measure of
how the system does on wordings it was not fitted to.

UNSEEN_A cases are (type, trigger, text), coded as tests/_events_probe.py codes them (the
2021 manual, and the CAMEO2PLOVER-2021 table where the two differ: intent to yield is
AGREE, apologies SUPPORT, a lifted curfew CONCEDE as the project's rules do).
Three trigger words were re-pointed after the first run, types unchanged, to the word
the project puts such an event on: the act under an intent adjective or "resolved to"
("amenable to closer cooperation": the cooperation, AGREE) and the verb that owns its
object noun ("threw … a lifeline": threw, AID).
UNSEEN_A_NOT cases are (type, trigger, text): the word is no event of that type there
(a confusable use of a trigger word of one of these types).
"""

from __future__ import annotations

UNSEEN_A: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ AGREE
    # 030 intent to cooperate
    (
        "AGREE",
        "cooperation",
        "Seoul is amenable to closer cooperation with Tokyo on fisheries, a foreign ministry "
        "spokesman told reporters on Thursday.",
    ),
    # 0311 economic
    (
        "AGREE",
        "work",
        "The two governments said they would work hand in hand to revive cross-border commerce.",
    ),
    # 0312 military
    (
        "AGREE",
        "floated",
        "Manila floated the idea of joint naval patrols with Canberra in the South China Sea.",
    ),
    # 0313 legal
    (
        "AGREE",
        "assist",
        "Argentina's justice minister said his country stood ready to assist Spanish "
        "prosecutors in the money-laundering case.",
    ),
    # 0314 intelligence
    (
        "AGREE",
        "swap",
        "Intelligence chiefs from the Gulf states resolved at a meeting in Muscat to swap "
        "information on militant financing.",
    ),
    # 032 diplomatic
    (
        "AGREE",
        "back",
        "Brazil let it be known that it would back India's bid for a permanent Security "
        "Council seat.",
    ),
    # 033 / 0331 aid
    (
        "AGREE",
        "approve",
        "The World Bank is poised to approve a $400 million loan to Ghana, bank officials "
        "said on Wednesday.",
    ),
    (
        "AGREE",
        "package",
        "Saudi Arabia is set to unveil a $2 billion aid package for Egypt, diplomats in "
        "Riyadh said.",
    ),
    # 0332 military aid
    (
        "AGREE",
        "furnish",
        "Washington will furnish Kyiv with additional air-defence systems, the Pentagon said "
        "on Friday.",
    ),
    # 0333 humanitarian aid
    (
        "AGREE",
        "channel",
        "BRUSSELS - The European Commission stood ready to channel emergency funds to "
        "cyclone-hit Mozambique, a spokesman said.",
    ),
    # 0334 peacekeeping
    (
        "AGREE",
        "deploy",
        "Nepal is to deploy a further 500 blue helmets to southern Lebanon next month, the "
        "army said.",
    ),
    # 034 political reform
    (
        "AGREE",
        "unveiled",
        "The junta unveiled a timetable for a new constitution and elections within two years.",
    ),
    # 0341 change leadership
    (
        "AGREE",
        "make way",
        "The embattled premier said he would make way for a successor before the "
        "party conference in the autumn.",
    ),
    # 0342 change policy
    (
        "AGREE",
        "revisit",
        "The cabinet said on Monday it would revisit the contested land law after months of "
        "complaints from farmers.",
    ),
    # 0343 provide rights
    (
        "AGREE",
        "extend",
        "The government intends to extend voting rights to citizens living abroad, the "
        "interior minister told parliament.",
    ),
    # 0344 change institutions
    (
        "AGREE",
        "hand",
        "The military council announced plans to hand power to an elected government by the "
        "end of the year.",
    ),
    # 035 intent to yield
    (
        "AGREE",
        "flexibility",
        "Pyongyang signalled flexibility on the sequencing of disarmament steps, a South "
        "Korean envoy said.",
    ),
    # 0351 ease administrative sanctions
    (
        "AGREE",
        "phase out",
        "The cabinet announced it would phase out the travel restrictions imposed on "
        "opposition figures.",
    ),
    # 0352 ease popular dissent
    (
        "AGREE",
        "tolerate",
        "The ruling party said it would tolerate peaceful rallies in the run-up to the vote.",
    ),
    # 0353 release persons or property
    (
        "AGREE",
        "discharge",
        "The junta said it would discharge 200 political detainees to mark independence day.",
    ),
    # 0354 ease economic sanctions
    (
        "AGREE",
        "roll back",
        "The European Union said on Monday that it would roll back trade curbs on Belarus "
        "next month.",
    ),
    # 0355 allow international involvement
    (
        "AGREE",
        "open",
        "Khartoum said it would open its doors to international human rights monitors.",
    ),
    # 0356 de-escalate
    (
        "AGREE",
        "stand down",
        "The separatists said they would stand down their fighters along the ceasefire line.",
    ),
    # 036 meet or negotiate
    (
        "AGREE",
        "table",
        "The guerrillas declared they were prepared to come to the negotiating table without "
        "preconditions.",
    ),
    # 037 settle dispute
    (
        "AGREE",
        "bury",
        "Eritrea and Djibouti have decided to bury the hatchet over their disputed frontier, "
        "Qatari mediators said.",
    ),
    # 038 accept mediation
    (
        "AGREE",
        "submit",
        "The two factions said they would submit to Qatari arbitration over the disputed oilfield.",
    ),
    # 039 mediate
    (
        "AGREE",
        "intermediary",
        "Indonesia said it was ready to act as intermediary for talks between the junta and the "
        "ethnic rebels.",
    ),
    # ------------------------------------------------------------------ CONSULT
    # 040 consult
    (
        "CONSULT",
        "compared",
        "Officials of the two governments compared notes on the refugee crisis at a session "
        "in Geneva on Tuesday.",
    ),
    (
        "CONSULT",
        "deliberations",
        "Deliberations between the finance ministers of the euro zone ran late into the night.",
    ),
    # 041 phone
    ("CONSULT", "rang", "Macron rang Putin on Sunday to press for a ceasefire, the Elysee said."),
    (
        "CONSULT",
        "call",
        "In a call late on Tuesday, the two leaders reviewed the state of bilateral ties, the "
        "Kremlin said.",
    ),
    # 042 make a visit
    (
        "CONSULT",
        "stopover",
        "The secretary of state made a stopover in Riyadh on his way to Cairo.",
    ),
    (
        "CONSULT",
        "landed",
        "China's defence minister landed in Islamabad on Monday, his first foreign trip since "
        "taking office.",
    ),
    # 043 host a visit
    (
        "CONSULT",
        "rolled out",
        "Beijing rolled out the red carpet for the Brazilian president on Tuesday.",
    ),
    (
        "CONSULT",
        "entertained",
        "The sultan entertained the visiting Japanese crown prince at his palace in Muscat.",
    ),
    # 044 meet at a third location
    (
        "CONSULT",
        "came together",
        "Delegates of the two Koreas came together at the truce village of Panmunjom for the "
        "first time in twelve months.",
    ),
    # 045 mediation
    (
        "CONSULT",
        "go-between",
        "The Vatican served as go-between for the secret contacts between Washington and Havana.",
    ),
    (
        "CONSULT",
        "facilitated",
        "Norwegian diplomats facilitated contacts between the rebels and the government in Oslo.",
    ),
    # 046 negotiation
    (
        "CONSULT",
        "haggled",
        "Negotiators haggled over the wording of the final communique well into the night.",
    ),
    (
        "CONSULT",
        "bargaining",
        "Bargaining between the miners' union and the employers' federation resumed on Monday.",
    ),
    # ------------------------------------------------------------------ SUPPORT
    # 050 diplomatic cooperation
    (
        "SUPPORT",
        "thaw",
        "Ankara and Cairo took steps to thaw relations that have been frozen since 2013.",
    ),
    (
        "SUPPORT",
        "rapprochement",
        "The rapprochement between Riyadh and Tehran was sealed with an exchange of ambassadors.",
    ),
    # 051 praise or endorse
    (
        "SUPPORT",
        "blessing",
        "The Foreign Office gave its blessing to the power-sharing deal, a spokeswoman said.",
    ),
    (
        "SUPPORT",
        "spoke highly",
        "The UN envoy spoke highly of the rebels' restraint during the holiday truce.",
    ),
    (
        "SUPPORT",
        "plaudits",
        "The Ghanaian president won plaudits from Western capitals for conceding defeat.",
    ),
    # 052 defend verbally
    (
        "SUPPORT",
        "defence",
        "The ambassador leapt to the defence of his government's human rights record, calling "
        "the charges baseless.",
    ),
    (
        "SUPPORT",
        "stood up for",
        "Beijing stood up for its ally during a heated Security Council debate on Friday.",
    ),
    # 053 rally support
    (
        "SUPPORT",
        "canvassed",
        "Ethiopia canvassed African capitals for backing for its candidate to head the agency.",
    ),
    # 054 recognition
    (
        "SUPPORT",
        "accorded",
        "Several Latin American states accorded formal recognition to the breakaway republic.",
    ),
    # 055 apologise
    (
        "SUPPORT",
        "contrition",
        "Tokyo expressed contrition for the suffering caused by its wartime labour camps.",
    ),
    (
        "SUPPORT",
        "forgiveness",
        "The Dutch king asked forgiveness for his country's role in the slave trade.",
    ),
    # 056 forgive
    (
        "SUPPORT",
        "grudge",
        "The patriarch said the church bore no grudge against the former communist authorities.",
    ),
    # 057 sign formal agreement
    (
        "SUPPORT",
        "signatures",
        "The two foreign ministers put their signatures to a border treaty in Moscow on Saturday.",
    ),
    (
        "SUPPORT",
        "rubber-stamped",
        "Parliament rubber-stamped the free-trade accord with Seoul on Wednesday.",
    ),
    # ------------------------------------------------------------------ COOPERATE
    # 060 material cooperation
    (
        "COOPERATE",
        "joined hands",
        "India and Japan have joined hands to build a high-speed rail link between Mumbai and "
        "Ahmedabad.",
    ),
    # 061 economic
    (
        "COOPERATE",
        "swap",
        "The two central banks launched a currency swap worth $7 billion on Thursday.",
    ),
    (
        "COOPERATE",
        "linked",
        "The three Baltic states linked their power grids to the European network in February.",
    ),
    # 062 military
    (
        "COOPERATE",
        "drills",
        "American and Filipino marines staged combined drills off the coast of Luzon.",
    ),
    (
        "COOPERATE",
        "war games",
        "Turkish and Azerbaijani troops held war games together near the Armenian border.",
    ),
    # 063 judicial
    (
        "COOPERATE",
        "handed",
        "Spain handed the suspected separatist to French police under a European arrest warrant.",
    ),
    (
        "COOPERATE",
        "turned over",
        "Swiss authorities turned over bank records to US investigators in the bribery case.",
    ),
    # 064 intelligence
    (
        "COOPERATE",
        "passed on",
        "Jordanian intelligence passed on details of the plot to its Israeli counterparts, "
        "security sources said.",
    ),
    (
        "COOPERATE",
        "relayed",
        "Ankara relayed intercepts of the gunmen's phone calls to the French authorities.",
    ),
    # ------------------------------------------------------------------ AID
    # 070 provide aid
    (
        "AID",
        "came",
        "The Gulf states came to the aid of the stricken Lebanese economy with fresh deposits.",
    ),
    # 071 economic
    (
        "AID",
        "threw",
        "The IMF threw Sri Lanka a $3 billion lifeline on Friday after months of talks.",
    ),
    (
        "AID",
        "injected",
        "Beijing injected fresh funds into the ailing Pakistani economy, the finance ministry "
        "in Islamabad said.",
    ),
    # 072 military aid
    (
        "AID",
        "funnelling",
        "Tehran has been funnelling drones and rockets to the Houthis, Western officials say.",
    ),
    (
        "AID",
        "kitted out",
        "Britain kitted out the Ukrainian marines with body armour and night-vision goggles.",
    ),
    # 073 humanitarian
    (
        "AID",
        "ferried",
        "Helicopters ferried water and tinned food to villagers stranded by the floods.",
    ),
    (
        "AID",
        "rushed",
        "UNICEF rushed vaccines to the outbreak zone in eastern Congo on Saturday.",
    ),
    # 074 protection, peacekeeping
    (
        "AID",
        "sent",
        "Fiji sent a contingent of blue helmets to the Golan Heights in August.",
    ),
    (
        "AID",
        "stood guard",
        "French troops stood guard over the refugee camps in eastern Chad.",
    ),
    # 075 asylum
    (
        "AID",
        "took in",
        "Ecuador took in the fugitive publisher at its London embassy in 2012.",
    ),
    (  # relabelled in session 7: refuge offered is AGREE (the manual's "offer"), granted AID
        "AGREE",
        "haven",
        "Sweden offered a haven to the dissident journalist after his release from prison.",
    ),
    # hostage rescue, debt relief (manual, AID)
    (
        "AID",
        "plucked",
        "Special forces plucked twelve hostages from a jungle camp in a dawn operation.",
    ),
    (
        "AID",
        "waived",
        "The Paris Club waived half of Zambia's bilateral debt, creditor officials said.",
    ),
    # ------------------------------------------------------------------ CONCEDE
    # 080 yield
    (
        "CONCEDE",
        "U-turn",
        "The ministry performed a U-turn on its plan to close rural schools.",
    ),
    (
        "CONCEDE",
        "backpedalled",
        "The junta backpedalled on its decision to ban foreign election observers.",
    ),
    (
        "CONCEDE",
        "buckled",
        "The city council buckled under pressure from residents and dropped the road toll.",
    ),
    # 081 ease administrative sanctions
    (
        "CONCEDE",
        "rolled back",
        "The authorities rolled back the restrictions on foreign non-governmental groups.",
    ),
    # 0811 political freedoms
    (
        "CONCEDE",
        "unblocked",
        "Censors unblocked the main opposition news site after a month-long outage.",
    ),
    # 0812 ease ban on parties or politicians
    (
        "CONCEDE",
        "rehabilitate",
        "Parliament voted to rehabilitate the purged leaders of the former ruling party.",
    ),
    # 082 ease political dissent
    (
        "CONCEDE",
        "wound down",
        "Truckers wound down their blockade of the capital on Sunday after three weeks.",
    ),
    (
        "CONCEDE",
        "returned to work",
        "Striking dockers returned to work on Monday after a 12-day stoppage.",
    ),
    # 083 accede to demands for reform
    (
        "CONCEDE",
        "gave ground",
        "The regime gave ground to reformers in the party, a Western diplomat said.",
    ),
    # 0831 change in leadership
    (
        "CONCEDE",
        "honoured",
        "The government honoured the strikers' demand for the removal of the mine director.",
    ),
    # 0832 change in policy
    (
        "CONCEDE",
        "reversed course",
        "The ministry reversed course on the fuel subsidy cuts after a week of riots.",
    ),
    (
        "CONCEDE",
        "watered down",
        "The cabinet watered down the controversial labour bill after weeks of strikes.",
    ),
    # 0833 rights
    (
        "CONCEDE",
        "extended",
        "The emirate extended citizenship to thousands of stateless residents.",
    ),
    # 0834 institutions
    (
        "CONCEDE",
        "devolved",
        "The monarch devolved sweeping powers to an elected parliament.",
    ),
    # 0813 curfew, 0814 state of emergency (the project's rules: CONCEDE)
    (
        "CONCEDE",
        "scrapped",
        "The army scrapped the dusk-to-dawn curfew in the northern provinces.",
    ),
    (
        "CONCEDE",
        "lapse",
        "The government let the state of emergency lapse at midnight.",
    ),
    # ------------------------------------------------------------------ RETREAT
    # 0841 release persons
    ("RETREAT", "paroled", "Iran paroled the jailed French researcher on humanitarian grounds."),
    (
        "RETREAT",
        "turned loose",
        "The rebels turned loose 40 captured soldiers at the border, the Red Cross said.",
    ),
    (
        "RETREAT",
        "freeing",
        "The freeing of the hostages followed weeks of talks brokered by Oman.",
    ),
    # 0842 return property
    (
        "RETREAT",
        "returned",
        "The coast guard returned the impounded fishing boat to its owners.",
    ),
    # 085 ease economic sanctions
    (
        "RETREAT",
        "loosened",
        "Washington loosened its embargo on Cuban cigars and rum.",
    ),
    (
        "RETREAT",
        "scrapped",
        "Japan scrapped the export curbs it had imposed on South Korea in 2019.",
    ),
    # 086 allow international involvement
    (
        "RETREAT",
        "access",
        "The junta gave UN envoys access to the detained leader for the first time.",
    ),
    # 0861 peacekeepers
    (
        "RETREAT",
        "allowed",
        "Mali allowed a contingent of blue helmets onto its soil after months of refusal.",
    ),
    # 0862 inspectors
    ("RETREAT", "opened", "Baghdad opened its presidential palaces to UN weapons inspectors."),
    # 0863 humanitarian aid
    (
        "RETREAT",
        "waved through",
        "Soldiers at the crossing waved through a convoy of 40 aid trucks on Sunday.",
    ),
    # 087 de-escalate
    (
        "RETREAT",
        "thinned out",
        "Moscow thinned out its forces along the border, satellite images showed.",
    ),
    # 0871 ceasefire
    (
        "RETREAT",
        "stopped",
        "Both armies stopped shooting at dawn, residents of the border villages said.",
    ),
    # 0872 blockade
    ("RETREAT", "relaxed", "The coalition relaxed its blockade of the port of Hodeidah."),
    # 0873 demobilise
    ("RETREAT", "demobbed", "The army demobbed 50,000 conscripts after the peace deal."),
    # 0874 retreat, surrender
    ("RETREAT", "fell back", "Government troops fell back from the town under heavy fire."),
    (
        "RETREAT",
        "gave itself up",
        "The besieged garrison gave itself up on Friday after running out of food.",
    ),
    # resignation
    ("RETREAT", "bowed out", "The embattled defence minister bowed out on Thursday."),
    # ------------------------------------------------------------------ REQUEST
    # 100 request
    (
        "REQUEST",
        "prevailed upon",
        "Beijing prevailed upon Pyongyang to return to the six-party talks, diplomats said.",
    ),
    (
        "REQUEST",
        "directed",
        "The general directed his units to hold their positions until further notice.",
    ),
    # 101 / 1012 material, military cooperation
    (
        "REQUEST",
        "pitch",
        "Kyiv made a fresh pitch for Western fighter jets at the NATO summit.",
    ),
    (
        "REQUEST",
        "angling",
        "Warsaw is angling for a permanent American base on Polish soil.",
    ),
    # 1013 judicial
    (
        "REQUEST",
        "applied",
        "Paris formally applied to Rabat for the extradition of the suspect, a judicial "
        "source said.",
    ),
    # 102 diplomatic support
    (
        "REQUEST",
        "courted",
        "Kosovo courted African governments in its quest for wider recognition.",
    ),
    # 103 / 1031 aid
    (
        "REQUEST",
        "turned to",
        "Sri Lanka turned to India for an emergency credit line to pay for fuel imports.",
    ),
    # 1033 humanitarian aid
    (
        "REQUEST",
        "SOS",
        "The mayor of the flooded city sent out an SOS for drinking water and blankets.",
    ),
    # 1041 change in leadership
    (
        "REQUEST",
        "told",
        "Rebel MPs from his own party told the prime minister to go, a senior lawmaker said.",
    ),
    (
        "REQUEST",
        "want",
        "Veterans' groups want the defence minister sacked over the procurement scandal.",
    ),
    # 1042 policy change
    (
        "REQUEST",
        "nudged",
        "The IMF nudged Cairo to let the pound float freely, people familiar with the talks said.",
    ),
    # 104 / 1044 political reform, institutions
    (
        "REQUEST",
        "pushing",
        "Reformists are pushing the leadership to scrap the one-party clause in the constitution.",
    ),
    (
        "REQUEST",
        "holding out",
        "The opposition is holding out for a caretaker government before the vote.",
    ),
    # 1051 ease administrative sanctions
    (
        "REQUEST",
        "crying out",
        "Shop owners are crying out for an end to the lockdown rules, the chamber of commerce "
        "said.",
    ),
    # 1052 ease popular dissent
    (
        "REQUEST",
        "told",
        "The interior minister told the protesters to go home and let the city return to normal.",
    ),
    # 1053 release persons
    (
        "REQUEST",
        "interceded",
        "The UN envoy interceded with the junta on behalf of the jailed journalists.",
    ),
    # 1054 ease economic sanctions
    (
        "REQUEST",
        "wants",
        "Caracas wants the oil sanctions lifted before it resumes talks with the opposition.",
    ),
    # 1056 de-escalation
    (
        "REQUEST",
        "cautioned",
        "Beijing cautioned both armies to show restraint after the clashes on the frontier.",
    ),
    (
        "REQUEST",
        "enjoined",
        "The Security Council enjoined the parties to observe the truce in full.",
    ),
    # 106 meeting
    (
        "REQUEST",
        "sought",
        "Farmers' leaders sought an audience with the agriculture minister over the drought.",
    ),
    # 107 settle dispute
    (
        "REQUEST",
        "bade",
        "The mediators bade the two parties come to terms before the rains.",
    ),
    # 108 mediation
    (
        "REQUEST",
        "sought",
        "The president sought Vatican mediation in his standoff with the opposition.",
    ),
    # ------------------------------------------------------------------ ACCUSE
    # 110 disapprove
    (
        "ACCUSE",
        "frowned",
        "London frowned on the decision to postpone the elections, a diplomat said.",
    ),
    (
        "ACCUSE",
        "misgivings",
        "The EU voiced misgivings about the conduct of Sunday's presidential election.",
    ),
    # 111 criticise or denounce
    (
        "ACCUSE",
        "tore into",
        "The prime minister tore into the opposition over its handling of the economy.",
    ),
    (
        "ACCUSE",
        "savaged",
        "The auditor-general savaged the ministry's handling of the vaccine contracts.",
    ),
    (
        "ACCUSE",
        "scorn",
        "The ambassador poured scorn on the allegations, calling them a fabrication.",
    ),
    (
        "ACCUSE",
        "panned",
        "Rights groups panned the verdict as a setback for press freedom.",
    ),
    # 1121 crime, corruption
    (
        "ACCUSE",
        "pinned",
        "Opposition MPs pinned the blame for the bank collapse on the finance minister.",
    ),
    (
        "ACCUSE",
        "named",
        "The anti-graft agency named three senior officials as suspects in the procurement "
        "scandal.",
    ),
    # 1122 human rights abuses
    (
        "ACCUSE",
        "blame",
        "A UN report laid the blame for the massacre at the door of government troops.",
    ),
    # 1123 aggression
    (
        "ACCUSE",
        "cried foul",
        "Vilnius cried foul over repeated violations of its airspace by Russian jets.",
    ),
    # 1124 war crimes
    (
        "ACCUSE",
        "attributed",
        "A UN panel attributed the massacre to militias backed by the government.",
    ),
    # 1125 espionage, treason
    (
        "ACCUSE",
        "labelled",
        "Beijing labelled the detained Canadian a spy and a threat to national security.",
    ),
    # 113 rally opposition against
    (
        "ACCUSE",
        "closed ranks",
        "Arab states closed ranks against Israel at the summit in Algiers.",
    ),
    # 114 complain officially
    (
        "ACCUSE",
        "representations",
        "Seoul made formal representations to Tokyo over the new history textbook.",
    ),
    (
        "ACCUSE",
        "called in",
        "India called in the Pakistani envoy to register its displeasure over the shelling.",
    ),
    (
        "ACCUSE",
        "note",
        "Moscow handed the Estonian charge d'affaires a note of protest over the monument.",
    ),
    # 115 lawsuit
    (
        "ACCUSE",
        "action",
        "Villagers brought a class action against the mining company over the poisoned river.",
    ),
    (
        "ACCUSE",
        "filed",
        "Shareholders filed a claim against the state oil firm in a London court.",
    ),
]

UNSEEN_A_NOT: list[tuple[str, str, str]] = [
    ("REQUEST", "asked", "Asked whether the talks would resume, the spokeswoman would not say."),
    ("SUPPORT", "support", "Oil prices found support near $70 a barrel on Thursday, traders said."),
    ("ACCUSE", "charge", "The company will charge customers a monthly fee for the new service."),
    (
        "RETREAT",
        "released",
        "The statistics office released figures showing inflation at 4 per cent.",
    ),
    ("CONSULT", "met", "The proposal met with stiff resistance from farmers' groups."),
    ("AGREE", "deal", "The cuts will deal a heavy blow to the regional economy."),
    ("REQUEST", "order", "The airline placed an order for 40 wide-body jets."),
    ("RETREAT", "withdrew", "Investors withdrew $2 billion from emerging-market bond funds."),
    ("AID", "provides", "The report provides evidence of soaring house prices."),
    ("CONCEDE", "allowed", "The new engine allowed the aircraft to fly much farther."),
    ("COOPERATE", "exchanged", "Troops on both sides exchanged fire across the border overnight."),
    ("SUPPORT", "welcomed", "The museum welcomed two million visitors last year."),
    ("AGREE", "promised", "The final promised to be a thrilling contest."),
    ("REQUEST", "called", "The prime minister called a snap election for June."),
    ("ACCUSE", "charges", "Bank charges rose sharply in the first quarter."),
]
