"""GSR-style probe for the conflict side (session 6): sentences written for dateline in the
manner of the CAMEO 1.1b3 manual's examples — long, past tense, agency prose of the 1990s,
often several events in one sentence and a rhetorical verb on top ("X has again turned
down Y's call for …, saying …") — one or two per CAMEO code family 10–20 (demand,
disapprove / accuse / investigate, reject, threaten, protest, force posture, reduced
relations, coerce, assault, fight, mass violence). Written before the lexicon or rules
were touched for them; none is taken or paraphrased from a gold record.

Each case is (type, mode, triggers, text), labelled as the PLOVER gold would code it after
benchmarks/eval_events.py maps its old vocabulary (DEMAND→REQUEST, DISAPPROVE and
INVESTIGATE→ACCUSE, FIGHT→ASSAULT, COERCE `destroy`/`firearms`→ASSAULT): `triggers` are
the words the gold would mark EVT (the governing verb of the coded event, with the act it
reports when the gold marks both), `mode` the 2021 mode the gold's mode maps to, or None
when the gold would give none. Scored as eval_events.py scores a gold record: of our
events whose trigger overlaps a marked word (else of all), the one highest in the parse.
Conventions followed from the dev half: a demand reported as "said X must …" is REQUEST on
"said"; an announced act with a condition ("unless", "if", "or face") is THREATEN; a
formal protest lodged with a government is ACCUSE; a refusal to free, allow or meet is
REJECT; crowds blocking roads or hurling stones PROTEST; aircraft, artillery and gunfire
that kill, and capturing positions in battle, ASSAULT (the old FIGHT); expelling
diplomats, inspectors or aid agencies and freezing aid SANCTION; curfews, arrests,
deportations, bans on papers COERCE.
"""

from __future__ import annotations

Case = tuple[str, str | None, tuple[str, ...], str]

