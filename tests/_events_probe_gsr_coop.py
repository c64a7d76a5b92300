"""CAMEO-manual-style probe, cooperative side (session 6, issue #5): sentences written for
dateline in the style of the CAMEO 1.1b3 manual's examples (long, past tense, 1990s
agency prose, often several acts in one sentence), one or two per CAMEO code 01x-09x,
coded as the PLOVER gold records code them. The first list was written before the
lexicon or rules were touched for it, as a measure of how the system types words it was
not fitted to; each later batch says when it was written. Three labels were changed
after a run, each with its reason beside it (a declared ceasefire, an initialled accord,
and one intent first coded by its act).

GSR_COOP cases are (CAMEO code, type, mode, triggers, text). The type follows the gold's
conventions (with eval_events.py's map of the old vocabulary): CAMEO 01x (public
statements) is no event in PLOVER (type None); appeals (02x) are REQUEST; every
expressed intent (03x) is AGREE whatever the act, except forgiving, which the gold codes
SUPPORT even as a readiness; 04x CONSULT, 05x SUPPORT (praise, verbal defence, rallying
support, recognition, apologies and regrets, forgiving, signing); 06x COOPERATE
(extradition included: the 2021 manual's judicial cooperation); 07x AID; 081-083
CONCEDE (a lifted curfew or state of emergency too, as the gold does), but a
resignation RETREAT `resign`; 084-087 RETREAT; 09x ACCUSE `investigate`. The mode is
given only where the gold would give one. The triggers are the words the gold would mark
(EVT) and are scored as benchmarks/eval_events.py scores a record: of the events on
those words (else of all the sentence's events), the one highest in the parse.
"""

from __future__ import annotations

GsrCase = tuple[str, str | None, str | None, tuple[str, ...], str]

