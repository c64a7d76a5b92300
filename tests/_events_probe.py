"""News-style sentences written for dateline, about 20 per PLOVER type, in varied wordings
(nominalisations, light verbs, passives, headlines, phrasal verbs, rarer synonyms).

Each case is (type, trigger, text): the event whose trigger is (or contains) ``trigger``
must have that type. Used by tests/test_events_probe.py and benchmarks/probe_events.py.
Coded by the 2021 PLOVER manual (future cooperation is AGREE, diplomatic protests ACCUSE,
expulsions of individuals COERCE, hostage rescues AID) and, where its prose and the
CAMEO2PLOVER-2021 table differ, by the table (intent to yield is AGREE, apologies SUPPORT).
"""

from __future__ import annotations

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ AGREE
    ("AGREE", "agreed", "Rebel commanders agreed on Sunday to a ceasefire in the east."),
    ("AGREE", "pledged", "The donors pledged to rebuild the bridge destroyed in the floods."),
    ("AGREE", "offered", "Norway offered to mediate between the government and the guerrillas."),
    ("AGREE", "deal", "Ukraine and Poland struck a deal on grain transit late on Tuesday."),
    ("AGREE", "accord", "The two parties reached an accord on sharing oil revenues."),
    ("AGREE", "promised", "The president promised to hold free elections within a year."),
    ("AGREE", "vowed", "The new premier vowed to cooperate with the international court."),
    ("AGREE", "accepted", "The junta accepted a regional plan for a return to civilian rule."),
    ("AGREE", "consented", "The landlocked state consented to the deployment of foreign monitors."),
    ("AGREE", "agreement", "Armenia and Azerbaijan reached agreement on the border demarcation."),
    ("AGREE", "truce", "The warring clans agreed to a truce brokered by local elders."),
    ("AGREE", "pact", "Tokyo and Manila inked a defence pact aimed at closer ties."),
    ("AGREE", "sign", "Russia and the United States will sign an arms control treaty next month."),
    ("AGREE", "invited", "The Chinese leader invited the Brazilian president to visit Beijing."),
    ("AGREE", "committed", "The ministers committed themselves to a common asylum policy."),
    ("AGREE", "meet", "The two leaders will meet in Geneva next week, officials said."),
    ("AGREE", "proposed", "Egypt proposed a three-stage plan to end the fighting."),
    ("AGREE", "undertook", "The company undertook to compensate the families of the victims."),
    ("AGREE", "signalled", "Tehran signalled its readiness to resume nuclear talks."),
    ("AGREE", "agree", "Colombia, rebels agree to resume peace talks"),
    # ------------------------------------------------------------------ CONSULT
    ("CONSULT", "met", "The German chancellor met the French president in Paris on Monday."),
    ("CONSULT", "talks", "Israeli and Palestinian negotiators held talks in Cairo."),
    ("CONSULT", "visited", "The pope visited Iraq for the first time."),
    ("CONSULT", "hosted", "Qatar hosted a delegation of Taliban officials in Doha."),
    ("CONSULT", "discussed", "The foreign ministers discussed the refugee crisis by telephone."),
    ("CONSULT", "conferred", "The king conferred with tribal leaders at his palace."),
    ("CONSULT", "summit", "Leaders of the bloc gathered for a two-day summit in Brussels."),
    ("CONSULT", "negotiated", "Union leaders negotiated with the ministry until late at night."),
    ("CONSULT", "visit", "The Indian prime minister arrived in Dhaka on a state visit."),
    ("CONSULT", "consultations", "The envoy held consultations with opposition figures."),
    ("CONSULT", "phoned", "Biden phoned the Turkish president to discuss the crisis."),
    ("CONSULT", "received", "The emir received the visiting Iranian foreign minister."),
    ("CONSULT", "meeting", "A meeting between the two defence chiefs took place in Singapore."),
    ("CONSULT", "mediated", "Kenya mediated between the two Sudanese factions in Nairobi."),
    ("CONSULT", "sat down", "Both sides sat down with the mediators for the first time in a year."),
    ("CONSULT", "tour", "The secretary of state began a tour of Gulf capitals on Saturday."),
    ("CONSULT", "welcomed", "Mexico's president welcomed his Guatemalan counterpart."),
    ("CONSULT", "talked", "The two presidents talked by phone for an hour on Friday."),
    ("CONSULT", "meets", "Japanese PM meets Chinese premier in Beijing"),
    ("CONSULT", "dialogue", "The government opened a dialogue with the striking miners."),
    # ------------------------------------------------------------------ SUPPORT
    ("SUPPORT", "praised", "The president praised the army for its handling of the floods."),
    ("SUPPORT", "endorsed", "The African Union endorsed the regional peace plan."),
    ("SUPPORT", "welcomed", "Washington welcomed the release of the political prisoners."),
    ("SUPPORT", "recognised", "Several countries recognised the new government in Kabul."),
    ("SUPPORT", "backing", "France voiced its backing for the Lebanese prime minister."),
    ("SUPPORT", "ratified", "The parliament ratified the border treaty with Slovenia."),
    ("SUPPORT", "signed", "Israel and Jordan signed a peace treaty on Wednesday."),
    ("SUPPORT", "commended", "The UN envoy commended both sides for their restraint."),
    ("SUPPORT", "support", "Germany expressed strong support for the Greek reform programme."),
    ("SUPPORT", "approved", "The cabinet approved the peace plan drawn up by the mediators."),
    ("SUPPORT", "restored", "Egypt and Iran restored full diplomatic relations after decades."),
    ("SUPPORT", "hailed", "Opposition leaders hailed the court ruling as a victory."),
    ("SUPPORT", "congratulated", "Putin congratulated the new Kazakh leader on his election."),
    ("SUPPORT", "backed", "The United States backed the Kenyan proposal at the council."),
    ("SUPPORT", "endorsement", "The candidate won the endorsement of the ruling party."),
    ("SUPPORT", "applauded", "Human rights groups applauded the decision to free the journalists."),
    ("SUPPORT", "established", "Vietnam and South Korea established diplomatic ties in 1992."),
    ("SUPPORT", "defended", "The minister defended the government's handling of the crisis."),
    ("SUPPORT", "solidarity", "Baltic leaders expressed solidarity with Ukraine."),
    ("SUPPORT", "backs", "EU backs Serbian bid for membership"),
    # ------------------------------------------------------------------ CONCEDE
    ("SUPPORT", "apologised", "Japan apologised to South Korea for its wartime abuses."),
    ("CONCEDE", "legalised", "The government legalised the main opposition party."),
    ("CONCEDE", "lifted", "The government lifted the curfew in the capital on Thursday."),
    ("CONCEDE", "pardoned", "The president pardoned 200 political prisoners."),
    ("CONCEDE", "amnesty", "The junta declared an amnesty for rebels who lay down their arms."),
    ("CONCEDE", "eased", "Beijing eased restrictions on foreign journalists."),
    ("CONCEDE", "conceded", "The ruling party conceded defeat in the local elections."),
    ("SUPPORT", "apology", "The minister issued a public apology to the victims' families."),
    ("CONCEDE", "overturned", "The court overturned the ban on the newspaper."),
    ("CONCEDE", "called off", "The unions called off the general strike after the deal."),
    ("CONCEDE", "acquitted", "A court acquitted the opposition leader of treason."),
    ("CONCEDE", "dropped", "Prosecutors dropped all charges against the activists."),
    ("AGREE", "withdraw", "Russia announced that it would withdraw its troops from the border."),
    ("CONCEDE", "withdrew", "The opposition withdrew its demand for a recount."),
    ("SUPPORT", "regret", "The general expressed regret for the civilian deaths."),
    ("CONCEDE", "ended", "The authorities ended the state of emergency in the north."),
    ("CONCEDE", "yielded", "The government yielded to the strikers' demands for higher pay."),
    ("CONCEDE", "backed down", "The mayor backed down over plans to demolish the market."),
    ("CONCEDE", "relaxed", "Authorities relaxed the ban on public gatherings."),
    ("CONCEDE", "admitted", "The army admitted responsibility for the deaths of two farmers."),
    ("CONCEDE", "gave in", "The ministry gave in to pressure from the teachers' union."),
    ("CONCEDE", "suspended", "The protesters suspended their sit-in outside parliament."),
    ("CONCEDE", "revoked", "The regime revoked the state of emergency after two years."),
    ("CONCEDE", "lifts", "Thailand lifts martial law"),
    # ------------------------------------------------------------------ COOPERATE
    ("COOPERATE", "exercises", "Indian and French navies held joint exercises in the Arabian Sea."),
    ("COOPERATE", "extradited", "Spain extradited the suspect to Argentina on Monday."),
    ("COOPERATE", "shared", "The two agencies shared intelligence on the smuggling ring."),
    ("COOPERATE", "cooperated", "Police in both countries cooperated to dismantle the network."),
    ("COOPERATE", "cooperation", "Ankara and Baku expanded their energy cooperation."),
    ("COOPERATE", "trade", "China and Brazil resumed trade in beef after the dispute."),
    ("COOPERATE", "exchanged", "The two sides exchanged information on missing soldiers."),
    ("COOPERATE", "handed over", "Serbia handed over the fugitive general to the tribunal."),
    ("COOPERATE", "manoeuvres", "Russian and Chinese warships staged joint manoeuvres."),
    ("COOPERATE", "collaborated", "The universities collaborated with the health ministry."),
    ("COOPERATE", "partnership", "The firms launched a partnership to build the pipeline."),
    ("COOPERATE", "joined forces", "The two militias joined forces against the jihadists."),
    ("COOPERATE", "patrols", "Thai and Malaysian police began joint patrols along the border."),
    ("COOPERATE", "worked", "Investigators worked with Interpol to trace the funds."),
    ("COOPERATE", "extradition", "Mexico approved the extradition of the cartel leader to the US."),
    ("COOPERATE", "investment", "Gulf states expanded investment in Egyptian ports."),
    ("COOPERATE", "teamed up", "Kenya and Uganda teamed up to fight cattle rustling."),
    ("COOPERATE", "exercise", "The allies conducted a joint naval exercise off the coast."),
    ("COOPERATE", "coordinated", "Police coordinated with the Dutch authorities in the raid."),
    ("COOPERATE", "hold", "US, South Korea hold joint drills"),
    # ------------------------------------------------------------------ AID
    ("AID", "aid", "The European Union sent humanitarian aid to the flood victims."),
    ("AID", "donated", "Japan donated $10 million to the refugee agency."),
    ("AID", "granted", "Britain granted asylum to the dissident journalist."),
    ("AID", "supplied", "Washington supplied the Kyiv government with air defence systems."),
    ("AID", "rescued", "Pakistani troops rescued ten hostages from a hideout."),
    ("AID", "approved", "The IMF approved a $3 billion loan to Sri Lanka."),
    ("AID", "delivered", "Convoys delivered food to the besieged town."),
    ("AID", "assistance", "Canada provided emergency assistance to the earthquake zone."),
    ("AID", "forgave", "The Paris Club forgave half of Nigeria's debt."),
    ("AID", "airlifted", "The air force airlifted medicine to the stranded villagers."),
    ("AID", "shelter", "Turkey gave shelter to thousands of fleeing Syrians."),
    ("AID", "funding", "The World Bank announced new funding for Haiti's schools."),
    ("AID", "relief", "Aid agencies distributed relief supplies in the camps."),
    ("AID", "weapons", "Iran shipped weapons to the Houthi rebels, the report said."),
    ("AID", "evacuated", "Navy ships evacuated foreign nationals from the port."),
    ("AID", "reparations", "Germany paid reparations to survivors of the massacre."),
    ("AID", "trained", "American instructors trained Iraqi special forces."),
    ("AID", "freed", "Police freed twelve kidnapping victims in a dawn operation."),
    ("AID", "handed", "The government handed out food parcels to flood victims."),
    ("AID", "sends", "Japan sends relief team to quake-hit Turkey"),
    # ------------------------------------------------------------------ RETREAT
    ("RETREAT", "withdrew", "Israel withdrew its troops from southern Lebanon."),
    ("RETREAT", "released", "The rebels released three Italian hostages on Friday."),
    ("RETREAT", "freed", "The kidnappers freed the engineer after a ransom was paid."),
    ("RETREAT", "resigned", "The prime minister resigned amid the corruption scandal."),
    ("RETREAT", "pulled out", "Russian forces pulled out of the city after a week."),
    ("RETREAT", "withdrawal", "The withdrawal of foreign troops from the island began."),
    ("RETREAT", "release", "The release of 50 prisoners was completed on Monday."),
    ("RETREAT", "disarmed", "Thousands of militiamen disarmed under the peace plan."),
    ("RETREAT", "handed back", "The army handed back the seized land to the villagers."),
    ("RETREAT", "stepped down", "The central bank governor stepped down on Tuesday."),
    ("RETREAT", "returned", "Militants returned the bodies of two soldiers."),
    ("RETREAT", "allowed", "The government allowed UN inspectors to enter the site."),
    ("RETREAT", "resignation", "The interior minister announced his resignation."),
    ("RETREAT", "retreated", "Rebel fighters retreated from the hills around the town."),
    ("RETREAT", "repatriated", "Thailand repatriated 300 Cambodian refugees."),
    ("RETREAT", "surrendered", "Hundreds of guerrillas surrendered their weapons to the army."),
    ("RETREAT", "evacuated", "The militia evacuated its positions near the airport."),
    ("RETREAT", "quit", "The justice minister quit after the report was published."),
    ("RETREAT", "observed", "Both armies observed the ceasefire along the front line."),
    ("RETREAT", "frees", "Hamas frees two elderly hostages"),
    # ------------------------------------------------------------------ REQUEST
    ("REQUEST", "urged", "The UN urged both sides to exercise restraint."),
    ("REQUEST", "demanded", "Protesters demanded the resignation of the governor."),
    ("REQUEST", "called", "The opposition called for early elections."),
    ("REQUEST", "appealed", "The Red Cross appealed for access to the detainees."),
    ("REQUEST", "asked", "Lebanon asked the Security Council to condemn the incursion."),
    ("REQUEST", "request", "Iraq made a formal request for more ventilators."),
    ("REQUEST", "pressed", "Washington pressed Islamabad to act against the militants."),
    ("REQUEST", "demand", "The union repeated its demand for a 10 percent pay rise."),
    ("REQUEST", "calls", "The minister's calls for calm went unheeded."),
    ("REQUEST", "sought", "The government sought international help to fight the fires."),
    ("REQUEST", "appeal", "The bishops issued an appeal for an end to the violence."),
    ("REQUEST", "petitioned", "Villagers petitioned the court to halt the dam project."),
    ("REQUEST", "implored", "The mother implored the kidnappers to release her son."),
    ("REQUEST", "pushing", "France is pushing for tougher rules on arms exports."),
    ("REQUEST", "requested", "Mali requested French military assistance."),
    ("REQUEST", "insisted", "The rebels insisted that the army must withdraw first."),
    ("REQUEST", "plea", "The mayor made an urgent plea for calm after the shooting."),
    ("REQUEST", "lobbied", "Farmers lobbied parliament for higher subsidies."),
    ("REQUEST", "called on", "Amnesty International called on Egypt to free the bloggers."),
    ("REQUEST", "urges", "Pope urges end to violence in Sudan"),
    # ------------------------------------------------------------------ ACCUSE
    ("ACCUSE", "accused", "Kiev accused Moscow of shelling civilian areas."),
    ("ACCUSE", "condemned", "The Arab League condemned the attack on the embassy."),
    ("ACCUSE", "criticised", "The opposition criticised the budget as reckless."),
    ("ACCUSE", "investigation", "Prosecutors opened an investigation into the bribery claims."),
    ("ACCUSE", "charged", "Prosecutors charged the former minister with embezzlement."),
    ("ACCUSE", "sued", "The company sued the government over the licence."),
    ("ACCUSE", "denounced", "Rights groups denounced the mass trial as a sham."),
    ("ACCUSE", "blamed", "Officials blamed the rebels for the bombing."),
    ("ACCUSE", "allegations", "Activists made allegations of torture against the guards."),
    ("ACCUSE", "probe", "The UN launched a probe into the killings in the camp."),
    ("ACCUSE", "indicted", "A grand jury indicted the mayor on fraud charges."),
    ("ACCUSE", "summoned", "China summoned the Japanese ambassador to protest the visit."),
    ("ACCUSE", "criticism", "The plan drew sharp criticism from environmental groups."),
    ("ACCUSE", "deplored", "The Vatican deplored the desecration of the church."),
    ("ACCUSE", "protest", "The foreign ministry lodged a formal protest with Moscow."),
    ("ACCUSE", "investigating", "Police are investigating the disappearance of the activist."),
    ("ACCUSE", "complained", "Farmers complained about the new import quotas."),
    ("ACCUSE", "alleged", "The report alleged that officials had rigged the vote."),
    ("ACCUSE", "slammed", "The president slammed the media for its coverage."),
    ("ACCUSE", "accuses", "Turkey accuses Greece of violating its airspace"),
    # ------------------------------------------------------------------ REJECT
    ("REJECT", "rejected", "The rebels rejected the government's peace offer."),
    ("REJECT", "refused", "The president refused to meet the opposition leader."),
    ("REJECT", "vetoed", "Russia vetoed the Security Council resolution."),
    ("REJECT", "denied", "The ministry denied the journalists entry into the region."),
    ("REJECT", "turned down", "The union turned down the management's latest offer."),
    ("REJECT", "rebuffed", "Pyongyang rebuffed calls for a return to talks."),
    ("REJECT", "rejection", "The parliament's rejection of the treaty stunned Brussels."),
    ("REJECT", "dismissed", "The government dismissed the demands of the strikers."),
    ("REJECT", "defied", "The militia defied the order to disarm."),
    ("REJECT", "spurned", "The king spurned the offer of talks."),
    ("REJECT", "refuses", "Hungary refuses to back Ukraine aid package"),
    ("REJECT", "refusal", "The army's refusal to hand over the suspects angered the court."),
    ("REJECT", "balked", "Congress balked at the request for more aid."),
    ("REJECT", "ruled out", "The chancellor ruled out any negotiations with the kidnappers."),
    ("REJECT", "resisted", "The government resisted pressure to devalue the currency."),
    ("REJECT", "barred", "Israel barred the UN investigators from entering the country."),
    ("REJECT", "declined", "The minister declined an invitation to the summit."),
    ("REJECT", "opposed", "Several states opposed the plan to expand the alliance."),
    ("REJECT", "snubbed", "The envoy snubbed the reception at the embassy."),
    ("REJECT", "rejects", "Iran rejects US demand to halt enrichment"),
    # ------------------------------------------------------------------ THREATEN
    ("THREATEN", "threatened", "The rebels threatened to attack the capital."),
    ("THREATEN", "warned", "Beijing warned that it would respond with force."),
    ("THREATEN", "threat", "The general issued a threat to crush the uprising."),
    ("THREATEN", "gave", "The army gave the militants a 48-hour ultimatum to leave."),
    ("THREATEN", "threatens", "North Korea threatens nuclear strike on Seoul"),
    ("THREATEN", "vowed", "The militants vowed to kill the hostages."),
    ("THREATEN", "menaced", "Gunboats menaced fishing vessels in the disputed waters."),
    ("THREATEN", "warning", "The ministry issued a warning that it would expel the diplomats."),
    ("THREATEN", "threatening", "The union is threatening a nationwide strike."),
    ("THREATEN", "threats", "The journalist received death threats from the cartel."),
    ("THREATEN", "intimidated", "Armed men intimidated voters at polling stations."),
    ("THREATEN", "warrant", "The court issued an arrest warrant for the exiled leader."),
    ("THREATEN", "threatened", "Washington threatened Ankara with sanctions over the deal."),
    ("THREATEN", "brandished", "Soldiers brandished rifles at the crowd but did not fire."),
    ("THREATEN", "threatened", "The president threatened military action if talks failed."),
    ("THREATEN", "cautioned", "Seoul cautioned that it would retaliate for any attack."),
    ("THREATEN", "warned", "The junta warned foreign reporters that they would be arrested."),
    ("THREATEN", "vowed", "The rebel leader vowed to seize the capital by force."),
    ("THREATEN", "threat", "Iran's threat to close the Strait of Hormuz rattled markets."),
    ("THREATEN", "vows", "Hezbollah vows revenge for commander's killing"),
    # ------------------------------------------------------------------ PROTEST
    ("PROTEST", "protested", "Thousands protested in the capital against the new tax."),
    ("PROTEST", "marched", "Demonstrators marched on parliament on Saturday."),
    ("PROTEST", "rally", "Supporters of the opposition held a rally in Lagos."),
    ("PROTEST", "strike", "Dock workers went on strike over unpaid wages."),
    ("PROTEST", "marched", "Students marched through the city demanding reforms."),
    ("PROTEST", "demonstration", "A demonstration outside the embassy turned violent."),
    ("PROTEST", "rioted", "Youths rioted in the suburbs for a third night."),
    ("PROTEST", "hunger strike", "The jailed activist began a hunger strike."),
    ("PROTEST", "boycott", "Consumers launched a boycott of French goods."),
    ("PROTEST", "blocked", "Farmers blocked the motorway with tractors."),
    ("PROTEST", "sit-in", "Teachers staged a sit-in at the education ministry."),
    ("PROTEST", "walked out", "Nurses walked out of hospitals across the country."),
    ("PROTEST", "took to the streets", "Tens of thousands took to the streets of Tbilisi."),
    ("PROTEST", "riots", "Riots broke out in the port city after the verdict."),
    ("PROTEST", "picketed", "Union members picketed the factory gates."),
    ("PROTEST", "protest", "Crowds gathered outside the court to protest the ruling."),
    ("PROTEST", "protests", "Protests erupted across Iran after the death of the student."),
    ("PROTEST", "torched", "Rioters torched cars and looted shops in the city centre."),
    ("PROTEST", "strike", "Miners staged a week-long strike for better safety."),
    ("PROTEST", "protest", "Thousands protest in Belgrade over election fraud"),
    # ------------------------------------------------------------------ SANCTION
    ("SANCTION", "sanctions", "The EU imposed sanctions on Belarusian officials."),
    ("SANCTION", "expelled", "Poland expelled three Russian diplomats."),
    ("SANCTION", "severed", "Morocco severed diplomatic ties with Iran."),
    ("SANCTION", "embargo", "Washington imposed an arms embargo on the junta."),
    ("SANCTION", "suspended", "The World Bank suspended lending to the country."),
    ("SANCTION", "recalled", "Algeria recalled its ambassador from Paris."),
    ("SANCTION", "convicted", "A court convicted the company of polluting the river."),
    ("SANCTION", "froze", "Switzerland froze the assets of the ousted dictator."),
    ("SANCTION", "cut off", "Donors cut off aid after the coup."),
    ("SANCTION", "broke off", "The opposition broke off negotiations with the government."),
    ("SANCTION", "tariffs", "The United States slapped tariffs on Chinese steel."),
    ("SANCTION", "withdrew", "Hungary withdrew from the international court."),
    ("SANCTION", "downgraded", "The Netherlands downgraded its diplomatic relations with Syria."),
    ("SANCTION", "halted", "Germany halted arms exports to Saudi Arabia."),
    ("SANCTION", "blacklisted", "The Treasury blacklisted four shipping companies."),
    ("SANCTION", "suspension", "The suspension of Mali from the African Union took effect."),
    ("SANCTION", "fined", "A court fined the newspaper for libel."),
    ("SANCTION", "expelled", "The party expelled the senator over the scandal."),
    ("SANCTION", "closed", "Canada closed its embassy in Tehran."),
    ("SANCTION", "sanctions", "US slaps sanctions on Venezuelan oil firm"),
    # ------------------------------------------------------------------ MOBILIZE
    ("MOBILIZE", "deployed", "Moscow deployed troops along the border with Ukraine."),
    ("MOBILIZE", "mobilised", "The government mobilised 30,000 reservists."),
    ("MOBILIZE", "alert", "The army was put on high alert after the incursion."),
    ("MOBILIZE", "massed", "Troops massed near the frontier, satellite images showed."),
    ("MOBILIZE", "deployment", "The deployment of warships to the Gulf alarmed Tehran."),
    ("MOBILIZE", "sent", "The president sent tanks into the restive province."),
    ("MOBILIZE", "test-fired", "North Korea test-fired two ballistic missiles."),
    ("MOBILIZE", "exercises", "Russia began large-scale military exercises near Finland."),
    ("MOBILIZE", "buildup", "NATO warned of a military buildup in Belarus."),
    ("MOBILIZE", "reinforcements", "The army rushed reinforcements to the northern front."),
    ("MOBILIZE", "dispatched", "India dispatched additional police units to Manipur."),
    ("MOBILIZE", "stationed", "The US stationed bombers on the island of Guam."),
    ("MOBILIZE", "moved", "Rebels moved heavy weapons closer to the city."),
    ("MOBILIZE", "call-up", "The call-up of reservists began on Monday."),
    ("MOBILIZE", "patrolled", "Armoured vehicles patrolled the streets of the capital."),
    ("MOBILIZE", "mobilization", "The general ordered a full mobilization of the armed forces."),
    ("MOBILIZE", "drills", "China held live-fire drills around Taiwan."),
    ("MOBILIZE", "positioned", "The navy positioned two carriers off the coast."),
    ("MOBILIZE", "alert", "Police were on alert across the capital ahead of the verdict."),
    ("MOBILIZE", "deploys", "Turkey deploys troops to Syrian border"),
    # ------------------------------------------------------------------ COERCE
    ("COERCE", "arrested", "Police arrested dozens of opposition activists."),
    ("COERCE", "detained", "Security forces detained the journalist at the airport."),
    ("COERCE", "curfew", "Authorities imposed a curfew on the city."),
    ("COERCE", "banned", "The government banned the opposition party."),
    ("COERCE", "deported", "Italy deported the imam to Morocco."),
    ("COERCE", "raided", "Police raided the offices of the newspaper."),
    ("COERCE", "censored", "The regime censored reports of the protests."),
    ("COERCE", "confiscated", "Customs officers confiscated the cargo."),
    ("COERCE", "jailed", "A court jailed the blogger for five years."),
    ("COERCE", "state of emergency", "The president declared a state of emergency."),
    ("COERCE", "crackdown", "The crackdown on dissent intensified after the vote."),
    ("COERCE", "shut down", "Authorities shut down the internet in the region."),
    ("COERCE", "arrests", "The arrests of three activists sparked outrage."),
    ("COERCE", "detention", "The detention of the lawyer was condemned abroad."),
    ("COERCE", "house arrest", "The former president was placed under house arrest."),
    ("COERCE", "seized", "Authorities seized the assets of the banned group."),
    ("COERCE", "hacked", "Hackers hacked the ministry's servers."),
    ("COERCE", "rounded up", "Soldiers rounded up young men in the village."),
    ("COERCE", "imprisoned", "The regime imprisoned hundreds of dissidents without trial."),
    ("COERCE", "arrests", "Police arrest 40 in Istanbul"),
    # ------------------------------------------------------------------ ASSAULT
    ("ASSAULT", "killed", "Gunmen killed five policemen in an ambush."),
    ("ASSAULT", "attack", "A suicide attack on a mosque killed 30 worshippers."),
    ("ASSAULT", "shelled", "Government forces shelled rebel positions overnight."),
    ("ASSAULT", "bombing", "The bombing of the market was the deadliest in months."),
    ("ASSAULT", "kidnapped", "Pirates kidnapped the crew of a cargo ship."),
    ("ASSAULT", "ambushed", "Insurgents ambushed a military convoy."),
    ("ASSAULT", "clashed", "Troops clashed with militants near the border."),
    ("ASSAULT", "assassinated", "The opposition leader was assassinated outside his home."),
    ("ASSAULT", "airstrikes", "Airstrikes hit a hospital in the north."),
    ("ASSAULT", "opened fire", "Soldiers opened fire on the crowd, killing ten."),
    ("ASSAULT", "tortured", "Guards tortured the prisoners, the report said."),
    ("ASSAULT", "stormed", "Commandos stormed the hijacked plane."),
    ("ASSAULT", "massacre", "The massacre of villagers was carried out by a militia."),
    ("ASSAULT", "beat", "Police beat the demonstrators with batons."),
    ("ASSAULT", "fighting", "Heavy fighting raged in the suburbs of the city."),
    ("ASSAULT", "offensive", "The army launched an offensive against the rebels."),
    ("ASSAULT", "blew up", "Saboteurs blew up the gas pipeline."),
    ("ASSAULT", "fired", "Police fired tear gas at the students."),
    ("ASSAULT", "invaded", "The army invaded the neighbouring country in 1990."),
    ("ASSAULT", "kills", "Car bomb kills 12 in Baghdad"),
]

