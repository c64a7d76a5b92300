"""Unseen probe, group B (session 5): wire-style sentences written for dateline for the
conflict types REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (with the old
FIGHT) and investigations (ACCUSE `investigate`, the old INVESTIGATE), one to three per
CAMEO sub-code of CAMEO2PLOVER-2021. Written before the lexicon was touched, with wordings
that neither the lexicon nor the earlier probe sets used: idioms, less common synonyms,
nominal triggers, conditions ("unless", "or face"), reported speech and datelines.

Each case in UNSEEN_B is (type, trigger, text), coded as tests/_events_probe.py codes them.
Each case in CONFUSABLE_B is (type, trigger, text): the event at the trigger, if there is
one, must NOT have that type (a word of a conflict family used in another sense).
"""

from __future__ import annotations

UNSEEN_B: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ REJECT (12x)
    (
        "REJECT",
        "poured",
        "Beijing poured cold water on the proposal for a regional security pact, a foreign "
        "ministry spokeswoman said on Thursday.",
    ),
    (
        "REJECT",
        "declined",
        "Moscow declined to renew the gas supply contract with Kiev when it expired on Friday, "
        "officials in both capitals said.",
    ),
    (
        "REJECT",
        "extend",
        "The finance ministry said on Tuesday it would not extend the credit line to its "
        "neighbour, citing arrears of more than $300 million.",
    ),
    (
        "REJECT",
        "knocked back",
        "Germany has knocked back a Ukrainian request for battle tanks, government sources in "
        "Berlin said.",
    ),
    (
        "REJECT",
        "share",
        "The spy agency was unwilling to share its files with the parliamentary committee, a "
        "senior official told reporters.",
    ),
    (
        "REJECT",
        "threw out",
        "The European Commission threw out Athens' application for emergency funds, saying "
        "the country had not met the conditions.",
    ),
    (
        "REJECT",
        "nixed",
        "Washington nixed a French plan to send a UN protection force to the region, "
        "diplomats at the United Nations said on Friday.",
    ),
    (
        "REJECT",
        "shot down",
        "The president on Sunday shot down opposition demands that he step aside before the "
        "election.",
    ),
    (
        "REJECT",
        "denied",
        "Authorities have again denied the Kurdish minority the right to schooling in its own "
        "language, a rights group said.",
    ),
    (
        "REJECT",
        "dug in",
        "The military council dug in its heels over demands for a new constitution, insisting "
        "the present charter would stay.",
    ),
    (
        "REJECT",
        "give",
        "The government will not give ground on the pension reform, the labour minister told "
        "parliament on Wednesday.",
    ),
    (
        "REJECT",
        "hand back",
        "Tehran will not hand back the seized tanker until the British navy releases an "
        "Iranian vessel, a government spokesman said.",
    ),
    (
        "REJECT",
        "ease",
        "Washington has no intention to ease the embargo on Havana, the State Department said "
        "in a statement.",
    ),
    (
        "REJECT",
        "slammed",
        "Belgrade slammed the door on international mediation over the province, saying the "
        "matter was an internal one.",
    ),
    (
        "REJECT",
        "halting",
        "The army has no intention of halting its advance on the rebel stronghold, a military "
        "spokesman said on Saturday.",
    ),
    (
        "REJECT",
        "stayed away",
        "The Taliban stayed away from the peace conference in Bonn, leaving the delegates to "
        "talk among themselves.",
    ),
    (
        "REJECT",
        "turned",
        "The separatist leadership has turned its back on the negotiations brokered by the "
        "Organisation for Security and Cooperation in Europe.",
    ),
    (
        "REJECT",
        "opposed",
        "New Delhi has long opposed third-party mediation on Kashmir, a foreign ministry "
        "spokesman reiterated on Monday.",
    ),
    (
        "REJECT",
        "killed",
        "Lawmakers killed the peace accord in a narrow vote on Tuesday, dealing a blow to the "
        "president's main policy.",
    ),
    (
        "REJECT",
        "went ahead",
        "The regional government went ahead with the independence referendum despite a "
        "ruling by the constitutional court that it was illegal.",
    ),
    (
        "REJECT",
        "scuppered",
        "Britain scuppered the draft resolution on the eve of the vote, Western diplomats said.",
    ),
    (
        "REJECT",
        "torpedoed",
        "Moscow torpedoed a proposed Security Council statement on the crisis late on Friday.",
    ),
    (
        "REJECT",
        "refusing",
        "Hungary is refusing to take in any of the asylum seekers under the EU quota scheme, "
        "officials in Budapest said.",
    ),
    # ------------------------------------------------------------------ THREATEN (13x)
    (
        "THREATEN",
        "warned",
        "Tehran warned on Sunday that any strike on its nuclear sites would be met with a "
        "crushing response.",
    ),
    (
        "THREATEN",
        "notice",
        "Washington put Cairo on notice that military aid could be cut off if the crackdown on "
        "journalists continued.",
    ),
    (
        "THREATEN",
        "freeze",
        "The European Union said it would freeze development aid to Kampala unless the new "
        "media law was repealed.",
    ),
    (
        "THREATEN",
        "prospect",
        "Ottawa raised the prospect of trade sanctions against Seoul over the beef ban, the "
        "trade minister said.",
    ),
    (
        "THREATEN",
        "downgrade",
        "Ankara said it was ready to downgrade relations with Paris if the genocide bill "
        "became law.",
    ),
    (
        "THREATEN",
        "warned",
        "The interior ministry warned foreign charities that their licences would be revoked "
        "if they did not register by March.",
    ),
    (
        "THREATEN",
        "outlaw",
        "The president said he would outlaw the opposition movement if it did not renounce "
        "violence by the end of the month.",
    ),
    (
        "THREATEN",
        "curfew",
        "The governor said a curfew would be imposed on the township if the looting did not "
        "stop by nightfall.",
    ),
    (
        "THREATEN",
        "spectre",
        "The army chief raised the spectre of emergency rule if the unrest in the provinces "
        "spread further.",
    ),
    (
        "THREATEN",
        "stoppage",
        "The teachers' union said there would be a nationwide stoppage next month unless pay "
        "talks resumed.",
    ),
    (
        "THREATEN",
        "vowed",
        "Farmers vowed to bring the capital to a standstill, tractors and all, if the "
        "subsidy cuts went ahead.",
    ),
    (
        "THREATEN",
        "walk away",
        "The rebels said they would walk away from the negotiating table if the bombing raids "
        "continued.",
    ),
    (
        "THREATEN",
        "end",
        "Oslo signalled it could end its role as mediator if the two sides kept stalling, "
        "Norwegian officials said.",
    ),
    (
        "THREATEN",
        "warned",
        "Khartoum warned it would kick out the peacekeeping mission if the mandate was "
        "extended without its consent.",
    ),
    (
        "THREATEN",
        "promised",
        "The security chief promised to crush any further demonstrations with an iron fist.",
    ),
    (
        "THREATEN",
        "warned",
        "The North warned it would reduce the southern capital to ashes if provoked, state "
        "radio reported.",
    ),
    (
        "THREATEN",
        "blockade",
        "Beijing hinted it would blockade the island's ports should its leaders declare "
        "independence.",
    ),
    (
        "THREATEN",
        "warned",
        "Moscow warned that its troops might move into the breakaway region to protect "
        "Russian citizens there.",
    ),
    (
        "THREATEN",
        "vowed",
        "The group vowed a wave of suicide bombings in the capital in a video posted online "
        "on Friday.",
    ),
    (
        "THREATEN",
        "strike",
        "The defence minister said the air force stood ready to strike rebel bases at any moment.",
    ),
    (
        "THREATEN",
        "rattled",
        "The Kremlin rattled the nuclear sabre again on Friday, saying its missiles could "
        "reach any European capital.",
    ),
    (
        "THREATEN",
        "gave",
        "The government gave the striking miners 48 hours to return to work or be dismissed.",
    ),
    (
        "THREATEN",
        "deadline",
        "Police set the squatters a deadline of midnight to leave the building or be "
        "forcibly removed.",
    ),
    (
        "THREATEN",
        "told",
        "Militiamen were told to hand in their weapons by Friday on pain of arrest.",
    ),
    # ------------------------------------------------------------------ PROTEST (14x)
    (
        "PROTEST",
        "thronged",
        "Tens of thousands of Venezuelans thronged the streets of Caracas on Saturday to "
        "denounce the government.",
    ),
    (
        "PROTEST",
        "sit-down",
        "Opposition supporters staged a sit-down in front of the election commission, "
        "witnesses said.",
    ),
    (
        "PROTEST",
        "turned out",
        "Hundreds of students turned out in Dhaka to vent their anger over the killing of a "
        "classmate.",
    ),
    (
        "PROTEST",
        "massed",
        "Demonstrators massed outside parliament late on Monday demanding that the prime "
        "minister quit.",
    ),
    (
        "PROTEST",
        "converged",
        "Thousands of farmers converged on Brussels in protest against the subsidy reform.",
    ),
    (
        "PROTEST",
        "gathered",
        "Rights activists gathered in front of the courthouse brandishing placards that "
        "demanded justice for the victims.",
    ),
    (
        "PROTEST",
        "poured",
        "Tens of thousands poured onto the streets of Bucharest calling for an end to "
        "communist rule.",
    ),
    (
        "PROTEST",
        "fast",
        "The jailed activist began a fast on Monday in protest at his continued detention "
        "without trial.",
    ),
    (
        "PROTEST",
        "refusing",
        "Several detainees have been refusing meals for a fortnight, their lawyers said.",
    ),
    (
        "PROTEST",
        "hunger protest",
        "The opposition lawmaker launched a hunger protest outside parliament on Tuesday.",
    ),
    (
        "PROTEST",
        "downed tools",
        "Dock workers downed tools on Monday in a dispute over pay, halting exports from the port.",
    ),
    (
        "PROTEST",
        "go-slow",
        "Air traffic controllers staged a go-slow that grounded hundreds of flights across "
        "the country.",
    ),
    (
        "PROTEST",
        "shutdown",
        "Shops and businesses observed a general shutdown across the valley called by "
        "separatist leaders.",
    ),
    (
        "PROTEST",
        "stayed away",
        "Most voters in the north stayed away from the polls after the opposition urged a boycott.",
    ),
    (
        "PROTEST",
        "chained",
        "Environmental activists chained themselves to the gates of the nuclear plant on "
        "Wednesday.",
    ),
    (
        "PROTEST",
        "blockaded",
        "Striking fishermen blockaded the port of Calais with their trawlers, halting ferry "
        "traffic.",
    ),
    (
        "PROTEST",
        "lay",
        "Villagers lay down in front of the bulldozers to stop the demolition of their homes.",
    ),
    (
        "PROTEST",
        "hurled",
        "Hooded youths torched cars and hurled petrol bombs at police in the northern suburbs "
        "overnight.",
    ),
    (
        "PROTEST",
        "ransacked",
        "Angry mobs ransacked government offices in the provincial capital after the "
        "election results were announced.",
    ),
    (
        "PROTEST",
        "disturbances",
        "Violent disturbances broke out in several towns after the opposition leader was detained.",
    ),
    (
        "PROTEST",
        "splashed",
        "Activists splashed red paint on the walls of the embassy in protest at the executions.",
    ),
    # ------------------------------------------------------------------ MOBILIZE (15x)
    (
        "MOBILIZE",
        "drafted in",
        "Authorities drafted in 5,000 extra police officers to guard the summit venue.",
    ),
    (
        "MOBILIZE",
        "flooded",
        "The interior ministry flooded the streets of the capital with riot police ahead of "
        "the anniversary.",
    ),
    (
        "MOBILIZE",
        "war footing",
        "The army put its units in the south on a war footing after the border incident, a "
        "spokesman said.",
    ),
    (
        "MOBILIZE",
        "readiness",
        "Taipei raised the combat readiness of its forces as Chinese warships sailed near the "
        "island.",
    ),
    (
        "MOBILIZE",
        "created",
        "The government created a new paramilitary border force of 10,000 men, the defence "
        "ministry said.",
    ),
    (
        "MOBILIZE",
        "concentrated",
        "Turkey has concentrated tanks and artillery along the Syrian frontier, witnesses "
        "said on Thursday.",
    ),
    (
        "MOBILIZE",
        "ferried",
        "Military transport planes ferried thousands of troops to the western border over "
        "the weekend.",
    ),
    (
        "MOBILIZE",
        "sailed",
        "The US Navy sailed a carrier group into the Gulf on Tuesday in a show of strength.",
    ),
    (
        "MOBILIZE",
        "regrouped",
        "Rebel fighters regrouped in the hills above the town after being driven out last month.",
    ),
    (
        "MOBILIZE",
        "raised",
        "The warlord raised a private army of 2,000 men in the southern provinces, according "
        "to UN monitors.",
    ),
    (
        "MOBILIZE",
        "airlifted",
        "Washington airlifted 3,000 paratroopers to the region on Sunday as tensions rose.",
    ),
    (
        "MOBILIZE",
        "bolstered",
        "Serbia bolstered its forces along the boundary line with Kosovo, NATO officials said.",
    ),
    (
        "MOBILIZE",
        "arming",
        "The government has begun arming village defence committees in the restive north.",
    ),
    # ------------------------------------------------------------------ SANCTION (16x)
    (
        "SANCTION",
        "called home",
        "Morocco called home its ambassador to Madrid for consultations on Wednesday.",
    ),
    (
        "SANCTION",
        "persona non grata",
        "Rabat declared two Spanish diplomats persona non grata and gave them 72 hours to leave.",
    ),
    (
        "SANCTION",
        "shut",
        "Kiev shut its consulate in the Russian city on Monday, the foreign ministry said.",
    ),
    (
        "SANCTION",
        "cut",
        "Tbilisi cut diplomatic links with Moscow after the war, its foreign minister announced.",
    ),
    (
        "SANCTION",
        "pulled",
        "The Netherlands has pulled funding from the rights programme, citing concerns over "
        "corruption.",
    ),
    (
        "SANCTION",
        "slashed",
        "Britain slashed bilateral aid to Rwanda over its alleged backing of rebels in Congo.",
    ),
    (
        "SANCTION",
        "hold",
        "The EU put its budget support to Mali on hold after the coup, a spokeswoman said.",
    ),
    (
        "SANCTION",
        "stopped",
        "The World Bank stopped disbursing loans to the junta after the crackdown.",
    ),
    (
        "SANCTION",
        "halted",
        "Washington halted deliveries of fighter jets to Cairo after the military takeover.",
    ),
    (
        "SANCTION",
        "tightened",
        "The Security Council tightened the embargo on Pyongyang on Saturday after its latest "
        "nuclear test.",
    ),
    (
        "SANCTION",
        "barred",
        "Canada barred imports of Burmese gems and timber, the foreign minister announced.",
    ),
    (
        "SANCTION",
        "blacklist",
        "Washington added the telecoms firm to its trade blacklist on Wednesday.",
    ),
    (
        "SANCTION",
        "pulled",
        "Seoul pulled its delegation from the talks in Geneva after the border shooting.",
    ),
    (
        "SANCTION",
        "abandoned",
        "The opposition abandoned the talks with the government on Friday, accusing it of bad "
        "faith.",
    ),
    (
        "SANCTION",
        "stepped back",
        "Qatar stepped back from its role as mediator between the two factions, officials in "
        "Doha said.",
    ),
    (
        "SANCTION",
        "ejected",
        "Ethiopia ejected the American members of the UN mission from the country on Tuesday.",
    ),
    (
        "SANCTION",
        "recalling",
        "Bangladesh is recalling its peacekeepers from the UN mission after an attack on its base.",
    ),
    (
        "SANCTION",
        "expelled",
        "Khartoum expelled thirteen foreign aid agencies from Darfur after the arrest warrant "
        "was issued.",
    ),
    # ------------------------------------------------------------------ COERCE (17x, 191-192)
    (
        "COERCE",
        "swooped",
        "Tax police swooped on the offices of the opposition daily, carting away computers and "
        "files.",
    ),
    (
        "COERCE",
        "combed",
        "Troops combed the village house by house in search of the gunmen, residents said.",
    ),
    (
        "COERCE",
        "took over",
        "Settlers took over three Palestinian homes in the old city overnight.",
    ),
    (
        "COERCE",
        "deregistered",
        "The justice ministry deregistered the country's oldest human rights organisation on "
        "Thursday.",
    ),
    (
        "COERCE",
        "throttled",
        "Authorities throttled internet access in the province during the unrest, a monitoring "
        "group said.",
    ),
    (
        "COERCE",
        "pulled",
        "The regulator pulled the satellite channel off the air after it broadcast an "
        "interview with the rebel leader.",
    ),
    (
        "COERCE",
        "barred",
        "The electoral commission barred the opposition leader from standing in the "
        "presidential election.",
    ),
    (
        "COERCE",
        "ordered",
        "Authorities ordered residents of the old quarter to stay indoors from dusk to dawn.",
    ),
    (
        "COERCE",
        "suspended",
        "The president invoked emergency powers and suspended the constitution late on Sunday.",
    ),
    (
        "COERCE",
        "placed",
        "The king placed the country under emergency rule on Tuesday and dismissed the cabinet.",
    ),
    (
        "COERCE",
        "picked up",
        "Police picked up dozens of opposition activists in dawn raids across the capital.",
    ),
    (
        "COERCE",
        "hauled",
        "Security agents hauled in the editor for questioning over an article on the army.",
    ),
    (
        "ACCUSE",
        "charged",
        "The blogger was charged with sedition on Monday over posts criticising the royal family.",
    ),
    (
        "COERCE",
        "repatriated",
        "Thailand forcibly repatriated more than a hundred Uighurs to China, rights groups said.",
    ),
    (
        "COERCE",
        "checkpoints",
        "Soldiers set up checkpoints around the town and turned back all traffic.",
    ),
    (
        "COERCE",
        "cut",
        "Authorities cut the power and water supply to the rebel-held district, residents "
        "said by telephone.",
    ),
    # ------------------------------------------------------------------ ASSAULT (18x-20x)
    (
        "ASSAULT",
        "snatched",
        "Gunmen snatched two aid workers from their car on the road to the airport.",
    ),
    (
        "ASSAULT",
        "bundled",
        "Unidentified men bundled the activist into a car outside his home, his wife said.",
    ),
    (
        "ASSAULT",
        "captive",
        "Militants are holding three engineers captive in the mountains, the company said.",
    ),
    (
        "ASSAULT",
        "roughed up",
        "Militiamen roughed up reporters covering the vote count in the port city.",
    ),
    (
        "ASSAULT",
        "set upon",
        "Riot police set upon the marchers with batons as they neared the palace.",
    ),
    (
        "ASSAULT",
        "gang-raped",
        "Soldiers gang-raped women in at least three villages, the UN report said.",
    ),
    (
        "ASSAULT",
        "waterboarded",
        "Terrorism suspects were waterboarded at secret prisons, the report found.",
    ),
    (
        "ASSAULT",
        "kicked",
        "A teenager was kicked to death by a gang of skinheads in the eastern city.",
    ),
    (
        "ASSAULT",
        "blew",
        "A suicide bomber blew himself up at a police checkpoint, killing seven officers.",
    ),
    (
        "ASSAULT",
        "went off",
        "A bicycle bomb went off in a crowded market on Saturday, police said.",
    ),
    (
        "ASSAULT",
        "tore through",
        "A roadside device tore through a military convoy north of the capital.",
    ),
    (
        "ASSAULT",
        "attempt",
        "The governor survived an attempt on his life when gunmen ambushed his motorcade.",
    ),
    (
        "ASSAULT",
        "picked off",
        "Snipers picked off soldiers manning the checkpoint, a local commander said.",
    ),
    (
        "ASSAULT",
        "rounds",
        "Security forces fired live rounds into the crowd outside the mosque, witnesses said.",
    ),
    (
        "ASSAULT",
        "charged",
        "Mounted police charged at demonstrators in the main square, injuring dozens.",
    ),
    (
        "ASSAULT",
        "drove",
        "Militias drove thousands of villagers from their houses during a campaign of terror, "
        "the UN said.",
    ),
    (
        "ASSAULT",
        "hit back",
        "Government forces hit back at rebel positions in the hills on Wednesday.",
    ),
    (
        "ASSAULT",
        "routed",
        "Government troops routed the rebels in a three-day battle for the airport.",
    ),
    (
        "ASSAULT",
        "sprayed",
        "Gunmen sprayed the bus with bullets on the highway outside the town.",
    ),
    (
        "ASSAULT",
        "peppered",
        "Militants peppered the police station with gunfire before dawn on Sunday.",
    ),
    (
        "ASSAULT",
        "rained",
        "Government artillery rained shells on the rebel-held district throughout the night.",
    ),
    (
        "ASSAULT",
        "hammered",
        "Warplanes hammered rebel supply lines near the border for a third day.",
    ),
    (
        "ASSAULT",
        "raked",
        "Helicopter gunships raked the village with machine-gun fire, survivors said.",
    ),
    (
        "ASSAULT",
        "shattered",
        "The truce was shattered on Sunday when militants fired a salvo into the town.",
    ),
    (
        "ASSAULT",
        "butchered",
        "Militiamen butchered dozens of villagers with machetes, survivors told reporters.",
    ),
    (
        "ASSAULT",
        "fought",
        "Kurdish fighters and jihadists fought street by street for the town on Friday.",
    ),
    (
        "ASSAULT",
        "tangled",
        "Government troops and guerrillas tangled near the border on Tuesday, the army said.",
    ),
    (
        "ASSAULT",
        "duelled",
        "The two armies duelled with artillery across the river for most of the day.",
    ),
    (
        "ASSAULT",
        "combat",
        "Government forces and rebels have been locked in heavy combat around the airport "
        "since Monday.",
    ),
    # ------------------------------------------------------------------ investigate (09x)
    (
        "ACCUSE",
        "opened",
        "The prosecutor's office opened a criminal case against the former mayor on Tuesday.",
    ),
    (
        "ACCUSE",
        "fact-finding",
        "A UN fact-finding mission will travel to the region next week, the council said.",
    ),
    (
        "ACCUSE",
        "combing",
        "Anti-corruption investigators are combing through the ministry's accounts, "
        "officials said.",
    ),
    (
        "ACCUSE",
        "delve",
        "UN rights experts will delve into reports of torture in the detention centres.",
    ),
    (
        "ACCUSE",
        "review",
        "The Pentagon has ordered a review of the air strike that hit the hospital.",
    ),
    (
        "ACCUSE",
        "examination",
        "The ICC prosecutor opened a preliminary examination of alleged war crimes in the "
        "territory.",
    ),
    (
        "ACCUSE",
        "exhumed",
        "War crimes investigators exhumed a mass grave near the town on Thursday.",
    ),
]

