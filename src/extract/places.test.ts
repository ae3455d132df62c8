import { test } from "node:test";
import assert from "node:assert/strict";
import { locate, type GeoContext } from "./places.ts";
import { distanceKm } from "../geo/geodesy.ts";
import { extractDocument } from "./extract.ts";

const ctx = (countries: string[]): GeoContext => ({ countries, primary: countries[0] ?? null, region: null });

interface Row {
  text: string;
  countries: string[];
  location: string;
  country: string;
  admin1: string;
  precision: 1 | 2 | 3;
  offset?: { anchor: string; km: number; bearing: string };
  near?: [number, number, number];
}

const table: Row[] = [
  { text: "Gunmen fired on a checkpoint near St. Catherine, killing a conscript.", countries: ["EG"], location: "Saint Catherine", country: "EG", admin1: "South Sinai", precision: 2 },
  { text: "A bomb went off at the Saint Catherine Monastery gate.", countries: ["EG"], location: "Saint Catherine", country: "EG", admin1: "South Sinai", precision: 1 },
  { text: "Troops clashed with gunmen who had landed at a hamlet in the municipality of Inabanga. The group is thought to have sailed from its bases in Basilan.", countries: ["PH"], location: "Inabanga", country: "PH", admin1: "Central Visayas", precision: 2 },
  { text: "Gunmen raided a post about 40 km south of Sirte. ISIS's 'Tripoli Province' claimed the raid.", countries: ["LY"], location: "Sirte", country: "LY", admin1: "Sirte", precision: 2, offset: { anchor: "Sirte", km: 40, bearing: "S" } },
  { text: "Gunmen shot a farmer about 12 km east of Kirkuk.", countries: ["IQ"], location: "Kirkuk", country: "IQ", admin1: "Kirkuk", precision: 2, offset: { anchor: "Kirkuk", km: 12, bearing: "E" }, near: [35.47, 44.52, 8] },
  { text: "A bomb exploded in the village of Al-Shuhayl, some 10 km north of Mayadin.", countries: ["SY"], location: "Al-Shuhayl", country: "SY", admin1: "Deir ez-Zor", precision: 2, offset: { anchor: "Mayadin", km: 10, bearing: "N" } },
  { text: "A patrol was ambushed southwest of Ba'qubah.", countries: ["IQ"], location: "Ba'qubah", country: "IQ", admin1: "Diyala", precision: 2 },
  { text: "An IED hit a truck in Sheikh Zuweid.", countries: ["EG"], location: "Sheikh Zuweid", country: "EG", admin1: "North Sinai", precision: 1 },
  { text: "A man who had lived in New Jersey drove a van into a crowd in Manhattan.", countries: ["US"], location: "Manhattan", country: "US", admin1: "New York", precision: 1 },
  { text: "Insurgents attacked Quissanga from the north at dawn.", countries: ["MZ"], location: "Quissanga", country: "MZ", admin1: "Cabo Delgado", precision: 1 },
  { text: "Fighters captured Kukawa after the garrison withdrew.", countries: ["NG"], location: "Kukawa", country: "NG", admin1: "Borno", precision: 1 },
  { text: "Militants attacked a post near Rafah.", countries: ["EG"], location: "Rafah", country: "EG", admin1: "North Sinai", precision: 2 },
  { text: "Fighters attacked the town of Geidam in Yobe State.", countries: ["NG"], location: "Geidam", country: "NG", admin1: "Yobe", precision: 1 },
  { text: "Soldiers were attacked in Borno State, 40 km south of the border with Niger.", countries: ["NG"], location: "Borno State", country: "NG", admin1: "Borno", precision: 3 },
  { text: "Insurgents raided a checkpoint in the Kunar region, about 190 km northeast of Kabul.", countries: ["AF"], location: "Kabul", country: "AF", admin1: "Kunar", precision: 2, offset: { anchor: "Kabul", km: 190, bearing: "NE" } },
  { text: "A sweep was carried out in the Al-Rutba Desert.", countries: ["IQ"], location: "Al-Rutba Desert", country: "IQ", admin1: "Anbar", precision: 3, near: [33.04, 40.29, 25] },
  { text: "A car bomb went off in the Karrada district of Baghdad.", countries: ["IQ"], location: "Baghdad", country: "IQ", admin1: "Baghdad", precision: 2 },
  // "Khan" alone (the head of "Khan al-Subul", a caravanserai) is another place: the town it is near
  { text: "A Russian jet was shot down over the village of Khan al-Subul, near Saraqib.", countries: ["SY"], location: "Saraqib", country: "SY", admin1: "Idlib", precision: 2 },
  // an oil port named after "the port of", which a far city's offset only locates
  { text: "Gunmen attacked the oil port of Es Sider, about 180 km east of Sirte.", countries: ["LY"], location: "Es Sider", country: "LY", admin1: "Sirte", precision: 2, near: [30.63, 18.35, 5] },
  { text: "Rockets hit storage tanks in Ras Lanuf.", countries: ["LY"], location: "Ras Lanuf", country: "LY", admin1: "Sirte", precision: 1, near: [30.5, 18.55, 5] },
  // a far city's offset only says where the town the incident is in lies: the town's own point
  { text: "Gunmen attacked a shrine in Samarra, about 110 km north of Baghdad.", countries: ["IQ"], location: "Samarra", country: "IQ", admin1: "Salah al-Din", precision: 1, near: [34.2, 43.87, 5] },
  // the site a group is destroying is where it happens; a town in news reports' spelling
  { text: "Officials said ISIS had started destroying Hatra, the ruined city southwest of Mosul.", countries: ["IQ"], location: "Hatra", country: "IQ", admin1: "Nineveh", precision: 1 },
  { text: "Gunmen raided an oil field about 30 km east of Zallah.", countries: ["LY"], location: "Zallah", country: "LY", admin1: "Al Jufrah", precision: 2, offset: { anchor: "Zallah", km: 30, bearing: "E" } },
  // "between the Raqqa and Deir ez-Zor provinces": provinces, so the range named before them is the place
  { text: "Aircraft struck ISIS hideouts in Jabal al-Bishri, on the line between the Raqqa and Deir ez-Zor provinces.", countries: ["SY"], location: "Jabal al-Bishri", country: "SY", admin1: "Raqqa", precision: 3 },
  // "the town" an offset is measured from is the town named before it
  { text: "Fighters ambushed a supply column heading toward Dikwa and struck it about 15 km west of the town.", countries: ["NG"], location: "Dikwa", country: "NG", admin1: "Borno", precision: 2, offset: { anchor: "Dikwa", km: 15, bearing: "W" } },
  // a spelling in brackets between the part's name and its word: the part's namesake 200 km away is another place
  { text: "Gunmen fired on a café in the Sarıyer (Sariyer) district of Istanbul.", countries: ["TR"], location: "Istanbul", country: "TR", admin1: "Istanbul", precision: 2 },
  { text: "MAIDUGURI, Nigeria, May 2 - Jihadists shelled a camp on Tuesday.", countries: ["NG"], location: "Maiduguri", country: "NG", admin1: "Borno", precision: 2 },
  // Natural Earth's Baghdad polygon stops some 27 km short of Tarmiyah; GeoNames codes the town in Baghdad governorate.
  { text: "An IED exploded near an army vehicle near Al-Tarmiyah.", countries: ["IQ"], location: "Al-Tarmiyah", country: "IQ", admin1: "Baghdad", precision: 2, near: [33.67, 44.39, 5] },
  { text: "Militants attacked a checkpoint in Tarmiyah, north of Baghdad.", countries: ["IQ"], location: "Tarmiyah", country: "IQ", admin1: "Baghdad", precision: 1 },
  // GeoNames codes Thika (Kiambu County) as Nairobi, and no neighbour backs that code: the polygon stands.
  { text: "Gunmen attacked a bus station in Thika.", countries: ["KE"], location: "Thika", country: "KE", admin1: "Kiambu", precision: 1 },
  // a quarter that shares an old province name is part of its town; the group's own "province" is none
  { text: "Suicide car bombs hit troops in the Al-Tamim quarter, on the western side of Ramadi.", countries: ["IQ"], location: "Ramadi", country: "IQ", admin1: "Anbar", precision: 2 },
  { text: "Gunmen executed a man in a square of Sirte. ISIS's Tripoli Province posted photos of the killing.", countries: ["LY"], location: "Sirte", country: "LY", admin1: "Sirte", precision: 2 },
  // a province named by the compass: "northern Kordofan" is North Kordofan, "northern and central Sinai" North Sinai
  { text: "Troops killed nine militants in northern and central Sinai and seized weapons.", countries: ["EG"], location: "North Sinai", country: "EG", admin1: "North Sinai", precision: 3 },
  { text: "Gunmen raided two villages in northern Kordofan.", countries: ["SD"], location: "North Kordofan", country: "SD", admin1: "North Kordofan", precision: 3 },
  { text: "Forces on the road connecting Bosso with Malam Fatori were attacked.", countries: ["NG", "NE"], location: "Malam Fatori", country: "NG", admin1: "Borno", precision: 1 },
];

