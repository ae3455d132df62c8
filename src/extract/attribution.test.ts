import { test } from "node:test";
import assert from "node:assert/strict";
import { attribute, attributeWords, withOutletSources, type SectionHints } from "./attribution.ts";
import { wordsOf } from "./word-gate.ts";

const none: SectionHints = { claimedBySection: false, groupOfSection: null };
const isisClaims: SectionHints = { claimedBySection: true, groupOfSection: "ISIS" };

const table: [string, SectionHints, string, string, string | null][] = [
  ["On May 3, 2022, an IED was activated against an army jeep. ISIS claimed responsibility (Amaq, May 4, 2022).", none, "attack", "ISIS", "claimed"],
  ["On May 3, 2022, a truck was blown up. No group has claimed responsibility, but it was probably ISIS.", none, "attack", "ISIS", "suspected"],
  ["On May 3, 2022, gunmen ambushed a bus near Eringeti, killing five. Nobody claimed it, but the army blamed the ADF, the Congolese branch of ISIS.", none, "attack", "ISIS", "suspected"],
  ["On May 3, 2022, HTS fighters, together with other rebel factions, launched a counter-attack on Syrian army positions near Saraqib.", none, "clash", "HTS", null],
  ["On May 3, 2022, a truck was blown up. No group has claimed responsibility.", none, "attack", "unknown", "unattributed"],
  // Aircraft that fire on the group's men, and "insurgent" as an adjective, name a state strike on them.
  ["On May 3, 2022, Nigerian Air Force jets fired rockets at an ISWAP camp on an island near Marte.", none, "counterterrorism", "Nigerian military", null],
  ["On May 3, 2022, army helicopters fired on an insurgent camp in the forest west of Mueda.", none, "counterterrorism", "army", null],
  ["On May 3, 2022, a Dyck Advisory Group gunship strafed an insurgent base near Quissanga.", none, "counterterrorism", "Dyck Advisory Group", null],
  ["On May 3, 2022, F-16 jets of the Iraqi Air Force hit ISIS hideouts in the Wadi al-Shay area.", none, "counterterrorism", "Iraqi Air Force", null],
  ["On May 3, 2022, gunmen shot dead a policeman in El-Arish. Nobody claimed the killing, which fits the pattern of the Sinai Province's attacks.", none, "attack", "ISIS", "suspected"],
  ["On May 3, 2022, an explosive device planted by the khawarij went off under a militia pick-up near Rafah.", none, "attack", "ISIS", "suspected"],
  ["On May 3, 2022, tribal fighters searched the orchards south of Rafah and arrested three takfiris.", none, "counterterrorism", "security forces", null],
  ["On May 3, 2022, gunmen ambushed a minibus of soldiers near Maadan. No group claimed it, but in our assessment the ambush was carried out by an ISIS cell.", none, "attack", "ISIS", "suspected"],
  ["On May 3, 2022, gunmen stormed a church in Minya. Nobody has claimed the attack; witnesses said the gunmen carried the ISIS flag.", none, "attack", "ISIS", "suspected"],
  ["On May 3, 2022, aircraft of the International Coalition dropped some 20 tons of munitions on an island used by ISIS north of Samarra.", none, "counterterrorism", "International Coalition", null],
  ["On May 3, 2022, a 24-year-old welder suspected of links to JAD was picked up at his home in Bekasi.", none, "counterterrorism", "security forces", null],
  ["On May 3, 2022, investigators arrested a man who sold pistols to an MIT cell.", none, "counterterrorism", "security forces", null],
  ["On May 3, 2022, Puntland Defense Forces took control of a valley serving as an ISIS base in the Cal Miskaad mountains.", none, "counterterrorism", "Somali and AU forces", null],
  ["On May 3, 2022, troops intercepted a group of militants crossing the border near Zhob; three of the infiltrators were killed.", none, "counterterrorism", "army", null],
  ["On May 3, 2022, six herders were killed near Monguno. Vigilantes told HumAngle that the attackers belonged to JAS. No group has claimed the killings.", none, "attack", "Boko Haram", "suspected"],
  // forces entering a town or taking a district, a power's planes carrying out strikes
  ["On May 3, 2022, army units and allied militias entered al-Hamra after a day of fighting; officers said 12 ISIS operatives were killed.", none, "counterterrorism", "army", null],
  ["On May 3, 2022, Chadian forces took the town of Malam Fatori; the ministry said 40 Boko Haram fighters were killed.", none, "counterterrorism", "security forces", null],
  ["On May 3, 2022, the Counterterrorism Service announced that its fighters had taken control of two districts of the old city, where ISIS operatives were killed.", none, "counterterrorism", "security forces", null],
  ["Between May 3 and 5, 2022, Russian planes carried out more than 30 air strikes on ISIS hideouts near Palmyra.", none, "counterterrorism", "Russian forces", null],
  // the state's forces killing "armed operatives" in an exchange of fire
  ["On May 3, 2022, army forces killed five armed operatives in an exchange of fire south of Rafah.", none, "counterterrorism", "army", null],
  // a search completed; a relative clause about the reporter is no act of the event
  ["On May 3, 2022, army and PMU forces completed a search operation in villages south of Hawija used by ISIS; three weapons caches were found.", none, "counterterrorism", "army", null],
  ["The SDF, which took control of the dam and several villages in December, reported that on May 3, 2022, ISIS tried to recapture the area with a car bomb.", none, "attack", "ISIS", "suspected"],
  // a group named and then "its signature"; a suspicion the authorities did not voice
  ["On May 3, 2022, a bomb went off at a market in Gwoza. Boko Haram did not claim it, but the bombing bears its signature.", none, "attack", "Boko Haram", "suspected"],
  ["On May 3, 2022, gunmen fired on a bus near Sadda. No organization claimed responsibility, and the authorities did not point to a suspect.", none, "attack", "unknown", "unattributed"],
  // a rebel offensive told after a long date phrase is the group's clash; forces landing by helicopter act against the group
  ["At dawn on Tuesday, May 3, 2022, HTS and its allies in the \"Military Operations Command\" launched an offensive against Syrian army positions west of Aleppo.", none, "clash", "HTS", null],
  ["On May 3, 2022, Coalition forces landed by helicopter in the village of al-Busayrah. An ISIS official was captured.", none, "counterterrorism", "International Coalition", null],
  // the group's claim, "which was posted on Telegram", told after the army's toll
  ["On May 3, 2022, ISWAP fighters attacked the base in Rann. The army said four soldiers were killed. ISIS's claim, which was posted on Telegram, speaks of 20 soldiers killed.", none, "attack", "ISIS", "claimed"],
  // the state's acts in more words: a recapture naming no group, a ministry's arrests, a compound taken over, a tank
  // destroyed from the air, a leader killed, a bomber fleet, gunmen killed, a plot foiled, the group's positions shelled,
  // an operation's start announced
  ["On May 3, 2022, army units and tribal fighters retook Karabla, a village about 10 km east of al-Qaim.", none, "counterterrorism", "army", null],
  ["On May 3, 2022, the Interior Ministry announced the arrest in Riyadh of 12 suspects linked to a bombing.", none, "counterterrorism", "security forces", null],
  ["On May 3, 2022, government forces announced that they had taken over the hospital compound, which ISIS had used as a base.", none, "counterterrorism", "security forces", null],
  ["On May 3, 2022, a US aircraft destroyed an ISIS pickup truck near Sirte.", none, "counterterrorism", "US forces", null],
  ["On May 3, 2022, the army spokesman announced that air force strikes had killed the deputy leader of ISWAP near Lake Chad.", none, "counterterrorism", "army", null],
  ["On May 3, 2022, US bombers struck a training camp west of Sirte.", none, "counterterrorism", "US forces", null],
  ["On May 3, 2022, police killed three gunmen in a shootout in a flat in Makhachkala.", none, "counterterrorism", "police", null],
  ["On May 3, 2022, the intelligence service announced that it had foiled a plot by an ISIS cell to bomb a church.", none, "counterterrorism", "security forces", null],
  ["On May 3, 2022, army artillery shelled ISIS's positions in the Hamrin mountains.", none, "counterterrorism", "army", null],
  ["On May 3, 2022, the Joint Operations Command announced the start of an operation to clear the desert west of Samarra.", none, "counterterrorism", "security forces", null],
  // the claim told as posted, and the organization giving its own toll
  ["On May 3, 2022, Sahel Province operatives attacked an army post near Tera. The army spoke of two soldiers killed. ISIS's claim was posted on Telegram.", none, "attack", "ISIS", "claimed"],
  ["On May 3, 2022, Sahel Province operatives attacked an army post near Tera. The organization said that nine soldiers had been killed.", none, "attack", "ISIS", "claimed"],
  // "None of the organizations claimed", and the claim's content told "According to the organization's claim"
  ["On May 3, 2022, gunmen believed to belong to ISWAP seized two traders near Gubio. None of the organizations claimed responsibility.", none, "attack", "ISIS", "suspected"],
  ["On May 3, 2022, ISWAP fighters attacked a base in Damasak. According to the organization's claim, posted on Telegram, nine soldiers were killed.", none, "attack", "ISIS", "claimed"],
  // a state's aircraft named with their type in brackets; the governing group's spokesman reporting its own raid
  ["On May 3, 2022, Iraqi warplanes (F-16s) targeted a cave complex used by ISIS in the Makhoul mountains.", none, "counterterrorism", "Iraqi Air Force", null],
  ["On May 3, 2022, the Taliban's spokesman announced that in a night raid in Kunduz, its special forces had killed three members of Daesh.", none, "counterterrorism", "Taliban", null],
  // an official who says a cell "was behind" it, and a group "to which" others attributed it
  ["On May 3, 2022, a motorcycle bomb exploded near a checkpoint in Hajin. Nobody claimed it. A police officer told reporters that an ISIS cell was behind the blast.", none, "attack", "ISIS", "suspected"],
  ["On May 3, 2022, a mine hit a truck near Menaka. No group claimed it; the area is held by the Islamic State in the Greater Sahara (ISGS), to which local officials attributed the blast.", none, "attack", "ISIS", "suspected"],
  // photos of the dead published by the group are its claim; "claimed another attack"; the subject's group over another's blame
  ["On May 3, 2022, ISIS operatives overran a militia post near Mucojo. ISIS posted photos of the bodies of four militiamen.", none, "attack", "ISIS", "claimed"],
  ["On May 3, 2022, militants raided a farm near Oicha. The Central Africa Province claimed another attack there.", none, "attack", "ISIS", "claimed"],
  ["On May 3, 2022, ISCAP fighters abducted 12 villagers near Komanda. ISIS has not claimed it; local officials blamed the ADF.", none, "attack", "ISIS", "suspected"],
  // the state's operations in more words: one militant killed, a group's base destroyed, fighters airlifted
  ["On May 3, 2022, police killed a wanted militant, described as an ISKP recruiter, in a shoot-out in Peshawar.", none, "counterterrorism", "police", null],
  ["On May 3, 2022, the Air Component announced that its jets had destroyed an ISWAP weapons depot near Marte.", none, "counterterrorism", "security forces", null],
  ["On May 3, 2022, Coalition helicopters airlifted about 200 SDF fighters to the hills south of Shaddadi, where they stormed several hideouts.", none, "counterterrorism", "SDF", null],
  // an accusation, a campaign the act is part of, and claims told after the act
  ["On May 3, 2022, gunmen shot two shepherds near Khanaqin. ISIS did not claim it, but the police accused ISIS of the killing.", none, "attack", "ISIS", "suspected"],
  ["On May 3, 2022, gunmen shot dead a Copt in Bir al-Abd. Nobody claimed it, but the killing is part of the Sinai Province's campaign against Christians.", none, "attack", "ISIS", "suspected"],
  ["On May 3, 2022, an ISIS operative shot a Taliban commander in Kama, according to a claim published by ISIS.", none, "attack", "ISIS", "claimed"],
  ["On May 3, 2022, gunmen killed a village chief near Eringeti. ISCAP's claim, posted the next day, spoke of a Christian spy killed.", none, "attack", "ISIS", "claimed"],
  ["On May 3, 2022, an SDF fighter was shot dead by ISIS operatives in Thiban. A claim was posted on ISIS's channels.", none, "attack", "ISIS", "claimed"],
  // who blames or condemns is not who acted; a group known for such attacks there is the suspect
  ["On May 3, 2022, a bomb exploded outside a Shia mosque in Kunduz. No one claimed it. The Taliban condemned the bombing; ISKP has repeatedly targeted Shia worshippers in the province.", none, "attack", "ISIS", "suspected"],
  ["On May 3, 2022, a mine hit a truck of the Syrian army east of Palmyra, killing four soldiers. Nobody has claimed the blast, but ISIS cells operate in the area.", none, "attack", "ISIS", "suspected"],
  // the text names the author of an unclaimed attack, or an official names it
  ["On May 3, 2022, an ISIS cell attacked a PMF post near Tarmiyah, killing two. ISIS has not claimed responsibility.", none, "attack", "ISIS", "suspected"],
  ["On May 3, 2022, a bomber blew himself up at a bus station in Ankara. No group claimed it, but the interior minister said that the bomber was a member of ISIS.", none, "attack", "ISIS", "suspected"],
  ["On May 3, 2022, a minibus hit a mine near Baidoa, killing six. Nobody claimed the blast, but the regional government held al-Shabaab responsible.", none, "attack", "al-Shabaab", "suspected"],
  ["On May 3, 2022, two men stabbed a policeman outside a church in Makassar. Police said the attackers belonged to a cell linked to JAD.", none, "attack", "JAD", "suspected"],
  // state operations in the words communiqués use
  ["On May 3, 2022, Iraqi army units completed the clearing of the Jazeera desert north of Haditha; 11 ISIS operatives were killed.", none, "counterterrorism", "Iraqi army", null],
  ["On May 3, 2022, Coalition aircraft dropped three guided bombs on an ISIS weapons store near Baaj.", none, "counterterrorism", "International Coalition", null],
  ["On May 3, 2022, Syrian army units advanced into the Al-Qadam district and took control of several streets held by ISIS.", none, "counterterrorism", "Syrian army", null],
  ["On May 3, 2022, Asayish forces searched tents in the camp and detained four ISIS operatives.", none, "counterterrorism", "security forces", null],
  ["On May 3, 2022, Federal Police units advanced through the old souk of Tal Afar; 12 ISIS operatives were killed.", none, "counterterrorism", "police", null],
  ["On May 3, 2022, the SDF took over the Al-Nahda neighborhood of Raqqa after clashes with ISIS.", none, "counterterrorism", "SDF", null],
  ["On May 3, 2022, Iraqi army units began the second phase of an operation against ISIS cells in the Hamrin mountains.", none, "counterterrorism", "Iraqi army", null],
  ["On May 3, 2022, a car bomb exploded at a checkpoint near Rutba. The attack was claimed by Amaq the next day.", none, "attack", "ISIS", "claimed"],
  ["On May 3, 2022, the FSB said its officers had killed two supporters of ISIS in a shootout in Makhachkala.", none, "counterterrorism", "Russian security services", null],
  // an assault on what the group holds, a base "taken over", dozens killed "in an operation": the state's
  ["On May 3, 2022, Misratan forces launched an attack on the last houses held by ISIS in the port district of Sirte.", none, "counterterrorism", "Libyan forces", null],
  ["On May 3, 2022, the Iraqi army and the Federal Police launched an attack on the districts of al-Yarmuk and al-Tayaran, the last ISIS-held part of the west bank.", none, "counterterrorism", "Iraqi army", null],
  ["On May 3, 2022, the Ministry of Defense announced that Abu Yasir, the leader of ISIS in Cabo Delgado, had been killed on April 29 in an operation by Mozambican forces near Mucojo.", none, "counterterrorism", "Mozambican and allied forces", null],
  ["On May 3, 2022, two soldiers were killed in an ambush by ISIS operatives near Mucojo.", none, "attack", "ISIS", "suspected"],
  // sites, bases and town centres entered or taken; "takfiri" operatives; a prime minister's announcement
  ["On May 3, 2022, units of the army's 15th Division entered the archaeological site of Hatra after a day of fighting; 12 ISIS operatives were killed.", none, "counterterrorism", "army", null],
  ["On May 3, 2022, Popular Mobilization fighters took the Qayyarah airbase and cut an ISIS supply road.", none, "counterterrorism", "Popular Mobilization Forces", null],
  ["According to the army spokesman, on May 3, 2022 aircraft and ground forces attacked hideouts of \"takfiri elements\" south of Rafah; nine operatives were killed.", none, "counterterrorism", "army", null],
  ["On May 3, 2022, the army spokesman announced that four \"takfiri\" operatives had been killed in an exchange of fire with security forces near Bir al-Abd.", none, "counterterrorism", "security forces", null],
  ["On May 3, 2022, the Iraqi Prime Minister announced that an ISIS governor had been \"eliminated\" in an airstrike in Anbar.", none, "counterterrorism", "security forces", null],
  // the governing group as the target is no author
  ["On May 3, 2022, an IED exploded against a Taliban vehicle in Jalalabad. Two Taliban fighters were wounded.", none, "attack", "unknown", "unattributed"],
  ["On May 3, 2022, army units and tribal fighters launched an attack on al-Baghdadi from the north and the east; 21 ISIS operatives were killed.", none, "counterterrorism", "army", null],
  ["On the night of May 3, 2022, aircraft, apparently Russian, bombed the center of al-Raqqah. Activists reported that nine civilians had been killed.", none, "counterterrorism", "Russian forces", null],
  ["On May 3, 2022, two gunmen killed a trader in al-Shuhayl and fled. The identity of the perpetrators is unknown, and ISIS did not mention the incident.", none, "attack", "unknown", "unattributed"],
  ["On May 3, 2022, ISIS's Amaq claimed the bombing in Quetta. The claims did not mention the killing of the lawyer.", none, "attack", "ISIS", "claimed"],
  // blame told in other words: signs borne, "attributed by ... to", hints, the killers named in the passive
  ["On May 3, 2022, a council member was shot and wounded near Diban. No organization claimed responsibility, but the SDF accused ISIS cells (Deir ez-Zor 24, May 3, 2022).", none, "attack", "ISIS", "suspected"],
  ["On May 3, 2022, a bomb went off at a bus stop in Ankara. No organization claimed responsibility. The interior minister said that \"the PKK terrorist organization\" was responsible.", none, "attack", "PKK", "suspected"],
  ["On May 3, 2022, a bomb went off at a bus stop in Potiskum. No one claimed responsibility, but the blast bore the signs of Boko Haram.", none, "attack", "Boko Haram", "suspected"],
  ["On May 3, 2022, gunmen attacked a gendarmerie post near Ayorou. The attack was attributed by local security sources to the Islamic State in the Greater Sahara; no claim was published.", none, "attack", "ISIS", "suspected"],
  ["On May 3, 2022, a bomb exploded in a mosque in Kunduz. No group claimed the attack, but officials hinted that ISKP was behind it.", none, "attack", "ISIS", "suspected"],
  ["On May 3, 2022, a woman was found dead in her tent in the al-Hol camp. According to camp sources, she was killed by ISIS women of the hisbah. No one has claimed responsibility.", none, "attack", "ISIS", "suspected"],
  // the state's acts: a named official killed, an offensive opened, an island swept
  ["The Coalition said that on May 3, 2022 its aircraft had killed Abu Hamza al-Shami, an ISIS official in charge of finances, near Hajin.", none, "counterterrorism", "International Coalition", null],
  ["On May 3, 2022, the Syrian army opened its offensive against HTS on the outskirts of Khan Shaykhun.", none, "counterterrorism", "Syrian army", null],
  ["On May 3, 2022, Iraqi Counterterrorism Service forces landed on an island in the Tigris and swept it. They destroyed a network of tunnels.", none, "counterterrorism", "Iraqi Counterterrorism Service", null],
  ["Yesterday, terrorists opened fire on a security forces post near Mir Ali. Own troops responded and two terrorists were killed.", none, "attack", "unknown", "unattributed"],
  // the killed told in the passive, by the group: its attack, whoever the victim
  ["On May 3, 2022, a police officer was killed by ISIS gunmen in Tarmiyah.", none, "attack", "ISIS", "suspected"],
  ["On May 3, 2022, an army officer was killed by ISIS operatives near Kirkuk.", none, "attack", "ISIS", "suspected"],
  ["Fighting in Mosul's old city went on until the evening of May 3, 2022. On that day, Iraqi forces cleared the Maydan district, where the last ISIS fighters had held out.", none, "counterterrorism", "Iraqi army", null],
  ["Clashes around Baiji continued for a third day. On May 3, 2022, PMF units pushed into the refinery's northern gate; six ISIS operatives were killed.", none, "counterterrorism", "Popular Mobilization Forces", null],
  ["In the al-Hol camp, the Asayish continued the \"Humanity and Security\" operation. On May 3, 2022, they announced that 20 more suspects had been detained.", none, "counterterrorism", "security forces", null],
  ["On May 3, 2022, the Asayish, supported by SDF forces, began on May 2, 2022, a new security operation in the camp; nine suspected ISIS operatives were detained.", none, "counterterrorism", "SDF", null],
  ["On May 3, 2022, Puntland forces took over an ISIS camp in the hills south of Qandala; nine fighters were killed.", none, "counterterrorism", "Somali and AU forces", null],
  ["On May 3, 2022, the Mozambican Defense and Security Forces said they had killed dozens of insurgents in an operation near Mueda.", none, "counterterrorism", "Mozambican and allied forces", null],
  ["On May 3, 2022, ISM fighters raided a fishing camp north of Pemba and killed two men.", none, "attack", "ISIS", "suspected"],
  // the forces a support phrase helps act, whether the list names them or not
  ["On May 3, 2022, Afghan commandos, supported by US drones, carried out an operation against ISIS in the Mohmand valley; 11 fighters were killed.", none, "counterterrorism", "Afghan security forces", null],
  ["On May 3, 2022, Kurdish police units, supported by Coalition drones, raided an ISIS safe house near Shaddadi.", none, "counterterrorism", "police", null],
  ["On May 3, 2022, tribal fighters, with Coalition air support, took control of two villages held by ISIS near Baiji.", none, "counterterrorism", "security forces", null],
  // a sweep of neighbourhoods once cleared; a self-named group's claim; photographs of the killing posted
  ["On May 3, 2022, SDF units swept the villages that had been cleared a month before. Four ISIS operatives hiding in a cellar were captured.", none, "counterterrorism", "SDF", null],
  ["On May 3, 2022, a rocket hit a base near Baghdad airport. A group calling itself Ashab al-Kahf claimed the attack on Telegram.", none, "attack", "Ashab al-Kahf", "claimed"],
  ["On May 3, 2022, ISWAP beheaded two farmers near Damboa. Photographs of the beheading were posted on the group's channels.", none, "attack", "ISIS", "claimed"],
  ["On May 3, 2022, a Coalition drone killed a senior ISIS operative near Sarmada.", none, "counterterrorism", "International Coalition", null],
  // blame in other words: a bombing that "bears the fingerprints of" a group; who witnesses say the attackers were
  ["On May 3, 2022, a car bomb went off near a market in Baghdad. No one claimed it; a police officer said the bombing bears the fingerprints of Daesh.", none, "attack", "ISIS", "suspected"],
  ["On May 3, 2022, gunmen raided a village near Gwoza. Nobody claimed responsibility, but villagers told reporters that the attackers were ISWAP operatives.", none, "attack", "ISIS", "suspected"],
  // no claim, but the text places the group there: where it holds out, or its cells or province active
  ["On May 3, 2022, gunmen ambushed an army truck near al-Sukhnah. ISIS did not claim responsibility, but the area is one of its last strongholds.", none, "attack", "ISIS", "suspected"],
  ["On May 3, 2022, an IED hit a police car south of Hawija. No one claimed it, but ISIS's remaining cells operate in the villages there.", none, "attack", "ISIS", "suspected"],
  ["On May 3, 2022, soldiers were ambushed near Tera. No group has claimed it; ISIS's Sahel Province is active in the area.", none, "attack", "ISIS", "suspected"],
  // fighting for buildings the militants hold is the state's operation
  ["On May 3, 2022, in fighting for several buildings held by the militants, two soldiers were killed; the army said nine militants were killed.", none, "counterterrorism", "army", null],
  ["On May 3, 2022, the NDS announced the arrest in Kabul of three people suspected of planning a bombing.", none, "counterterrorism", "Afghan security forces", null],
  // the state that reports names the forces ("its forces") that act against the group
  ["The Nigerian army announced on May 3, 2022, that its forces had cleared several Boko Haram camps around Dikwa.", none, "counterterrorism", "Nigerian military", null],
  // the Coalition's aircraft "of the Coalition", whatever they hit
  ["On May 3, 2022, aircraft of the International Coalition struck a residential quarter in Hajin. Nine civilians were killed.", none, "counterterrorism", "International Coalition", null],
  // a state's air strike as the subject, the group's camp its object
  ["On May 3, 2022, a US airstrike on an ISIS training camp near Sabratha killed 30 operatives.", none, "counterterrorism", "US forces", null],
  ["On May 3, 2022, Turkish drone strikes on ISIS hideouts near al-Bab killed six operatives.", none, "counterterrorism", "Turkish forces", null],
  ["On May 3, 2022, gunmen killed a mukhtar north of Baiji. The attack has not been claimed, but local sources said it was carried out by ISIS.", none, "attack", "ISIS", "suspected"],
  // the series' "operatives" are the jihadists, named or not
  ["On May 3, 2022, Tunisian security forces located a group of operatives hiding on a farm near Kasserine; two operatives were killed in an exchange of fire.", none, "counterterrorism", "Tunisian security forces", null],
  ["On May 3, 2022, police killed three operatives in a shoot-out on the outskirts of Sfax.", none, "counterterrorism", "police", null],
  // fighters named by no group, in a section its note gives to a province: that group's, unclaimed
  ["On May 3, 2022, insurgents burned a church in a village near Meluco.", { claimedBySection: false, groupOfSection: "ISIS" }, "attack", "ISIS", "suspected"],
  ["On May 3, 2022, insurgents burned a church in a village near Meluco.", none, "attack", "unknown", "unattributed"],
  // an arrest over a plotted attack is the state's operation even when no group is named
  ["On May 3, 2022, Belgian police arrested a 22-year-old man in Antwerp on suspicion that he had planned to set off a bomb at a concert.", none, "counterterrorism", "police", null],
  // an aircraft of a state that "attacked" something is the state's strike; the group's own drone is its attack
  ["On May 3, 2022, a Turkish drone attacked a car near Qamishli, killing an ISIS emir and his driver.", none, "counterterrorism", "Turkish forces", null],
  ["On May 3, 2022, an ISIS drone attacked an army post near Baiji, wounding two soldiers.", none, "attack", "ISIS", "suspected"],
  ["On May 3, 2022, a mortar shell hit a Kurdish checkpoint near Makhmur. ISIS claimed both attacks (Amaq, May 4, 2022).", none, "attack", "ISIS", "claimed"],
  ["On May 3, 2022, a militia post was targeted by machine gun fire.", isisClaims, "attack", "ISIS", "claimed"],
  ["On May 3, 2022, a convoy was attacked. So far no organization has claimed responsibility, but in our assessment, it was probably ISIS.", isisClaims, "attack", "ISIS", "suspected"],
  ["On May 3, 2022, Iraqi security forces arrested four ISIS operatives in Hawija.", isisClaims, "counterterrorism", "Iraqi security forces", null],
  ["On May 3, 2022, Coalition aircraft carried out airstrikes against an ISIS hideout.", none, "counterterrorism", "International Coalition", null],
  ["On May 3, 2022, the Syrian army shelled HTS positions south of Idlib.", none, "clash", "Syrian army", null],
  ["Gunmen believed to be Boko Haram fighters stormed a village, killing 9.", none, "attack", "Boko Haram", "suspected"],
  ["On May 3, 2022, al-Shabaab fighters attacked a base; the group said in a statement it killed 20.", none, "attack", "al-Shabaab", "claimed"],
  // armed groups named only as NSAG; a state's attack on a group's position; a strike by an aircraft said to belong to a state
  ["On 4 May, the army carried out air strikes against NSAG positions near Djibo, killing some twenty fighters.", none, "counterterrorism", "army", null],
  ["On 4 May, FARDC units attacked an ADF camp in the forest east of Beni; four fighters were killed.", none, "counterterrorism", "Congolese and Ugandan forces", null],
  ["A drone believed to belong to the US-led Coalition struck a car carrying two Hurras al-Din commanders near Sarmada.", none, "counterterrorism", "International Coalition", null],
  ["ISIS cells attacked army positions near Sukhnah, killing four soldiers.", none, "attack", "ISIS", "suspected"],
  ["A drone strike believed to be American hit a car near Jaar, killing two AQAP members.", none, "counterterrorism", "US forces", null],
  ["A Houthi missile struck an army camp near Marib, killing three soldiers.", none, "clash", "Houthis", null],
  ["Army patrol AMBUSHED on the Tera road by ISSP fighters, x4 KIA. Troops say 9 assailants neutralised.", none, "attack", "ISIS", "suspected"],
  ["CODECO militiamen attacked a displacement camp near Bunia, killing six.", none, "attack", "CODECO", "suspected"],
  ["Gunmen shot dead two FC soldiers in Turbat. The BLA claimed the attack.", none, "attack", "BLA", "claimed"],
  ["A mine exploded under a tractor near Palmyra. It was not possible to determine which side had laid it, as ISIS and the army both held the area.", none, "attack", "unknown", "unattributed"],
  // claims named by what was claimed, by the channel, or by the group's own account
  ["Jihadists burned a customs post near the border. The group claimed the arson on its website.", none, "attack", "unknown", "claimed"],
  ["A bomb hit a Taliban police truck in Kunduz. ISKP claimed the bombing through Amaq.", none, "attack", "ISIS", "claimed"],
  ["Amaq claimed the ambush of a gendarmerie convoy near Menaka.", none, "attack", "ISIS", "claimed"],
  ["Fighters overran a garrison; the movement said they captured its commander.", none, "attack", "unknown", "claimed"],
  ["Al-Shabaab shelled a base and announced the attack on its radio station.", none, "attack", "al-Shabaab", "claimed"],
  // nobody claimed: generic attackers and bystander groups name no perpetrator
  ["Armed men torched a clinic in the market town. No claim was made.", isisClaims, "attack", "unknown", "unattributed"],
  ["Unknown assailants shot a teacher. No claim; both JNIM and bandits roam the district.", none, "attack", "unknown", "unattributed"],
  ["Masked gunmen opened fire on a bus. The attackers have not been identified.", isisClaims, "attack", "unknown", "unattributed"],
  ["Gunmen killed a chief near Tahoua. Villagers blamed ISGS, which did not claim it.", none, "attack", "ISIS", "suspected"],
  ["A truck hit a mine left behind by ISIS near Sinjar.", isisClaims, "attack", "ISIS", "suspected"],
  // state operations and rebel attacks on the army
  ["Egyptian troops killed 21 militants in a raid near Arish.", none, "counterterrorism", "Egyptian security forces", null],
  ["The Counter Terrorism Department detained three suspected ISKP members in Quetta.", none, "counterterrorism", "security forces", null],
  ["Kenyan forces carried out a large-scale cordon operation against al-Shabaab near Lamu.", none, "counterterrorism", "Kenyan security forces", null],
  ["US Africa Command said it carried out an airstrike against al-Shabaab fighters.", none, "counterterrorism", "US forces", null],
  ["Turkish drones conducted at least nine strikes on PKK hideouts near Qandil.", none, "counterterrorism", "Turkish forces", null],
  // a neighbour's strikes and shelling across the border are its own, whoever the text says was hit
  ["12 Mar, night - BRADOST: Turkish air strikes hit suspected PKK positions near Sidakan; local media reported 4 PKK fighters killed.", none, "counterterrorism", "Turkish forces", null],
  ["Turkish artillery shelled farmland outside two villages north of Batifa; no casualties.", none, "counterterrorism", "Turkish forces", null],
  ["An Israeli drone struck a car on the coastal road, killing two members of an armed faction.", none, "counterterrorism", "Israeli forces", null],
  ["HTS fired mortar rounds at Syrian army posts near Kafr Nabl.", none, "clash", "HTS", null],
  // state forces against groups the vocabulary of ISIS operations does not name
  ["On April 2, 2020, marines of the Philippine navy captured an Abu Sayyaf bomb-maker in a house in Jolo.", isisClaims, "counterterrorism", "security forces", null],
  ["On April 3, 2020, the army shelled positions of the BIFF near Shariff Aguak.", none, "counterterrorism", "army", null],
  ["Mandera: Police shot dead three suspected al-Shabaab gunmen who had opened fire on a patrol.", none, "counterterrorism", "police", null],
  ["Middle Juba: A drone strike near Saakow killed two al-Shabaab commanders, AFRICOM said.", none, "counterterrorism", "US forces", null],
  ["Salah al-Din: Iraqi F-16s struck an ISIS cave in the Makhoul hills.", none, "counterterrorism", "Iraqi Air Force", null],
  // a group whose name holds "Forces" is not the state
  ["On April 4, 2020, fighters of the Allied Democratic Forces raided a farm near Oicha and killed four people.", none, "attack", "ADF", "suspected"],
  // the group's own account, and a claim that points to the group without one
  ["Jubaland troops held off an assault on their base; al-Shabaab said it had killed nine soldiers.", none, "attack", "al-Shabaab", "claimed"],
  ["Fighters raided a police post near Bal'ad and claimed to have seized three rifles.", none, "attack", "unknown", "claimed"],
  ["A car bomb went off at a checkpoint in Ramadi. There is no claim yet, but the method points to ISIS.", none, "attack", "ISIS", "suspected"],
  ["A bomb hit a fuel truck near Hit. Nobody has claimed responsibility.", none, "attack", "unknown", "unattributed"],
  ["Sulu: Marines of the 4th Brigade clashed with an Abu Sayyaf group in the hills. Two militants were killed.", none, "counterterrorism", "security forces", null],
  ["The 1st Infantry Division says artillery strikes on Abu Sayyaf camps killed four.", none, "counterterrorism", "security forces", null],
  ["The army said ISIS fighters raided a post near Baiji.", none, "attack", "ISIS", "suspected"],
  ["Fighters ambushed a patrol near Tuz. The group's Amaq agency posted a video of the ambush the next day.", none, "attack", "ISIS", "claimed"],
  // the group's own voice: "soldiers of the Caliphate" is how its claims name its fighters
  ["Soldiers of the Caliphate stormed a gendarmerie post near Dori, killing six.", none, "attack", "ISIS", "claimed"],
  ["The soldiers of the Caliphate clashed with the Somali army near Qandala, killing two soldiers.", none, "attack", "ISIS", "claimed"],
  // a bare "<group> claimed." closes the item
  ["Militants ambushed a police van near Khost; 3 x killed, 4 x wounded. ISKP claimed.", none, "attack", "ISIS", "claimed"],
  // "claimed attack" without an article; the affiliate named as subject, not its parent
  // a claim appended from the next paragraph names the group
  ["Gunmen attacked an army base outside Baidoa on Tuesday, killing four soldiers. Al Shabaab claimed the attack on Wednesday in a statement on its Radio Andalus station.", none, "attack", "al-Shabaab", "claimed"],
  // a group named as a bystander is not the suspect the text names
  ["A bomb went off outside the house of a Taliban district chief in Jalalabad. Nobody claimed it, but it was likely ISKP.", none, "attack", "ISIS", "suspected"],
  // "AS" in capitals beside its fighters' words
  ["AS militants overran a police post in Hiraan, killing three officers.", none, "attack", "al-Shabaab", "suspected"],
  // the Taliban's intelligence acts as the state
  ["0900hrs: Taliban GDI raided an ISKP safe house in Kabul; 2 x ISKP killed.", none, "counterterrorism", "Taliban security forces", null],
  // supporting aircraft do not make the coalition the actor
  ["Iraqi security forces, with the support of coalition aircraft, carried out an operation against ISIS hideouts near Hamrin.", none, "counterterrorism", "Iraqi security forces", null],
  // "according to <group>" is the group's account
  ["According to al-Shabaab, 12 soldiers died; the army said it had repelled the assault on the base.", none, "attack", "al-Shabaab", "claimed"],
  // the troops' response is part of the group's attack
  ["Suspected ISGS militants 3 Feb ambushed an army convoy near Ayorou, killing four soldiers; troops said they neutralised 14 attackers.", none, "attack", "ISIS", "suspected"],
  // state forces' strikes, ambushes and air missions against a group
  ["A Burkinabe army drone strike killed at least 12 JNIM fighters near Djibo.", none, "counterterrorism", "Burkinabe armed forces", null],
  ["Troops of the 7th Division ambushed ISWAP fighters near Gwoza, neutralising 5.", none, "counterterrorism", "army", null],
  ["The Air Component conducted air interdiction missions on a Boko Haram camp near Sambisa.", none, "counterterrorism", "security forces", null],
  ["Soldiers were ambushed by ISWAP fighters near Monguno.", none, "attack", "ISIS", "suspected"],
  // an arrest of plotters is counterterrorism
  ["Police arrested two men accused of plotting bomb attacks on a stadium.", none, "counterterrorism", "police", null],
  // officials blaming a group name the suspect; a governing group named as target is not the actor
  ["IED at a Shia mosque in Herat; 4 killed. Unclaimed; local officials blamed ISKP.", none, "attack", "ISIS", "suspected"],
  ["Sticky bomb on a Taliban police pickup in Kunduz; 2 wounded. Unattributed.", none, "attack", "unknown", "unattributed"],
  // forces that repel a group's attack do not make it their operation
  ["Police repelled an attack by ISGS fighters on their post near Ayorou, neutralising five of the attackers.", none, "attack", "ISIS", "suspected"],
  // the governing group fighting another group acts as the state; against the army it is a group
  ["Taliban fighters clashed with ISKP militants in Kunar; four ISKP fighters were killed.", none, "counterterrorism", "Taliban security forces", null],
  ["Taliban fighters attacked an army checkpoint in Ghazni, killing six soldiers.", none, "attack", "Taliban", "suspected"],
  ["Al-Qaeda affiliate JNIM on 2 Feb ambushed a supply convoy near Boni.", none, "attack", "JNIM", "suspected"],
  ["Islamic State-linked insurgents burned a village near Mocimboa.", none, "attack", "ISIS", "suspected"],
  ["Al-Qaeda affiliate JNIM 4 Mar raided a gendarmerie post near Djibo and two days later claimed attack on its outlet.", none, "attack", "JNIM", "claimed"],
  // state forces named by their unit, acting on a named group's men or positions, or retaking ground
  ["On 3 July, Marines of the 2nd Brigade pushed into the market district and cleared a row of houses; the army said 6 Maute fighters were killed.", none, "counterterrorism", "security forces", null],
  ["On 4 July, troops of the 3rd Infantry Division attacked an Abu Sayyaf hideout near Patikul, killing four of the militants.", none, "counterterrorism", "security forces", null],
  ["On 5 July, the 6th Infantry Division shelled BIFF positions in the marsh, killing five of its members.", none, "counterterrorism", "security forces", null],
  ["The old market was retaken on 9 July. Soldiers of the 103rd Brigade entered it after a three-day assault, killing 9 militants.", none, "counterterrorism", "security forces", null],
  ["The old market was retaken by ISIS on 9 July. The jihadists killed three soldiers.", none, "attack", "ISIS", "suspected"],
  // another group's raid told under a note of ISIS's claims is not ISIS's claim
  ["On 6 July, HTS fighters raided a Syrian army post near Kafr Nabl, killing three soldiers.", isisClaims, "clash", "HTS", null],
  ["On 6 July, Hurras al-Din fighters burned a tanker on the road to Sarmada.", isisClaims, "attack", "al-Qaeda", "suspected"],
  // a siege, a sweep of tunnels, forces entering a town: the state's operation
  ["Between 3 and 6 May, SDF forces, backed by Coalition helicopters, besieged the school where ISIS operatives had barricaded themselves and fought their way in.", none, "counterterrorism", "SDF", null],
  ["On 7 May, SDF fighters combed the caves above the river; nine ISIS operatives hiding there were captured.", none, "counterterrorism", "SDF", null],
  ["On 8 May, Iraqi forces entered the old city of Tal Afar and seized several blocks held by ISIS.", none, "counterterrorism", "Iraqi army", null],
  // forces that break into a compound, fight the group's men or free its hostages; a communique's results told after it
  ["On 4 May, Iraqi Counterterrorism Service forces, backed by Coalition aircraft, broke into the hospital compound held by ISIS in Ramadi.", none, "counterterrorism", "Iraqi Counterterrorism Service", null],
  ["On 4 May, SDF fighters fought ISIS operatives in the farms east of Hajin.", none, "counterterrorism", "SDF", null],
  ["On 5 May, the Syrian army announced that it had freed six of the shepherds abducted by ISIS near Palmyra.", none, "counterterrorism", "Syrian army", null],
  ["On 6 May, the army spokesman, Brig. Tamer Fawzi, issued communiqué No. 12 on the operation. According to it, the forces killed nine takfiri operatives near Bir al-Abd.", none, "counterterrorism", "security forces", null],
  // nobody claimed it, but a monitor or the police say the group did
  ["Nine herders were killed near Palmyra. The Observatory said that ISIS gunmen had opened fire on them. ISIS has not claimed responsibility.", none, "attack", "ISIS", "suspected"],
  ["A bomb exploded in the market of Jamaame. Police said that al-Shabaab fighters had planted it. No group claimed it.", none, "attack", "al-Shabaab", "suspected"],
  // bandits are an actor of their own, unlike gunmen; nobody claims for them
  ["On 4 March, bandits on motorbikes attacked members of a vigilante group near Dansadau and killed five of them.", none, "attack", "bandits", "unattributed"],
  ["On 4 March, gunmen on motorbikes attacked members of a vigilante group near Dansadau and killed five of them.", none, "attack", "unknown", "unattributed"],
  // of several forces, the one named first acts; a strike against the group's fighters is the state's
  ["Kenyan and Somali troops (KDF and SNA) raided a suspected al-Shabaab camp near Dhobley and seized weapons.", none, "counterterrorism", "Kenyan security forces", null],
  ["SNA and ATMIS (UPDF) soldiers carried out an operation near Bariire; the SNA said eight al-Shabaab fighters were killed.", none, "counterterrorism", "Somali and AU forces", null],
  ["AFRICOM announced a self-defence strike against al-Shabaab fighters who had attacked Somali forces near Jilib.", none, "counterterrorism", "US forces", null],
  // the group's names for its own men, in lower case as digests of its newsletter write them; its outlet "says"
  ["A sniper of the caliphate killed a soldier of the apostate army at a checkpoint south of Rafah.", none, "attack", "ISIS", "suspected"],
  ["On 26 June the fighters stormed a barracks in Monguno, killing seven soldiers, al-Naba' says.", none, "attack", "ISIS", "claimed"],
  // a group whose hallmarks the killing bore is suspected; one named only as a victim's topic is no actor
  ["Gunmen shot dead a mukhtar near Baiji. No organization has claimed responsibility, but the police said the killing bore ISIS's hallmarks.", none, "attack", "ISIS", "suspected"],
  ["Gunmen shot dead a researcher who advised the government on ISIS outside his home in Baghdad. No organization claimed responsibility.", none, "attack", "unknown", "unattributed"],
  // unclaimed, but another's account names the group: where it hides, whose campaign it fits, who planted the mines
  ["A shepherd was shot dead near Tuz Khurmatu. No claim was issued, but the hills around the town are a known ISIS stronghold.", none, "attack", "ISIS", "suspected"],
  ["A soldier was killed by a sniper near Daquq. Nobody claimed the shooting; the valley has long served as an ISIS hideout.", none, "attack", "ISIS", "suspected"],
  ["Two farmers were killed when a landmine went off in their field. No group claimed it; villagers said the mines had been planted by ISIS in 2017.", none, "attack", "ISIS", "suspected"],
  ["Gunmen shot dead a policeman in Rafah. No one has claimed responsibility; the killing fits the Sinai Province's campaign against the police.", none, "attack", "ISIS", "suspected"],
  ["Gunmen abducted four traders near Monguno. No organization claimed responsibility. According to a local security analyst, the gunmen belonged to the West Africa Province.", none, "attack", "ISIS", "suspected"],
  ["A teacher was shot dead near Jalawla. No group claimed the killing; a police officer told Rudaw that an ISIS cell hiding in the orchards was behind it.", none, "attack", "ISIS", "suspected"],
  // the group's claim told as a notice, a claim posted, photos it published, what it said on a weekday
  ["ISWAP fighters raided a base near Marte. ISIS claimed in a notice that 12 soldiers were killed.", none, "attack", "ISIS", "claimed"],
  ["According to a claim posted on Telegram, ISIS operatives shot a tribal fighter near Hajin.", none, "attack", "ISIS", "claimed"],
  ["Gunmen torched a church in a village near Mocimboa da Praia. The Mozambique Province posted photos of the burning church on Telegram.", none, "attack", "ISIS", "claimed"],
  ["The Islamic State said on Tuesday that its fighters had attacked an army post near Beni.", none, "attack", "ISIS", "claimed"],
  ["JNIM fighters ambushed a convoy near Boni. Three soldiers were killed; JNIM published a claim two days later.", none, "attack", "JNIM", "claimed"],
  ["Al-Shabaab fighters overran a base near Afmadow. Al-Shabaab claimed at the time that it had killed 30 soldiers.", none, "attack", "al-Shabaab", "claimed"],
  ["Two soldiers were killed near Dikwa. ISIS claimed, through Amaq, that 14 soldiers were killed.", none, "attack", "ISIS", "claimed"],
  // a claim or pictures not (yet) published are no claim
  ["ISIS operatives blew up a shrine near Mosul. ISIS has not yet published pictures of the destruction.", none, "attack", "ISIS", "suspected"],
];
for (const [text, hints, category, perpetrator, claim] of table) {
  test(`attribute reads "${text.slice(0, 80)}"`, () => {
    const a = attribute(text, hints);
    assert.deepEqual([a.category, a.perpetrator, a.claim], [category, perpetrator, claim]);
  });
}