GSR_CONFLICT: list[Case] = [
    # ------------------------------------------------------------------ 10 REQUEST
    # 1012 demand military cooperation
    (
        "REQUEST",
        None,
        ("urged",),
        "Bosnian Moslem leaders on Friday again urged NATO to step up its air patrols over the "
        "eastern enclaves, saying the alliance had done far too little to shield civilians "
        "from Serb gunners.",
    ),
    # 1031/1033 demand aid
    (
        "REQUEST",
        None,
        ("appealed",),
        "The Sudanese relief commissioner appealed on Monday to Western donors for emergency "
        "grain shipments to the drought-stricken south, warning that thousands could starve "
        "before the rains arrived.",
    ),
    # 1041 demand change in leadership
    (
        "REQUEST",
        None,
        ("insisted", "must step down"),
        "The opposition alliance insisted on Sunday that President Mobutu must step down and "
        "hand power to a transitional cabinet before any national elections were organised.",
    ),
    # 1053 demand release of persons
    (
        "REQUEST",
        None,
        ("called on", "free"),
        "Amnesty International called on the Turkish authorities to free eleven Kurdish "
        "journalists held without charge since March, the London-based group said on "
        "Thursday.",
    ),
    # 1056 demand de-escalation
    (
        "REQUEST",
        None,
        ("pressed", "halt"),
        "Moscow on Wednesday pressed Armenia and Azerbaijan to halt the artillery duels around "
        "Nagorno-Karabakh and pull back their heavy guns, a foreign ministry spokesman told "
        "Itar-Tass.",
    ),
    # 106 demand meeting
    (
        "REQUEST",
        None,
        ("asked for", "session"),
        "Pyongyang has asked for an urgent session of the armistice commission to discuss the "
        "shooting of two of its soldiers in the demilitarised zone, the official KCNA news "
        "agency said.",
    ),
    # ------------------------------------------------------------------ 11 ACCUSE
    # 111 criticize or denounce
    (
        "ACCUSE",
        "disapprove",
        ("criticised",),
        "The Vatican sharply criticised the Peruvian government on Thursday over its handling "
        "of the embassy hostage siege in Lima, calling the storming of the compound reckless.",
    ),
    # 112 accuse (of aggression, 1123)
    (
        "ACCUSE",
        None,
        ("charged",),
        "Baghdad charged on Tuesday that Kuwaiti patrols had crossed the frontier and opened "
        "fire on Iraqi shepherds, and said it would hold Washington responsible for any "
        "escalation.",
    ),
    # 1121 accuse of corruption
    (
        "ACCUSE",
        "allege",
        ("accused", "pocketing"),
        "Opposition deputies have accused the energy minister of pocketing kickbacks from a "
        "Swiss engineering firm that won the refinery contract, newspapers in Caracas "
        "reported on Saturday.",
    ),
    # 1122 human rights abuses
    (
        "ACCUSE",
        "allege",
        ("alleged",),
        "Human Rights Watch alleged on Monday that Indonesian troops had tortured dozens of "
        "villagers in East Timor during a sweep for guerrillas in the hills last month.",
    ),
    # 113 rally opposition against
    (
        "ACCUSE",
        "disapprove",
        ("urged", "stand together", "against"),
        "The exiled opposition leader urged Burmese across the country to stand together "
        "against the military junta, in a taped message smuggled out of Rangoon last week.",
    ),
    # 114 complain officially
    (
        "ACCUSE",
        "allege",
        ("filed", "formal complaint"),
        "Greece has filed a formal complaint with the United Nations over what it called "
        "repeated violations of its airspace by Turkish warplanes over the Aegean Sea.",
    ),
    # 115 bring lawsuit
    (
        "ACCUSE",
        "allege",
        ("took", "to court"),
        "Relatives of the passengers took the state airline to court in New York on Monday, "
        "seeking damages over the 1994 crash in which all 68 people aboard died.",
    ),
    # 116 find guilty: labelled as the 2021 manual codes a verdict (SANCTION `convict`:
    # an entity found guilty by a court or tribunal), the project's choice; the gold's
    # older vocabulary would say DISAPPROVE (ACCUSE), and eval_events.py does not map it
    (
        "SANCTION",
        "convict",
        ("found", "guilty"),
        "A military tribunal in Lagos found four former army officers guilty of plotting to "
        "overthrow the government and sentenced them to life imprisonment, state radio said.",
    ),
    # old INVESTIGATE (ACCUSE investigate)
    (
        "ACCUSE",
        "investigate",
        ("launched", "inquiry"),
        "A parliamentary commission in Rome has launched an inquiry into the disappearance of "
        "relief funds earmarked for Somalia, its chairman told reporters on Wednesday.",
    ),
    (
        "ACCUSE",
        "investigate",
        ("probing",),
        "French magistrates are probing allegations that a former cooperation minister "
        "channelled state money to arms dealers in Angola, judicial sources said.",
    ),
    # ------------------------------------------------------------------ 12 REJECT
    # 120 plain rejection
    (
        "REJECT",
        None,
        ("rejected",),
        "Israel has again rejected Syria's call for a full pullout from the Golan Heights, "
        "saying security arrangements on the plateau would have to be settled first.",
    ),
    # 1211 reject economic cooperation
    (
        "REJECT",
        None,
        ("turned down", "request"),
        "Tokyo turned down a Russian request for fresh credits to develop oil fields off "
        "Sakhalin, citing Moscow's failure to service the loans it already owed.",
    ),
    # 1243 decline to release
    (
        "REJECT",
        None,
        ("refused", "free"),
        "The Khmer Rouge refused on Saturday to free the three Western tourists seized in a "
        "train ambush last month, demanding instead a ransom in gold, Cambodian officials said.",
    ),
    # 125 reject proposal to meet
    (
        "REJECT",
        None,
        ("spurned", "invitation"),
        "The Sinn Fein leader spurned an invitation to round-table talks in London, saying his "
        "party would not sit down with unionists while British soldiers patrolled Belfast.",
    ),
    # 128 defy norms
    (
        "REJECT",
        None,
        ("defied", "ban"),
        "Serb forces defied a United Nations ban on military flights over Bosnia on Sunday, "
        "sending helicopters between Pale and Banja Luka, U.N. officials in Zagreb said.",
    ),
    # 129 veto
    (
        "REJECT",
        None,
        ("vetoed",),
        "China on Friday vetoed a draft Security Council text that would have sent military "
        "observers to Guatemala to monitor the peace accords, diplomats said.",
    ),
    # ------------------------------------------------------------------ 13 THREATEN
    # 1312 threaten sanctions
    (
        "THREATEN",
        "restrict",
        ("warned", "slap", "tariffs"),
        "Washington warned Beijing on Friday that it would slap punitive tariffs on $2 billion "
        "worth of Chinese goods unless the pirating of American software was stopped.",
    ),
    # 1313 threaten to break relations
    (
        "THREATEN",
        "relations",
        ("threatened", "sever", "ties"),
        "Tehran threatened on Thursday to sever diplomatic ties with Bonn if a German court "
        "went ahead with a verdict implicating Iranian leaders in the 1992 killings.",
    ),
    # 1324 threaten martial law
    (
        "THREATEN",
        "restrict",
        ("said", "ready", "army rule"),
        "The Pakistani prime minister said her government was ready to put Karachi under army "
        "rule if the ethnic killings in the port city did not stop within a week.",
    ),
    # 133 threaten with protest
    (
        "THREATEN",
        None,
        ("said", "would call", "strike"),
        "Nigeria's oil workers' union said it would call an indefinite strike from Monday "
        "unless the military government freed its detained leaders, union officials said.",
    ),
    # 1384 threaten conventional attack
    (
        "THREATEN",
        "violence",
        ("warned", "strike"),
        "The Turkish military has warned that its jets will strike Kurdish rebel camps in "
        "northern Iraq if cross-border raids on frontier posts continue.",
    ),
    # 139 give ultimatum
    (
        "THREATEN",
        None,
        ("gave", "or face"),
        "NATO gave the Bosnian Serbs until midnight on Sunday to pull their artillery back from "
        "around Sarajevo or face air strikes, alliance officials in Brussels said.",
    ),
    # ------------------------------------------------------------------ 14 PROTEST
    # 141 demonstrate
    (
        "PROTEST",
        "demo",
        ("marched",),
        "Several thousand Kosovo Albanians marched through Pristina on Monday to press for the "
        "reopening of Albanian-language schools, Serbian police said.",
    ),
    # 1412 demonstrate for policy change
    (
        "PROTEST",
        "demo",
        ("rallied", "against"),
        "Hundreds of Buddhist monks rallied outside parliament in Colombo on Friday against the "
        "government's plan to devolve power to the Tamil regions.",
    ),
    # 142 hunger strike
    (
        "PROTEST",
        "hunger",
        ("went on", "hunger strike"),
        "More than 200 Vietnamese boat people at a Hong Kong detention camp went on hunger "
        "strike on Wednesday against their forced return to Vietnam, officials said.",
    ),
    # 143 strike
    (
        "PROTEST",
        "strike",
        ("walked off",),
        "Bus and train drivers across South Korea walked off the job on Tuesday in anger at a "
        "new labour law rushed through parliament in a secret dawn session.",
    ),
    # 144 obstruct passage
    (
        "PROTEST",
        "obstruct",
        ("blockaded",),
        "Fishermen angry at falling prices blockaded the port of Boulogne with more than a "
        "hundred trawlers on Thursday, stopping cross-Channel ferries from docking.",
    ),
    # 145 riot
    (
        "PROTEST",
        "riot",
        ("hurled",),
        "Youths hurled petrol bombs and set cars ablaze in the streets of Algiers on Saturday "
        "after police broke up a banned rally of the Islamic Salvation Front.",
    ),
    # ------------------------------------------------------------------ 15 MOBILIZE
    # 152 increase military alert status
    (
        "MOBILIZE",
        "troops",
        ("put", "alert"),
        "Taiwan put its armed forces on heightened alert on Friday as Chinese warships began "
        "missile exercises off the island's northern coast.",
    ),
    # 154 mobilize armed forces
    (
        "MOBILIZE",
        "troops",
        ("called up", "reservists"),
        "Ecuador has called up thousands of reservists and moved armoured units towards the "
        "disputed border with Peru, a government spokesman said in Quito.",
    ),
    # ------------------------------------------------------------------ 16 SANCTION
    # 161 break diplomatic relations
    (
        "SANCTION",
        "withdraw",
        ("severed", "relations"),
        "Senegal severed diplomatic relations with Iran on Thursday, accusing Tehran of funding "
        "Islamic militants bent on destabilising the West African state.",
    ),
    # 1621 stop economic assistance
    (
        "SANCTION",
        "discontinue",
        ("froze", "aid"),
        "The European Union froze its development aid to Niger on Monday over the army's "
        "seizure of power, an EU spokesman in Brussels said.",
    ),
    # 164 halt negotiations
    (
        "SANCTION",
        "withdraw",
        ("broke off", "talks"),
        "The Palestinian delegation broke off the talks in Washington on Wednesday after "
        "Israeli troops shot dead four stone-throwers in Gaza, a spokesman said.",
    ),
    # 166 expel diplomats
    (
        "SANCTION",
        "expel",
        ("ordered", "out"),
        "Moscow ordered two British diplomats out of the country on Friday, accusing them of "
        "running a spy ring, in a tit-for-tat move after London's expulsions last month.",
    ),
    # 1663 expel aid agencies
    (
        "SANCTION",
        "expel",
        ("expelled", "agencies"),
        "Khartoum has expelled three foreign relief agencies from the south, charging that "
        "they had smuggled arms to the rebels, aid officials in Nairobi said on Tuesday.",
    ),
    # ------------------------------------------------------------------ 17 COERCE
    # 1711 confiscate property
    (
        "COERCE",
        "seize",
        ("impounded",),
        "Customs officers in Lagos impounded a shipload of rice belonging to a businessman "
        "close to the opposition, claiming that its import papers were forged.",
    ),
    # 1721 restrict freedom of expression
    (
        "COERCE",
        "censor",
        ("closed down", "weeklies"),
        "The Interior Ministry closed down two independent weeklies in Algiers on Tuesday for "
        "printing statements by the outlawed Islamic Salvation Front.",
    ),
    # 1722 ban political parties
    (
        "COERCE",
        "restrict",
        ("outlawed",),
        "The Constitutional Court outlawed the pro-Kurdish People's Labour Party on Wednesday, "
        "ruling that it had acted against the indivisible unity of the state.",
    ),
    # 1723 impose curfew
    (
        "COERCE",
        "curfew",
        ("clamped", "curfew"),
        "Indian troops clamped a round-the-clock curfew on the old quarter of Srinagar after "
        "separatist gunmen ambushed a patrol, police said on Sunday.",
    ),
    # 173 arrest
    (
        "COERCE",
        "arrest",
        ("rounded up",),
        "Police in Nairobi rounded up more than 40 opposition supporters on Saturday ahead of "
        "a banned rally and charged them with unlawful assembly.",
    ),
    # 174 deport individuals
    (
        "COERCE",
        "deport",
        ("expelled",),
        "Italy expelled several hundred Albanian migrants on Thursday, putting them aboard "
        "ferries at Brindisi bound for Durres, the Interior Ministry said.",
    ),
    # 191 restrict movement
    (
        "COERCE",
        "restrict",
        ("sealed off",),
        "Serbian police sealed off the town of Decani on Monday, turning back journalists and "
        "aid workers, ethnic Albanian sources said.",
    ),
    # ------------------------------------------------------------------ 18 ASSAULT
    # 181 abduct
    (
        "ASSAULT",
        "abduct",
        ("kidnapped",),
        "Gunmen kidnapped two Italian aid workers in north Mogadishu on Tuesday and demanded a "
        "ransom for their release, U.N. officials said.",
    ),
    # 182 physically assault
    (
        "ASSAULT",
        "beat",
        ("clubbed",),
        "Riot police clubbed and kicked striking coal miners outside the company offices in "
        "Jiu Valley, opposition newspapers reported on Thursday.",
    ),
    # 1822 torture
    (
        "ASSAULT",
        "torture",
        ("tortured",),
        "Detainees at the Khiam prison were tortured with electric shocks by militia "
        "interrogators, a former inmate told a news conference in Beirut on Monday.",
    ),
    # 1832 car bombing
    (
        "ASSAULT",
        "explosives",
        ("car bomb", "killed"),
        "A car bomb killed seven policemen outside a station in the Punjab town of Amritsar on "
        "Saturday, and Sikh militants later claimed responsibility.",
    ),
    # 186 assassinate
    (
        "ASSAULT",
        "targeted",
        ("shot dead",),
        "Unidentified gunmen shot dead a prominent Kurdish politician outside his home in "
        "Diyarbakir late on Sunday, the Anatolian news agency reported.",
    ),
    # ------------------------------------------------------------------ 19 ASSAULT (old FIGHT)
    # 190 use conventional military force
    (
        "ASSAULT",
        None,
        ("fought",),
        "Government troops and Tamil Tiger rebels fought pitched battles near Kilinochchi on "
        "Thursday, leaving scores dead on both sides, military officials said in Colombo.",
    ),
    # 193 small arms
    (
        "ASSAULT",
        "firearms",
        ("exchanged fire",),
        "Iranian border guards exchanged fire with armed smugglers near the Pakistani frontier "
        "on Wednesday, killing three of them, the official IRNA agency said.",
    ),
    # 194 artillery and tanks
    (
        "ASSAULT",
        "heavy-weapons",
        ("pounded",),
        "Serb artillery pounded the Moslem enclave of Bihac for a third straight day on Tuesday, "
        "and U.N. officials said at least 20 civilians had died.",
    ),
    # 195 aerial weapons
    (
        "ASSAULT",
        "heavy-weapons",
        ("warplanes", "bombed"),
        "Iraqi warplanes bombed Kurdish villages near the Turkish border on Monday, Kurdish "
        "rebel sources said, the first such raids since the allied no-fly zone was set up.",
    ),
    # capturing positions in battle (the gold's FIGHT)
    (
        "ASSAULT",
        "heavy-weapons",
        ("overran", "positions"),
        "Government forces overran rebel positions near the Angolan diamond town of Cafunfo "
        "after a week of heavy shelling, state radio said on Sunday.",
    ),
    # 196 violate ceasefire
    (
        "ASSAULT",
        None,
        ("breached", "truce"),
        "Both the army and the rebels breached the Christmas truce within hours, according to "
        "church mediators who toured the northern provinces on Boxing Day.",
    ),
    # ------------------------------------------------------------------ 20 ASSAULT (mass)
    # 202 mass killings
    (
        "ASSAULT",
        None,
        ("massacred",),
        "Hutu militiamen massacred hundreds of Tutsi villagers sheltering in a church near "
        "Kibuye, survivors told relief workers on Friday.",
    ),
    # 203 ethnic cleansing
    (
        "ASSAULT",
        None,
        ("drove", "ethnic cleansing"),
        "Bosnian Serb gunmen drove thousands of Moslems from their homes in Banja Luka this "
        "week in a fresh wave of ethnic cleansing, the U.N. refugee agency said.",
    ),
    # 2041 chemical weapons
    (
        "ASSAULT",
        "unconventional",
        ("used", "mustard gas"),
        "Iraq used mustard gas against Iranian troops on the southern front near Basra, Tehran "
        "radio said, in a charge that Baghdad swiftly denied.",
    ),
    # ------------------------------------------------------------------ conventions
    # the gold's coding conventions, as the dev half shows them, in other words
    # a demand put as an obligation under a reporting verb
    (
        "REQUEST",
        None,
        ("repeated", "had to surrender"),
        "The Italian justice minister repeated on Monday that Tunisia had to surrender the two "
        "fugitive bankers before any new trade protocol could be signed.",
    ),
    (
        "REQUEST",
        None,
        ("stated", "should open"),
        "The UN human rights envoy stated in Geneva that Rangoon should open its prisons to "
        "independent monitors without further delay.",
    ),
    # "lobbying for" a party's act
    (
        "REQUEST",
        None,
        ("lobbying", "back"),
        "Paris is lobbying hard for Bonn to back its plan for a rapid reaction force in the "
        "Balkans, French diplomats said on Wednesday.",
    ),
    # a call for a thing, with the party it is wanted from
    (
        "REQUEST",
        None,
        ("clamouring", "self-rule"),
        "Tuareg leaders in the north are clamouring for regional self-rule from the government "
        "in Bamako, saying their people have been neglected for decades.",
    ),
    # blame, indictments, lawsuits and formal protests are verbal disapproval
    (
        "ACCUSE",
        None,
        ("held", "responsible"),
        "Colombo held the Tamil Tigers responsible for the bombing of the central bank, which "
        "left more than 80 people dead in the capital's business district.",
    ),
    (
        "ACCUSE",
        None,
        ("was charged",),
        "A former Bosnian Serb camp commander was charged by the Hague tribunal with crimes "
        "against humanity over the deaths of detainees at Omarska.",
    ),
    (
        "ACCUSE",
        "allege",
        ("delivered", "protest note"),
        "Hungary delivered a sharp protest note to Slovakia on Friday over the new language law, "
        "calling it an assault on the rights of its ethnic Hungarian minority.",
    ),
    (
        "ACCUSE",
        None,
        ("complained",),
        "Local officials are blocking the return of Serb refugees to their villages, a Helsinki "
        "committee monitoring team complained in Knin on Thursday.",
    ),
    # refusals: not meeting, not allowing, brushing aside an appeal, opposing a deployment
    (
        "REJECT",
        None,
        ("would not bow", "demands"),
        "The Spanish government said it would not bow to the kidnappers' demands to transfer "
        "Basque prisoners to jails near their homes.",
    ),
    (
        "REJECT",
        None,
        ("refused", "allow"),
        "Rebel commanders refused to allow Red Cross convoys to enter the besieged town and "
        "collect the wounded, relief officials in Freetown said.",
    ),
    (
        "REJECT",
        None,
        ("brushed aside", "plea"),
        "The junta on Tuesday brushed aside a plea from the Commonwealth to restore civilian "
        "rule, saying it alone would set the timetable for elections.",
    ),
    (
        "REJECT",
        None,
        ("opposed", "stationing"),
        "Athens again opposed the stationing of a NATO monitoring force along its northern "
        "border, saying the plan would only inflame the region.",
    ),
    # threats: an announced act with a condition, a pledge of force, an ultimatum
    (
        "THREATEN",
        "relations",
        ("announced", "will pull out", "unless"),
        "Ghana announced that it will pull out its battalion from the West African force in "
        "Liberia unless the warring factions disarm within sixty days.",
    ),
    (
        "THREATEN",
        "restrict",
        ("said", "would block"),
        "Striking lorry drivers said on Sunday they would block every motorway crossing into "
        "Spain from Wednesday to press their demand for cheaper diesel.",
    ),
    (
        "THREATEN",
        "violence",
        ("vowed", "fight on"),
        "Chechen fighters vowed to fight on until every Russian soldier had left the republic, "
        "their commander told foreign reporters at a mountain hideout.",
    ),
    (
        "THREATEN",
        None,
        ("set", "deadline"),
        "The Security Council set Baghdad a deadline of January 15 to leave Kuwait, after which "
        "member states could use all necessary means to drive it out.",
    ),
    # crowds gathering, blocking and stoning protest
    (
        "PROTEST",
        "demo",
        ("poured", "to protest"),
        "Thousands of shopkeepers poured into the main square of Tirana on Thursday to protest "
        "against new sales taxes imposed by the government of Sali Berisha.",
    ),
    (
        "PROTEST",
        "obstruct",
        ("blocked", "highway"),
        "Angry farmers blocked the main highway linking Bangkok to the north for two days by "
        "parking hundreds of tractors across the road, police said.",
    ),
    (
        "PROTEST",
        "riot",
        ("torched",),
        "Rioters torched government offices and looted shops in the southern town of Sidi Bouzid "
        "after a rally against unemployment turned violent, witnesses said.",
    ),
    # force posture: readiness, alerts, training fighters
    (
        "MOBILIZE",
        "troops",
        ("remained", "high alert"),
        "Greek forces remained on high alert on the islands of the eastern Aegean on Monday "
        "after Turkish commandos landed on a disputed islet.",
    ),
    (
        "MOBILIZE",
        None,
        ("getting ready", "attack"),
        "The Sudanese army was getting ready to attack rebel-held towns in the south as peace "
        "talks in Nairobi stalled, western diplomats said.",
    ),
    # reduced relations: pulled peacekeepers, barred monitors, halted aid
    (
        "SANCTION",
        "expel",
        ("withdrew", "monitors"),
        "The European Community withdrew its ceasefire monitors from eastern Croatia on "
        "Saturday after one of their helicopters was shot down.",
    ),
    (
        "SANCTION",
        "discontinue",
        ("cut off", "assistance"),
        "Washington cut off all military assistance to Guatemala on Thursday over the killing "
        "of an American innkeeper by soldiers.",
    ),
    (
        "SANCTION",
        "expel",
        ("ordered", "to leave"),
        "Tehran ordered the Saudi ambassador to leave within 48 hours after the deaths of Iranian "
        "pilgrims in Mecca, Iranian radio said.",
    ),
    # coercion: stopping a march, closing a paper, emergency rule, detaining as shields
    (
        "COERCE",
        "restrict",
        ("stopped", "march"),
        "Riot police stopped a march by opposition students towards the presidential palace in "
        "Belgrade on Thursday, witnesses said.",
    ),
    (
        "COERCE",
        "censor",
        ("shut", "radio station"),
        "The military authorities shut the only private radio station in Lagos on Friday after "
        "it broadcast an interview with the deposed election winner.",
    ),
    (
        "COERCE",
        "martial-law",
        ("proclaimed", "state of emergency"),
        "Peru's president proclaimed a state of emergency across three Andean provinces on Monday, "
        "suspending civil liberties after a series of guerrilla attacks.",
    ),
    (
        "COERCE",
        "arrest",
        ("detained",),
        "Chinese security agents detained a prominent dissident in Beijing hours before a "
        "visiting U.S. delegation was due to meet him, his wife said.",
    ),
    # force: capturing ground, tank fire, firing on crowds, arson of offices
    (
        "ASSAULT",
        "heavy-weapons",
        ("seized", "hilltop"),
        "Croatian troops seized a strategic hilltop overlooking Knin after a two-day battle with "
        "rebel Serbs, a Croatian army spokesman said.",
    ),
    (
        "ASSAULT",
        "heavy-weapons",
        ("gunboats", "shelled"),
        "Israeli gunboats shelled suspected guerrilla bases on the coast south of Sidon early "
        "on Tuesday, Lebanese security sources said.",
    ),
    (
        "ASSAULT",
        "firearms",
        ("fired on",),
        "Soldiers fired on stone-throwing Palestinian youths in Nablus on Friday, wounding six, "
        "hospital officials said.",
    ),
    (
        "ASSAULT",
        "destroy",
        ("burned down", "headquarters"),
        "Supporters of the ruling party burned down the headquarters of an opposition newspaper "
        "in Kinshasa overnight, its editor said on Saturday.",
    ),
]

