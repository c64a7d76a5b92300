"""Role probe (session 6, issue #5 item 2): sentences written for dateline in the style of
the CAMEO manual's examples (long, past tense, agency prose), to measure actor and
recipient choice on constructions the PLOVER gold records use, without fitting the gold.
Written before roles.py was touched for it. After the first run four recipient labels were
relabelled to the words the sentence itself uses for the party, as the gold's actorText
does ("an American request": American, not United States; "Argentine beef": Argentine; "the
Azerbaijani town of Agdam" and "flood victims in Bangladesh" as whole phrases, as the gold
marks a place and a group of people), and two pronoun actors got their country code; the
before figure was scored again with these labels.

ROLE_CASES are (type, trigger, actor, recipient, text). ``actor`` and ``recipient`` are the
gold-style party words; several parties are separated by " | " and any one matching is
enough, as benchmarks/eval_events.py's party_match scores a gold list; "words=CODE" adds
the country code the gold would give (only where the party is a pronoun, which eval_events
scores by the name and country it resolves to). A recipient of
None is not scored (the gold would give none: an agreement between parties, a protest with
no target). Conventions follow the gold records: the addressee of a demand or appeal, the
target of an accusation or an attack, the party met or visited, the receiver of aid, the
place or party left in a withdrawal, the owner of a rejected proposal. The type is given
for choosing the event as eval_events.py does (the event on the trigger words, else the
one highest in the parse); it is not what this probe measures.
"""

from __future__ import annotations

RoleCase = tuple[str, str, str, str | None, str]