# Wire-style sentences (a reporting frame, several candidate events, participial and
# conditional clauses), four per type, written for the second round.
WIRE: list[tuple[str, str, str]] = [
    ("AGREE", "negotiations", "The rebel leader said on Tuesday that his movement was ready "
     "to resume negotiations with the government in Addis Ababa."),
    ("AGREE", "agreed", "Officials in Seoul said the two Koreas had agreed to reopen a "
     "military hotline that was cut last year."),
    ("AGREE", "provide", "Japan will provide $20 million in emergency aid to flood-hit "
     "Pakistan, the foreign ministry said on Friday."),
    ("AGREE", "pledged", "The finance ministers pledged on Saturday to coordinate their "
     "efforts to stabilise the currency markets."),
    ("CONSULT", "talks", "Secretary of State Rice arrived in Jerusalem on Sunday for talks "
     "with Israeli and Palestinian leaders, a U.S. official said."),
    ("CONSULT", "talks", "The Iranian foreign minister held telephone talks with his Saudi "
     "counterpart on Monday about the crisis in Yemen, state media reported."),
    ("CONSULT", "met", "Chinese President Hu Jintao met visiting Russian Prime Minister "
     "Mikhail Fradkov in Beijing on Thursday, the Xinhua news agency said."),
    ("CONSULT", "conference", "Leaders of the rival Somali factions gathered in Nairobi for "
     "a conference aimed at ending years of civil war."),
    ("SUPPORT", "welcomed", "The European Union on Monday welcomed the decision by the "
     "Serbian government to hand over war crimes suspects to the tribunal."),
    ("SUPPORT", "praised", "Washington praised Pakistan for its cooperation in the hunt for "
     "al Qaeda militants, a State Department spokesman said."),
    ("SUPPORT", "support", "The Organisation of African Unity expressed full support for "
     "the peace initiative launched by South Africa."),
    ("SUPPORT", "recognised", "Britain formally recognised the new government in Belgrade "
     "on Tuesday, the Foreign Office said."),
    ("CONCEDE", "lifted", "The military government said on Wednesday it had lifted a ban "
     "on political activity imposed after the coup."),
    ("CONCEDE", "amnesty", "In a surprise move, the president granted an amnesty to more "
     "than 300 political prisoners, state radio said."),
    ("CONCEDE", "eased", "Authorities in Dhaka eased the curfew for six hours on Saturday "
     "to allow residents to buy food."),
    ("CONCEDE", "scrapped", "Bowing to weeks of protests, the government scrapped the "
     "planned increase in fuel prices."),
    ("COOPERATE", "extradited", "Germany extradited a Turkish man wanted in connection with "
     "the bombing of a synagogue in Istanbul, prosecutors said."),
    ("COOPERATE", "sharing", "Police from the two countries have been sharing intelligence "
     "on the activities of the smuggling gangs, officials said."),
    ("COOPERATE", "exercises", "American and Philippine troops began joint military "
     "exercises on the southern island of Mindanao on Monday."),
    ("COOPERATE", "flights", "Egypt and Sudan resumed direct flights between Cairo and "
     "Khartoum after a five-year suspension."),
    ("AID", "delivered", "The World Food Programme said it had delivered 2,000 tonnes of "
     "food to displaced families in the south."),
    ("AID", "given", "Saudi Arabia has given Yemen $300 million to help it cope with the "
     "influx of refugees, officials said."),
    ("AID", "asylum", "Canada granted political asylum to a former Chinese diplomat who "
     "defected last month."),
    ("AID", "freed", "Pakistani commandos freed 12 hostages held by tribal militants in a "
     "pre-dawn raid, the army said."),
    ("RETREAT", "withdrawing", "Serb forces began withdrawing heavy weapons from around the "
     "city on Tuesday, U.N. officials said."),
    ("RETREAT", "released", "The kidnappers released the two German aid workers unharmed "
     "on Sunday, a police spokesman said."),
    ("RETREAT", "handed over", "Rebels handed over 300 weapons to the peacekeepers in the "
     "first week of the disarmament programme."),
    ("RETREAT", "resigned", "The defence minister resigned on Friday after the army's "
     "failure to prevent the attack."),
    ("REQUEST", "called", "The United Nations Secretary-General called on Israel and the "
     "Palestinians to return to the negotiating table."),
    ("REQUEST", "demanded", "Opposition parties demanded that the president step down and "
     "hand power to a transitional council."),
    ("REQUEST", "appealed", "The Red Cross appealed to all sides to allow aid to reach "
     "civilians trapped by the fighting."),
    ("REQUEST", "asked", "Lebanon has asked the United Nations to help it investigate the "
     "killing of the former prime minister."),
    ("ACCUSE", "accused", "Amnesty International accused the security forces of torturing "
     "detainees held without charge."),
    ("ACCUSE", "condemned", "The foreign ministry strongly condemned the bombing, calling "
     "it a cowardly act of terrorism."),
    ("ACCUSE", "investigation", "A parliamentary commission began an investigation into "
     "allegations that ministers took bribes from the arms company."),
    ("ACCUSE", "criticised", "Human rights groups criticised the government's decision to "
     "extend emergency rule for another six months."),
    ("REJECT", "rejected", "The rebels rejected an offer of amnesty from the government, "
     "saying they would continue to fight."),
    ("REJECT", "vetoed", "The Security Council failed to adopt the resolution after China "
     "and Russia vetoed it."),
    ("REJECT", "allow", "Israel said on Monday it would not allow the UN fact-finding team "
     "to enter the camp."),
    ("REJECT", "refused", "The union refused to accept the government's offer of a 3 "
     "percent pay increase."),
    ("THREATEN", "threatened", "The rebels threatened on Sunday to shoot down any aircraft "
     "that entered the zone they control."),
    ("THREATEN", "warned", "The president warned that his government would cut off "
     "diplomatic relations if the embassy was not closed."),
    ("THREATEN", "action", "Turkey said it would take military action against the Kurdish "
     "militants if the attacks continued."),
    ("THREATEN", "kill", "The militants said they would kill the hostage unless their "
     "demands were met within 48 hours."),
    ("PROTEST", "demonstrated", "Thousands of students demonstrated in the capital on "
     "Friday to demand the release of their jailed leaders."),
    ("PROTEST", "strike", "Workers at the state oil company went on strike on Monday to "
     "protest against plans to privatise it."),
    ("PROTEST", "blocked", "Hundreds of villagers blocked the main highway for several "
     "hours to protest the arrest of a local leader."),
    ("PROTEST", "set", "Angry crowds set fire to government offices and police stations "
     "after the election results were announced."),
    ("SANCTION", "suspended", "The European Union suspended its development aid to the "
     "country after the military seized power."),
    ("SANCTION", "expulsion", "The government ordered the expulsion of two American "
     "diplomats accused of spying, the foreign ministry said."),
    ("SANCTION", "broke off", "Libya broke off diplomatic relations with Jordan on Tuesday "
     "over the killing of its envoy."),
    ("SANCTION", "sanctions", "The United States imposed fresh sanctions on Iranian banks "
     "suspected of financing weapons programmes."),
    ("MOBILIZE", "sent", "The army sent thousands of troops and armoured vehicles to the "
     "border region after the clashes, witnesses said."),
    ("MOBILIZE", "deployed", "Police were deployed in large numbers around the parliament "
     "ahead of the vote."),
    ("MOBILIZE", "put", "The navy has put its forces on high alert following the missile "
     "test by its neighbour."),
    ("MOBILIZE", "called up", "The government called up 20,000 reservists as tensions rose "
     "along the frontier."),
    ("COERCE", "arrested", "Security forces arrested at least 50 opposition supporters on "
     "the eve of the election, a human rights group said."),
    ("COERCE", "closed down", "The government closed down two independent newspapers for "
     "publishing articles critical of the president."),
    ("COERCE", "imposed", "Authorities imposed a dusk-to-dawn curfew on the town after "
     "clashes between rival groups."),
    ("COERCE", "detained", "Police detained the opposition leader for questioning over his "
     "role in the protests."),
    ("ASSAULT", "opened fire", "Gunmen opened fire on a bus carrying pilgrims, killing at "
     "least 15 people, police said."),
    ("ASSAULT", "killed", "At least 20 people were killed when a car bomb exploded outside "
     "a police station in the city."),
    ("ASSAULT", "offensive", "Government troops launched a major offensive against rebel "
     "strongholds in the north on Wednesday."),
    ("ASSAULT", "fired", "Israeli helicopters fired missiles at a building in Gaza City, "
     "wounding five Palestinians."),
]  # fmt: skip

