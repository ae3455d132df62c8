import { test } from "node:test";
import assert from "node:assert/strict";
import { extractCasualties } from "./casualties.ts";

type R = [number, number | null];
// sentence -> [killed], [wounded], [casualties] as [low, high]
const table: [string, R, R, R][] = [
  ["A police officer was shot at a checkpoint. He was killed.", [1, 1], [0, 0], [1, 1]],
  // "IS" in capitals is the group, not the verb; a count in quotes is still a count
  ["Troops cleared the market. The brigade said 6 IS fighters were killed.", [6, 6], [0, 0], [6, 6]],
  ["Jets struck a compound. A colonel said \"at least nine\" insurgents were killed.", [9, null], [0, 0], [9, null]],
  // a figure someone disputes is another account of the same dead; "only" makes no count open-ended
  ["The brigade said 11 Maute gunmen were killed, a toll the group's spokesman rejected, saying only three of its men died.", [3, 11], [0, 0], [3, 11]],
  ["Only two guards were hurt in the blast.", [0, 0], [2, 2], [2, 2]],
  ["Gunmen shot dead four herders; three others escaped with gunshot wounds.", [4, 4], [3, 3], [7, 7]],
  // what an attack avenged is another event
  ["Raiders burned the hamlet, killing eight people. Elders said it was a reprisal after militiamen killed two herders last month.", [8, 8], [0, 0], [8, 8]],
  ["In revenge for the arrest of two men, gunmen killed three policemen.", [3, 3], [0, 0], [3, 3]],
  // "eliminated" people are dead; eliminated things are not
  ["The guards returned fire and eliminated 3 of the assailants; one guard was martyred.", [4, 4], [0, 0], [4, 4]],
  ["Engineers eliminated two hideouts and four bomb workshops.", [0, 0], [0, 0], [0, 0]],
  // the dead are no subject of the wounded; a second fate after "left ... dead"; "no X were hurt" is none of them
  ["Nine guards lost their lives and more than 30 others were wounded in the blast.", [9, 9], [30, null], [39, null]],
  ["The rocket left one herder dead and three hurt.", [1, 1], [3, 3], [4, 4]],
  ["A drone hit the airfield. No Italian personnel were hurt.", [0, 0], [0, 0], [0, 0]],
  ["Shells hit the camp; no French soldiers were hurt, but three interpreters were wounded.", [0, 0], [3, 3], [3, 3]],
  // "Both", "the two men" after the count are the same people
  ["Gunmen shot dead two money changers in the souk. Both died before reaching hospital.", [2, 2], [0, 0], [2, 2]],
  // a force's own report of the attackers it killed adds to its losses; another outlet's count bounds the group's claim
  ["Three guards were killed in the assault; the Peshmerga said that five of the attackers were killed.", [8, 8], [0, 0], [8, 8]],
  ["The group claimed that nine soldiers had been killed. A pro-government Telegram channel reported that two soldiers were killed.", [2, 9], [0, 0], [2, 9]],
  // what an official announced is counted whole; "the other three" are three
  ["The Security Media Cell announced that six ISIS operatives, including a local emir, were killed.", [6, 6], [0, 0], [6, 6]],
  ["Two of the raiders blew themselves up; the other three were shot dead by the guards.", [3, 3], [0, 0], [3, 3]],
  // soldiers "fall"; shells and towns fall otherwise
  ["The army said 14 militants were killed; three soldiers also fell in the fighting.", [17, 17], [0, 0], [17, 17]],
  ["Two gendarmes fell and five others were wounded.", [2, 2], [5, 5], [7, 7]],
  ["Mortar rounds fell on the market square.", [0, 0], [0, 0], [0, 0]],
  // the group's claim "through Amaq that" bounds the local toll; "shot him dead along with his son"
  ["Nine villagers were killed, local officials said. ISIS claimed through Amaq that its fighters had killed 15 Christians.", [9, 15], [0, 0], [9, 15]],
  ["Gunmen stormed the farm and shot him dead along with his brother.", [2, 2], [0, 0], [2, 2]],
  // officials' "martyrdom"; an adverb before "wounded"; bodies found after an abduction; wounded prisoners
  ["A mine struck the patrol near the canal, which led to the martyrdom of a sergeant and the wounding of 3 conscripts.", [1, 1], [3, 3], [4, 4]],
  ["Raiders hit the outpost; one guard was killed and a second guard was badly wounded.", [1, 1], [1, 1], [2, 2]],
  ["Militants kidnapped three truck drivers on the highway. Their bodies were recovered near the river two days later.", [3, 3], [0, 0], [3, 3]],
  ["Militants kidnapped the village chief. The bodies of two herders were found nearby.", [2, 2], [0, 0], [2, 2]],
  ["Helicopters struck the camp, and ground troops then detained 3 wounded militants who had fled.", [0, 0], [3, 3], [3, 3]],
  // an army that "acknowledged the loss of" its men; "claiming over N killed"; "shot N of them dead"; sources who "told" an outlet
  ["Militants ambushed the column; the group claimed that 20 soldiers were killed, while the army acknowledged the loss of three soldiers.", [3, 20], [0, 0], [3, 20]],
  ["Air force jets struck a camp in the forest, with the army claiming over 40 militants killed.", [40, null], [0, 0], [40, null]],
  ["Gunmen stopped a bus on the highway and shot six of them dead.", [6, 6], [0, 0], [6, 6]],
  ["The group claimed that 15 guards were killed; local sources told a radio station that four guards were killed.", [4, 15], [0, 0], [4, 15]],
  // a log's "N+" is at least N
  ["Column ambushed. 9 FDS KIA, 4 WIA; 40+ assailants neutralised.", [49, null], [4, 4], [53, null]],
  // "claiming that": the group's account bounds the army's; "neutralized" shared by a second count
  ["A bomb hit an army truck. The army said one soldier died. The Sahel Province claimed the blast a day later, claiming that five soldiers had been killed.", [1, 5], [0, 0], [1, 5]],
  ["The ministry said that four gendarmes had been killed and 11 assailants neutralized.", [15, 15], [0, 0], [15, 15]],
  // a clause saying no one else was hurt does not cancel the toll before it; a hospital is an account, not a claim
  ["The command said the raid killed five fighters, and that no civilians were harmed.", [5, 5], [0, 0], [5, 5]],
  ["The tribal forces' field hospital reported that six of their men had been killed. The forces said that they had found the bodies of 10 militants.", [16, 16], [0, 0], [16, 16]],
  // two figures in one sentence, the group's and a hospital's, bound each other even within the group's account
  ["An ISKP statement said that four guards had been killed and seven wounded; staff at the provincial hospital, however, reported ten dead and about 30 wounded.", [4, 10], [7, 30], [11, 40]],
  ["The Taliban's spokesman said that two guards had died and five were hurt; nurses at the regional hospital in the city later reported nine dead and 18 wounded.", [2, 9], [5, 18], [7, 27]],
  // a relative clause is no subject; a wound in the shoulder is a wound; the lives already claimed are not the injured
  ["His driver, who was with him in the car, was injured.", [0, 0], [1, 1], [1, 1]],
  ["A second guard who ran to help was hit in the leg.", [0, 0], [1, 1], [1, 1]],
  ["The blast claimed the lives of six pupils, and about 30 more sustained injuries.", [6, 6], [30, 30], [36, 36]],
  // local leaders, elders and sources that "put the toll at" give the event's own account against the group's claim
  ["Village elders said that eight farmers were killed. ISIS claimed to have killed 15 Christians.", [8, 15], [0, 0], [8, 15]],
  // a civil society's count is the event's own account, the claim beside it the group's
  ["Civil society in Eringeti counted nine villagers killed, while ISIS claimed to have killed 14 Christians.", [9, 14], [0, 0], [9, 14]],
  ["Amaq claimed that six soldiers were killed. Local civil society groups reported one soldier and two civilians killed.", [3, 6], [0, 0], [3, 6]],
  ["The army said three soldiers and 11 attackers had been killed. ISIS claimed the attack and said dozens of soldiers had been killed.", [14, null], [0, 0], [14, null]],
  // a wounded man who died later is counted once, among the dead, however the sentence opens
  ["Three soldiers were killed and five were wounded. On the following day one of the wounded soldiers died.", [4, 4], [4, 4], [8, 8]],
  ["A guard was killed and another was badly wounded; the next morning the ministry said that the wounded guard had died in hospital.", [2, 2], [0, 0], [2, 2]],
  // a first account "initially acknowledged" gives way to the later toll; a toll of "an officer and three soldiers" is four
  ["The army initially acknowledged three dead; two days later a spokesman put the toll at six soldiers killed and nine wounded.", [6, 6], [9, 9], [15, 15]],
  ["Officials first spoke of one policeman killed; by the evening the toll had risen to a lieutenant and four policemen killed.", [5, 5], [0, 0], [5, 5]],
  ["Officials first put the number of dead at 60; the health ministry later revised it to 52 killed and 140 wounded.", [52, 52], [140, 140], [192, 192]],
  // the reporter going on in the next clause ("it said ...") gives more of its own account, not a second one
  ["According to the militia, two of its men were killed; it said its fighters killed nine attackers.", [11, 11], [0, 0], [11, 11]],
  // the people treated for their injuries or taken into hospital were hurt
  ["Shells filled with a chemical agent hit the village. A boy was killed and some 80 residents were treated for burns.", [1, 1], [80, 80], [81, 81]],
  ["After the blast, 14 workers were hospitalized.", [0, 0], [14, 14], [14, 14]],
  ["Shelling killed 12 civilians. The monitor said the next day that the number of fatalities had risen to 16.", [16, 16], [0, 0], [16, 16]],
  ["In Yola, where a bombing killed 30 people on June 2, a bomber blew himself up at a mosque on June 9. Five worshippers were killed.", [5, 5], [0, 0], [5, 5]],
  ["ISIS claimed an attack on an army post near Mbau, saying that five soldiers had been killed. Local sources reported three soldiers killed.", [3, 5], [0, 0], [3, 5]],
  // those set apart from the count are not in it, unless the phrase tells their fate
  ["Two suicide bombers blew themselves up at a bus stop. Apart from the two men, four passengers were killed and nine were injured.", [4, 4], [9, 9], [13, 13]],
  ["Apart from the two soldiers killed in the first blast, three civilians were wounded.", [2, 2], [3, 3], [5, 5]],
  // bodies found later that open a sentence add to the dead; the claim after them restates the toll
  ["Militants killed six farmers near Oicha. Two more bodies were found in a field the next day, bringing the toll to eight. ISIS claimed the attack, saying it had killed 12 Christians.", [8, 12], [0, 0], [8, 12]],
  ["The group claimed that four gendarmes had been killed. Local sources put the toll at a single gendarme killed and three injured.", [1, 4], [3, 3], [4, 7]],
  // a toll that rose because wounded people died: the dead counted once, the wounded fewer
  ["Five pilgrims were killed and 12 wounded. By nightfall the toll had risen to eight dead, after three of the wounded succumbed to their injuries.", [8, 8], [9, 9], [17, 17]],
  ["Gunmen attacked a patrol. Four soldiers were killed and three others were wounded.", [4, 4], [3, 3], [7, 7]],
  ["A roadside bomb hit a truck. The passengers were wounded.", [0, 0], [1, null], [1, null]],
  ["A bomb hit a pick-up truck. The passengers were killed or wounded.", [0, null], [0, null], [1, null]],
  // the occupants named by what they did or where they were: "those riding in it", "everyone on board"
  // a monitor's account after the group's claim, named by its acronym or its name, bounds the claim rather than adding to it
  ["Fighters raided an army post. The group claimed that 40 soldiers were killed. According to the SOHR, nine soldiers died.", [9, 40], [0, 0], [9, 40]],
  ["Fighters raided an army post. The group said that 40 soldiers were killed. The Syrian Network for Human Rights (SNHR), however, gave a lower figure: nine soldiers and four attackers were killed.", [13, 40], [0, 0], [13, 40]],
  // two officials' tolls joined by "while" are two accounts of the same dead
  ["A car bomb hit a convoy. The army confirmed three soldiers killed and five wounded, while hospital staff said seven soldiers had died.", [3, 7], [5, 5], [8, 12]],
  // the toll of the attack whose plotters were arrested is that attack's, not the arrest's
  ["Police arrested two men in Izmir accused of sheltering the perpetrators of the nightclub attack, in which 39 people were killed.", [0, 0], [0, 0], [0, 0]],
  // "it had risen to" after a first toll; a man named by his surname with his driver; a side's acknowledged dead against the group's boast
  ["A bomber struck a funeral. Police first gave a toll of nine dead; by the evening it had risen to 13 killed and 40 wounded.", [13, 13], [40, 40], [53, 53]],
  ["A mine hit the car of the district chief. Haidari and his bodyguard were killed.", [2, 2], [0, 0], [2, 2]],
  ["Fighters raided a militia post. The group boasted of killing 20 apostates; militia sources acknowledged three of their men dead.", [3, 20], [0, 0], [3, 20]],
  ["Raiders hacked to death two rubber tappers near the plantation.", [2, 2], [0, 0], [2, 2]],
  ['Jets struck a camp. A spokesman said that 14 militants had been "neutralized."', [14, 14], [0, 0], [14, 14]],
  ["Raiders hacked or shot at least six villagers to death.", [6, null], [0, 0], [6, null]],
  ["A guard was picked off by a sniper at dusk.", [1, 1], [0, 0], [1, 1]],
  // a later toll of the dead alone revises the first report's dead, not its wounded
  ["Rockets fell on a market. The governor initially reported eight dead and 30 injured; the next day doctors said the number of dead had climbed to 12.", [12, 12], [30, 30], [42, 42]],
  // a later toll of the wounded alone revises the first report's wounded, not its dead
  ["A bomb went off at a school gate. Police first said that four pupils had been killed and nine wounded; by nightfall, doctors put the number of wounded at 31.", [4, 4], [31, 31], [35, 35]],
  // a side's losses named by its fighters' word
  ["Twelve soldiers were killed and the attackers lost nine of their militants.", [21, 21], [0, 0], [21, 21]],
  ["The Shabaab lost 11 mujahidin in the assault, by its own account.", [11, 11], [0, 0], [11, 11]],
  ["A mine went off under a police Land Cruiser. Those riding in the vehicle were killed or wounded, the group said.", [0, null], [0, null], [1, null]],
  ["The truck was burned and those riding in it were killed or wounded.", [0, null], [0, null], [1, null]],
  ["A rocket hit the minibus; everyone on board was killed or wounded.", [0, null], [0, null], [1, null]],
  ["About 30 soldiers were killed or wounded in the assault.", [0, null], [0, null], [30, 30]],
  ["Several militiamen were killed in the exchange of fire.", [2, null], [0, 0], [2, null]],
  ["A colonel and 9 soldiers were killed.", [10, 10], [0, 0], [10, 10]],
  ["A captain with the rank of major and a conscript were killed.", [2, 2], [0, 0], [2, 2]],
  ["The local emir was killed along with three of his guards.", [4, 4], [0, 0], [4, 4]],
  ["A tribal leader was killed along with his driver.", [2, 2], [0, 0], [2, 2]],
  ["Two policemen were shot at a market. They were both killed.", [2, 2], [0, 0], [2, 2]],
  ["Five soldiers were killed and others were wounded.", [5, 5], [2, null], [7, null]],
  ["Militants opened fire on the village, killing twenty-three civilians and wounding dozens.", [23, 23], [12, null], [35, null]],
  ["Three trucks and a bus were destroyed and their passengers were killed.", [4, null], [0, 0], [4, null]],
  ["A bus carrying eight workers was attacked. The fate of the workers is unknown.", [0, null], [0, null], [0, null]],
  ["Drones struck a hideout. The remains of five militants were later found.", [5, 5], [0, 0], [5, 5]],
  ["The base was shelled. No one was hurt.", [0, 0], [0, 0], [0, 0]],
  // "No civilians", "no American employees", "no others": none of them, whatever the noun ("no fewer than" is a bound)
  ["A drone strike killed three militants. No civilians had been hurt.", [3, 3], [0, 0], [3, 3]],
  ["A car bomb went off near the consulate, wounding 14 people. No American employees were hurt.", [0, 0], [14, 14], [14, 14]],
  ["Nine soldiers were killed and no others were wounded.", [9, 9], [0, 0], [9, 9]],
  ["No fewer than 20 soldiers were killed.", [20, null], [0, 0], [20, null]],
  ["Thursday 19 July: 6 killed", [6, 6], [0, 0], [6, 6]],
  // an official's "reported that" is the event's own account; the group's "claimed that" the high bound
  ["Gunmen overran a post. Provincial police reported that 3 guards were killed. Amaq claimed that 14 guards had been killed.", [3, 14], [0, 0], [3, 14]],
  ["Local sources said that two farmers died; the group claimed that it had killed 9 militiamen.", [2, 9], [0, 0], [2, 9]],
  // the group's figure told "in a claim", by "its claim ... said", or "claimed, on its channels, to have": the high bound, not more dead
  ["Militants ambushed a convoy. In a claim posted on Telegram, ISIS said 15 soldiers had been killed. The army stated that five soldiers had been killed.", [5, 15], [0, 0], [5, 15]],
  ["Gunmen attacked a post. Two guards were killed. ISIS's claim of responsibility, posted on Telegram, said four guards had been killed.", [2, 4], [0, 0], [2, 4]],
  ["Fighters raided a base. Three soldiers were killed. ISWAP claimed, on its Telegram channels, to have killed eight soldiers.", [3, 8], [0, 0], [3, 8]],
  // "spoke of more than 70 killed": a source's count with its bound; "the priest and his father": two
  ["Hospital sources spoke of more than 40 killed and about 90 wounded.", [40, null], [90, 90], [130, null]],
  ["The imam Yusuf Adamu and his brother were shot dead outside the mosque.", [2, 2], [0, 0], [2, 2]],
  ["The priest Elias Haddad and his father were shot dead outside the church.", [2, 2], [0, 0], [2, 2]],
  ["Local radio reported six dead on March 3 and nine on the following day.", [9, 9], [0, 0], [9, 9]],
  ["The police reported eight dead on Monday and eleven by Tuesday evening.", [11, 11], [0, 0], [11, 11]],
  ["Gunmen raided a village near Oicha. Radio Okapi said that nine civilians were killed. ISIS claimed that its operatives had killed 12 Christians.", [9, 12], [0, 0], [9, 12]],
  ["The first toll given by the provincial police was 60 killed. Two days later, a health official put the number of dead at 84, including many children, with about 120 wounded.", [84, 84], [120, 120], [204, 204]],
  ["Gunmen broke into the house of a village headman and shot him and his brother dead.", [2, 2], [0, 0], [2, 2]],
  ["Fighters raided the village. Residents first counted five dead; by Monday the number of bodies recovered had risen to nine.", [9, 9], [0, 0], [9, 9]],
  ["Fighters raided the village. By Monday the toll had risen to 12 civilians killed. ISIS claimed the killing of 17 Christians (Amaq, May 3, 2022).", [12, 17], [0, 0], [12, 17]],
  ["An IED went off under an army truck. Its passengers were reported killed or wounded.", [0, null], [0, null], [1, null]],
  ["ISWAP attacked a base near Dikwa. Amaq claimed nine soldiers were killed; the army acknowledged the deaths of three soldiers and said four were wounded.", [3, 9], [4, 4], [7, 13]],
  ["Four people were killed. The number of wounded, initially given as 30, was raised on the following day to 47.", [4, 4], [47, 47], [51, 51]],
  ["A village councillor was shot and wounded outside his house.", [0, 0], [1, 1], [1, 1]],
  // an attacker killed by others is one more dead (a suicide attacker is not)
  ["A man with a knife attacked shoppers. He stabbed two men to death before police officers shot and killed him.", [3, 3], [0, 0], [3, 3]],
  ["A gunman killed four passengers before a bus driver shot him dead.", [5, 5], [0, 0], [5, 5]],
  ["A former pupil entered the school with a knife and stabbed to death Marc Durand, a history teacher. Two other people were wounded.", [1, 1], [2, 2], [3, 3]],
  ["The health directorate reported 30 dead; two days later the governor put the number of dead among the police and civilians at at least 52, with about 90 wounded.", [52, null], [90, 90], [142, null]],
  ["Officials said that 40 were killed, with about 75 wounded.", [40, 40], [75, 75], [115, 115]],
  ["Two fans were killed. In a video, the gunman said he had killed three Swedes.", [2, 3], [0, 0], [2, 3]],
  ["By March 10, the interior ministry put the toll of the attack and of the fighting that followed at 40 ISIS operatives, 9 members of the security forces and five civilians killed.", [54, 54], [0, 0], [54, 54]],
  ["The army said seven militants and two Marines were killed in the fighting.", [9, 9], [0, 0], [9, 9]],
  // the dead who name the living ("relatives of one of the attackers killed ...") are another day's
  ["Police detained four men in Kulob. They are relatives of one of the gunmen killed by the army in the raid last month.", [0, 0], [0, 0], [0, 0]],
  ["The widows of two fighters slain in 2017 were among those held.", [0, 0], [0, 0], [0, 0]],
  ["Three brothers of a local judge were killed when gunmen stormed the house.", [3, 3], [0, 0], [3, 3]],
  // a toll raised or revised later replaces the first count
  ["Two guards died in the blast; doctors later raised the toll to four dead.", [4, 4], [0, 0], [4, 4]],
  ["The first toll was 31 dead, but the next evening the provincial health office raised it to 42 dead and more than 70 wounded.", [42, 42], [70, null], [112, null]],
  ["Initial reports gave a toll of 8 dead, but on Tuesday the governor raised the toll to 11.", [11, 11], [0, 0], [11, 11]],
  ["Police said 12 were killed, but the next day the governor raised it to 15.", [15, 15], [0, 0], [15, 15]],
  ["Three herders were killed. The toll later rose to six.", [6, 6], [0, 0], [6, 6]],
  // the same toll told at several hours of a rising count: the last account stands
  ["On the morning of May 4 the hospital reported 31 dead; by nightfall the figure had passed 60. On May 6 the governor said that 97 people had been killed.", [97, 97], [0, 0], [97, 97]],
  // a bare plural after a number shares its count; companions "as well as" after the place are added
  ["Troops said 40 militants and escaping inmates were killed in the raid, as well as 3 guards.", [43, 43], [0, 0], [43, 43]],
  ["A driver and bystanders were wounded.", [0, 0], [3, null], [3, null]],
  ["The commander was killed, along with two of his bodyguards.", [3, 3], [0, 0], [3, 3]],
  // what a source told someone is the count itself, whoever heard it
  ["A medic told Shabelle Radio that five passengers died and six others were hurt.", [5, 5], [6, 6], [11, 11]],
  ["A police officer told reporters three guards were killed.", [3, 3], [0, 0], [3, 3]],
  // the group's claim of the attack, "stating" or "saying" its own toll, bounds the range from above
  ["Three guards died in the raid. The province claimed the raid two days later, saying that 15 guards had been killed.", [3, 15], [0, 0], [3, 15]],
  ["Local sources reported that at least 6 soldiers were killed. The group claimed the capture of the base, stating that it had killed 40 soldiers.", [6, null], [0, 0], [6, null]],
  // "According to local sources, ..." at a sentence's start is the event's own account, and names no victim
  ["Gunmen attacked a militia post. ISIS claimed that 14 fighters had been killed. According to local sources, four militiamen were killed.", [4, 14], [0, 0], [4, 14]],
  // officials by their office are people: "the deputy governor ... and two of his guards"
  ["The district governor, Haji Rahmatullah, and three of his bodyguards were killed.", [4, 4], [0, 0], [4, 4]],
  // "one of whom was wounded": the relative count alone
  ["Police arrested a bomb maker and three of his helpers, one of whom was wounded in the raid.", [0, 0], [1, 1], [1, 1]],
  // "including women and children" names who the six were, not more of them
  ["At least six villagers, including women and children, were killed in the strike.", [6, null], [0, 0], [6, null]],
  // "According to X, the raid killed ..., including": the report itself, not an apposition naming X
  ["According to the Northern Sector Command, the raid killed nine gunmen, including a cell leader.", [9, 9], [0, 0], [9, 9]],
  // a claim the other side denies gives way to its account; the suicide bomber's death is no victim's
  ["A suicide bomber struck a checkpoint near Tabqa. Amaq claimed that 20 fighters were killed. The SDF rejected the claim and said that the bomber was killed short of the checkpoint and that two fighters were wounded.", [0, 0], [2, 2], [2, 2]],
  // a surname with its Arabic article, and the man whose driver it was
  ["Al-Zawi and his driver were killed when the drone struck.", [2, 2], [0, 0], [2, 2]],
  // "shot one of them dead"; what a man is described as is no second victim; another's account after the group's claim
  ["Gunmen seized three herders near Rutba and shot one of them dead.", [1, 1], [0, 0], [1, 1]],
  ["One ISIS member, described as an official of the cell, was killed and three others were detained.", [1, 1], [0, 0], [1, 1]],
  ["ISWAP claimed to have killed eight soldiers. According to a local journalist, three soldiers were killed, while the troops killed five of the attackers.", [8, 8], [0, 0], [8, 8]],
  // a first count and a later one "and on June 15 ..."; "an operative and his companion"; a toll that "stood at" its last figure
  ["Officials first counted 21 dead, and on May 4 local sources reported that at least 25 villagers had been killed.", [25, null], [0, 0], [25, null]],
  ["The drone killed a senior commander of the cell and his companion.", [2, 2], [0, 0], [2, 2]],
  ["The toll, revised twice during the week, stood at 64 killed and 120 wounded.", [64, 64], [120, 120], [184, 184]],
  // one of the wounded who died the next day, told after an opening phrase, is no longer among the wounded
  ["Three guards were killed and four were wounded. On the following day, one of the wounded guards died in hospital.", [4, 4], [3, 3], [7, 7]],
  // a campaign's running toll "since" it began, told after a strike, is no part of the strike's dead
  ["Aircraft struck a headquarters near Hajin, killing six operatives. According to the monitor, since the SDF launched its offensive on the pocket in September, more than 900 operatives and about 500 SDF fighters have been killed.", [6, 6], [0, 0], [6, 6]],
  // the event's own count and a monitor's "put the number of dead at" the same figure: one toll, not two
  ["Fighters raided a village near Oicha, killing nine civilians. ISIS claimed it had killed \"14 Christians.\" Local sources put the number of dead at nine.", [9, 14], [0, 0], [9, 14]],
  // "the number had risen to 11" (the number of the dead told before); "shot to death the mukhtar"; "claimed, through its Amaq news agency, that"
  ["Residents first spoke of six villagers killed; by Monday the number had risen to nine.", [9, 9], [0, 0], [9, 9]],
  ["Gunmen on a motorcycle shot to death the headman of the village.", [1, 1], [0, 0], [1, 1]],
  ["The army reported two soldiers killed. ISWAP claimed, through its Amaq news agency, that nine soldiers had been killed.", [2, 9], [0, 0], [2, 9]],
  // "raised the number of fatalities to nine": the dead, revised
  ["The governor's spokesman first said that four people had been killed and 10 wounded. The next day he raised the number of fatalities to six.", [6, 6], [10, 10], [16, 16]],
  // a monitor's toll that evening and its toll the next day: the later one
  ["The monitor reported two dead that night and four dead and seven wounded the next day.", [4, 4], [7, 7], [11, 11]],
  // a monitor's first figure and its later one in one clause; the group's larger claim bounds it
  ["The monitor initially put the number of dead guards at three, and the next day at six. The group said that 15 guards had been killed.", [6, 15], [0, 0], [6, 15]],
  // an official counts only the wounded: the group's claimed dead bound the dead, not give their low
  ["A roadside bomb hit a convoy near Balad. An officer said that two soldiers had been wounded. Al-Shabaab claimed to have killed six soldiers.", [0, 6], [2, 2], [2, 8]],
  // what a man was in charge of is no part of who was killed; a toll that rose as wounded died, no wounded counted before
  ["The raid killed an ISIS official responsible for forging documents in the camps, along with two of his guards.", [3, 3], [0, 0], [3, 3]],
  ["Villagers first counted five dead; the next day the toll rose to eight, after three of the wounded died.", [8, 8], [0, 0], [8, 8]],
  // a running toll since a date is the camp's record, not this raid's dead
  ["Police searched the camp and held four suspects. According to the monitor, 33 residents have been murdered in the camp since January 12, 2022.", [0, 0], [0, 0], [0, 0]],
  // a first account revised in its own clause, downwards or told figure first
  ["Police, who initially spoke of 41 dead, later lowered the toll to 37 killed; some 120 people were hurt.", [37, 37], [120, 120], [157, 157]],
  ["At first the monitor reported three guards killed; it later put the number at five killed and several wounded.", [5, 5], [2, null], [7, null]],
  ["The toll of the market bombing was later lowered to 18.", [18, 18], [0, 0], [18, 18]],
  // "including four women" is part of the dead told before it, not more of the wounded after it
  ["Officials said the toll had climbed to 58, including four women, and 90 people were hurt.", [58, 58], [90, 90], [148, 148]],
  // two reporters' counts of the same dead in one sentence bound the toll; a range after "reported"; an official by its title
  ["Gunmen raided a checkpoint. According to the Observatory, six soldiers were killed; a local page reported nine soldiers killed.", [6, 9], [0, 0], [6, 9]],
  ["Raiders burned the hamlet. Local officials reported between 8 and 11 villagers killed.", [8, 11], [0, 0], [8, 11]],
  ["The group claimed to have killed 30 soldiers; the Ministry of Defence stated that 12 attackers and two soldiers were killed.", [14, 30], [0, 0], [14, 30]],
  // a fate after a list of counts covers each of them
  ["The night's fighting left five Taliban and three NRF dead.", [8, 8], [0, 0], [8, 8]],
  ["The grenade left two vendors and a policeman wounded.", [0, 0], [3, 3], [3, 3]],
  // counts written as analysts of other traditions write them
  // an unknown number killed is a count of the dead (2 or more), not an unknown fate: no one is said to be wounded
  ["Artillery hit the ridge. An unknown number of fighters were killed.", [2, null], [0, 0], [2, null]],
  ["Local pages named four conscripts killed when their post was overrun.", [4, 4], [0, 0], [4, 4]],
  ["Two guards were killed and five others wounded in the blast.", [2, 2], [5, 5], [7, 7]],
  ["Militants ambushed a patrol. 2 soldiers KIA, 3 WIA.", [2, 2], [3, 3], [5, 5]],
  ["Fishermen recovered the body of a kidnapped trader near the pier.", [1, 1], [0, 0], [1, 1]],
  ["A trader was found beaten to death outside the market.", [1, 1], [0, 0], [1, 1]],
  ["Gunmen seized a teacher at dawn; his body was dumped near the school that evening.", [1, 1], [0, 0], [1, 1]],
  ["The garrison said it lost two soldiers, while the attackers claimed to have killed 15.", [2, 15], [0, 0], [2, 15]],
  ["Police said five gunmen and two constables died in the exchange.", [7, 7], [0, 0], [7, 7]],
  ["Nine people were killed, three police officers and six shoppers, and twelve were injured.", [9, 9], [12, 12], [21, 21]],
  ["A commander was killed. The group claimed responsibility, stating that all the passengers were killed or wounded.", [1, null], [0, null], [1, null]],
  ["A major and a soldier were killed. According to ISIS, the passengers were killed.", [2, null], [0, 0], [2, null]],
  ["A general was killed along with two guards. Local media reported that he had died of COVID-19.", [3, 3], [0, 0], [3, 3]],
  ["The sweep was launched after recent attacks killing dozens of soldiers.", [0, 0], [0, 0], [0, 0]],
  // a passive and an active verb in one clause: the active one is read past the passive's span
  ["Two guards were killed when gunmen stormed the post, killing a third guard.", [3, 3], [0, 0], [3, 3]],
  ["A soldier was shot dead and the gunmen fled after wounding two passers-by.", [1, 1], [2, 2], [3, 3]],
  ["A checkpoint was attacked. One policeman was killed and two others were wounded. The attackers then ambushed a rescue team. The passengers were killed or wounded.", [1, null], [2, null], [4, null]],
  ["An officer and two soldiers were killed and others were wounded. Later, one truck was disabled and additional soldiers were wounded.", [3, 3], [4, null], [7, null]],
  ["A tanker was damaged.", [0, 0], [0, 0], [0, 0]],
  // active objects named with words, articles and pronouns
  ["A car bomb struck a market, killing four traders and injuring nine.", [4, 4], [9, 9], [13, 13]],
  ["Militants stormed the post, killing a sergeant and two conscripts.", [3, 3], [0, 0], [3, 3]],
  ["Gunmen shot dead a pharmacist's assistant in the bazaar.", [1, 1], [0, 0], [1, 1]],
  ["A grenade exploded near the mayor's car, wounding him.", [0, 0], [1, 1], [1, 1]],
  ["Fighters abducted a tribal elder and executed him together with his nephew.", [2, 2], [0, 0], [2, 2]],
  ["The rebels beheaded three hostages in the square.", [3, 3], [0, 0], [3, 3]],
  ["Rockets hit a school bus, killing five of them and wounding eight others.", [5, 5], [8, 8], [13, 13]],
  // elliptic and subject forms
  ["Three guards were killed and seven wounded when the depot was attacked.", [3, 3], [7, 7], [10, 10]],
  ["Both were shot dead near the well.", [2, 2], [0, 0], [2, 2]],
  ["The district governor was assassinated outside his office.", [1, 1], [0, 0], [1, 1]],
  ["Four herders were found beheaded in the valley.", [4, 4], [0, 0], [4, 4]],
  ["One of the hostages was later found dead.", [1, 1], [0, 0], [1, 1]],
  ["The army spokesman said six insurgents were killed.", [6, 6], [0, 0], [6, 6]],
  // dates and datelines are not counts
  ["On May 2, 2018, a driver was shot dead in Tikrit.", [1, 1], [0, 0], [1, 1]],
  ["GAO, Mali, May 2 (AFP) - Five gendarmes were wounded in an ambush.", [0, 0], [5, 5], [5, 5]],
  // background, anaphora, estimates and competing accounts
  ["Raiders killed seven farmers; the gang, which has killed hundreds since 2015, fled.", [7, 7], [0, 0], [7, 7]],
  ["Attackers killed 12 pilgrims. A survivor said they slaughtered them with knives.", [12, 12], [0, 0], [12, 12]],
  ["The movement said it killed \"dozens\" (estimated at thirty) troops.", [30, 30], [0, 0], [30, 30]],
  ["The militants said they killed 40 soldiers; the ministry said eight soldiers died.", [8, 40], [0, 0], [8, 40]],
  ["Jets bombed a camp. No casualty figures were given.", [0, null], [0, null], [0, null]],
  ["A mine killed a judge, and the judge's bodyguard was injured.", [1, 1], [1, 1], [2, 2]],
  // a killing named as a noun: its victim died, unless the killing failed or is another event's
  ["Kirkuk sector: Assassination of an element of the tribal militia with a silenced pistol near the market.", [1, 1], [0, 0], [1, 1]],
  ["The cell announced the beheading of three captured guards in the desert.", [3, 3], [0, 0], [3, 3]],
  ["A foiled assassination of a district judge was reported near the court.", [0, 0], [0, 0], [0, 0]],
  ["Troops detained a trader wanted for the murder of two teachers.", [0, 0], [0, 0], [0, 0]],
  ["Fighters struck the depot; the execution of the operation took an hour.", [0, 0], [0, 0], [0, 0]],
  // "sustained"/"suffered" a wound or injuries: the people who did are wounded
  ["The patrol returned fire and one corporal sustained a shrapnel wound.", [0, 0], [1, 1], [1, 1]],
  ["Three guards suffered serious injuries when the gate was rammed.", [0, 0], [3, 3], [3, 3]],
  ["The armoured truck sustained heavy damage but the crew escaped.", [0, 0], [0, 0], [0, 0]],
  // killed and wounded told together by an active verb: one count of casualties
  ["Raiders hit the checkpoint at dusk, killing and wounding 8 of the guards.", [0, null], [0, null], [8, 8]],
  ["The insurgents killed or wounded twelve policemen in the assault.", [0, null], [0, null], [12, 12]],
  // "neutralised" in the passive, as military releases use it: people neutralised are dead
  ["Aerial surveillance showed that scores of insurgents were neutralised at the camp.", [20, null], [0, 0], [20, null]],
  ["Seven bandits were neutralised during the clearance.", [7, 7], [0, 0], [7, 7]],
  ["The landmine was neutralised by sappers before dawn.", [0, 0], [0, 0], [0, 0]],
  // an analyst's bracketed toll is a second account: lower low, higher high; its own figures stand alone
  ["Fighters claimed a raid on a gendarmerie post, killing 6 gendarmes. [Residents: 3 gendarmes killed, several hurt.]", [3, 6], [2, null], [5, null]],
  ["Militants overran the outpost, killing 2 guards. [Hospital staff said 5 guards died.]", [2, 5], [0, 0], [2, 5]],
  ["Gunmen killed a farmer [and wounded his two sons] on the road.", [1, 1], [2, 2], [3, 3]],
  // a distance is no count; "her two sons" is two; a quoted verb; "others" as an object
  ["A guard posted at the bridge, some 12 km north of the town, was shot dead at dawn.", [1, 1], [0, 0], [1, 1]],
  ["A rocket hit a shop, injuring a widow and her three sons.", [0, 0], [4, 4], [4, 4]],
  ["The governor said police \"neutralised\" 9 raiders after the assault.", [9, 9], [0, 0], [9, 9]],
  ["Bandits attacked the market, killing 2 traders and wounding others.", [2, 2], [2, null], [4, null]],
  // "them" refers back to counted captives; a reported "that" is no part of the subject
  ["Militants seized 3 hostages at the ferry and beheaded them.", [3, 3], [0, 0], [3, 3]],
  ["Police said a gunman was killed and that four constables were injured.", [1, 1], [4, 4], [5, 5]],
  // an unknown number of wounded leaves the stated dead exact
  ["Raiders torched the depot, killing two watchmen and injuring an unknown number.", [2, 2], [2, null], [4, null]],
  ["Three herders were killed and an unknown number of villagers were hurt.", [3, 3], [2, null], [5, null]],
  // casualties not reported, or one side's losses not disclosed: no upper bound
  ["Drones hit a convoy on the border road. The monitor did not report casualties.", [0, null], [0, null], [0, null]],
  ["Five raiders were killed in the counter-attack; army losses were not disclosed.", [5, null], [0, 0], [5, null]],
  ["A jet struck a camp, killing four fighters; residents said shepherds were among the dead.", [4, null], [0, 0], [4, null]],
  // South Asian press usage: "martyred"/"martyring" and "gunned down" are killings
  ["Raiders stormed a border post near the river, martyring three constables and injuring a cook.", [3, 3], [1, 1], [4, 4]],
  ["Four Frontier Corps personnel were martyred when their convoy was hit.", [4, 4], [0, 0], [4, 4]],
  ["A shopkeeper was gunned down in the bazaar at noon.", [1, 1], [0, 0], [1, 1]],
  ["Unknown assailants gunned down two lawyers outside the court.", [2, 2], [0, 0], [2, 2]],
  // casualties named as nouns, as monitors write them
  ["Monitors recorded the death of four farmers, including a boy, and the injury of three others when a shell landed.", [4, 4], [3, 3], [7, 7]],
  ["The observatory documented the deaths of two shepherds near the dam.", [2, 2], [0, 0], [2, 2]],
  // "N died and two others were injured": the wounded are the two, not all five
  ["Two porters died and three others were injured in the collapse of the bridge.", [2, 2], [3, 3], [5, 5]],
  // an age after a name or a noun is no count
  ["A guard, Naik Bashir Ahmed, 31, was martyred in the blast.", [1, 1], [0, 0], [1, 1]],
  ["A nurse, 42, was shot dead outside the clinic.", [1, 1], [0, 0], [1, 1]],
  ["A farmer, 58, and his nephew, 23, were killed by the bomb.", [2, 2], [0, 0], [2, 2]],
  // a stated range is its low and high
  ["Officers said between four and nine raiders were killed in the gunfight.", [4, 9], [0, 0], [4, 9]],
  ["Gunships killed 10 to 12 fighters at the ford.", [10, 12], [0, 0], [10, 12]],
  ["A constable was killed, while police said between three and five assailants died.", [4, 6], [0, 0], [4, 6]],
  // an official toll and the claimant's own figure are two accounts of the same dead
  ["Officials said three guards were killed and two were hurt, while the front, which claimed the raid, said it had killed eleven guards.", [3, 11], [2, 2], [5, 13]],
  ["The ministry said one soldier died; the rebels claimed they killed nine soldiers.", [1, 9], [0, 0], [1, 9]],
  // the forces' own kills of attackers count with their losses
  ["Troops raided a compound and killed five militants belonging to the northern faction of a local cell after an intense exchange of fire. A trooper was martyred.", [6, 6], [0, 0], [6, 6]],
  // an update's total stands for the attack's toll
  ["A watchman died of the wounds he received on Friday, when raiders hit the depot, bringing to four the number of watchmen killed in that raid.", [4, 4], [0, 0], [4, 4]],
  ["Two guards were killed in the blast. The death toll has since risen to five.", [5, 5], [0, 0], [5, 5]],
  ["A wounded driver died in hospital, bringing the death toll to seven.", [7, 7], [0, 0], [7, 7]],
  // a cumulative toll over many attacks is not the incident's
  ["A guard was killed, bringing to 40 the number of guards killed in such attacks since January.", [1, 1], [0, 0], [1, 1]],
  // a subset in apposition is part of the count, not added to it
  ["Nine villagers, two of them children, were killed in the raid.", [9, 9], [0, 0], [9, 9]],
  ["Six pilgrims, including an imam, were wounded near the shrine.", [0, 0], [6, 6], [6, 6]],
  // a toll lists coordinated counts; it may stand behind its subject; a provisional toll may rise
  ["The interim toll is three gendarmes and four attackers killed.", [7, 7], [0, 0], [7, 7]],
  ["The toll reported by the district hospital is five herders killed and two wounded.", [5, 5], [2, 2], [7, 7]],
  ["Police put the toll at 12 dead, and it could rise as rescuers search the rubble.", [12, null], [0, 0], [12, null]],
  ["The provisional toll is 23 dead; the toll may rise.", [23, null], [0, 0], [23, null]],
  // a claimant's toll higher than the local count is the high bound
  ["Eight traders were killed. The group claimed the raid on its channel, giving a toll of 15 apostates.", [8, 15], [0, 0], [8, 15]],
  // another account's bare toll bounds the count; an earlier attack's dead are background
  ["Elders said at least 30 herders were killed; the governor put the toll at 26.", [26, null], [0, 0], [26, null]],
  ["The toll is 3 guards killed. Troops then killed about ten raiders.", [13, 13], [0, 0], [13, 13]],
  ["Raiders burned the market, killing four. The raid follows the 2 May attacks on the valley, in which more than 40 people died.", [4, 4], [0, 0], [4, 4]],
  // a pronoun after the dead are counted refers back to them
  ["The bodies of four traders were found near the well. They had been killed with knives.", [4, 4], [0, 0], [4, 4]],
  ["Gunmen killed a judge in his car. He was beheaded.", [1, 1], [0, 0], [1, 1]],
  // the state's claim of the enemy it killed adds to the losses it suffered
  ["Militants overran a post, killing two guards; the army claimed it killed twelve militants.", [14, 14], [0, 0], [14, 14]],
  ["Officials said the blast, in which at least nine shoppers died, hit the main market.", [9, null], [0, 0], [9, null]],
  // lives claimed, "embraced shahadat", "left ... martyred", injuries to, a toll that rose
  ["The landslide of rubble claimed the lives of six labourers.", [6, 6], [0, 0], [6, 6]],
  ["The car bomb took eleven lives and injured twenty.", [11, 11], [20, 20], [31, 31]],
  ["Three sepoys embraced shahadat in the exchange of fire.", [3, 3], [0, 0], [3, 3]],
  ["The ambush left four constables martyred and two injured.", [4, 4], [2, 2], [6, 6]],
  ["Monitors recorded the deaths of 2 boys and injuries to 4 others.", [2, 2], [4, 4], [6, 6]],
  ["The death toll from the market bombing rose to 14.", [14, 14], [0, 0], [14, 14]],
  ["The number of dead from Sunday's ambush has risen to 8.", [8, 8], [0, 0], [8, 8]],
  ["At least 4 guards and an unknown number of raiders were killed in the clash.", [6, null], [0, 0], [6, null]],
  // a named victim of an active verb is one person; a nationality before a noun names no one
  ["Two riders on a scooter shot dead Major Karim al-Hadi, a district police chief, outside a bakery.", [1, 1], [0, 0], [1, 1]],
  ["Raiders killed Ahmed Nur and wounded two of his guards.", [1, 1], [2, 2], [3, 3]],
  ["The strike killed Syrian soldiers at the depot.", [0, 0], [0, 0], [0, 0]],
  // a suicide bomber counted among the dead is taken out; attackers killed by others stay
  ["A suicide bomber struck a wedding hall. At least 9 people, including the bomber, were killed.", [8, null], [0, 0], [8, null]],
  ["A suicide car bomb hit a checkpoint; 5 people, including 1 assailant, were killed and 6 were hurt.", [4, 4], [6, 6], [10, 10]],
  ["Gunmen stormed a hotel; 7 people, including two attackers, were killed.", [7, 7], [0, 0], [7, 7]],
  // military euphemisms for a soldier's death
  ["Two constables paid the supreme price and four others were injured.", [2, 2], [4, 4], [6, 6]],
  ["A trooper succumbed to his injuries in hospital.", [1, 1], [0, 0], [1, 1]],
  ["A sentry made the ultimate sacrifice defending the gate.", [1, 1], [0, 0], [1, 1]],
  // "and N people wounded" after a passive clause
  ["When the depot blew up, three guards and a cook were killed and eleven people wounded.", [4, 4], [11, 11], [15, 15]],
  // "several dozen" is at least two dozen; how some of the dead died is no more dead; a remark between commas
  ["Raiders stormed the hamlet and killed several dozen villagers.", [24, null], [0, 0], [24, null]],
  ["Militants entered the village and killed four farmers, beheading three of them.", [4, 4], [0, 0], [4, 4]],
  ["Insurgents abducted two herders near the river. Their bodies, riddled with bullets, were found the next morning.", [2, 2], [0, 0], [2, 2]],
  // a log's count and its fate told without "were"; beheading by another word
  ["Two Fulani herders shot dead at a well near Tera.", [2, 2], [0, 0], [2, 2]],
  ["Kongoussi: 3 VDP seized at a roadblock south of the town and executed. JNIM suspected.", [3, 3], [0, 0], [3, 3]],
  ["Militants raided a hamlet near Ancuabe, decapitating a fisherman and abducting two girls.", [1, 1], [0, 0], [1, 1]],
  // not a count of the dead of its own: a part of them, an early report, an active verb
  ["Six villagers were killed, two of them beheaded, and houses were burned.", [6, 6], [0, 0], [6, 6]],
  ["Two militants shot dead a trader in the market.", [1, 1], [0, 0], [1, 1]],
];