ROLE_CASES: list[RoleCase] = [
    # ---------------------------------------------------------------- accusations
    ("ACCUSE", "accused", "Pakistan", "India",
     "Pakistan has again accused India of sending armed infiltrators across the ceasefire "
     "line in Kashmir, a foreign ministry spokesman said on Monday."),
    ("ACCUSE", "accused", "Bolivian miners' union", "government",
     "The Bolivian miners' union on Wednesday accused the government of breaking its "
     "promise to reopen three state tin mines in Oruro."),
    ("ACCUSE", "blamed", "Colombian police", "FARC rebels",
     "Colombian police blamed FARC rebels for a car bomb that wrecked a shopping street in "
     "Medellin on Saturday night."),
    ("ACCUSE", "criticised", "European Union", "Turkey",
     "The European Union sharply criticised Turkey on Friday for jailing journalists who "
     "had written about the Kurdish conflict."),
    ("ACCUSE", "condemned", "Arab League", "Israel",
     "The Arab League on Sunday condemned Israel's demolition of Palestinian homes in the "
     "eastern part of Jerusalem."),
    ("ACCUSE", "charged", "Moscow", "Baltic states",
     "Moscow charged the Baltic states with discriminating against their Russian-speaking "
     "minorities in a note handed to their envoys on Thursday."),
    ("ACCUSE", "accused", "Hun Sen", "Khmer Rouge",
     "Hun Sen, Cambodia's second prime minister, accused the Khmer Rouge on Thursday of "
     "massacring ethnic Vietnamese fishermen on the Tonle Sap lake."),
    ("ACCUSE", "accused", "Britain | France", "Libya",
     "Britain and France jointly accused Libya on Tuesday of shielding the two men "
     "suspected of planting the bomb on the airliner."),
    ("ACCUSE", "denounced", "Nicaraguan government", "Honduras",
     "The Nicaraguan government on Monday denounced Honduras for allowing Contra rebels to "
     "operate from camps along the common border."),
    ("ACCUSE", "condemned", "Organisation of African Unity", "Burundi",
     "The Organisation of African Unity has condemned the military takeover in Burundi and "
     "called for the immediate return of the elected president."),
    ("ACCUSE", "criticised", "Human Rights Watch", "Indonesian army",
     "Human Rights Watch on Wednesday criticised the Indonesian army for failing to stop "
     "militia gangs from burning villages in the territory."),
    ("ACCUSE", "blamed", "Sudanese government", "Eritrea",
     "The Sudanese government blamed Eritrea for an attack by rebels on a border garrison, "
     "saying the raiders had crossed from Eritrean soil."),
    ("ACCUSE", "protested", "Russia", "Norway",
     "Russia protested to Norway on Friday over the seizure of a Russian trawler by a "
     "Norwegian coast guard vessel near Spitsbergen."),
    ("ACCUSE", "lodged a complaint", "Philippines", "China",
     "The Philippines lodged a complaint with China on Tuesday over the building of "
     "structures on a reef claimed by both countries."),
    ("ACCUSE", "criticism", "Beijing", "Washington",
     "Beijing stepped up its criticism of Washington on Friday over the sale of fighter "
     "jets to Taiwan."),
    # ---------------------------------------------------------------- relative clauses
    ("AGREE", "withdraw", "Vietnam", "Cambodia",
     "Vietnam, which has kept troops in Cambodia since 1979, said on Tuesday it would "
     "withdraw its remaining forces from Cambodia by September."),
    ("THREATEN", "retaliate", "Iran", None,
     "Iran, which has repeatedly warned Gulf states against hosting foreign warships, said "
     "on Sunday it would retaliate against any country that attacked its oil platforms."),
    ("AGREE", "send", "Japan", "Cambodia",
     "Japan, which has kept its troops at home since 1945, said on Friday it would send "
     "engineers and medical teams to Cambodia to help rebuild roads and hospitals."),
    ("REJECT", "rejected", "Albania", "Belgrade",
     "Albania, which has long complained about the treatment of ethnic Albanians in "
     "Kosovo, rejected an invitation from Belgrade to attend a regional conference."),
    ("ACCUSE", "accused", "Kurdish group", "Turkish army",
     "A Kurdish group that has fought Ankara since 1984 accused the Turkish army on Monday "
     "of burning villages in the southeast."),
    ("REQUEST", "demanded", "Palestinian leadership", "Israel",
     "The Palestinian leadership, which has suspended contacts with the Israeli government, "
     "demanded on Saturday that Israel halt the building of settlements."),
    # ---------------------------------------------------------------- passives
    ("ASSAULT", "killed", "Tamil rebels", "Sri Lankan soldiers",
     "Eleven Sri Lankan soldiers were killed by Tamil rebels in an ambush near Vavuniya on "
     "Thursday, the military said."),
    ("COERCE", "arrested", "Turkish police", "Kurdish lawyer",
     "A prominent Kurdish lawyer was arrested by Turkish police in Diyarbakir on Saturday "
     "after he spoke at a rally."),
    ("ACCUSE", "criticised", "Amnesty International", "Egypt",
     "Egypt was criticised by Amnesty International on Wednesday for holding thousands of "
     "detainees without charge or trial."),
    ("ASSAULT", "shelled", "Serb artillery", "Sarajevo",
     "The centre of Sarajevo was shelled by Serb artillery overnight, wounding at least "
     "nine civilians, UN officials said."),
    ("SANCTION", "expelled", "Moscow", "Czech diplomat",
     "A Czech diplomat was expelled by Moscow on Monday after being caught with documents "
     "from the defence ministry."),
    ("REJECT", "rejected", "Greek Cypriot leader", "UN",
     "A UN plan to reunify the island was rejected by the Greek Cypriot leader on Friday as "
     "unfair to his community."),
    ("ACCUSE", "accused", "Human Rights Watch", "Ugandan army",
     "The Ugandan army has been accused by Human Rights Watch of torturing villagers "
     "suspected of helping the rebels in the north."),
    ("ASSAULT", "ambushed", "guerrillas", "army patrol",
     "An army patrol was ambushed by guerrillas near the Thai border on Wednesday and four "
     "soldiers were killed, Cambodian officials said."),
    ("COERCE", "detained", "Chinese authorities", "Tibetan monks",
     "Twelve Tibetan monks have been detained by Chinese authorities for putting up posters "
     "calling for independence, a rights group said."),
    ("SUPPORT", "praised", "World Bank", "Uganda",
     "Uganda's economic reforms were praised by the World Bank on Tuesday as a model for "
     "the rest of Africa."),
    # ---------------------------------------------------------------- appositions, titles
    ("REQUEST", "urged", "Kofi Annan", "Security Council",
     "Kofi Annan, the UN secretary-general, urged the Security Council on Monday to send "
     "more troops to the eastern Congo."),
    ("SUPPORT", "praised", "Helmut Kohl", "Boris Yeltsin",
     "Chancellor Helmut Kohl praised Boris Yeltsin, the Russian president, for pulling "
     "troops out of the Baltic states on schedule."),
    ("ACCUSE", "criticised", "Andrei Kozyrev", "NATO",
     "Foreign Minister Andrei Kozyrev of Russia criticised NATO on Wednesday for planning "
     "to take in new members in eastern Europe."),
    ("CONSULT", "visited", "Yitzhak Mordechai", "Jordan",
     "Defence Minister Yitzhak Mordechai of Israel visited Jordan on Monday for talks on "
     "sharing water from the Yarmouk river."),
    ("REQUEST", "appealed", "Sheikh Jaber", "Iraq",
     "The emir of Kuwait, Sheikh Jaber, appealed to Iraq on Sunday to free the Kuwaitis "
     "still held since the war."),
    ("ACCUSE", "accused", "Ibrahim Rugova", "Serbian police",
     "Ibrahim Rugova, the leader of Kosovo's ethnic Albanians, accused Serbian police of "
     "beating schoolchildren during a search for weapons."),
    ("AID", "donated", "Red Crescent", "earthquake victims",
     "The Saudi Red Crescent, a relief agency, donated tents and blankets to earthquake "
     "victims in northern Iran on Thursday."),
    ("REJECT", "rejected", "President Alberto Fujimori", "Congress",
     "President Alberto Fujimori of Peru rejected on Friday a bill passed by Congress to "
     "limit the powers of the intelligence service."),
    # ---------------------------------------------------------------- coordinated actors
    ("AGREE", "agreed", "Armenia | Azerbaijan", None,
     "Armenia and Azerbaijan agreed on Friday to extend the ceasefire in Nagorno-Karabakh "
     "for another three months."),
    ("ASSAULT", "attacked", "Hutu militiamen", "refugee camp",
     "Hutu militiamen and former government soldiers attacked a refugee camp in western "
     "Rwanda overnight, killing dozens of people."),
    ("REQUEST", "called on", "Egypt | Jordan", "Israel",
     "Egypt and Jordan called on Israel on Wednesday to halt the construction of "
     "settlements in the occupied territories."),
    ("ACCUSE", "condemned", "United States | European Union", "Belarus",
     "The United States and the European Union condemned Belarus on Monday for jailing "
     "the leaders of the opposition after the vote."),
    ("SANCTION", "imposed", "Kenya | Uganda | Tanzania", "Burundi",
     "Kenya, Uganda and Tanzania imposed an economic blockade on Burundi on Wednesday to "
     "press the new military rulers to restore parliament."),
    ("PROTEST", "marched", "students | workers", None,
     "Students and factory workers marched through the centre of Belgrade on Sunday "
     "chanting slogans against the ruling party."),
    # ---------------------------------------------------------------- nominal events
    ("ASSAULT", "raid", "Israeli", "Hezbollah",
     "The Israeli raid on a Hezbollah base in the Bekaa Valley on Monday killed four "
     "guerrillas, Lebanese security sources said."),
    ("ASSAULT", "bombing", "NATO", "Belgrade",
     "NATO's bombing of Belgrade went into its third week on Wednesday with strikes on "
     "bridges and power stations."),
    ("COERCE", "arrest", "Chinese authorities", "Wei Jingsheng",
     "The arrest of Wei Jingsheng by Chinese authorities drew sharp protests from "
     "Washington on Friday."),
    ("ASSAULT", "attack", "Tamil Tiger", "naval base",
     "A Tamil Tiger attack on a naval base at Trincomalee left nine sailors dead on "
     "Tuesday, the defence ministry said."),
    ("SANCTION", "embargo", "United States", "Cuba",
     "The United States tightened its trade embargo against Cuba on Thursday, barring "
     "ships that dock in Cuban ports from American harbours for six months."),
    ("REQUEST", "appeal", "Red Cross", "warring factions",
     "The Red Cross issued an appeal to the warring factions in Liberia on Saturday to let "
     "food convoys reach the interior."),
    ("THREATEN", "threat", "Ankara", "Syria",
     "Ankara's threat to cut the flow of water to Syria was denounced by Arab ministers "
     "meeting in Cairo on Sunday."),
    ("ASSAULT", "offensive", "Russian", "Grozny",
     "The Russian offensive against Grozny entered its fifth day on Tuesday as refugees "
     "streamed out of the city."),
    ("MOBILIZE", "deployment", "Turkish", "Cyprus",
     "Greece protested on Monday against the deployment of Turkish tanks to Cyprus, "
     "calling it a threat to peace on the island."),
    ("RETREAT", "withdrawal", "Syrian", "Lebanon",
     "The withdrawal of Syrian troops from Lebanon was completed on Tuesday, UN observers "
     "said."),
    ("AID", "aid", "European Union", "Bosnia",
     "European Union aid to Bosnia will rise to 300 million euros this year, an EU official "
     "said in Sarajevo on Thursday."),
    ("SANCTION", "sanctions", "UN", "Libya",
     "UN sanctions against Libya over the airliner bombing have cost the country billions "
     "in lost revenue, Tripoli said on Monday."),
    ("CONSULT", "visit", "Jiang Zemin", "United States",
     "Jiang Zemin's visit to the United States next month will be the first by a Chinese "
     "head of state since 1985, officials said."),
    ("ASSAULT", "massacre", "army", "villagers",
     "Survivors gave details on Sunday of the army's massacre of villagers in the "
     "highlands of El Quiche, where at least 40 people died."),
    ("PROTEST", "protests", "Indonesian students", "Suharto",
     "Protests by Indonesian students against Suharto spread to six cities on Friday."),
    ("REQUEST", "demand", "Ethiopia", "Eritrea",
     "Ethiopia's demand that Eritrea pull its troops back to the old border was rejected by "
     "Asmara on Tuesday."),
    ("ACCUSE", "investigation", "Mexican prosecutors", "police chief",
     "Mexican prosecutors opened an investigation into the former police chief of Tijuana "
     "on Wednesday over his links to drug traffickers."),
    # ---------------------------------------------------------------- purposes, complements
    ("PROTEST", "demonstrated", "students", "Suharto",
     "Thousands of students demonstrated in Jakarta on Thursday to demand that President "
     "Suharto step down."),
    ("PROTEST", "went on strike", "Nurses", "government",
     "Nurses in Zimbabwe went on strike on Monday to press the government for higher pay "
     "and better equipment."),
    ("MOBILIZE", "massed", "Turkey", "Kurdish guerrillas",
     "Turkey massed tanks and troops along its border with Iraq on Monday to pursue "
     "Kurdish guerrillas hiding in the mountains."),
    ("REQUEST", "urged", "IMF", "Argentina",
     "The IMF urged Argentina on Tuesday to cut public spending and free the exchange rate "
     "before any new loans were approved."),
    ("COERCE", "fired tear gas", "riot police", "demonstrators",
     "Riot police fired tear gas to break up a crowd of demonstrators outside the "
     "parliament in Dhaka on Tuesday."),
    ("REQUEST", "asked", "Lebanon", "France",
     "Lebanon asked France on Wednesday to use its influence with Israel to halt the "
     "bombing of power stations."),
    ("PROTEST", "hunger strike", "Kurdish prisoners", "Turkish government",
     "Kurdish prisoners began a hunger strike in Diyarbakir jail to protest against the "
     "Turkish government's treatment of their families."),
    ("REQUEST", "demanding", "Opposition parties", "King Gyanendra",
     "Opposition parties in Nepal are demanding that King Gyanendra restore the dissolved "
     "parliament and hand power to an interim cabinet."),
    ("REQUEST", "called for", "Amnesty International", "Tunisia",
     "Amnesty International called on Tuesday for the release of 30 political prisoners "
     "held by Tunisia without trial."),
    ("THREATEN", "threatened", "Iraq", "Kuwait",
     "Iraq threatened on Thursday to take action against Kuwait unless it stopped pumping "
     "oil from the disputed Rumaila field."),
    ("THREATEN", "warned", "North Korea", "South Korea",
     "North Korea warned South Korea on Monday that it would respond with force to any "
     "further intrusion by its patrol boats."),
    # ---------------------------------------------------------------- reported speech
    ("ASSAULT", "shot dead", "Israeli troops", "Palestinian gunman",
     "Israeli troops shot dead a Palestinian gunman near the Gaza border fence on Sunday, "
     "Palestinian medical officials said."),
    ("COERCE", "detained", "Security forces", "opposition activists",
     "Security forces in Belarus detained more than 40 opposition activists in Minsk on "
     "Saturday, a human rights group said."),
    ("ASSAULT", "ambushed", "Rebels", "army convoy",
     "Rebels ambushed an army convoy in northern Uganda on Friday, killing seven soldiers, "
     "a military spokesman told reporters."),
    ("SANCTION", "broken off", "Senegal", "Iran",
     "Senegal has broken off diplomatic relations with Iran over arms sent to separatists "
     "in Casamance, the foreign ministry in Dakar said on Tuesday."),
    ("ACCUSE", "violating", "human rights group", "Zambian government",
     "The Zambian government has been violating the rights of detained journalists, a "
     "human rights group said on Thursday."),
    ("ACCUSE", "mistreated", "Amnesty International", "Kenyan police",
     "Kenyan police routinely mistreated refugees held in the camps near the Somali border, "
     "Amnesty International said in a report on Monday."),
    ("AGREE", "agreed", "Bosnian Serb leaders", "UN",
     "Bosnian Serb leaders have agreed to let UN aid convoys into Srebrenica, a UN "
     "spokesman in Zagreb said."),
    ("ASSAULT", "stormed", "Peruvian commandos", "ambassador's residence",
     "Peruvian commandos stormed the Japanese ambassador's residence in Lima on Tuesday, "
     "freeing 71 hostages, government officials said."),
    ("CONSULT", "met", "Madeleine Albright", "Yasser Arafat",
     "Madeleine Albright met Yasser Arafat in Ramallah on Friday, a State Department "
     "official said."),
    # ---------------------------------------------------------------- pronouns
    ("SANCTION", "expelled", "Kenyan government=KEN", "Sudanese diplomats",
     "The Kenyan government said it had expelled two Sudanese diplomats accused of spying "
     "on refugees in Nairobi."),
    ("ASSAULT", "shot down", "rebels", "helicopter",
     "The rebels said they had shot down a government helicopter over the Panjshir valley "
     "on Saturday."),
    ("AGREE", "lift", "Greece", "Macedonia",
     "Greece said it was ready to lift its embargo on Macedonia if Skopje changed the "
     "emblem on its flag."),
    ("ACCUSE", "accused", "Zaire=COD", "Rwanda",
     "Zaire said on Wednesday that it had accused Rwanda before the Security Council of "
     "arming Tutsi rebels in the Kivu region."),
    ("REJECT", "rejected", "Hamas", "Palestinian Authority",
     "Hamas said it rejected the Palestinian Authority's call to hand over its weapons."),
    ("SUPPORT", "welcomed", "Sri Lanka", "Norway",
     "Sri Lanka said it welcomed Norway's offer to mediate between the government and the "
     "Tamil Tigers."),
    ("THREATEN", "threatened", "Separatist rebels", "oil companies",
     "Separatist rebels in Aceh said they would attack oil companies operating in the "
     "province, and threatened to kidnap their foreign staff."),
    # ---------------------------------------------------------------- prepositional targets
    ("SANCTION", "recalled", "Venezuela", "Colombia",
     "Venezuela recalled its ambassador from Colombia on Monday after Bogota accused it of "
     "sheltering guerrilla leaders."),
    ("SANCTION", "imposed sanctions", "Uganda", "Sudan",
     "Uganda imposed trade sanctions on Sudan on Friday in retaliation for Khartoum's "
     "backing of northern rebels."),
    ("RETREAT", "withdrew", "Rwanda", "Congo",
     "Rwanda withdrew the last of its troops from Congo on Saturday under a deal brokered "
     "by South Africa."),
    ("AID", "sent", "Thailand", "flood victims in Bangladesh",  # relabelled
     "Thailand sent rice and medicine to flood victims in Bangladesh on Wednesday, the "
     "Thai foreign ministry said."),
    ("ASSAULT", "air strikes", "India", "militant positions",
     "India launched air strikes against militant positions in the Kargil sector on "
     "Wednesday, the army said."),
    ("ACCUSE", "complained", "Japan", "China",
     "Japan complained to China on Friday about a Chinese research ship operating in its "
     "exclusive economic zone."),
    ("COOPERATE", "cooperate", "Mexico", "United States",
     "Mexico agreed on Thursday to cooperate with the United States in tracking drug "
     "flights over Central America."),
    ("ASSAULT", "opened fire", "Indonesian troops", "demonstrators",
     "Indonesian troops opened fire on demonstrators in Dili on Tuesday, killing at least "
     "three people, witnesses said."),
    ("SANCTION", "suspended", "World Bank", "Kenya",
     "The World Bank suspended lending to Kenya on Friday over the government's failure to "
     "curb corruption."),
    ("RETREAT", "pulled out", "Iraqi forces", "Kuwait",
     "Iraqi forces pulled out of Kuwait City on Tuesday as allied troops advanced from the "
     "south, Kuwaiti resistance sources said."),
    ("REQUEST", "sought", "Bosnian government", "NATO",
     "The Bosnian government sought air cover from NATO on Sunday to protect the enclave "
     "of Gorazde."),
    ("CONCEDE", "apologized", "South Korea", "Vietnam",
     "South Korea apologized to Vietnam on Tuesday for the conduct of its troops during "
     "the Vietnam war."),
    ("REJECT", "rejected", "Tehran", "Washington",
     "Tehran on Sunday rejected Washington's offer of direct talks on its nuclear programme "
     "as a propaganda exercise."),
    ("COERCE", "banned", "Algerian authorities", "Islamic Salvation Front",
     "Algerian authorities banned the Islamic Salvation Front on Wednesday and closed its "
     "offices across the country."),
    ("ACCUSE", "sued", "Greenpeace", "French government",
     "Greenpeace sued the French government in a Paris court on Monday for the sinking of "
     "its ship in Auckland harbour."),
    # ---------------------------------------------------------------- datives, directives
    ("AID", "gave", "Japan", "Vietnam",
     "Japan gave Vietnam a loan of $300 million on Thursday to build roads and power "
     "plants in the Mekong delta."),
    ("AID", "granted", "World Bank", "Mozambique",
     "The World Bank granted Mozambique $120 million in new credits on Monday to rebuild "
     "schools destroyed in the civil war."),
    ("REQUEST", "urged", "Organisation of African Unity", "Ethiopia | Eritrea",
     "The Organisation of African Unity urged Ethiopia and Eritrea on Sunday to pull their "
     "armies back from the disputed border."),
    ("AGREE", "offered", "Iran", "Tajikistan",
     "Iran offered Tajikistan on Saturday to host talks between the government and the "
     "Islamic opposition in Tehran."),
    ("REQUEST", "told", "United States", "Israel",
     "The United States told Israel on Tuesday to stop building in the disputed "
     "neighbourhood of Har Homa."),
    ("COERCE", "ordered", "Zimbabwe", "white farmers",
     "Zimbabwe ordered 2,900 white farmers on Friday to leave their land within 45 days "
     "or face prosecution."),
    ("AID", "supplied", "Russia", "India",
     "Russia supplied India with two squadrons of fighter jets last year, a defence "
     "ministry official said in Delhi."),
    ("REQUEST", "pressed", "European Union", "Croatia",
     "The European Union pressed Croatia on Monday to hand over generals wanted by the "
     "war crimes tribunal."),
    ("SUPPORT", "thanked", "Kuwait", "Egypt",
     "Kuwait thanked Egypt on Sunday for sending troops to defend the emirate during the "
     "crisis."),
    ("COOPERATE", "extradited", "Colombia", "United States",
     "Colombia extradited a suspected cocaine trafficker to the United States on Friday, "
     "the first such handover in six years."),
    ("RETREAT", "released", "Hezbollah", "Israel",
     "Hezbollah released the bodies of two Israeli soldiers to Israel on Thursday in "
     "exchange for Lebanese prisoners."),
    ("AID", "provided", "Norway", "Palestinian",
     "Norway has provided the Palestinian police with radios and vehicles worth six "
     "million dollars."),
    # ---------------------------------------------------------------- meetings, visits
    ("CONSULT", "held talks", "Nelson Mandela", "F.W. de Klerk",
     "Nelson Mandela held talks with F.W. de Klerk in Cape Town on Thursday on the timing "
     "of the first all-race election."),
    ("CONSULT", "visited", "Chinese Premier Li Peng", "Pakistan",
     "Chinese Premier Li Peng visited Pakistan on Monday at the start of a tour of South "
     "Asia."),
    ("CONSULT", "hosted", "Egyptian President Hosni Mubarak", "Benjamin Netanyahu",
     "Egyptian President Hosni Mubarak hosted Benjamin Netanyahu in Cairo on Wednesday for "
     "talks on the stalled peace process."),
    ("CONSULT", "mediated", "Norway", "Israel | PLO",
     "Norway mediated between Israel and the PLO in secret for eight months before the "
     "accord was signed."),
    # ---------------------------------------------------------------- material conflict
    ("ASSAULT", "killed", "Hutu rebels", "Tutsi villagers",
     "Hutu rebels killed at least 30 Tutsi villagers in a night attack in northwest "
     "Rwanda, a local official said on Sunday."),
    ("ASSAULT", "bombed", "Sudanese air force", "Yei",
     "The Sudanese air force bombed the southern town of Yei on Tuesday, killing nine "
     "civilians, aid workers said."),
    ("ASSAULT", "kidnapped", "Gunmen", "Italian engineers",
     "Gunmen kidnapped two Italian engineers working on a power plant in the Niger Delta "
     "on Thursday."),
    ("COERCE", "seized", "Argentine navy", "Taiwanese trawler",
     "The Argentine navy seized a Taiwanese trawler fishing illegally off Patagonia on "
     "Sunday and escorted it to port."),
    ("ASSAULT", "shelled", "Armenian forces", "Azerbaijani town of Agdam",  # relabelled
     "Armenian forces shelled the Azerbaijani town of Agdam for a third day on Wednesday, "
     "the Azeri defence ministry said."),
    ("COERCE", "imposed a curfew", "Indian authorities", "Srinagar",
     "Indian authorities imposed a curfew on the old quarter of Srinagar on Friday after "
     "two days of street clashes."),
    ("PROTEST", "blockaded", "Farmers", "ministry",
     "Farmers blockaded the agriculture ministry in Seoul on Tuesday with tractors to "
     "protest against rice imports."),
    ("ASSAULT", "attacked", "Taliban fighters", "police post",
     "Taliban fighters attacked a police post in Helmand province overnight, and the "
     "fighting lasted until dawn, officials said."),
    ("COERCE", "deported", "Malaysia", "Indonesian workers",
     "Malaysia deported 3,000 Indonesian workers on Monday as part of a crackdown on "
     "illegal migrants."),
    ("ASSAULT", "fired", "Iraqi gunners", "allied aircraft",
     "Iraqi gunners fired on allied aircraft patrolling the no-fly zone over the south on "
     "Monday, the Pentagon said."),
    ("MOBILIZE", "deployed", "Russia", "Tajikistan",
     "Russia deployed an extra battalion of border guards to Tajikistan on Thursday after "
     "raids from across the Afghan frontier."),
    ("SANCTION", "cut off", "Washington", "Pakistan",
     "Washington cut off military aid to Pakistan on Saturday over its nuclear "
     "programme."),
    ("COERCE", "closed", "Israel", "West Bank",
     "Israel closed the West Bank and Gaza Strip on Sunday after a bomb attack in "
     "Jerusalem killed three people."),
    # ---------------------------------------------------------------- refusals, rejections
    ("REJECT", "rejected", "Serbian parliament", "NATO",
     "The Serbian parliament rejected on Tuesday a NATO demand that foreign troops be "
     "allowed into Kosovo."),
    ("REJECT", "refused", "Myanmar's military government", "UN envoy",
     "Myanmar's military government refused on Monday to let the UN envoy meet Aung San "
     "Suu Kyi."),
    ("REJECT", "turned down", "Taliban", "American",  # relabelled, see above
     "The Taliban turned down an American request on Wednesday to hand over the Saudi "
     "dissident living in Kandahar."),
    ("REJECT", "vetoed", "China", "UN",
     "China vetoed a UN resolution on Friday that would have extended the mandate of the "
     "peacekeepers in Macedonia."),
    ("REJECT", "rejected", "Guerrillas", "government",
     "Guerrillas in El Salvador rejected a government proposal for a ceasefire on Monday, "
     "saying it did not address land reform."),
    # ---------------------------------------------------------------- cooperation, support
    ("SUPPORT", "backed", "Arab foreign ministers", "Syria",
     "Arab foreign ministers meeting in Cairo backed Syria's demand for a full Israeli "
     "withdrawal from the Golan Heights."),
    ("SUPPORT", "recognised", "Germany", "Slovenia | Croatia",
     "Germany recognised Slovenia and Croatia as independent states on Monday, ahead of "
     "its European partners."),
    ("COOPERATE", "signed", "Turkey", "Israel",
     "Turkey signed a military training agreement with Israel on Friday, angering its "
     "Arab neighbours."),
    ("CONCEDE", "freed", "Burmese junta", "Aung San Suu Kyi",
     "The Burmese junta freed Aung San Suu Kyi from house arrest on Monday after six "
     "years."),
    ("RETREAT", "handed back", "Britain", "China",
     "Britain handed back Hong Kong to China at midnight on Monday after 156 years of "
     "colonial rule."),
    ("CONCEDE", "lifted", "Chile", "Argentine",  # relabelled, see above
     "Chile lifted its ban on imports of Argentine beef on Wednesday after the outbreak of "
     "foot-and-mouth disease was brought under control."),
]

