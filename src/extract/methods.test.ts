import { test } from "node:test";
import assert from "node:assert/strict";
import { extractMethods } from "./methods.ts";
import type { Method } from "../core/vocabulary.ts";

const table: [string, "attack" | "counterterrorism" | "clash", Method[]][] = [
  // fire at a man "of the village" is fire at him, not at the village
  ["Gunmen fired at the mukhtar of the village of Tal Tamr and fled.", "attack", ["shooting"]],
  ["The army launched an offensive on the rebels' forest camps.", "counterterrorism", ["armed_assault"]],
  // people taken away are abducted; buildings set on fire are arson; explosions are bombs
  ["Gunmen fired on herders near the well and two boys were taken away by the attackers.", "attack", ["shooting", "kidnapping"]],
  ["Fighters overran the base and set most of its huts on fire.", "attack", ["armed_assault", "arson_sabotage"]],
  ["Two explosions tore through the market minutes apart.", "attack", ["ied"]],
  ["Saboteurs blew up a gas pipeline north of the town.", "attack", ["arson_sabotage"]],
  ["An ISIS cell lay in wait for the convoy on the desert road.", "attack", ["ambush"]],
  ["Iraqi F-16s, guided by intelligence from the ground forces, hit an ISIS hideout in the Hamrin mountains.", "counterterrorism", ["airstrike"]],
  // a bomber who blew up his own car bomb died in it
  ["A militant blew up his explosives-laden truck at the gate of the base.", "attack", ["suicide_bombing"]],
  // a run of deaths since a date, and what a group has done before, give no method of this event
  ["Gunmen shot dead three shepherds. Since January, over 40 shepherds have died in the area, most of them to landmines.", "attack", ["shooting"]],
  ["A grenade was thrown into a tea shop. The militants have repeatedly planted roadside bombs on this road.", "attack", ["grenade"]],
  // a lone knife attack, and the police shot that stopped it, are no assault or gunfire; a raid with machetes is a raid
  ["A man armed with a kitchen knife attacked shoppers outside a bakery, wounding two before a police officer shot him.", "attack", ["other"]],
  ["Militants armed with machetes raided a village at night and burned houses.", "attack", ["armed_assault", "arson_sabotage"]],
  ["Iraqi army aviation struck a hideout in the desert.", "counterterrorism", ["airstrike"]],
  // troops clearing a group's camps search them and take them by force
  ["Troops cleared several Boko Haram camps near Bama, killing four fighters.", "counterterrorism", ["search_operation", "armed_assault"]],
  // the destruction of a site: bulldozers and sledgehammers
  ["Militants began bulldozing the ruins of the ancient city.", "attack", ["arson_sabotage"]],
  // the owner's other name in brackets between the aircraft and their verb
  ["Aircraft of the Libyan National Army (Haftar's forces) struck an ISIS convoy south of Derna.", "counterterrorism", ["airstrike"]],
  ["Police arrested two brothers in Vienna who were planning a knife attack on a synagogue.", "counterterrorism", ["arrest"]],
  ["Commandos, supported by French helicopters, raided an ISGS camp near Menaka.", "counterterrorism", ["armed_assault", "airstrike"]],
  ["Special forces raided a safe house in Herat and arrested three men planning suicide attacks.", "counterterrorism", ["arrest", "armed_assault"]],
  ["Regional troops repelled a militant attack on the town's outskirts.", "attack", ["armed_assault"]],
  ["A border patrol came under heavy fire north of the dam.", "attack", ["shooting"]],
  ["Army Aviation helicopters killed four terrorists in the Hamrin mountains.", "counterterrorism", ["airstrike"]],
  ["Iraqi F-16s struck a cave used by the cell.", "counterterrorism", ["airstrike"]],
  ["Gunmen attacked a Tribal Mobilization (TMF) post at dawn.", "attack", ["armed_assault"]],
  ["A militia commander was targeted by machine gun fire near his home town.", "attack", ["shooting"]],
  ["An army outpost was targeted by machine gun fire and RPG rockets.", "attack", ["armed_assault", "rocket_artillery"]],
  ["A police post was attacked with hand grenades and machine guns.", "attack", ["armed_assault", "grenade"]],
  ["An IED was activated against a patrol vehicle.", "attack", ["ied"]],
  ["A suicide bomber drove a car bomb into the column.", "attack", ["suicide_bombing"]],
  ["Militants ambushed a convoy, firing at it and detonating two IEDs.", "attack", ["ied", "ambush", "shooting"]],
  ["Fighters attacked an army base near the lake.", "attack", ["armed_assault"]],
  ["Gunmen raided a militia position.", "attack", ["armed_assault"]],
  // a drone loaded with explosives is an air attack, not a roadside bomb
  ["An explosive-laden drone hit a hangar at the airport, wounding a contractor.", "attack", ["airstrike"]],
  ["Army units swept the neighborhoods along the river.", "counterterrorism", ["search_operation"]],
  ["Commandos landed on the island in the river and swept it.", "counterterrorism", ["search_operation"]],
  // villages taken with air support: the ground assault and the air's part
  ["Army units, with Coalition air support, took control of four villages on the river bank.", "counterterrorism", ["armed_assault", "airstrike"]],
  ["The brigade retook the bridge after a night of fighting.", "counterterrorism", ["armed_assault"]],
  // a base captured is no arrest; an assault launched on buildings; an air force's "its strikes"
  ["Government troops captured two rebel camps in the forest west of the river.", "counterterrorism", ["armed_assault"]],
  ["Misratan brigades launched an attack on the last buildings the jihadists held near the port.", "counterterrorism", ["armed_assault"]],
  ["The Air Force said its strikes on the islands had killed 20 fighters.", "counterterrorism", ["airstrike"]],
  // aircraft with another arm before the verb, and "pounded"
  ["Coalition jets and Kurdish artillery pounded the last positions on the ridge.", "counterterrorism", ["airstrike", "rocket_artillery"]],
  ["Special forces, backed by air strikes, broke into the stadium after a day of street fighting.", "counterterrorism", ["airstrike", "armed_assault"]],
  // an assault on a town named as the object of the verb
  ["Insurgents attacked Quissanga from the north and east at dawn.", "attack", ["armed_assault"]],
  ["Jihadists attacked the town of Diapaga, killing four residents.", "attack", ["armed_assault"]],
  ["Militants attacked Shia pilgrims with a car bomb.", "attack", ["ied"]],
  ["A truck was attacked on the highway.", "attack", ["other"]],
  ["Gunmen attacked the gendarmerie brigade of the town before dawn.", "attack", ["armed_assault"]],
  ["Militants attacked a VDP (Volunteers for the Defence of the Homeland) post near the dam.", "attack", ["armed_assault"]],
  ["Militants attacked a Levies checkpost on the highway.", "attack", ["armed_assault"]],
  ["A tribal elder was gunned down outside his house.", "attack", ["shooting"]],
  ["Fighting broke out between the army and a local militia on the hills.", "clash", ["armed_assault"]],
  ["A drone believed to belong to the Coalition struck a car near the border.", "counterterrorism", ["airstrike"]],
  // the day between the aircraft and its verb; air forces and air interdiction
  ["An army drone 22 Mar struck a meeting of commanders near Boni.", "counterterrorism", ["airstrike"]],
  ["The air force 3-4 Feb bombed rebel positions near Djibo.", "counterterrorism", ["airstrike"]],
  ["The Air Component conducted air interdiction missions on a camp in the forest.", "counterterrorism", ["airstrike"]],
  // the army's air support against the attackers is not the attack's method
  ["Militants overran a gendarmerie post, killing nine; the army said air support killed 30 attackers as they fled.", "attack", ["armed_assault"]],
  // weapons recovered afterwards, a bomb found and defused and a damage assessment are no method
  ["Soldiers repelled an assault on their base near Kukawa. Troops recovered two machine guns and an RPG launcher.", "attack", ["armed_assault"]],
  ["Militants ambushed a patrol near Gubio. Engineers later found and defused a roadside bomb on the same road.", "attack", ["ambush"]],
  ["Jets conducted air interdiction missions on a camp; battle damage assessment showed several structures destroyed.", "counterterrorism", ["airstrike"]],
  // fighters capturing civilians abduct them
  ["Fighters captured three Christians on the road to Beni and executed them.", "attack", ["kidnapping", "execution"]],
  // plotted attacks are no method of the arrest
  ["Police arrested two men accused of plotting grenade attacks on bars.", "counterterrorism", ["arrest"]],
  ["Insurgents kidnapped four aid workers.", "attack", ["kidnapping"]],
  ["The group beheaded two captives.", "attack", ["execution"]],
  ["Coalition aircraft carried out airstrikes on a hideout.", "counterterrorism", ["airstrike"]],
  ["Police carrying out searches arrested three suspects.", "counterterrorism", ["arrest", "search_operation"]],
  ["Army snipers shot at rebel fighters.", "clash", ["sniper"]],
  ["Jihadists set fire to a high-voltage pylon.", "attack", ["arson_sabotage"]],
  ["Mortar shells fell on a village.", "attack", ["rocket_artillery"]],
  ["A sniper killed a soldier.", "attack", ["sniper"]],
  ["Police searched an orchard; no arrests were made.", "counterterrorism", ["search_operation"]],
  ["Rebels fired rockets at army posts near the river.", "clash", ["rocket_artillery"]],
  ["Insurgents fired mortar rounds at the town of Dibis.", "attack", ["rocket_artillery"]],
  ["Militants fired rocket-propelled grenades into a market.", "attack", ["rocket_artillery"]],
  ["A motorbike rigged with explosives went off outside a cafe.", "attack", ["ied"]],
  ["A bomb hidden in a handcart exploded at the bus station.", "attack", ["ied"]],
  ["A gas pipeline was blown up east of the oil field.", "attack", ["arson_sabotage"]],
  ["Gunmen hijacked a lorry carrying traders.", "attack", ["kidnapping"]],
  ["Raiders killed six herders with machetes.", "attack", ["armed_assault"]],
  ["Gunmen attacked a gold-mining camp and killed eleven diggers.", "attack", ["armed_assault"]],
  ["A shopkeeper was targeted by gunfire near the village mosque.", "attack", ["shooting"]],
  ["A guard was shot dead at the gate of his house.", "attack", ["shooting"]],
  ["Militants fired on his checkpoint with rifles.", "attack", ["armed_assault"]],
  ["Troops killed 9 insurgents in an air and ground operation.", "counterterrorism", ["airstrike", "armed_assault"]],
  ["Gendarmes carried out a sweep supported by helicopters.", "counterterrorism", ["airstrike", "search_operation"]],
  // an assault on people or a post, told without a weapon
  ["Bandits attacked members of the local vigilante near the village and killed three of them.", "attack", ["armed_assault"]],
  ["A police outpost came under attack by the militants before dawn; two officers died.", "attack", ["armed_assault"]],
  ["Fighters attacked farmers harvesting near the river, killing four of them.", "attack", ["armed_assault"]],
  // a fake explosive vest makes no suicide bombing
  ["A man wearing a fake explosive vest stabbed two shoppers before police shot him.", "attack", ["other"]],
  // a state operation told without a weapon: the ground assault, the air strike, the sweep
  ["Rwandan troops said they had killed seven insurgents in the forest west of Macomia.", "counterterrorism", ["armed_assault"]],
  ["Army units entered the Hawz district after crossing the canal.", "counterterrorism", ["armed_assault"]],
  ["Coalition aircraft bombed hideouts in the Qarachogh mountains; nine militants were killed.", "counterterrorism", ["airstrike"]],
  ["The defence forces killed dozens of insurgents in an operation near Palma, with the help of helicopters of a private company.", "counterterrorism", ["armed_assault", "airstrike"]],
  ["The army and the police launched an operation to clear the hills between Tuz and Daquq.", "counterterrorism", ["search_operation"]],
  // aircraft named with an apposition, an air force's strikes, sorties
  ["Helicopters of a private security firm, hired by the provincial police, struck a militant camp near Macomia.", "counterterrorism", ["airstrike"]],
  ["The Air Force conducted three strikes on terrorist positions south of Menaka.", "counterterrorism", ["airstrike"]],
  ["Russian warplanes flew 25 sorties against hideouts in the desert north of Sukhnah.", "counterterrorism", ["airstrike"]],
];
for (const [text, category, expected] of table) {
  test(`extractMethods reads "${text}" as ${expected.join("+")}`, () => {
    assert.deepEqual(extractMethods(text, category).sort(), [...expected].sort());
  });
}