// Each sentence reaches a rule through the words of its gate pattern ("Da'esh", "Al-Naba", "Sinai
// Province", "az-Zallaqa", "US-led Coalition", "have not been identified", "bore the mark of").
const GATED_CASES: [string, string, string, string | null][] = [
  ["Gunmen attacked a checkpoint near Arish. Da'esh claimed it.", "attack", "ISIS", "claimed"],
  ["A bomb killed two soldiers. Al-Naba reported the attack.", "attack", "ISIS", "claimed"],
  ["Militants of Sinai Province attacked an army post.", "attack", "ISIS", "suspected"],
  ["Fighters of al-Shabab ambushed a convoy near Afgoye.", "attack", "al-Shabaab", "suspected"],
  ["An az-Zallaqa statement said fighters attacked a Malian post.", "attack", "JNIM", "claimed"],
  ["Hurras al-Din fighters raided a regime post.", "attack", "al-Qaeda", "suspected"],
  ["US-led Coalition aircraft struck an ISIS hideout near Hajin.", "counterterrorism", "International Coalition", null],
  ["The Deir ez-Zor Intelligence Directorate arrested three ISIS suspects.", "counterterrorism", "Zor Intelligence Directorate", null],
  ["Gunmen killed a farmer. The group said in a statement that it had killed a spy.", "attack", "unknown", "claimed"],
  ["A bomb exploded in the market. The perpetrators have not been identified.", "attack", "unknown", "unattributed"],
  ["A bomb exploded in the market; it bore the mark of ISIS.", "attack", "ISIS", "suspected"],
  ["Al-Shabaab said it carried out the attack on the base.", "attack", "al-Shabaab", "claimed"],
  ["Officials said troops killed four militants in a raid.", "counterterrorism", "army", null],
  ["A bomb exploded near a school. It is not clear who planted it.", "attack", "unknown", "unattributed"],
  ["A roadside bomb killed two soldiers; the attack was unclaimed.", "attack", "unknown", "unattributed"],
  ["Gunmen stormed a church. Police blamed the Islamic State.", "attack", "ISIS", "suspected"],
];