GSR_COOP: list[GsrCase] = [
    # ------------------------------------------------------------ 01 public statements
    ("010", None, None, ("told",),
     "Bolivia's interior minister told reporters late on Friday that the coca eradication "
     "programme had fallen well behind its schedule."),
    ("011", None, None, ("declined to comment",),
     "A spokesman for the Kenyan army declined to comment on Sunday on what the newspaper "
     "had printed about the pay of junior officers."),
    ("012", None, None, ("painted a bleak picture",),
     "The Nigerian finance minister painted a bleak picture of the economy on Thursday, "
     "saying crude output was likely to slide further before the year was out."),
    ("014", None, None, ("weighing",),
     "The Philippine cabinet was weighing whether to reopen the mothballed nuclear plant at "
     "Bataan, an aide to the president said on Wednesday."),
    ("017", None, None, ("laid a wreath",),
     "The visiting Austrian president laid a wreath at a memorial to the wartime dead in "
     "Warsaw on the first morning of his stay."),
    ("019", None, None, ("shared",),
     "Officials in Ankara said they shared the view of their Syrian counterparts that the "
     "level of the Euphrates was a technical matter for the engineers."),
    # ------------------------------------------------------------ 02 appeals: REQUEST
    ("020", "REQUEST", None, ("appealed",),
     "The Tamil party appealed on Monday to all sides in Sri Lanka to show restraint during "
     "the holiday period."),
    ("0211", "REQUEST", None, ("asked",),
     "Vietnam has asked Japanese firms to invest in a string of new industrial zones near "
     "Hanoi, the trade ministry said."),
    ("0212", "REQUEST", None, ("sought",),
     "Estonia's defence minister sought closer military ties with the Nordic states during a "
     "tour of the region last week."),
    ("0213", "REQUEST", None, ("requested",),
     "Italian magistrates have requested the help of Swiss judicial authorities in tracing "
     "accounts held by the jailed businessman."),
    ("022", "REQUEST", None, ("urged",),
     "The Bosnian foreign minister urged Islamic countries on Tuesday to back his "
     "government's bid for a seat at the peace conference."),
    ("0231", "REQUEST", None, ("appealed",),
     "Mongolia has appealed to international donors for fresh credits to cover its widening "
     "budget gap."),
    ("0232", "REQUEST", None, ("renewed his plea",),
     "The embattled Liberian leader renewed his plea for arms from neighbouring states, his "
     "information minister said."),
    ("0233", "REQUEST", None, ("issued an urgent call",),
     "The Red Crescent issued an urgent call for tents, medicine and blankets for the quake "
     "victims in northern Iran."),
    ("0234", "REQUEST", None, ("asked",),
     "The Burundian prime minister has asked the Organisation of African Unity to send a "
     "protection force to guard government ministers."),
    ("0241", "REQUEST", None, ("called on",),
     "Student leaders called on the ageing president to step down and make way for a "
     "transitional council."),
    ("0243", "REQUEST", None, ("pressed",),
     "The Albanian minority has pressed Skopje for the right to university education in its "
     "own language."),
    ("0253", "REQUEST", None, ("appealed",),
     "Amnesty International appealed to the Burmese military authorities on Thursday to "
     "free all political detainees."),
    ("0254", "REQUEST", None, ("urged",),
     "Havana has once more urged Washington to lift the economic embargo it imposed more than "
     "three decades ago."),
    ("0255", "REQUEST", None, ("called on",),
     "The UN refugee agency called on Belgrade to let its staff into the province to assess "
     "the needs of the displaced."),
    ("0256", "REQUEST", None, ("appealed",),
     "The Pope appealed for an end to the shelling of Sarajevo in his Sunday address to "
     "pilgrims in St Peter's Square."),
    ("026", "REQUEST", None, ("urged",),
     "The Organisation of American States urged the Haitian military and the exiled "
     "president to resume negotiations without delay."),
    ("027", "REQUEST", None, ("called on",),
     "The Commonwealth secretary-general called on Guyana and Venezuela to resolve their "
     "border quarrel peacefully."),
    ("028", "REQUEST", None, ("asked",),
     "Senegal asked the Gambian leader to act as mediator in its quarrel with Mauritania over "
     "the return of deportees."),
    # ------------------------------------------------------------ 03 expressed intent: AGREE
    ("030", "AGREE", None, ("ready to cooperate",),
     "Beijing said on Friday it was ready to cooperate with Seoul in the search for a "
     "peaceful settlement on the Korean peninsula."),
    ("0311", "AGREE", None, ("expressed its willingness", "invest"),
     "Malaysia has expressed its willingness to invest in Vietnam's oil sector, the state "
     "news agency Bernama reported."),
    ("0312", "AGREE", None, ("prepared to station",),
     "Kazakhstan said it was prepared to station a battalion alongside Russian border troops "
     "in Tajikistan."),
    ("0313", "AGREE", None, ("pledged", "cooperation"),
     "The Colombian attorney-general pledged full cooperation with U.S. prosecutors in the "
     "case against the cartel bosses."),
    ("0314", "AGREE", None, ("undertaken", "exchange"),
     "Interior ministers of the two countries have undertaken to exchange information on drug "
     "traffickers operating along the border."),
    ("032", "AGREE", None, ("promised to support",),
     "The German chancellor has again promised to support Poland's bid to join the European "
     "Union at the next summit."),
    ("0331", "AGREE", None, ("will extend",),
     "Tokyo will extend fresh yen loans worth $500 million to Jakarta, a Japanese embassy "
     "spokesman said on Thursday."),
    ("0332", "AGREE", None, ("would supply",),
     "Washington said on Tuesday it would supply the Bosnian army with light weapons and "
     "training if the arms embargo were lifted."),
    ("0333", "AGREE", None, ("would send",),
     "The European Union announced it would send medical supplies and food worth 10 million "
     "ecus to the drought-stricken Horn of Africa."),
    ("0334", "AGREE", None, ("offered to contribute",),
     "Pakistan has offered to contribute an infantry battalion to the U.N. force in Somalia, "
     "the defence ministry said."),
    ("0341", "AGREE", None, ("promised to hand",),
     "The military ruler promised to hand power to an elected civilian government before the "
     "close of the following year."),
    ("0342", "AGREE", None, ("would scrap",),
     "The Indian finance minister said on Friday the government would scrap import "
     "licences on most consumer goods."),
    ("0343", "AGREE", None, ("pledged to restore",),
     "The ruling council pledged to restore freedom of the press within three months, the "
     "official radio said."),
    ("0351", "AGREE", None, ("would lift",),
     "The Algerian government said it would lift the state of emergency once security had "
     "improved."),
    ("0352", "AGREE", None, ("ready to call off",),
     "The striking miners' union said it was ready to call off its stoppage if the pit "
     "closures were suspended."),
    ("0353", "AGREE", None, ("offered to free",),
     "The rebels have offered to free the seven aid workers they abducted last month in "
     "exchange for medical supplies."),
    ("0354", "AGREE", None, ("prepared to ease",),
     "The European Community is prepared to ease trade sanctions against Belgrade if the "
     "Bosnian Serbs accept the peace plan."),
    ("0355", "AGREE", None, ("would allow",),
     "Baghdad said on Sunday it would allow U.N. weapons inspectors to visit the "
     "presidential sites."),
    ("0356", "AGREE", None, ("willing to pull",),
     "Armenia said it was willing to pull its forces back from the occupied districts as "
     "part of a negotiated deal."),
    ("036", "AGREE", None, ("prepared to sit down",),
     "The Sudanese rebel leader said he was prepared to sit down with government negotiators "
     "in Nairobi next month."),
    ("037", "AGREE", None, ("pledged to settle",),
     "The two neighbours have pledged to settle their dispute over the islands through the "
     "International Court of Justice."),
    ("038", "AGREE", None, ("accepted",),
     "The Guatemalan government has accepted an offer by the United Nations to mediate in its "
     "talks with the guerrillas."),
    ("039", "AGREE", None, ("ready to mediate",),
     "Egypt said on Monday it was ready to mediate between the feuding Palestinian factions "
     "in Gaza."),
    # ------------------------------------------------------------ 04 CONSULT
    ("040", "CONSULT", None, ("held", "consultations"),
     "Greek and Turkish officials held a further round of consultations in Brussels on "
     "Friday on the Aegean dispute."),
    ("041", "CONSULT", "phone", ("spoke by telephone",),
     "Chancellor Kohl spoke by telephone with President Yeltsin on Monday about the situation "
     "in Chechnya, a government spokesman said."),
    ("042", "CONSULT", "visit", ("arrived", "visit"),
     "The Chinese premier arrived in Bangkok on Thursday for a four-day official visit, his "
     "first to Thailand."),
    ("042", "CONSULT", "visit", ("travelled",),
     "Israel's foreign minister travelled to Cairo on Sunday for talks with President Mubarak "
     "on the stalled autonomy negotiations."),
    ("043", "CONSULT", "visit", ("played host",),
     "President Menem played host to the Chilean president at his residence on Saturday, "
     "where the two discussed the remaining border disputes."),
    ("043", "CONSULT", "visit", ("received",),
     "South Africa received the Zambian foreign minister on Wednesday for discussions on "
     "regional security."),
    ("044", "CONSULT", None, ("met",),
     "The foreign ministers of Iran and Iraq met in Geneva on Tuesday in their first direct "
     "encounter since the ceasefire."),
    ("045", "CONSULT", None, ("shuttling",),
     "Norway's foreign minister has been shuttling between Israeli and Palestinian negotiators "
     "in an effort to narrow their differences."),
    ("046", "CONSULT", None, ("resumed bargaining",),
     "Negotiators from the government and the rebel front resumed bargaining over a "
     "power-sharing formula in Arusha on Monday."),
    # ------------------------------------------------------------ 05 SUPPORT
    ("050", "SUPPORT", None, ("restored",),
     "Seoul and Hanoi restored full diplomatic relations on Tuesday after a break of nearly "
     "two decades."),
    ("051", "SUPPORT", None, ("commended",),
     "The Arab League on Thursday commended Jordan's handling of the refugee influx, calling "
     "it an example to the region."),
    ("051", "SUPPORT", None, ("endorsed",),
     "Washington has endorsed the Brazilian plan to restructure the country's foreign debt, a "
     "Treasury official said."),
    ("052", "SUPPORT", None, ("defended",),
     "The Iraqi ambassador defended Libya's refusal to hand over the two suspects, calling "
     "the sanctions unjust."),
    ("053", "SUPPORT", None, ("canvassing support",),
     "Turkey has been canvassing support among Islamic states for the Moslems of Bosnia."),
    ("054", "SUPPORT", None, ("recognise",),
     "Bulgaria became the first state to recognise the independence of Macedonia on "
     "Wednesday, the foreign ministry announced."),
    ("054", "SUPPORT", None, ("extended diplomatic recognition",),
     "The Vatican extended diplomatic recognition to the new Croatian state on Monday."),
    ("055", "SUPPORT", None, ("offered a formal apology",),
     "The Japanese prime minister offered a formal apology to Seoul for the suffering caused "
     "during Japan's colonial rule."),
    ("055", "SUPPORT", None, ("expressed regret",),
     "Indonesia expressed regret on Friday over the shooting of an Australian journalist by "
     "its troops in East Timor."),
    ("056", "SUPPORT", None, ("forgiven",),
     "Kuwait's emir said his people had forgiven the Jordanian government for siding with "
     "Baghdad in the Gulf crisis."),
    ("056", "SUPPORT", None, ("forgive",),
     "Church leaders in Rwanda said they stood ready to forgive the militiamen who had "
     "confessed to the killings."),
    ("057", "SUPPORT", None, ("signed",),
     "Ukraine and Moldova signed a friendship and good-neighbourliness treaty in Kiev on "
     "Thursday."),
    # initialling is agreeing on a text, not signing it: AGREE as the earlier probe sets
    # code it (labelled SUPPORT at first; relabelled when they disagreed)
    ("057", "AGREE", None, ("initialled", "accord"),
     "Foreign ministers from five states initialled an accord on border security at the "
     "end of two days of talks."),
    # ------------------------------------------------------------ 06 COOPERATE
    ("060", "COOPERATE", None, ("launched a joint project",),
     "Israeli and Jordanian engineers have launched a joint project to clear mines from the "
     "Jordan valley."),
    ("061", "COOPERATE", None, ("set up a joint venture",),
     "South Korea and Russia set up a joint venture to develop gas fields in Siberia, the "
     "Yonhap news agency reported."),
    ("062", "COOPERATE", None, ("held joint manoeuvres",),
     "American and Kuwaiti troops held joint manoeuvres in the desert north of Kuwait City "
     "last week."),
    ("062", "COOPERATE", None, ("training",),
     "French military advisers have been training the Rwandan army's elite units, a Belgian "
     "newspaper reported on Monday."),
    ("063", "COOPERATE", None, ("extradited",),
     "The Argentine authorities extradited a former SS officer to Italy on Wednesday to stand "
     "trial for a wartime massacre."),
    ("064", "COOPERATE", None, ("passed on",),
     "Pakistani intelligence has passed on to Washington details of the militants' training "
     "camps, an American official told reporters."),
    ("064", "COOPERATE", None, ("exchanged",),
     "Egyptian and Saudi security services exchanged lists of wanted Islamic militants "
     "during a meeting in Riyadh."),
    # ------------------------------------------------------------ 07 AID
    ("070", "AID", None, ("given",),
     "Japan has given $120 million to help rebuild Cambodia's roads and bridges, a foreign "
     "ministry official said."),
    ("071", "AID", None, ("approved", "loan"),
     "The World Bank approved a $300 million loan to Ghana on Tuesday to support its "
     "structural adjustment programme."),
    ("072", "AID", None, ("shipping arms",),
     "Iran has been shipping arms to the Bosnian Moslems through Croatia, Western diplomats "
     "said."),
    ("073", "AID", None, ("delivered",),
     "A convoy of U.N. trucks delivered flour and medicine to the besieged eastern town of "
     "Srebrenica on Saturday."),
    ("073", "AID", None, ("airlifted",),
     "French army helicopters airlifted food to thousands of refugees stranded in the "
     "mountains of northern Iraq."),
    ("074", "AID", None, ("reached",),
     "The first contingent of Canadian peacekeepers reached the Bosnian town of Visoko on "
     "Sunday to escort aid convoys."),
    ("074", "AID", None, ("escorted",),
     "U.N. soldiers escorted a column of refugees from Zepa to government-held territory on "
     "Thursday."),
    ("075", "AID", None, ("granted political asylum",),
     "Costa Rica granted political asylum on Monday to a former Nicaraguan army officer who "
     "had fled across the border."),
    ("075", "AID", None, ("given refuge",),
     "The Austrian government has given refuge to several hundred Bosnian Moslems released "
     "from Serb-run camps."),
    # ------------------------------------------------------------ 081-083 CONCEDE
    ("080", "CONCEDE", None, ("gave in",),
     "The opposition alliance gave in on Friday to the government's demand that the election "
     "be held under the old constitution."),
    ("0811", "CONCEDE", None, ("relaxed", "restrictions"),
     "The Kenyan government relaxed its restrictions on public meetings ahead of the "
     "multi-party elections."),
    ("0812", "CONCEDE", None, ("lifted the ban",),
     "The Zambian authorities lifted the ban on the main opposition party, which had been "
     "outlawed since March."),
    ("0813", "CONCEDE", None, ("relaxed the curfew",),
     "Authorities in Kashmir relaxed the curfew in Srinagar for four hours on Thursday to let "
     "residents buy food."),
    ("0814", "CONCEDE", None, ("ended",),
     "The Sri Lankan government ended the state of emergency in the capital on Tuesday, but "
     "kept it in force in the north and east."),
    ("082", "CONCEDE", None, ("called off",),
     "Opposition leaders called off a planned march on parliament after the government "
     "agreed to negotiate."),
    ("0831", "RETREAT", "resign", ("stepped down",),
     "The Haitian general stepped down on Sunday under pressure from Washington and handed "
     "power to an interim president."),
    ("0832", "CONCEDE", None, ("reversed",),
     "Bowing to pressure from farmers, the government reversed its decision to cut the price "
     "paid for cotton."),
    ("0833", "CONCEDE", None, ("passed", "granting"),
     "The Slovak parliament passed a law granting the Hungarian minority the right to "
     "bilingual road signs."),
    ("0834", "CONCEDE", None, ("abandoned",),
     "The ruling party abandoned its monopoly on power on Wednesday, clearing the way for a "
     "multiparty system."),
    # ------------------------------------------------------------ 084-087 RETREAT
    ("0841", "RETREAT", "release", ("freed",),
     "Iraq freed two British engineers it had held since the Gulf war, the Foreign Office "
     "said in London."),
    ("0841", "RETREAT", "release", ("released",),
     "Serb forces released 300 Moslem detainees from a camp near Prijedor on Friday under a "
     "deal brokered by the Red Cross."),
    ("0842", "RETREAT", None, ("handed back",),
     "The Kuwaiti government said Baghdad had handed back military equipment seized during "
     "the occupation."),
    ("0842", "RETREAT", None, ("returned",),
     "Germany has returned to Russia archives that the Nazis took from Soviet libraries."),
    ("085", "RETREAT", None, ("lifted",),
     "Washington lifted its trade embargo against Vietnam on Thursday, ending nearly two "
     "decades of economic isolation."),
    ("085", "RETREAT", None, ("eased",),
     "The European Union eased sanctions on Belgrade after it closed its border with the "
     "Bosnian Serbs."),
    ("086", "RETREAT", "access", ("allowed",),
     "Khartoum allowed foreign relief agencies back into the southern region after a "
     "three-month ban."),
    ("0861", "RETREAT", "access", ("received",),
     "Macedonia received the first contingent of U.N. peacekeepers, a Scandinavian battalion "
     "of 700 men, on Sunday."),
    ("0862", "RETREAT", "access", ("let",),
     "North Korea let international atomic inspectors into its Yongbyon nuclear complex on "
     "Monday, a year after it had expelled them."),
    ("0863", "RETREAT", "access", ("opened",),
     "The Ethiopian authorities opened the port of Assab to relief shipments bound for the "
     "famine areas of Tigray."),
    ("087", "RETREAT", "withdraw", ("pulling", "back"),
     "Government troops and rebels began pulling heavy guns back from the front line around "
     "the city under the terms of the accord."),
    # declaring (not implementing) a ceasefire is CONCEDE: the manual's prose (CONCEDE), which
    # the dev records follow where it and CAMEO2PLOVER differ (curfews, emergencies,
    # resignations); labelled RETREAT at first, relabelled after checking that
    ("0871", "CONCEDE", None, ("declared", "ceasefire"),
     "The Bosnian Serbs on Saturday declared a unilateral ceasefire to last over the "
     "Orthodox Christmas holiday."),
    ("0872", "RETREAT", "withdraw", ("eased", "siege"),
     "Indian troops eased their siege of the Hazratbal shrine on Friday, allowing food to "
     "reach the militants inside."),
    ("0873", "RETREAT", "disarm", ("handed in",),
     "Some 8,000 former guerrillas handed in their weapons at U.N. assembly points in the "
     "south of the country."),
    ("0873", "RETREAT", "disarm", ("demobilising",),
     "The Mozambican government began demobilising its army last week, a spokesman for the "
     "U.N. mission told reporters."),
    ("0874", "RETREAT", "withdraw", ("pulled out",),
     "Rebel forces pulled out of the northern town of Kibungo on Tuesday after three days of "
     "heavy fighting."),
    ("0874", "RETREAT", None, ("surrendered",),
     "Some 300 government soldiers surrendered to the rebels at the garrison town of "
     "Gbarnga."),
    # ------------------------------------------------------------ 09 ACCUSE investigate
    ("090", "ACCUSE", "investigate", ("ordered", "inquiry"),
     "The Security Council ordered a U.N. inquiry into the downing of the Rwandan "
     "president's plane."),
    ("091", "ACCUSE", "investigate", ("opened an investigation",),
     "Italian magistrates have opened an investigation into kickbacks paid to politicians by "
     "the state energy company."),
    ("092", "ACCUSE", "investigate", ("looking into",),
     "A team from the U.N. Human Rights Commission began looking into reports of mass "
     "executions in eastern Zaire on Monday."),
    ("093", "ACCUSE", "investigate", ("investigating",),
     "The Pentagon said on Thursday it was investigating the bombing of a civilian shelter in "
     "Baghdad."),
    ("094", "ACCUSE", "investigate", ("gathering evidence",),
     "The prosecutor of the war crimes tribunal has begun gathering evidence of atrocities "
     "committed at Omarska camp."),
]