# A second batch, written after the fixes above and scored once before any further change,
# as a check that they carry over to other words of the same codes (session 6).
GSR_CONFLICT_FRESH: list[Case] = [
    (
        "REQUEST",
        None,
        ("told", "had to withdraw"),
        "The Nigerian foreign minister told reporters in Abuja that Cameroon had to withdraw its "
        "gendarmes from the Bakassi peninsula before talks could resume.",
    ),
    (
        "REQUEST",
        None,
        ("reaffirmed", "must"),
        "The Arab League reaffirmed on Sunday that Israel must return all occupied land, in a "
        "communique issued after two days of talks in Cairo.",
    ),
    (
        "REQUEST",
        None,
        ("urged", "lift"),
        "Jordan's King Hussein urged the Security Council on Tuesday to lift the trade embargo "
        "on Iraq, saying ordinary Iraqis were paying the price for their rulers.",
    ),
    (
        "REQUEST",
        None,
        ("sought", "extradition"),
        "Argentina formally sought the extradition of a former SS captain living in the Andean "
        "resort of Bariloche, the foreign ministry announced.",
    ),
    (
        "ACCUSE",
        None,
        ("blamed",),
        "Kabul blamed Pakistani intelligence for a wave of rocket fire on the city, a "
        "charge Islamabad rejected as baseless.",
    ),
    (
        "ACCUSE",
        None,
        ("hold", "accountable"),
        "The Council of Europe said it would hold Moscow accountable for the bombing of civilian "
        "areas in Grozny.",
    ),
    (
        "ACCUSE",
        None,
        ("denounced",),
        "Cuba denounced the new American broadcasts aimed at the island as an act of aggression, "
        "the official newspaper Granma reported.",
    ),
    (
        "ACCUSE",
        "investigate",
        ("investigating",),
        "United Nations officials are investigating reports that government troops executed "
        "dozens of prisoners near the town of Bukavu.",
    ),
    (
        "REJECT",
        None,
        ("opposed", "proposal"),
        "Britain opposed a French proposal to send a European force to Albania, diplomats at "
        "the meeting in Luxembourg said.",
    ),
    (
        "REJECT",
        None,
        ("rebuffed",),
        "The military rulers rebuffed calls from Washington to free the jailed opposition "
        "leader, saying his case was an internal matter.",
    ),
    (
        "REJECT",
        None,
        ("refused", "hand over"),
        "Belgrade refused again on Thursday to hand over three army officers indicted by the "
        "war crimes tribunal, a government spokesman said.",
    ),
    (
        "THREATEN",
        "violence",
        ("warned", "would retaliate"),
        "The Israeli army warned on Monday that it would retaliate against Lebanese villages "
        "harbouring Hizbollah fighters if rocket fire on Galilee continued.",
    ),
    (
        "THREATEN",
        None,
        ("threatened", "walk out"),
        "The Inkatha party threatened to walk out of the constitutional talks unless the "
        "question of international mediation was settled first.",
    ),
    (
        "PROTEST",
        "demo",
        ("took to the streets",),
        "Tens of thousands of Serbs took to the streets in Belgrade for a fourth week on "
        "Saturday, demanding that the government recognise opposition election wins.",
    ),
    (
        "PROTEST",
        "hunger",
        ("refusing food",),
        "Kurdish inmates in several Turkish jails have been refusing food for three weeks in "
        "protest at their conditions, their lawyers said.",
    ),
    (
        "MOBILIZE",
        "troops",
        ("readied",),
        "Syria readied armoured divisions near the Turkish border as the row over water from "
        "the Euphrates deepened, Western military sources said.",
    ),
    (
        "MOBILIZE",
        "troops",
        ("placed", "alert"),
        "Pakistan placed its air force on full alert after reports of Indian troop movements "
        "in Kashmir, official sources in Islamabad said.",
    ),
    (
        "SANCTION",
        "expel",
        ("ordered", "out"),
        "Zambia ordered three Western relief agencies out of the country on Friday, accusing "
        "them of meddling in domestic politics.",
    ),
    (
        "SANCTION",
        "withdraw",
        ("recalled", "ambassador"),
        "Egypt recalled its ambassador from Tel Aviv on Tuesday in protest at the shelling of "
        "Qana, the state news agency MENA said.",
    ),
    (
        "COERCE",
        "arrest",
        ("took into custody",),
        "Paramilitary police took into custody some 60 Islamist activists in dawn raids in "
        "three Egyptian provinces, security sources said on Monday.",
    ),
    (
        "COERCE",
        "censor",
        ("shut down", "daily"),
        "The Zambian authorities shut down an independent daily on Tuesday after it published "
        "a leaked cabinet memorandum.",
    ),
    (
        "COERCE",
        "deport",
        ("ordered", "out"),
        "Malaysia ordered hundreds of Indonesian labourers out of its Sabah state last week, "
        "rounding up those without valid permits.",
    ),
    (
        "ASSAULT",
        None,
        ("captured", "outpost"),
        "Hizbollah guerrillas captured an Israeli-allied militia outpost in south Lebanon "
        "after a three-hour battle, the group said.",
    ),
    (
        "ASSAULT",
        None,
        ("violated", "truce"),
        "Each side said the other had violated the Easter truce within hours of its start, with "
        "mortar fire reported around Gorazde.",
    ),
    (
        "ASSAULT",
        "heavy-weapons",
        ("helicopter gunships", "strafed"),
        "Government helicopter gunships strafed rebel positions in the Panjshir valley on "
        "Wednesday, residents fleeing the area said.",
    ),
]