for (const [text, killed, wounded, casualties] of table) {
  test(`extractCasualties counts "${text.slice(0, 70)}"`, () => {
    const r = extractCasualties(text);
    assert.deepEqual([r.killed.low, r.killed.high], killed, "killed");
    assert.deepEqual([r.wounded.low, r.wounded.high], wounded, "wounded");
    assert.deepEqual([r.casualties.low, r.casualties.high], casualties, "casualties");
  });
}

const headlines: [string, [number, number | null], [number, number | null]][] = [
  ["On 2022-05-01, a raid on a hideout. 4 ISKP killed, 3 arrested.", [4, 4], [0, 0]],
  ["On 2022-05-01, a grenade at a shrine. several wounded.", [0, 0], [2, null]],
  ["Tuesday 3 May: 2 Taliban fighters killed, 5 wounded", [2, 2], [5, 5]],
  // a log's lower bound before the figure, in the "N x killed" notation
  ["Patrol hit near the ford. At least 6 x killed, 4 x wounded.", [6, null], [4, 4]],
  ["Outpost overrun: more than 3 x KIA, 7 x WIA", [3, null], [7, 7]],
  // an OSINT post's multiplier sign, a figure after its source, people "neutralised"
  ["Base OVERRUN. x7 FDS KIA, x11 WIA, x3 MIA.", [7, 7], [11, 11]],
  ["Per local sources 6 gendarmes killed, 9 wounded.", [6, 6], [9, 9]],
  ["Army says 15 terrorists neutralised near the ford.", [15, 15], [0, 0]],
  ["Sappers say 4 IEDs neutralised on the road.", [0, 0], [0, 0]],
  ["A knifeman stabbed two worshippers to death outside the mosque.", [2, 2], [0, 0]],
  ["The mob beat him to death before police arrived.", [1, 1], [0, 0]],
  ["Raiders hacked eleven villagers to death and burned the granary.", [11, 11], [0, 0]],
  ["Two herders were stabbed to death near the well.", [2, 2], [0, 0]],
  ["The garrison said in a communique that 14 gendarmes were killed and six wounded before the raiders fled.", [14, 14], [6, 6]],
  ["Police said on Friday that two guards were killed.", [2, 2], [0, 0]],
  ['The air force said it had hit a camp near the river, killing "at least 25 fighters," a claim no one could check.', [25, null], [0, 0]],
  ["Roadside bomb against an army truck; 2 soldiers killed, 3 civilians injured in Hodan district.", [2, 2], [3, 3]],
  ["Drone strike on a camp; the command reports 7 militants killed in the Juba valley.", [7, 7], [0, 0]],
  ["We first reported 3 traders killed; the district chief now says 8 traders were killed and 12 injured.", [8, 8], [12, 12]],
  ["Medics told reporters that 9 worshippers had died and 15 were being treated for wounds.", [9, 9], [15, 15]],
  ["The army said 3 soldiers were killed; JNIM, in a statement on its channel, said it had killed 20.", [3, 20], [0, 0]],
  ["The field hospital reported seven of its fighters killed and 22 wounded.", [7, 7], [22, 22]],
];
for (const [text, killed, wounded] of headlines) {
  test(`extractCasualties reads the tally in "${text}"`, () => {
    const r = extractCasualties(text);
    assert.deepEqual([r.killed.low, r.killed.high], killed);
    assert.deepEqual([r.wounded.low, r.wounded.high], wounded);
  });
}