for (const row of table) {
  test(`locate places "${row.text}"`, () => {
    const r = locate(row.text, ctx(row.countries));
    assert.equal(r.location, row.location);
    assert.equal(r.country, row.country);
    assert.equal(r.admin1, row.admin1);
    assert.equal(r.geo_precision, row.precision);
    if (row.offset) assert.deepEqual(r.offset, row.offset);
    else assert.equal(r.offset, null);
    assert.ok(r.latitude !== null && r.longitude !== null);
    if (row.near) assert.ok(distanceKm(r.latitude, r.longitude, row.near[0], row.near[1]) <= row.near[2]);
  });
}

test("a road named by its two ends and a bearing from a city takes the end toward the city", () => {
  const r = locate("A truck was attacked on the Ithriya-Khanaser road (northeast of Hama).", ctx(["SY"]));
  assert.equal(r.admin1, "Hama");
  assert.ok(distanceKm(r.latitude!, r.longitude!, 35.369, 37.786) < 10);
});

test("a name found only in another country is not taken when the section names the country", () => {
  const r = locate("Special forces raided a hideout in the Khair Khana area of Kabul.", ctx(["AF"]));
  assert.equal(r.country, "AF");
  assert.equal(r.admin1, "Kabul");
});

test("a text with no place falls back to the section's region", () => {
  const none = locate("An IED was activated against a convoy.", ctx(["SY"]));
  assert.equal(none.latitude, null);
  assert.equal(none.country, "SY");
});