# Confusable uses of the words the rules above read: the event at the word, if any, must
# not be of that type (a speaker's own obligation, a forecast, a finding that is no
# verdict, opposing a person, ordering things out).
GSR_CONFLICT_NOT: list[tuple[str, str, str]] = [
    (
        "REQUEST",
        "said",
        "The finance minister said the government had to cut spending to meet the targets.",
    ),
    (
        "REQUEST",
        "said",
        "The governor said Italy would eventually have to devalue the lira within the system.",
    ),
    (
        "ACCUSE",
        "found",
        "Inspectors found the reactor responsive to the new controls, a report said.",
    ),
    ("SANCTION", "found", "The auditors found the accounts free of errors."),
    (
        "REJECT",
        "opposed",
        "Most deputies opposed the president, saying he had broken his campaign promises.",
    ),
    ("COERCE", "ordered", "The minister ordered the files out of the archive for the inquiry."),
    (
        "PROTEST",
        "hurled",
        "Militants hurled grenades at a police post in Srinagar, wounding four officers.",
    ),
    (
        "ACCUSE",
        "urged",
        "The governor urged residents to rise early and vote before the queues grew.",
    ),
    (
        "SANCTION",
        "pulled",
        "The army pulled its tanks out of the border zone after the talks, officials said.",
    ),
]