# Second batch, written after the first run and before any fix: the same codes in other
# wordings of the manual's kind, where a word's own sense is of another type (an embassy
# reopened, thanks and congratulations, amnesties, debts written off).
GSR_COOP += [
    ("050", "SUPPORT", None, ("reopened",),
     "Britain reopened its embassy in Tehran on Monday, eleven years after breaking off "
     "relations over the seizure of its diplomats."),
    ("050", "SUPPORT", None, ("opened",),
     "Israel opened a consulate at the port of Aqaba, its first mission in an Arab "
     "country other than Egypt."),
    ("051", "SUPPORT", None, ("thanked",),
     "The Kuwaiti crown prince thanked Syria for sending troops to the Gulf during the "
     "crisis, the official news agency said."),
    ("051", "SUPPORT", None, ("congratulated",),
     "The Chinese president congratulated the new South Korean leader on his election "
     "victory in a message on Friday."),
    ("051", "SUPPORT", None, ("hailed",),
     "Washington hailed the agreement between the Angolan government and the rebels as a "
     "milestone for southern Africa."),
    ("051", "SUPPORT", None, ("paid tribute",),
     "The French defence minister paid tribute to the U.N. troops killed in Bosnia at a "
     "ceremony in Sarajevo."),
    ("052", "SUPPORT", None, ("voiced support",),
     "The Organisation of African Unity voiced support on Monday for the Nigerian military's "
     "handling of the transition to civilian rule."),
    # an intent to establish ties (032): first mislabelled SUPPORT (054), against the
    # convention above that every expressed intent is AGREE
    ("032", "AGREE", None, ("agreed to establish",),
     "Israel and the Vatican agreed to establish full diplomatic relations after two years "
     "of talks."),
    ("071", "AID", None, ("wrote off",),
     "France wrote off the debts of four of its poorest former colonies in West Africa at a "
     "summit in Dakar."),
    ("071", "AID", None, ("granted", "loan"),
     "Saudi Arabia granted Syria a loan of $200 million to build a power station near "
     "Aleppo."),
    ("0331", "AGREE", None, ("offered",),
     "Kuwait has again offered Egypt soft loans for its irrigation projects, the Kuwaiti "
     "ambassador said in Cairo."),
    ("036", "AGREE", None, ("accepted", "invitation"),
     "The Afghan president accepted an invitation to visit Islamabad for talks on the "
     "refugee issue, Radio Kabul said."),
    ("0811", "CONCEDE", None, ("legalised",),
     "The Tanzanian government legalised opposition parties on Wednesday, ending nearly "
     "three decades of one-party rule."),
    ("0811", "CONCEDE", None, ("granted an amnesty",),
     "The Turkish parliament granted an amnesty to thousands of prisoners jailed after the "
     "1980 coup."),
    ("0811", "CONCEDE", None, ("pardoned",),
     "The Egyptian president pardoned 40 Islamic activists sentenced by military courts, "
     "the Middle East News Agency reported."),
    ("0841", "RETREAT", None, ("handed over",),
     "The Red Cross said Hezbollah had handed over the bodies of two Israeli soldiers in "
     "exchange for Lebanese prisoners."),
    ("0862", "RETREAT", "access", ("allowed",),
     "Iraq allowed U.N. inspectors to resume their work at a missile site near Baghdad on "
     "Saturday after a week-long standoff."),
    ("0874", "RETREAT", "withdraw", ("withdrew",),
     "Vietnam withdrew the last of its troops from Cambodia on Tuesday, ending a decade-long "
     "occupation."),
    ("070", "AID", None, ("donated",),
     "Taiwan has donated rice and medicines to flood victims in the Philippines, the island's "
     "foreign ministry said."),
    ("0314", "AGREE", None, ("offered to share",),
     "Moscow offered to share satellite data on missile launches with Washington as part of "
     "a new early-warning arrangement."),
    ("064", "COOPERATE", None, ("provided", "intelligence"),
     "Britain provided Washington with intelligence on the hijackers' movements during the "
     "week before the hijacking."),
]