CONFUSABLE_B: list[tuple[str, str, str]] = [
    ("PROTEST", "strike", "Negotiators hope to strike a deal before the deadline expires."),
    ("THREATEN", "threat", "Rising seas pose a threat to the low-lying islands, scientists say."),
    ("MOBILIZE", "deployed", "The bank deployed new software across its branches last year."),
    ("SANCTION", "suspended", "The airline suspended flights to the island because of the storm."),
    ("ASSAULT", "attacked", "The opposition leader attacked the budget as reckless."),
    ("PROTEST", "rally", "Stocks staged a late rally on Wall Street on Friday."),
    ("MOBILIZE", "alert", "The health ministry issued an alert about contaminated baby milk."),
    (
        "ASSAULT",
        "fire",
        "The government came under fire from lawmakers over its handling of the floods.",
    ),
    ("THREATEN", "warned", "Forecasters warned of heavy snow in the north at the weekend."),
    ("SANCTION", "cut", "The central bank cut interest rates by a quarter point on Thursday."),
    (
        "PROTEST",
        "marched",
        "The army marched into the capital at dawn and seized the radio station.",
    ),
    ("MOBILIZE", "mobilised", "Charities mobilised volunteers to help the flood victims."),
    ("COERCE", "seized", "The central bank seized the initiative by cutting rates early."),
]