# A third batch (session 6), written after the second batch's fixes and scored once before
# any further change: other CAMEO sub-codes of 10-20 and other frames around them.
GSR_CONFLICT_THIRD: list[Case] = [
    (
        "REQUEST",
        None,
        ("demanded", "resignation"),
        "Striking miners in Jiu Valley demanded the resignation of the prime minister on "
        "Wednesday and vowed to march on Bucharest if he stayed.",
    ),
    (
        "REQUEST",
        None,
        ("called for", "mediation"),
        "Ethiopia's foreign minister called for mediation by the Organisation of African Unity "
        "in the border dispute with Eritrea, state radio reported.",
    ),
    (
        "REQUEST",
        None,
        ("urged", "allow"),
        "The Security Council urged Baghdad on Thursday to allow the weapons inspectors "
        "immediate and unconditional access to presidential sites.",
    ),
    (
        "REQUEST",
        None,
        ("appealed", "end"),
        "The Pope appealed to the Algerian authorities and the Islamist rebels to end the "
        "bloodshed that has claimed thousands of lives since 1992.",
    ),
    (
        "ACCUSE",
        None,
        ("accused", "war crimes"),
        "Bosnia's government accused Croatian forces of war crimes in the Lasva valley and "
        "asked the Hague tribunal to open a case, a Sarajevo daily reported.",
    ),
    (
        "ACCUSE",
        None,
        ("filed suit",),
        "A group of Holocaust survivors filed suit in a Brooklyn court against three Swiss "
        "banks, seeking the return of wartime deposits.",
    ),
    (
        "ACCUSE",
        None,
        ("lashed out",),
        "The Chinese foreign ministry lashed out at Washington on Tuesday over its annual human "
        "rights report, calling it a gross interference in China's internal affairs.",
    ),
    (
        "ACCUSE",
        None,
        ("condemned",),
        "The Organisation of the Islamic Conference condemned the Indian government over the "
        "destruction of the mosque at Ayodhya and called for its rebuilding.",
    ),
    (
        "REJECT",
        None,
        ("refused", "lift"),
        "Washington has refused to lift the trade embargo on Hanoi until more is known about "
        "American servicemen missing since the war, officials said.",
    ),
    (
        "REJECT",
        None,
        ("turned down", "mediation"),
        "Eritrea turned down an offer of mediation by Rwanda and the United States, saying "
        "Ethiopian troops must first leave the occupied areas.",
    ),
    (
        "REJECT",
        None,
        ("refused", "withdraw"),
        "Armenian forces refused to withdraw from the captured Azeri town of Kelbajar despite a "
        "United Nations resolution, the Azeri defence ministry said.",
    ),
    (
        "THREATEN",
        None,
        ("threatened", "cut off"),
        "The United States threatened on Friday to cut off economic aid to Guatemala unless the "
        "president restored the suspended constitution.",
    ),
    (
        "THREATEN",
        None,
        ("threatened", "expel"),
        "Iraq threatened to expel the American members of the U.N. inspection teams if "
        "surveillance flights over its territory continued.",
    ),
    (
        "THREATEN",
        "violence",
        ("warned", "crush"),
        "The Burmese junta warned students that troops would crush any fresh demonstrations in "
        "Rangoon, in a broadcast on state television.",
    ),
    (
        "PROTEST",
        "boycott",
        ("boycotted",),
        "The main opposition parties boycotted the parliamentary elections in Togo on Sunday, "
        "saying the electoral register had been rigged.",
    ),
    (
        "PROTEST",
        "demo",
        ("staged", "sit-in"),
        "About 300 Tibetan exiles staged a sit-in outside the Chinese embassy in New Delhi on "
        "Monday to mark the anniversary of the 1959 uprising.",
    ),
    (
        "MOBILIZE",
        None,
        ("held", "exercises"),
        "China held large-scale naval exercises in the Taiwan Strait on Tuesday, days before "
        "the island's first direct presidential election.",
    ),
    (
        "MOBILIZE",
        "police",
        ("deployed", "riot police"),
        "The authorities deployed thousands of riot police around Seoul's university districts "
        "ahead of a planned student rally on Saturday.",
    ),
    (
        "SANCTION",
        "withdraw",
        ("downgraded", "relations"),
        "Bahrain downgraded its diplomatic relations with Iran to the level of charge "
        "d'affaires, accusing Tehran of backing a coup plot.",
    ),
    (
        "SANCTION",
        "discontinue",
        ("suspended", "aid"),
        "The World Bank suspended all new lending to Kenya on Friday, citing a lack of progress "
        "on corruption, a bank spokesman said.",
    ),
    (
        "COERCE",
        "seize",
        ("confiscated",),
        "The military government confiscated the property of eight exiled opposition figures "
        "on Thursday, the official gazette announced.",
    ),
    (
        "COERCE",
        "restrict",
        ("banned",),
        "The interior ministry banned all public gatherings in the capital for a month after "
        "clashes between police and opposition supporters.",
    ),
    (
        "ASSAULT",
        "abduct",
        ("hijacked",),
        "Armed men hijacked an Air India jetliner on a domestic flight and forced it to land in "
        "Lahore, Pakistani officials said.",
    ),
    (
        "ASSAULT",
        "targeted",
        ("assassinated",),
        "Gunmen on motorcycles assassinated the mayor of Medellin's main rival town on "
        "Wednesday, police said.",
    ),
    (
        "ASSAULT",
        None,
        ("attacked",),
        "Rebels attacked a military convoy on the road from Gitega to Bujumbura, killing at "
        "least 15 soldiers, the army said on Sunday.",
    ),
    (
        "ASSAULT",
        "heavy-weapons",
        ("rained", "shells"),
        "Serb gunners rained shells on the centre of Sarajevo on Saturday, killing five people "
        "queuing for water, U.N. officials said.",
    ),
]