# Third batch, written after the first fixes and before any further one: acts of these
# codes whose verb is, in other senses, a word of another type (cancelling a debt,
# handing suspects over, sending warships to guard someone's ships, acceding to demands).
GSR_COOP += [
    ("071", "AID", None, ("cancelled",),
     "Paris cancelled more than $2 billion of Cairo's public debt in recognition of Egypt's "
     "part in the Gulf coalition."),
    ("071", "AID", None, ("rescheduled",),
     "Western creditor governments rescheduled $1.5 billion of Peru's official debt at a "
     "meeting of the Paris Club on Thursday."),
    ("071", "AID", None, ("lent",),
     "Kuwait lent Jordan $150 million to shore up its foreign reserves after the collapse of "
     "the dinar."),
    ("074", "AID", None, ("sent", "escort"),
     "Washington sent two more warships to the Gulf to escort reflagged Kuwaiti tankers past "
     "the Iranian coast."),
    ("074", "AID", None, ("sent",),
     "Ghana sent a further 600 soldiers to join the West African peacekeeping force in "
     "Monrovia, its defence ministry said."),
    ("075", "AID", None, ("took in",),
     "Malawi took in nearly a million Mozambicans fleeing the civil war across its southern "
     "border."),
    ("063", "COOPERATE", None, ("handed over",),
     "Pakistan handed over the suspected bomber to American agents on Wednesday to stand "
     "trial in New York."),
    ("062", "COOPERATE", None, ("conducted joint patrols",),
     "Thai and Malaysian police conducted joint patrols along the border to hunt down "
     "Moslem separatists."),
    ("0833", "CONCEDE", None, ("acceded",),
     "The Nepali king acceded to the demands of the pro-democracy movement and lifted the "
     "ban on political parties."),
    ("0832", "CONCEDE", None, ("bowed",),
     "The government bowed to pressure from the unions on Friday and withdrew the planned "
     "increase in fuel prices."),
    ("0811", "CONCEDE", None, ("lifted", "censorship"),
     "The South Korean military government lifted press censorship on Monday after nearly "
     "a year."),
    ("0833", "CONCEDE", None, ("restored",),
     "The Estonian parliament restored the voting rights of ethnic Russians in local "
     "elections."),
    ("0841", "RETREAT", "release", ("exchanged", "prisoners"),
     "Armenia and Azerbaijan exchanged prisoners of war at a checkpoint on their border, the "
     "Red Cross said."),
    ("0841", "RETREAT", None, ("repatriated",),
     "Thailand repatriated 2,000 Cambodian refugees from camps along the frontier under a "
     "U.N. programme."),
    ("0874", "RETREAT", None, ("ceded",),
     "The Bosnian Serbs ceded control of the heights around Sarajevo to U.N. troops under the "
     "NATO ultimatum."),
    ("0872", "RETREAT", "withdraw", ("dismantled",),
     "Israeli troops dismantled roadblocks around the West Bank town of Jenin on Saturday, "
     "easing movement for its residents."),
    ("087", "RETREAT", None, ("disbanded",),
     "The ruling party disbanded its youth militia on Tuesday, as the peace accord required."),
    ("0871", "RETREAT", "ceasefire", ("halted",),
     "The army halted its offensive against the rebel strongholds in the north for the "
     "duration of the peace talks."),
    ("086", "RETREAT", "access", ("reopened",),
     "Israel reopened the Allenby Bridge crossing to Palestinian travellers on Sunday after a "
     "week-long closure."),
    ("0331", "AGREE", None, ("pledged",),
     "Donor countries pledged $600 million in fresh aid to Rwanda at a conference in Geneva "
     "on Friday."),
    ("075", "AGREE", None, ("offered",),
     "Venezuela offered asylum to the deposed Haitian president, its foreign minister said "
     "in Caracas."),
    ("042", "CONSULT", "visit", ("paid",),
     "The Iranian foreign minister paid a three-day visit to Riyadh, the first by so senior "
     "an Iranian official since the revolution."),
    ("046", "CONSULT", None, ("opened", "negotiations"),
     "Guatemala and the guerrillas opened negotiations in Mexico City on Monday under U.N. "
     "auspices."),
    ("051", "SUPPORT", None, ("welcomed",),
     "Moscow welcomed the decision of the Baltic states to join the Partnership for Peace, "
     "the foreign ministry said."),
    ("051", "SUPPORT", None, ("backed",),
     "The Organisation of the Islamic Conference backed Pakistan's call for a plebiscite in "
     "Kashmir."),
]