test("a transliteration the gazetteer lacks is placed by the spelling given in parentheses", () => {
  const r = locate("Gunmen fired on a post in Hajeen-al-Sharqi (Hajin) late at night.", ctx(["SY"]));
  assert.equal(r.country, "SY");
  assert.equal(r.admin1, "Deir ez-Zor");
});

test("a town at whose entrance something happened, and a city named in the possessive, are found", () => {
  const gate = locate("Gunmen attacked a checkpoint at the entrance to Ramadi.", ctx(["IQ"]));
  assert.equal(gate.admin1, "Anbar");
  assert.equal(gate.geo_precision, 2);
  const part = locate("A grenade was thrown at a cafe in Baghdad's Karrada district.", ctx(["IQ"]));
  assert.equal(part.admin1, "Baghdad");
});

test("'off' a coastal town places a sea incident there, and a leading city label places an item that names nothing else", () => {
  const sea = locate("Marines intercepted a boat off Maluso.", ctx(["PH"]));
  assert.ok(distanceKm(sea.latitude!, sea.longitude!, 6.54, 121.88) < 10);
  const city = locate("Zamboanga: A grenade was thrown at a shop downtown.", ctx(["PH"]));
  assert.ok(distanceKm(city.latitude!, city.longitude!, 6.91, 122.07) < 10);
});

test("an item's leading region label places it when the item names no known place", () => {
  const r = locate("Mar. 3 - Gedo: Fighters burned two trucks in a hamlet the map does not show.", ctx(["SO"]));
  assert.equal(r.admin1, "Gedo");
  assert.equal(r.geo_precision, 3);
});