# A fourth batch (session 6): the dev half's less obvious conventions in other words, scored
# once before any change made for it — an announced cut in aid is a sanction, an announced
# tightening of a blockade a threat, peacekeepers pulled out a reduction of relations,
# training fighters a show of force, inquiries wrapped up or begun investigations.
GSR_CONFLICT_FOURTH: list[Case] = [
    (
        "SANCTION",
        "discontinue",
        ("announced", "would suspend", "aid"),
        "The European Union announced on Monday that it would suspend all development aid to "
        "Haiti and freeze the assets of members of the military regime.",
    ),
    (
        "THREATEN",
        "restrict",
        ("confirmed", "would", "blockade"),
        "The alliance confirmed on Friday that its warships would enforce a tighter blockade of "
        "the Montenegrin coast from next week.",
    ),
    (
        "THREATEN",
        None,
        ("said", "would block"),
        "Fishermen from Brittany said on Tuesday they would block the ports of Brest and Lorient "
        "from the weekend in a dispute over cheap imports.",
    ),
    (
        "THREATEN",
        "violence",
        ("pledged", "fight"),
        "Tuareg rebels pledged to fight on until the northern region won self-rule, in a letter "
        "faxed to news agencies in Niamey.",
    ),
    (
        "SANCTION",
        None,
        ("pulled out",),
        "Some 300 Belgian paratroopers serving with the U.N. force were pulled out of Kigali on "
        "Tuesday, leaving the mission badly short of troops.",
    ),
    (
        "MOBILIZE",
        None,
        ("trained", "fighters"),
        "Tehran has trained several thousand Shiite fighters able to strike at American bases "
        "in the Gulf, an Arab newspaper in London reported.",
    ),
    (
        "ACCUSE",
        "investigate",
        ("wrapped up", "inquiry"),
        "The Senate committee wrapped up its inquiry into arms sales to Iran on Thursday without "
        "calling the former national security adviser.",
    ),
    (
        "ACCUSE",
        "investigate",
        ("began", "hearings"),
        "South Africa's truth commission began hearings on Monday into the killing of four "
        "activists by police in the Eastern Cape in 1985.",
    ),
    (
        "ACCUSE",
        "disapprove",
        ("called on", "rise up", "against"),
        "A clandestine radio station called on Iraqis to rise up against Saddam Hussein in "
        "broadcasts heard across the south on Sunday.",
    ),
    (
        "PROTEST",
        "riot",
        ("took to", "hurling"),
        "Young Palestinians took to hurling rocks at army patrols in Hebron after the funeral of "
        "a teenager shot on Friday, witnesses said.",
    ),
    (
        "ASSAULT",
        "heavy-weapons",
        ("artillery", "fired"),
        "Turkish artillery fired dozens of rounds at Kurdish guerrilla hideouts across the Iraqi "
        "border overnight, security sources in Diyarbakir said.",
    ),
    (
        "ASSAULT",
        None,
        ("broken", "truce"),
        "Both the Sudanese army and the SPLA have broken the truce around Juba, according to "
        "relief workers who visited the area this week.",
    ),
]