# A fresh set, written after the fixes and scored once as written: how far the fixes carry
# to sentences they were not made on (same conventions as above).
ROLE_FRESH: list[RoleCase] = [
    ("ACCUSE", "accused", "Georgia", "Russia",
     "Georgia on Saturday accused Russia of flying military helicopters over the Kodori "
     "gorge without permission."),
    ("ACCUSE", "condemned", "Vatican", "China",
     "The Vatican condemned China on Monday for ordaining bishops without the approval of "
     "the Pope."),
    ("ACCUSE", "blamed", "Islamabad", "New Delhi",
     "Islamabad, which denies arming the militants, blamed New Delhi on Friday for a string "
     "of bomb blasts in Karachi."),
    ("ACCUSE", "criticised", "World Health Organisation", "Chinese authorities",
     "Chinese authorities were criticised by the World Health Organisation for hiding the "
     "true number of infections in Beijing."),
    ("ACCUSE", "complained", "Bangladesh", "India",
     "Bangladesh complained to India on Wednesday about the killing of its citizens by "
     "Indian border guards."),
    ("ACCUSE", "charged", "Azerbaijan", "Armenia",
     "Azerbaijan charged Armenia with shelling civilian homes in the Tovuz district, the "
     "defence ministry in Baku said on Sunday."),
    ("REQUEST", "urged", "Jacques Chirac", "Ivory Coast",
     "French President Jacques Chirac urged the parties in Ivory Coast on Thursday to "
     "respect the peace accord signed near Paris."),
    ("REQUEST", "appealed", "UNHCR", "Tanzania",
     "The UNHCR appealed to Tanzania on Monday to stop sending Burundian refugees back "
     "across the border."),
    ("REQUEST", "demanded", "Kuwait", "Iraq",
     "Kuwait demanded the return of prisoners of war held by Iraq since the 1991 conflict."),
    ("REQUEST", "called on", "Arab League", "Washington",
     "The Arab League called on Washington on Tuesday to use its influence to halt the "
     "Israeli incursions."),
    ("REQUEST", "demand", "Beijing", "Taipei",
     "Beijing's demand that Taipei accept the one-China principle was restated by its "
     "foreign ministry on Friday."),
    ("THREATEN", "threatened", "Chechen rebels", "Russian",
     "Chechen rebels threatened on Friday to blow up Russian nuclear plants if the offensive "
     "in the mountains did not stop."),
    ("THREATEN", "threat", "Pyongyang", "Seoul",
     "Pyongyang's threat to turn Seoul into a sea of fire alarmed investors on Thursday."),
    ("REJECT", "rejected", "Eritrea", "Ethiopia",
     "Eritrea on Wednesday rejected Ethiopia's proposal for talks on the disputed town of "
     "Badme."),
    ("REJECT", "refused", "Belgrade", "Kosovo Albanian",
     "Belgrade refused on Monday to release the Kosovo Albanian prisoners it still holds."),
    ("SUPPORT", "praised", "Chancellor Gerhard Schroeder", "Poland",
     "Chancellor Gerhard Schroeder praised Poland on Thursday for its progress towards "
     "joining the European Union."),
    ("AID", "gave", "European Union", "Palestinian Authority",
     "The European Union gave the Palestinian Authority 50 million euros on Monday to pay "
     "the salaries of its teachers."),
    # an offer of aid is AGREE (manual; the dev gold: "offered its troops"), session 7
    ("AGREE", "offered", "Cuba", "Pakistan",
     "Cuba offered Pakistan a thousand doctors for the regions hit by the earthquake."),
    ("RETREAT", "handed over", "Libya", "Scotland",
     "Libya handed over the two suspects to Scottish judges sitting in the Netherlands, "
     "ending a long dispute with Britain and the United States."),
    ("RETREAT", "withdrawal", "Israeli", "Gaza",
     "The withdrawal of Israeli settlers from Gaza began on Monday amid scuffles with "
     "protesters."),
    ("RETREAT", "withdraw", "Ethiopia", "Somalia",
     "Ethiopia, which sent troops into Somalia in 2006, said it would withdraw its forces "
     "from Somalia within weeks."),
    ("SANCTION", "recalled", "Chile", "Peru",
     "Chile recalled its ambassador from Peru on Tuesday over a new map of the maritime "
     "border."),
    ("SANCTION", "expelled", "Britain", "Russian diplomats",
     "Four Russian diplomats were expelled by Britain on Monday in a row over an "
     "extradition."),
    ("ASSAULT", "killed", "Maoist rebels", "policemen",
     "Twelve policemen were killed by Maoist rebels in an ambush in western Nepal, an army "
     "spokesman said."),
    ("ASSAULT", "attack", "Basque separatist", "Civil Guard barracks",
     "A Basque separatist attack on a Civil Guard barracks in Burgos injured dozens of "
     "people on Wednesday."),
    ("ASSAULT", "opened fire", "Soldiers", "protesters",
     "Soldiers opened fire on protesters in Conakry on Monday, killing at least 50 people, "
     "a rights group said."),
    ("ASSAULT", "attacked", "Janjaweed militiamen", "villages",
     "Villages in south Darfur were attacked by Janjaweed militiamen on horseback, "
     "according to African Union monitors."),
    ("COERCE", "arrested", "Egyptian police", "Muslim Brotherhood",
     "Egyptian police arrested 30 members of the Muslim Brotherhood in dawn raids on "
     "Sunday, their lawyers said."),
    ("COERCE", "detention", "Iranian authorities", "British sailors",
     "The detention of 15 British sailors by Iranian authorities entered its second week on "
     "Friday."),
    ("COERCE", "ordered", "Rwanda", "aid agencies",
     "Rwanda ordered 38 foreign aid agencies on Thursday to leave the country by the end of "
     "the month."),
    ("PROTEST", "marched", "Thousands of Georgians", "Eduard Shevardnadze",
     "Thousands of Georgians marched in Tbilisi on Sunday to insist that President Eduard "
     "Shevardnadze step aside."),
    ("PROTEST", "protests", "opposition supporters", "government",
     "Protests by opposition supporters against the government paralysed Dhaka on "
     "Monday."),
    ("MOBILIZE", "deployment", "American", "Poland",
     "Moscow condemned the planned deployment of American missile interceptors to Poland "
     "on Tuesday."),
    ("CONSULT", "visit", "Pope Benedict", "Turkey",
     "Pope Benedict's visit to Turkey next week will be watched closely by Muslim leaders, "
     "diplomats said."),
    ("CONSULT", "visited", "Foreign Minister Sergei Lavrov", "Iran",
     "Foreign Minister Sergei Lavrov of Russia visited Iran on Tuesday for talks on the "
     "nuclear dispute."),
    ("SANCTION", "imposed", "United States", "Myanmar",
     "The United States imposed new sanctions on Myanmar's military rulers on Wednesday "
     "after the crackdown on monks."),
    ("ACCUSE", "protested", "watchdog group", "Belarus",
     "Belarus is still jailing reporters for what they write, a media watchdog group "
     "protested on Friday."),
    ("REQUEST", "pressed", "Washington", "Islamabad",
     "Washington pressed Islamabad on Monday to act against militants crossing into "
     "Afghanistan."),
    ("CONCEDE", "apologised", "Japan", "China",
     "Japan apologised to China on Tuesday for the wartime use of forced labour."),
    ("AGREE", "promised", "Sudan", "African Union",
     "Sudan promised the African Union on Friday that it would disarm the militias in "
     "Darfur."),
]