test("a dateline city in capitals places the story when the text names no place the gazetteer knows", () => {
  const wire = locate("KANDAHAR (Reuters) — Police detained three men in the city's Loya Wiala quarter overnight.", ctx(["AF"]));
  assert.equal(wire.location, "Kandahar");
  assert.equal(wire.country, "AF");
  const dashed = locate("GAO – Before dawn on 2 May, gunmen stormed the hamlet of Xyzabou and burned granaries.", ctx(["ML", "NE", "BF"]));
  assert.equal(dashed.location, "Gao");
  assert.equal(dashed.country, "ML");
  const dated = locate("KISMAYO, Oct 4 (Reuters) - Gunmen stormed the hamlet of Qxyz overnight and killed two elders.", ctx(["SO"]));
  assert.equal(dated.location, "Kismayo");
  const bracketed = locate("DORI (Burkina Faso) – On 3 May, militants cut the road to the town's market.", ctx(["BF"]));
  assert.equal(bracketed.location, "Dori");
  // A place the text itself names wins over the dateline.
  assert.equal(locate("GAO – On 2 May, gunmen attacked a post in Ansongo.", ctx(["ML"])).location, "Ansongo");
});

test("an unknown part named before a comma is placed in the place named after it", () => {
  const r = locate("A magnetic bomb exploded under a car in PD 11, Herat.", ctx(["AF"]));
  assert.equal(r.location, "Herat");
  assert.equal(r.admin1, "Herat");
  assert.equal(r.geo_precision, 2);
  assert.equal(locate("Gunmen robbed a shop in Qxlo district, Kandahar.", ctx(["AF"])).location, "Kandahar");
});

test("a country label opening the item sets its country over the section's", () => {
  const r = locate("NIGER: On 4 June, gunmen killed nine villagers near Banibangou.", { countries: ["BF", "ML"], primary: "BF", region: null });
  assert.equal(r.country, "NE");
  assert.equal(r.location, "Banibangou");
  const dashed = locate("Nigeria – Bandits abducted 12 farmers near Gusau.", { countries: ["NE"], primary: "NE", region: null });
  assert.equal(dashed.country, "NG");
});

test("a town followed by the admin1 it lies in is taken even outside the section's countries", () => {
  const r = locate("Insurgents overran a base near Damasak, Borno State, on Friday.", ctx(["ML", "NE", "BF"]));
  assert.equal(r.country, "NG");
  assert.equal(r.admin1, "Borno");
  assert.equal(r.location, "Damasak");
  assert.equal(r.geo_precision, 2);
  // A name that the admin1 does not contain is no such pair.
  assert.notEqual(locate("Insurgents overran a base near Gao, Borno State, on Friday.", ctx(["NE"])).location, "Gao");
});

test("a town named only after 'of' places the item when nothing else does", () => {
  const r = locate("A roadside bomb targeted the motorcade of the mayor of Kismayo.", ctx(["SO"]));
  assert.equal(r.location, "Kismayo");
  assert.equal(r.country, "SO");
  assert.equal(r.geo_precision, 2);
  // A place the text names with a cue still wins.
  assert.equal(locate("The deputy governor of Kismayo was shot dead in Baidoa.", ctx(["SO"])).location, "Baidoa");
});

test("a city the text names before an offset that lands by it is the location; the offset gives the point", () => {
  const city = locate("Militants shelled a camp near Beledweyne, about 300 km north of Mogadishu.", ctx(["SO"]));
  assert.equal(city.location, "Beledweyne");
  assert.deepEqual(city.offset, { anchor: "Mogadishu", km: 300, bearing: "N" });
  assert.equal(city.admin1, "Hiiraan");
  // A city far from where the offset lands is another place: the anchor stays the location.
  const far = locate("Fighters from Kismayo attacked a post about 30 km north of Mogadishu.", ctx(["SO"]));
  assert.equal(far.location, "Mogadishu");
});

test("a region named after a city weighs as a region against a village the item names", () => {
  const r = locate("On 3 May in Diffa region, militants looted hamlets around Bosso and killed four herders.", ctx(["NE"]));
  assert.equal(r.location, "Bosso");
});

test("the hospital or the sources that report an attack do not place it", () => {
  const r = locate("A mine struck a police pickup north of Rafah, killing two, doctors at El Arish Military Hospital said.", ctx(["EG"]));
  assert.equal(r.location, "Rafah");
  const s = locate("Gunmen shot a trader in Bosso, officials in Diffa said.", ctx(["NE"]));
  assert.equal(s.location, "Bosso");
});