# A fifth batch (session 6): the rhetorical and rarer verbs of agency prose for the same
# codes, scored once before any change made for it.
GSR_CONFLICT_FIFTH: list[Case] = [
    (
        "ACCUSE",
        None,
        ("castigated",),
        "The Indian prime minister castigated Islamabad on Friday for arming separatists in "
        "Kashmir, in a speech to army officers in Jammu.",
    ),
    (
        "ACCUSE",
        None,
        ("deplored",),
        "The Commonwealth secretary-general deplored the hanging of the Ogoni activists by the "
        "Nigerian military government as a grave violation of human rights.",
    ),
    (
        "ACCUSE",
        None,
        ("assailed",),
        "Opposition leaders assailed the government's handling of the Chechen crisis in a heated "
        "debate in the Duma on Wednesday.",
    ),
    (
        "ACCUSE",
        None,
        ("rapped",),
        "Tokyo rapped Seoul over a textbook passage on the wartime occupation, calling it "
        "one-sided, a foreign ministry spokesman said.",
    ),
    (
        "REJECT",
        None,
        ("ruled out",),
        "The Turkish Cypriot leader ruled out any return to the talks table until the island's "
        "Greek Cypriots dropped their bid for a missile system.",
    ),
    (
        "REJECT",
        None,
        ("snubbed",),
        "The Burmese generals snubbed a visiting U.N. envoy on Thursday, refusing to let him "
        "meet the detained opposition leader.",
    ),
    (
        "REJECT",
        None,
        ("balked",),
        "Pyongyang balked at letting international inspectors into two suspected nuclear waste "
        "sites, officials at the atomic agency in Vienna said.",
    ),
    (
        "THREATEN",
        None,
        ("served notice",),
        "The oil workers' federation served notice that it would shut down production in the "
        "delta unless the detained union leaders were released.",
    ),
    (
        "THREATEN",
        "violence",
        ("vowed", "revenge"),
        "Hamas vowed revenge against Israel on Saturday for the killing of its chief bomb maker "
        "in Gaza, in leaflets distributed in the West Bank.",
    ),
    (
        "PROTEST",
        "strike",
        ("downed tools",),
        "Dock workers in Antwerp downed tools on Monday against plans to open the port to "
        "non-union labour, halting container traffic.",
    ),
    (
        "PROTEST",
        "demo",
        ("picketed",),
        "Several hundred Greek Cypriots picketed the British bases at Dhekelia on Sunday, "
        "demanding their removal from the island.",
    ),
    (
        "PROTEST",
        "obstruct",
        ("besieged",),
        "Angry pensioners besieged the labour ministry in Kiev for a second day on Tuesday, "
        "demanding months of unpaid pensions.",
    ),
    (
        "MOBILIZE",
        "troops",
        ("massed", "troops"),
        "Iraq has massed troops and armour near the Kuwaiti border, Pentagon officials said on "
        "Friday, prompting Washington to send more warplanes to the Gulf.",
    ),
    (
        "MOBILIZE",
        None,
        ("placed", "war footing"),
        "Eritrea placed its army on a war footing on Wednesday after Ethiopian jets bombed the "
        "outskirts of Asmara, the information ministry said.",
    ),
    (
        "SANCTION",
        None,
        ("cut", "ties"),
        "Liberia cut ties with Taiwan on Monday in favour of Beijing, ending eight years of "
        "formal relations with Taipei.",
    ),
    (
        "SANCTION",
        None,
        ("suspended", "membership"),
        "The Commonwealth suspended Nigeria's membership on Saturday over the execution of nine "
        "minority rights activists.",
    ),
    (
        "SANCTION",
        "expel",
        ("expelled", "attache"),
        "Manila expelled a Chinese military attache on Thursday after he was caught "
        "photographing naval installations in Subic Bay.",
    ),
    (
        "COERCE",
        "arrest",
        ("placed", "under house arrest"),
        "The junta placed the former president under house arrest on Sunday, a day after he "
        "called for a general strike against military rule.",
    ),
    (
        "COERCE",
        "arrest",
        ("jailed",),
        "A court in Baku jailed eleven opposition activists for up to five years on Tuesday for "
        "their part in the post-election protests.",
    ),
    (
        "COERCE",
        "censor",
        ("gagged",),
        "The government gagged the independent press on Friday with a decree banning reports on "
        "the army's operations in the north.",
    ),
    (
        "ASSAULT",
        None,
        ("ambushed",),
        "Guerrillas ambushed an army patrol near the Salvadoran border town of Chalatenango, "
        "killing seven soldiers, military sources said.",
    ),
    (
        "ASSAULT",
        "targeted",
        ("gunned down",),
        "Masked gunmen gunned down a senior police officer in central Algiers on Monday in the "
        "latest attack blamed on Islamic militants.",
    ),
    (
        "ASSAULT",
        None,
        ("razed",),
        "Government troops razed three villages suspected of sheltering rebels in the eastern "
        "highlands, a human rights group said.",
    ),
    (
        "ASSAULT",
        None,
        ("slaughtered",),
        "Attackers armed with knives and axes slaughtered 43 villagers in a hamlet south of the "
        "Algerian capital overnight, security forces said.",
    ),
    (
        "ASSAULT",
        "heavy-weapons",
        ("lobbed", "mortar"),
        "Rebel gunners lobbed mortar rounds into the airport compound in Kabul on Sunday, "
        "wounding two U.N. staff members.",
    ),
    (
        "ASSAULT",
        "abduct",
        ("seized", "hostage"),
        "Chechen gunmen seized scores of hostages at a hospital in the southern Russian town of "
        "Budyonnovsk, Interfax news agency reported.",
    ),
]