# Written after the first round of fixes and scored before any further change: a check
# that the families and rules added for UNSEEN_B reach other wordings of the same acts.
FRESH_B: list[tuple[str, str, str]] = [
    ("REJECT", "scuttled", "Hardliners scuttled the ceasefire plan at a closed-door session."),
    ("REJECT", "brushed", "The junta brushed off a regional offer to mediate, diplomats said."),
    ("REJECT", "reluctant", "Seoul remains reluctant to resume food shipments to the North."),
    ("REJECT", "stayed away", "The rebel delegation stayed away from the talks in Nairobi."),
    ("REJECT", "shot down", "Tokyo shot down a proposal for joint patrols in the disputed waters."),
    ("REJECT", "denied", "The authorities denied the mission permission to visit the prison."),
    (
        "THREATEN",
        "warned",
        "Minsk warned it would close its border with Poland if the sanctions were widened.",
    ),
    ("THREATEN", "vowed", "The militia vowed a campaign of reprisals against the villages."),
    ("THREATEN", "given", "Protesters were given until dawn to clear the square or be arrested."),
    ("THREATEN", "spectre", "The minister raised the spectre of an arms embargo on the junta."),
    ("THREATEN", "sever", "Caracas said it could sever ties with Bogota if the raids went on."),
    ("PROTEST", "converged", "Thousands of protesters converged on the presidential palace."),
    ("PROTEST", "massed", "Striking workers massed outside the factory gates on Monday."),
    ("PROTEST", "poured", "Hundreds of thousands poured onto the streets of Santiago on Friday."),
    (
        "PROTEST",
        "stayed away",
        "Most Sunni voters stayed away from the referendum, officials said.",
    ),
    ("PROTEST", "downed tools", "Bus drivers downed tools across the city over unpaid wages."),
    ("PROTEST", "hurled", "Masked youths hurled petrol bombs at the police station."),
    ("MOBILIZE", "airlifted", "Paris airlifted 500 marines to the former colony on Saturday."),
    ("MOBILIZE", "bolstered", "The army bolstered its garrison in the border town."),
    ("MOBILIZE", "drafted in", "The city drafted in 2,000 police officers for the match."),
    ("MOBILIZE", "readiness", "The air force raised its readiness after the incursion."),
    ("SANCTION", "called home", "Lithuania called home its envoy to Beijing over the row."),
    ("SANCTION", "slashed", "Donors slashed their funding to the agency after the scandal."),
    ("SANCTION", "expelled", "The junta expelled two foreign charities from the north."),
    ("SANCTION", "shut", "Washington shut its consulate in the port city last month."),
    ("SANCTION", "tightened", "The Council tightened the arms embargo on the militias."),
    ("COERCE", "picked up", "Plainclothes police picked up three dissidents outside the court."),
    ("COERCE", "barred", "The courts barred the former premier from running for office."),
    ("COERCE", "ordered", "The army ordered residents to stay in their homes after dark."),
    ("COERCE", "repatriated", "Malaysia forcibly repatriated dozens of refugees on Tuesday."),
    ("COERCE", "throttled", "The government throttled mobile internet in the capital."),
    ("ASSAULT", "went off", "A roadside bomb went off near a police patrol, killing two."),
    ("ASSAULT", "tore through", "A car bomb tore through a busy market in the city."),
    ("ASSAULT", "roughed up", "Police roughed up journalists outside the parliament."),
    ("ASSAULT", "rained", "Rebel gunners rained mortar shells on the government district."),
    ("ASSAULT", "butchered", "Raiders butchered a family of five in the village."),
    ("ACCUSE", "delve", "A parliamentary committee will delve into the arms deal."),
    ("ACCUSE", "exhumed", "Forensic teams exhumed bodies from a second mass grave."),
    ("ACCUSE", "combing", "Auditors are combing through the ministry's records."),
]