test("a town raided, stormed or overrun is the place, as one attacked 'in' it is", () => {
  const text = ["Weekly", "1-7 March 2022", "", "On 3 March, insurgents raided Monguno and looted shops, killing 2 civilians.", "", "On 4 March, ISWAP fighters overran Dikwa at dawn."].join("\n");
  assert.deepEqual(extractDocument(text, { document: "t" }).incidents.map((i) => i.location), ["Monguno", "Dikwa"]);
});

test("a place named in a possessive, before a facility or as 'the desert of' a town is the incident's place", () => {
  const pk = locate("A teacher was shot dead in Bajaur's Mamund tehsil on Monday.", ctx(["PK"]));
  assert.deepEqual([pk.location, pk.admin1, pk.geo_precision], ["Mamund", "Khyber Pakhtunkhwa", 2]);
  const station = locate("Dera Ismail Khan: Militants attacked the Kulachi police station with grenades.", ctx(["PK"]));
  assert.deepEqual([station.location, station.geo_precision], ["Kulachi", 1]);
  const sy = locate("ISIS cells ambushed a patrol in the Badia of Maadan in the eastern Raqqa countryside.", ctx(["SY"]));
  assert.deepEqual([sy.location, sy.admin1], ["Maadan", "Raqqa"]);
});

test("towns the curated supplement adds are found with their variants", () => {
  const bf = locate("Gunmen attacked the gendarmerie of Séytenga at dawn.", ctx(["BF"]));
  assert.deepEqual([bf.location, bf.admin1], ["Séytenga", "Sahel"]);
  const cd = locate("ADF combatants raided villages near Boga on Friday.", ctx(["CD"]));
  assert.equal(cd.admin1, "Ituri");
});

test("a village the gazetteer lacks, placed by an offset, is still the location the text names", () => {
  const r = locate("Gunmen raided the village of Kodjelwa, about 20 km north of Djibo, at dawn.", ctx(["BF"]));
  assert.equal(r.location, "Kodjelwa");
  assert.deepEqual(r.offset, { anchor: "Djibo", km: 20, bearing: "N" });
});

test("of two places with one name, the one in the province the text names is taken", () => {
  const r = locate("Assailants attacked a police checkpoint in Qarabagh district, Ghazni province, Afghanistan.", ctx(["AF"]));
  assert.deepEqual([r.location, r.admin1], ["Qarabagh", "Ghazni"]);
});

test("a city outside the theatres where an attack is reported is placed, and a country's name is never a town's", () => {
  const text = ["Global roundup, November 2-8, 2020", "", "On November 2, 2020, an ISIS supporter opened fire in the centre of Vienna, Austria, killing four people.", "", "On November 4, 2020, police in Nice, France, arrested two men suspected of planning an attack."].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents.map((i) => [i.country, i.location]);
  assert.deepEqual(out, [["AT", "Vienna"], ["FR", "Nice"]]);
});

test("a country written after a place is the item's own, whatever country the section was about", () => {
  const text = ["Weekly review", "June 7-13, 2018", "", "The Philippines", "", "On June 9, 2018, soldiers clashed with militants near Marawi.", "", "ISIS-inspired attacks in the West", "", "On June 10, 2018, a man stabbed two police officers in Liège, Belgium, before he was shot dead."].join("\n");
  const out = extractDocument(text, { document: "t" }).incidents.map((i) => [i.country, i.location]);
  assert.deepEqual(out[1], ["BE", "Liège"]);
});

test("words of a heading in capitals are not looked up as places", () => {
  const text = ["CLAIMS WEEKLY", "Week 48: 22-28 November 2019", "", "4. OUR COUNT BY PROVINCE", "", "Fri 22 Nov - Diyala, Iraq. An IED struck an army Humvee about 12 km north of Baqubah. Amaq claimed 3 soldiers killed."].join("\n");
  const [inc] = extractDocument(text, { document: "t" }).incidents;
  assert.deepEqual([inc?.country, inc?.admin1], ["IQ", "Diyala"]);
});

test("a bearing from a village beats the countryside of the city it lies in", () => {
  const r = locate("Gunmen attacked shepherds in the desert east of Uqayribat, in the eastern countryside of Hama.", ctx(["SY"]));
  assert.ok(r.offset === null);
  assert.match(r.location, /Uqayribat/);
});