test("rules gated by their words still find every alternative they name", () => {
  for (const [text, category, perpetrator, claim] of GATED_CASES) {
    assert.deepEqual(attribute(text, { claimedBySection: false, groupOfSection: null }), { category, perpetrator, claim }, text);
    assert.deepEqual(attributeWords(text, { claimedBySection: false, groupOfSection: null }, wordsOf(text)), { category, perpetrator, claim }, text);
  }
});

test("an item cited to the group's own outlet is the group's claim", () => {
  const hints = withOutletSources(none, ["Amaq"]);
  assert.deepEqual(attribute("Fighters attacked a police post near Mora, killing two officers.", hints), { category: "attack", perpetrator: "ISIS", claim: "claimed" });
  assert.deepEqual(attribute("Fighters attacked a police post near Mora, killing two officers.", withOutletSources(none, ["Reuters"])), { category: "attack", perpetrator: "unknown", claim: "unattributed" });
});

test("an item citing Telegram itself is a claim posted there, the Islamic State's unless its section names another group", () => {
  const text = "An SDF fighter was targeted by gunfire in Al-Busayrah. He was killed.";
  assert.deepEqual(attribute(text, withOutletSources(none, ["Telegram"])), { category: "attack", perpetrator: "ISIS", claim: "claimed" });
  assert.deepEqual(attribute(text, withOutletSources({ claimedBySection: false, groupOfSection: "al-Shabaab" }, ["Telegram"])), { category: "attack", perpetrator: "al-Shabaab", claim: "claimed" });
  assert.deepEqual(attribute("Coalition aircraft struck an ISIS hideout near Hajin.", withOutletSources(none, ["Telegram"])).claim, null);
});