# Written with the rule it covers (forces sent to guard a named people, CAMEO 074), after the
# third batch's case for it ("to escort … tankers") failed on a parse error
GSR_COOP += [
    ("074", "AID", None, ("sent",),
     "France sent 300 legionnaires to Bangui to protect French citizens during the army "
     "mutiny."),
]

# Fourth batch, written after the third batch's rules and before any further one: acts
# done through a law (the law's content is the act), recognising the other side's
# victory, compensation for property taken (its return, 0842) or for harm (reparations,
# AID), and reaffirmed support.
GSR_COOP += [
    ("0812", "CONCEDE", None, ("approved", "legalising"),
     "The Georgian parliament approved a bill legalising the two banned opposition parties "
     "ahead of the autumn vote."),
    ("0811", "CONCEDE", None, ("adopted", "granting"),
     "The Algerian national assembly adopted a bill granting an amnesty to Islamist "
     "fighters who surrender their weapons."),
    ("0814", "CONCEDE", None, ("approved", "ending"),
     "Peru's congress approved a decree ending the state of emergency in three Andean "
     "provinces on Thursday."),
    ("057", "SUPPORT", None, ("approved",),
     "The Russian Duma approved the friendship treaty with Ukraine by a wide margin after "
     "months of delay."),
    ("0834", "CONCEDE", None, ("recognised",),
     "The electoral commission finally recognised the opposition's victory in the capital "
     "after weeks of street protests."),
    ("0842", "RETREAT", None, ("compensating",),
     "The Mozambican finance ministry began compensating Portuguese settlers on Tuesday for "
     "farms nationalised after independence."),
    ("0842", "RETREAT", None, ("handed", "compensation"),
     "Prague has handed the Catholic church 30 million crowns in compensation for land "
     "confiscated by the communists."),
    ("071", "AID", None, ("paid compensation",),
     "Germany paid compensation to relatives of those killed in the airliner bombing, a "
     "government spokesman said."),
    ("051", "SUPPORT", None, ("reaffirmed",),
     "The Arab foreign ministers reaffirmed their backing for the Palestinian uprising at "
     "the close of their meeting in Tunis."),
]