# Third round: CAMEO-style sentences for the largest gold types (intent, refusal, demand,
# threat and protest wordings).
CAMEO_STYLE: list[tuple[str, str, str]] = [
    ("AGREE", "meet", "The Palestinian leader said he was ready to meet the Israeli prime "
     "minister at any time."),
    ("AGREE", "talks", "The government is prepared to hold direct talks with the rebels, a "
     "spokesman said."),
    ("AGREE", "agreed", "Both sides agreed in principle to exchange prisoners of war."),
    ("AGREE", "accepted", "The president accepted an invitation to visit Moscow later this year."),
    ("AGREE", "offered", "Switzerland offered to host the next round of negotiations."),
    ("AGREE", "willingness", "The rebels expressed their willingness to lay down their arms."),
    ("AGREE", "promised", "The donor countries promised more than $2 billion in reconstruction "
     "aid."),
    ("AGREE", "expand", "Russia intends to expand its economic ties with Vietnam, the minister "
     "said."),
    ("AGREE", "plans", "The junta plans to restore civilian rule by the end of next year."),
    ("AGREE", "introduce", "The prime minister said his government would introduce democratic "
     "reforms."),
    ("AGREE", "reaffirmed", "The two leaders reaffirmed their commitment to the peace process."),
    ("AGREE", "settle", "The two neighbours agreed to settle their border dispute through "
     "arbitration."),
    ("REQUEST", "urged", "The European Union urged Belgrade to cooperate fully with the war "
     "crimes tribunal."),
    ("REQUEST", "pressed", "Western diplomats pressed the government for a timetable for "
     "elections."),
    ("REQUEST", "sought", "The opposition sought a meeting with the president to discuss the "
     "crisis."),
    ("REQUEST", "insisted", "The rebels insisted on the release of all their comrades before any "
     "talks."),
    ("REQUEST", "called", "The Security Council called for an immediate halt to the fighting."),
    ("REQUEST", "asked", "The refugees asked the UN for protection."),
    ("REQUEST", "appealed", "The president appealed for international aid for the drought "
     "victims."),
    ("REQUEST", "demanded", "The students demanded the resignation of the education minister."),
    ("REQUEST", "want", "The farmers want the government to cancel their debts."),
    ("REQUEST", "requested", "Kuwait requested an emergency meeting of the Arab League."),
    ("REJECT", "rejected", "The government rejected demands for an independent inquiry into the "
     "killings."),
    ("REJECT", "refused", "The military refused to hand over power to the elected parliament."),
    ("REJECT", "dismissed", "The foreign ministry dismissed the proposal as unrealistic."),
    ("REJECT", "ruled out", "The prime minister ruled out early elections."),
    ("REJECT", "declined", "The rebels declined to attend the peace conference."),
    ("REJECT", "negotiate", "The government will not negotiate with terrorists, the minister "
     "said."),
    ("REJECT", "lifting", "Tokyo has no intention of lifting the sanctions, officials said."),
    ("REJECT", "defied", "Thousands defied the ban on public gatherings."),
    ("REJECT", "blocked", "Russia and China blocked a UN statement condemning the crackdown."),
    ("REJECT", "refusal", "The union announced its refusal to take part in the talks."),
    ("REJECT", "opposes", "Turkey opposes any plan to divide Iraq, the president said."),
    ("REJECT", "resisted", "The army resisted calls to withdraw from the occupied villages."),
    ("THREATEN", "threatened", "The opposition threatened to boycott the elections."),
    ("THREATEN", "warned", "The United States warned North Korea of serious consequences if it "
     "conducts another test."),
    ("THREATEN", "threatened", "The government threatened to expel foreign journalists who "
     "reported on the unrest."),
    ("THREATEN", "deadline", "The kidnappers set a deadline of Friday for the payment of the "
     "ransom."),
    ("THREATEN", "warned", "The general warned that the army would crush any uprising."),
    ("THREATEN", "threatened", "The rebels threatened to resume attacks if the government did "
     "not free their leaders."),
    ("THREATEN", "threatened", "Israel threatened to cut off electricity to the Gaza Strip."),
    ("THREATEN", "warned", "China warned it would impose sanctions on American firms selling "
     "arms to Taiwan."),
    ("THREATEN", "threatening", "The union sent a letter threatening legal action against the "
     "ministry."),
    ("THREATEN", "threatened", "The president threatened to declare a state of emergency."),
    ("PROTEST", "marched", "About 5,000 people marched through the capital to denounce the "
     "government's economic policies."),
    ("PROTEST", "sit-in", "Opposition deputies staged a sit-in in parliament."),
    ("PROTEST", "boycotted", "The main opposition parties boycotted the parliamentary elections."),
    ("PROTEST", "hunger strike", "Prisoners at the jail went on hunger strike to demand better "
     "conditions."),
    ("PROTEST", "occupied", "Students occupied the university building to protest tuition "
     "increases."),
    ("PROTEST", "rallied", "Tens of thousands rallied in support of the ousted president."),
    ("PROTEST", "clashed", "Protesters clashed with police in the city centre."),
    ("PROTEST", "strike", "Public sector workers began an indefinite strike over pay."),
    ("PROTEST", "blockaded", "Fishermen blockaded the port with their boats."),
    ("PROTEST", "stoned", "Demonstrators stoned the embassy and burned the American flag."),
    ("PROTEST", "protesting", "Farmers protesting low prices dumped vegetables outside the "
     "ministry."),
]  # fmt: skip