# A sixth batch (session 6), written AFTER the rules it covers (a sweep of governing verbs
# over fixed frames found them): refusals put as judgements, conditions, naming an act a
# crime with "as", forces entering a place, not budging. These cover the rules; they are
# no measure of transfer.
GSR_CONFLICT_SIXTH: list[Case] = [
    (
        "REJECT",
        None,
        ("declared", "unacceptable"),
        "The Croatian government declared on Friday that the Serb proposal for a confederation "
        "was unacceptable and would never be put to parliament.",
    ),
    (
        "REJECT",
        None,
        ("said", "out of the question"),
        "A senior Indian official said a plebiscite in Kashmir was out of the question, "
        "rebuffing a fresh appeal from Islamabad.",
    ),
    (
        "REJECT",
        None,
        ("insisted", "no withdrawal"),
        "Ankara insisted there would be no withdrawal of its troops from northern Cyprus before "
        "a settlement acceptable to the Turkish Cypriots.",
    ),
    (
        "REJECT",
        None,
        ("would not budge",),
        "The Russian negotiator said Moscow would not budge on the status of the Kurile "
        "islands, dimming hopes of a peace treaty with Tokyo.",
    ),
    (
        "REQUEST",
        None,
        ("made", "precondition"),
        "The PLO made a halt to settlement building a precondition for resuming the talks, "
        "its spokesman said in Tunis.",
    ),
    (
        "ACCUSE",
        "disapprove",
        ("denounced", "as"),
        "Havana denounced the downing of its fighter as an act of piracy, in a statement read "
        "out on national radio.",
    ),
    (
        "THREATEN",
        "violence",
        ("warned", "would enter"),
        "Ankara warned on Monday that its troops would enter northern Iraq again if Kurdish "
        "rebels kept up their cross-border raids.",
    ),
]

GSR_CONFLICT_SIXTH += [
    (
        "COERCE",
        "deport",
        ("expelled",),
        "Libya expelled thousands of Egyptian labourers across the desert border in the summer, "
        "blaming Cairo for a dispute over smuggling.",
    ),
    (
        "ASSAULT",
        None,
        ("raided", "camp"),
        "Paratroopers raided a rebel training camp in the Casamance forest at dawn on Friday, "
        "the Senegalese army said.",
    ),
    (
        "ASSAULT",
        "explosives",
        ("mined",),
        "Contra rebels mined the approaches to the port of Corinto, damaging two freighters, "
        "the Sandinista defence ministry said.",
    ),
]

# Confusables for the sixth batch's rules.
GSR_CONFLICT_SIXTH_NOT: list[tuple[str, str, str]] = [
    (
        "ACCUSE",
        "described",
        "The foreign minister described the visit as a success for both countries.",
    ),
    ("REJECT", "said", "The spokesman said the offer was acceptable as a basis for further talks."),
    (
        "ASSAULT",
        "entered",
        "U.N. peacekeeping troops entered the town on Tuesday to supervise the ceasefire.",
    ),
    (
        "REQUEST",
        "made",
        "The new government made the release of the prisoners a priority, officials said.",
    ),
]