# Fifth batch, written after the fourth batch's rules and before any further one: acts of
# these codes reported inside another act (welcomed a withdrawal, praised a release,
# received aid), where the record's event is the reporting act's own.
GSR_COOP += [
    ("051", "SUPPORT", None, ("welcomed",),
     "The Lebanese government welcomed Syria's decision to pull its troops out of the "
     "mountains above Beirut."),
    ("051", "SUPPORT", None, ("praised",),
     "The U.N. chief praised the Khmer Rouge for freeing the three foreign "
     "hostages unharmed."),
    ("0841", "RETREAT", "release", ("released",),
     "Morocco said late on Thursday it had released 200 Polisario prisoners as a "
     "goodwill gesture before the referendum."),
    ("0874", "RETREAT", "withdraw", ("completed", "withdrawal"),
     "Soviet troops completed their withdrawal from Afghanistan on Wednesday, ending a "
     "nine-year military intervention."),
    ("070", "AID", None, ("received",),
     "Ethiopia received 40,000 tonnes of wheat from the European Community last month, the "
     "relief commission said."),
    ("072", "AID", None, ("received",),
     "The Angolan rebels have received anti-aircraft missiles from the United States, a "
     "Western diplomat said in Lisbon."),
    ("038", "AGREE", None, ("accepted",),
     "The Liberian factions accepted the Nigerian leader's offer to mediate in their "
     "conflict."),
    ("0331", "AGREE", None, ("agreed",),
     "The Paris Club agreed on Thursday to reschedule most of Poland's debts to Western "
     "governments."),
    ("042", "CONSULT", "visit", ("flew",),
     "The Turkish prime minister flew to Baku on Tuesday for talks with the Azerbaijani "
     "leadership on a pipeline route."),
    ("0256", "REQUEST", None, ("asked",),
     "The Red Cross asked the warring parties in Somalia to observe a truce so that food "
     "could reach the starving."),
]