# Fourth round: material acts (sanctions, coercion, force, retreat, aid) in wire wordings.
MATERIAL: list[tuple[str, str, str]] = [
    ("SANCTION", "forced", "The junta forced the UN mission out of the country last month."),
    ("SANCTION", "banned", "The European Union banned imports of beef from the country."),
    ("SANCTION", "cut", "Washington cut military aid to the regime after the massacre."),
    ("SANCTION", "pulled", "The aid agency pulled its staff out of the region after the "
     "kidnappings."),
    ("SANCTION", "ended", "Ecuador ended all military cooperation with its neighbour."),
    ("COERCE", "taken", "The opposition leader was taken into custody on Monday."),
    ("COERCE", "held", "The journalists were held for three days without charge."),
    ("COERCE", "expelled", "The government expelled two foreign aid workers accused of spying."),
    ("COERCE", "dispersed", "Police dispersed the crowd outside the parliament building."),
    ("COERCE", "blocked", "Authorities blocked access to social media sites during the vote."),
    ("COERCE", "nationalised", "The government nationalised the foreign-owned oil companies."),
    ("COERCE", "occupied", "Troops occupied the disputed island on Saturday."),
    ("COERCE", "searched", "Soldiers searched houses in the village for weapons."),
    ("ASSAULT", "shot dead", "Gunmen shot dead a prominent human rights lawyer in Karachi."),
    ("ASSAULT", "hacked", "Militiamen hacked to death 30 villagers, survivors said."),
    ("ASSAULT", "set off", "A suicide bomber set off explosives at a checkpoint, killing six "
     "soldiers."),
    ("ASSAULT", "fired", "Rebels fired mortar shells at the presidential palace."),
    ("ASSAULT", "attacked", "Unidentified men attacked a police post near the border overnight."),
    ("ASSAULT", "raid", "Eleven people died in an air raid on the town."),
    ("ASSAULT", "executed", "The militants executed two captured soldiers."),
    ("ASSAULT", "seized", "Gunmen seized 20 foreign tourists at a hotel."),
    ("MOBILIZE", "rushed", "The government rushed troops to the area after the riots."),
    ("MOBILIZE", "reinforced", "The army reinforced its positions along the ceasefire line."),
    ("MOBILIZE", "readiness", "The air force was placed on combat readiness."),
    ("MOBILIZE", "concentrated", "The rebels have concentrated thousands of fighters near the "
     "city."),
    ("RETREAT", "lifted", "The army lifted its blockade of the port."),
    ("RETREAT", "laid down", "About 2,000 guerrillas laid down their arms on Sunday."),
    ("RETREAT", "allowed", "The authorities allowed Red Cross officials to visit the prisoners."),
    ("RETREAT", "returned", "The government returned confiscated land to its owners."),
    ("RETREAT", "pulled back", "Both armies pulled back their forces from the border."),
    ("AID", "provided", "The United States provided Israel with $3 billion in military aid."),
    # an offer of asylum is a stated willingness (manual, AGREE); granted, it is AID (session 7)
    ("AGREE", "offered", "Sweden has offered asylum to the dissident writer."),
    ("AID", "credit", "The World Bank granted Ghana a $50 million credit for road building."),
    ("AID", "dispatched", "The Red Crescent dispatched medical teams to the quake zone."),
    ("CONCEDE", "accepted", "The government accepted the resignation demands of the protesters."),
    ("CONCEDE", "restored", "The junta restored press freedom after a year of censorship."),
    ("SUPPORT", "signed", "The two countries signed an extradition treaty."),
    ("RETREAT", "exchanged", "Israel and Hezbollah exchanged prisoners in a German-brokered deal."),
    ("AGREE", "hold", "Union leaders will hold talks with the employers on Monday."),
]  # fmt: skip