test("a road leading out of a town places the item at the town, not at the city a bearing names", () => {
  const r = locate("Gunmen shot a fighter on the road leading out of al-Suwar, in the valley north of Deir ez-Zor.", ctx(["SY"]));
  assert.match(r.location, /Suwar/);
});

test("a town and its province opening an item place it, and Indonesia's towns are in the gazetteer", () => {
  const r = locate("Surabaya, East Java: police arrested two men at a rented house near the port.", ctx(["ID"]));
  assert.equal(r.location, "Surabaya");
  assert.equal(r.admin1, "East Java");
  const poso = locate("Gunmen fired on a post near Poso.", ctx(["ID"]));
  assert.equal(poso.admin1, "Central Sulawesi");
});

test("a part named in a town's possessive whose namesake lies far away is placed at the town", () => {
  const r = locate("A bomb went off near a bakery in Al-Hasakah's Tal Hajar neighborhood.", ctx(["SY"]));
  assert.equal(r.admin1, "Al-Hasakah");
});

test("'on the road to' a town places the item there, unless an offset says where it happened", () => {
  const r = locate("An IED hit an SDF vehicle on the road to al-Suwar, north of Deir ez-Zor.", ctx(["SY"]));
  assert.match(r.location, /Suwar/);
  const o = locate("Gunmen ambushed a convoy about 20 km north of Kaya, on the road to Djibo.", ctx(["BF"]));
  assert.equal(o.offset?.anchor, "Kaya");
  assert.equal(o.admin1, "Centre-Nord");
});

test("an Arabic name's generic head alone ('Bab' of 'Bab Tadmur') is not taken for the place; the town the text names is", () => {
  const r = locate("A suicide bomber struck a checkpoint at the Bab Tadmur entrance to Homs.", ctx(["SY"]));
  assert.equal(r.admin1, "Homs");
});

test("the place a battle is fought for is where it is ('the battle for Marawi'), Marawi being Marawi City", () => {
  const l = locate("The battle for Marawi went on for a fifth month.", { countries: ["PH"], primary: "PH", region: null });
  assert.equal(l.admin1, "Autonomous Region in Muslim Mindanao");
});

test("where the group is based ('a cell operating from the Hawija pocket') yields to where it struck", () => {
  const l = locate("An IED hit a police car on the road between Kirkuk and Daquq. Police said it was planted by a cell operating from the Hawija pocket.", { countries: ["IQ"], primary: "IQ", region: null });
  assert.equal(l.location, "Kirkuk-Daquq road");
});

test("a body named by its seat that acts ('the Security Directorate in Homs arrested ...') yields to where it acted", () => {
  const l = locate("The General Security Directorate in Homs arrested three men in al-Qaryatayn.", { countries: ["SY"], primary: "SY", region: null });
  assert.equal(l.location, "al-Qaryatayn");
});

test("the Yarmouk Basin is in Daraa, not the Yarmouk camp in Damascus", () => {
  const l = locate("Clashes went on in the Yarmouk Basin.", { countries: ["SY"], primary: "SY", region: null });
  assert.deepEqual([l.location, l.admin1], ["Yarmouk Basin", "Daraa"]);
});

test("a bearing set off by a comma after a town just named says where the town lies: 'in the region of Tal Afar, west of Mosul' is Tal Afar", () => {
  const r = locate("Militants shelled army positions in the region of Tal Afar, west of Mosul.", ctx(["IQ"]));
  assert.equal(r.location, "Tal Afar");
  const t = locate("Gunmen attacked a checkpoint in the area of Tarmiyah, north of Baghdad.", ctx(["IQ"]));
  assert.notEqual(t.location, "Baghdad");
});

test("a facility named before a comma bearing is the place ('the Qayyarah West airbase, south of Mosul'), and 'Tal 'Afar' with the ayn's apostrophe is Tal Afar", () => {
  assert.equal(locate("A shell fired at the Qayyarah West airbase, south of Mosul, held a mustard agent.", ctx(["IQ"])).location, "Qayyarah West");
  assert.equal(locate("Aircraft struck ISIS targets in the town of Tal 'Afar at night.", ctx(["IQ"])).admin1, "Nineveh");
  assert.notEqual(locate("Aircraft struck ISIS targets in the town of Tal 'Afar at night.", ctx(["IQ"])).location, "Mosul");
});