# Sixth batch, written after trying such wordings on the system and before any fix for
# them: refugees let in (asylum, AID) or let back home (repatriation, RETREAT), and a
# commander's order to his own men, which is their act (RETREAT), not a request.
GSR_COOP += [
    ("075", "AID", None, ("allowed",),
     "Kenya allowed 300 Somali refugees to stay in a transit camp near Mombasa."),
    ("075", "AID", None, ("allowed",),
     "The Greek government allowed the Kurdish refugees aboard the freighter to land at "
     "Crete."),
    ("0841", "RETREAT", None, ("allowed",),
     "The Iraqi authorities allowed 5,000 Kurdish refugees to return to their villages in "
     "the north."),
    ("0874", "RETREAT", "withdraw", ("ordered", "pull back"),
     "The Nigerian commander ordered his men to pull back from the border area."),
    ("087", "RETREAT", "withdraw", ("ordered",),
     "The army chief ordered his troops back to barracks after the coup attempt failed."),
]

# Seventh batch, from trying wordings of codes 0841-0873 on the system: exchanges of
# captives and the dead (fixed while trying them, before they were added here), truces
# observed or announced, forces confined or moved out, control handed over, institutions
# reopened, and consent given as a withheld objection (added before their fixes).
GSR_COOP += [
    ("0842", "RETREAT", "release", ("exchanged",),
     "Iran and Iraq exchanged the remains of soldiers killed in the war."),
    ("0841", "RETREAT", "release", ("swapped",),
     "The two armies swapped captives at a checkpoint near the ceasefire line."),
    ("0871", "RETREAT", "ceasefire", ("observed",),
     "The two sides observed a truce over the New Year holiday."),
    ("0871", "CONCEDE", None, ("announced",),
     "The Khmer Rouge announced a unilateral truce for the rainy season."),
    ("0873", "RETREAT", "disarm", ("confining",),
     "The Angolan government said it had begun confining its troops to assembly areas."),
    ("0874", "RETREAT", "withdraw", ("handed",),
     "Armenian forces handed control of the town to the Azerbaijani police on Sunday."),
    ("087", "RETREAT", "withdraw", ("moving",),
     "The Serbs began moving their heavy weapons out of the exclusion zone around Sarajevo."),
    ("0811", "CONCEDE", None, ("reopened",),
     "The government reopened the universities it had closed during the unrest."),
    ("0861", "AGREE", None, ("object",),
     "Beijing said it would not object to the deployment of U.N. peacekeepers in Cambodia."),
]

# Eighth batch, from trying wordings of codes 05x-07x on the system (added before the
# fixes for them): support lent (not a loan) and forces acting jointly (cooperation).
GSR_COOP += [
    ("051", "SUPPORT", None, ("lent",),
     "Canada lent its voice to calls for a ceasefire in Chechnya."),
    ("053", "SUPPORT", None, ("lent",),
     "The Non-Aligned Movement lent its backing to Panama's claim to the canal."),
    ("062", "COOPERATE", None, ("patrolled",),
     "Russian and Chinese border guards jointly patrolled the Amur river."),
]
