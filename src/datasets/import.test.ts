import { test } from "node:test";
import assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import { DatasetError } from "./dataset-error.ts";
import { exportAll, importText } from "./test-helpers.ts";

// Invented rows in each schema. None is real data.
const ACLED_2025 = [
  "\uFEFFevent_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp",
  'XYZ1,2025-04-01,2025,1,Political violence,Explosions/Remote violence,Remote explosive/landmine/IED,Islamic State Somalia Province,,Rebel group,Military Forces of Somalia (2022-),,State forces,State forces-Rebel group,,706,Eastern Africa,Somalia,Bari,Qandala,,Testville,10.5,49.5,2,Example Radio; Example Post,National,"On 1 April 2025, an IED hit an army truck.\r\nIS claimed the attack.",4,,1700000000',
  "XYZ2,2025-04-02,2025,2,Political violence,Battles,Armed clash,Al Shabaab,,Rebel group,Military Forces of Somalia (2022-),,State forces,State forces-Rebel group,,706,Eastern Africa,Somalia,Bay,Baydhaba,,Examplefield,3.1,43.6,1,Example Radio,Local,Clashes near a base. There were no casualties.,0,,1700000001",
  "XYZ3,2025-04-03,2025,1,Political violence,Violence against civilians,Abduction/forced disappearance,Unidentified Armed Group (Somalia),,Rebel group,Civilians (Somalia),,Civilians,Rebel group-Civilians,Civilian targeting,706,Eastern Africa,Somalia,Bay,Baydhaba,,Examplefield,3.1,43.6,1,Example Radio,Local,Two herders were abducted.,0,,1700000002",
  "XYZ4,2025-04-04,2025,1,Strategic developments,Strategic developments,Arrests,Police Forces of Somalia (2022-),,State forces,Al Shabaab,,Rebel group,State forces-Rebel group,,706,Eastern Africa,Somalia,Banadir,Mogadishu,,Mogadishu,2.03,45.34,1,Example Radio,National,Police arrested three suspects.,0,,1700000003",
  "",
].join("\r\n");

const ACLED_2019_SEMICOLON = [
  "sep=;",
  "data_id;iso;event_id_cnty;event_id_no_cnty;event_date;year;time_precision;event_type;sub_event_type;actor1;assoc_actor_1;inter1;actor2;assoc_actor_2;inter2;interaction;region;country;admin1;admin2;admin3;location;latitude;longitude;geo_precision;source;source_scale;notes;fatalities;timestamp;iso3",
  '101;4;AFG1;1;21 March 2020;2020;1;Battles;Armed clash;Taliban;;2;Military Forces of Afghanistan (2014-);;1;12;Caucasus and Central Asia;Afghanistan;Balkh;Dawlat Abad;;Dawlat Abad;36,9882;66,8207;2;Xinhua;National;"Fighting; 12 killed.";12;1584984341;AFG',
  "102;368;IRQ1;1;9-May-20;2020;1;Explosions/Remote violence;Air/drone strike;Military Forces of Iraq (2014-);;1;Islamic State (Iraq);;2;12;Middle East;Iraq;Diyala;Khanaqin;;Example;34.3;45.4;1;Example News;National;An airstrike hit IS positions.;5;1589000000;IRQ",
  "103;368;IRQ2;2;31-12-19;2019;1;Violence against civilians;Attack;Islamic State (Iraq);;2;Civilians (Iraq);;7;27;Middle East;Iraq;Kirkuk;Hawija;;Example;35.3;43.8;1;Example News;National;Gunmen shot a shepherd.;1;1578000000;IRQ",
  "",
].join("\n");

const ACLED_2016_INDEXED = [
  ",actor1,actor2,admin1,admin2,admin3,ally_actor_1,ally_actor_2,country,data_id,event_date,event_id_cnty,event_id_no_cnty,event_type,fatalities,geo_precision,gwno,inter1,inter2,interaction,latitude,location,longitude,notes,source,time_precision,year",
  "0,Al Shabaab,Civilians (Somalia),Bay,Baydhabo,,,,Somalia,9001,2016-07-02,1RTA,,Remote violence,2,1,520,2,7,27,3.11,Exampletown,43.64,A mortar attack. Al Shabaab suspected. ,Example Agency ,1,2016",
  "1,Military Forces of Libya (2016-),Islamic State (Libya),Surt,Surt,,Misratah Communal Militia (Libya),,Libya,9002,2016-07-03,2RTA,,Battle-Government regains territory,3,1,620,1,2,12,31.2,Sirte,16.58,Troops retook a district.,Example Service,2,2016",
  "",
].join("\n");

const GTD_FULL = [
  "eventid,iyear,imonth,iday,approxdate,extended,country,country_txt,region,region_txt,provstate,city,latitude,longitude,specificity,vicinity,summary,success,suicide,attacktype1,attacktype1_txt,targtype1,targtype1_txt,target1,gname,claimed,weaptype1,weaptype1_txt,nkill,nwound",
  '201801150001,2018,1,15,,0,95,Iraq,10,Middle East & North Africa,Baghdad,Baghdad,33.3,44.4,1,0,"01/15/2018: A suicide bomber detonated, killing ""many"".",1,1,3,Bombing/Explosion,14,Private Citizens & Property,Market,Islamic State of Iraq and the Levant (ISIL),1,6,Explosives,38,-99',
  "201802000002,2018,2,0,February 2018,0,4,Afghanistan,6,South Asia,Kunar,Unknown,,,5,0,,1,0,2,Armed Assault,3,Police,Checkpoint,Taliban,0,5,Firearms,-9,",
  "201803010003,2018,3,1,,0,182,Somalia,11,Sub-Saharan Africa,Banadir,Mogadishu,2.0,45.3,1,1,,0,0,9,Unknown,4,Military,Base,Unknown,-9,13,Unknown,0,0",
  "",
].join("\n");

const GTD_SUBSET_R = [
  '"","eventid","country_txt","region_txt","success","suicide","attacktype1_txt","targtype1_txt","nkill","nkillter","nwound","gdp"',
  '"17",201709230015,"Afghanistan","South Asia",1,0,"Armed Assault","Police",2,-999,3,"123"',
  '"18",201712070015,"Nepal","South Asia",1,1,"Bombing/Explosion","Government (General)",-999,0,5,NA',
  "",
].join("\n");

const UCDP_LOW_FIRST = [
  "id,year,type_of_violence,conflict_name,side_a,side_b,source_office,source_date,where_prec,where_coordinates,adm_1,latitude,longitude,country,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,low,best,high",
  ",#date+year,,,#group+name+first,#group+name+second,,,,#loc+name,#adm1+name,#geo+lat,#geo+lon,#country+name,,#date+start,#date+end,,,,,,#affected+killed,",
  "5001,2014,1,Iraq: Government,Government of Iraq,IS,Agence One;Agence Two,2014-01-25;2014-01-26,1,Exampletown town,Al Anbar province,33.35,43.78,Iraq,2,2014-01-24,2014-01-25,0,0,1,7,6,8,10",
  "5002,2013,3,IS - Civilians,IS,Civilians,,,4,Salah ad Din province,Salah ad Din province,34.19,43.87,Iraq,4,2013-07-01,2013-07-31,0,0,7,0,7,7,7",
  "",
].join("\r\n");

const UCDP_BEST_FIRST_INDEXED = [
  ",id,relid,year,type_of_violence,side_a,side_b,where_prec,where_coordinates,adm_1,latitude,iso3,longitude,country,date_prec,date_start,date_end,best,high,low",
  "0,,,#date+year,,#group+name+first,#group+name+second,,#loc+name,#adm1+name,#geo+lat,#country+code,#geo+lon,#country+name,,#date+start,#date+end,#affected+killed,,",
  "1,15960.0,NIG-2009-1,2009,1.0,Government of Nigeria,Jama'atu Ahlis Sunna,1.0,Maiduguri town,Borno state,11.84,NGA,13.16,Nigeria,1.0,2009-06-09 00:00:00.000,2009-06-09 00:00:00.000,14,14.0,12.0",
  "2,15961.0,NIG-2009-2,2009,2.0,Fulani,Tiv,5.0,Benue state,Benue state,7.8,NGA,8.0,Nigeria,3.0,2009-06-10 00:00:00.000,2009-06-16 00:00:00.000,22,21.0,22.0",
  "",
].join("\n");

test("an ACLED 2025 file (text inter codes, BOM, CRLF, a line break inside notes) maps every row", async () => {
  const r = await importText(ACLED_2025);
  assert.equal(r.info?.schema, "acled-2025");
  assert.equal(r.summary.imported, 4);
  assert.equal(r.summary.rejected, 0);
  const [ied, clash, abduction, arrest] = r.incidents;
  assert.equal(ied!.id, "acled:XYZ1");
  assert.equal(ied!.category, "attack");
  assert.deepEqual(ied!.methods, ["ied"]);
  assert.equal(ied!.claim, "claimed");
  assert.equal(ied!.target_type, "military");
  assert.equal(ied!.country, "SO");
  assert.equal(ied!.geo_precision, 2);
  assert.deepEqual(ied!.killed, { low: 4, high: null });
  assert.equal(ied!.fatalities, 4);
  assert.deepEqual(ied!.sources.map((s) => s.name), ["Example Radio", "Example Post"]);
  assert.match(ied!.quote, /truck\.\r\nIS claimed/);
  assert.equal(ied!.extra?.["timestamp"], "1700000000");
  assert.deepEqual(ied!.source_dataset && { name: ied!.source_dataset.name, id: ied!.source_dataset.id }, { name: "acled", id: "XYZ1" });
  assert.equal(clash!.category, "clash");
  assert.equal(clash!.time_precision, 2);
  assert.equal(abduction!.claim, "unattributed");
  assert.deepEqual(abduction!.methods, ["kidnapping"]);
  assert.equal(abduction!.target_type, "civilian");
  assert.equal(arrest!.category, "counterterrorism");
  assert.deepEqual(arrest!.methods, ["arrest"]);
  assert.equal(arrest!.target_type, "insurgents");
});

test("a semicolon ACLED 2019 file with a sep=; line reads day-month dates in three styles", async () => {
  const r = await importText(ACLED_2019_SEMICOLON);
  assert.equal(r.info?.schema, "acled-2019");
  assert.equal(r.info?.delimiter, ";");
  assert.deepEqual(r.rejected, []);
  assert.deepEqual(r.incidents.map((i) => i.event_date), ["2020-03-21", "2020-05-09", "2019-12-31"]);
  assert.deepEqual(r.items.map((i) => i.line), [3, 4, 5]);
  assert.equal(r.incidents[0]!.latitude, 36.9882, "a decimal comma");
  assert.equal(r.incidents[1]!.category, "counterterrorism");
  assert.deepEqual(r.incidents[1]!.methods, ["airstrike"]);
  assert.equal(r.incidents[2]!.category, "attack");
  assert.equal(r.incidents[2]!.claim, "suspected");
});

test("an ACLED 2016 export with a pandas index column maps its old event types", async () => {
  const r = await importText(ACLED_2016_INDEXED);
  assert.equal(r.info?.schema, "acled-2016");
  assert.equal(r.info?.columns[0], "actor1");
  const [mortar, battle] = r.incidents;
  assert.equal(mortar!.category, "attack");
  assert.equal(mortar!.target_type, "civilian");
  assert.equal(mortar!.extra?.["_row_name"], "0");
  assert.equal(mortar!.extra?.["gwno"], "520");
  assert.equal(battle!.category, "clash");
  assert.equal(battle!.extra?.["ally_actor_1"], "Misratah Communal Militia (Libya)");
});

test("ACLED in, ACLED out gives the same values in every column, in each schema", async () => {
  for (const [text, delimiter] of [[ACLED_2025, ","], [ACLED_2016_INDEXED, ","], [ACLED_2019_SEMICOLON, ";"]] as const) {
    const r = await importText(text);
    const out = exportAll(r.incidents, "acled", { columns: r.info!.columns, ...(r.info!.style ? { style: r.info!.style } : {}) });
    const body = text.startsWith("sep=") ? text.slice(text.indexOf("\n") + 1) : text;
    const original = parse(body, { bom: true, columns: true, delimiter }) as Record<string, string>[];
    const back = parse(out, { columns: true }) as Record<string, string>[];
    assert.equal(back.length, original.length);
    original.forEach((row, n) => {
      for (const c of r.info!.columns) assert.equal(back[n]![c], row[c], `row ${n} column ${c}`);
    });
  }
});

test("our own incidents export to ACLED columns with types, inter codes and conservative fatalities", async () => {
  const r = await importText(ACLED_2025);
  const own = r.incidents.map((i) => {
    const { extra: _e, source_dataset: _s, ...rest } = i;
    return { ...rest, killed: { low: 4, high: 9 }, fatalities: 4 };
  });
  const rows = parse(exportAll(own, "acled"), { columns: true }) as Record<string, string>[];
  assert.equal(rows[0]!["event_type"], "Explosions/Remote violence");
  assert.equal(rows[0]!["sub_event_type"], "Remote explosive/landmine/IED");
  assert.equal(rows[0]!["inter1"], "Rebel group");
  assert.equal(rows[0]!["inter2"], "State forces");
  assert.equal(rows[0]!["interaction"], "State forces-Rebel group");
  assert.equal(rows[0]!["fatalities"], "4");
  assert.equal(rows[0]!["geo_precision"], "2");
  assert.equal(rows[0]!["country"], "Somalia");
  assert.equal(rows[3]!["sub_event_type"], "Arrests");
  const coded = parse(exportAll(own, "acled", { style: { inter: "code" } }), { columns: true }) as Record<string, string>[];
  assert.equal(coded[0]!["interaction"], "12");
});

test("an edited incident exports its new values, not the kept source ones", async () => {
  const r = await importText(ACLED_2025);
  const edited = { ...r.incidents[1]!, methods: ["airstrike" as const], fatalities: 7 };
  const rows = parse(exportAll([edited], "acled"), { columns: true }) as Record<string, string>[];
  assert.equal(rows[0]!["sub_event_type"], "Air/drone strike");
  assert.equal(rows[0]!["fatalities"], "7");
});

test("GTD codebook columns: unknown counts, day 0, suicide bombing, claims, specificity", async () => {
  const r = await importText(GTD_FULL);
  assert.equal(r.info?.schema, "gtd-codebook");
  const [bomb, assault, unknown] = r.incidents;
  assert.equal(bomb!.id, "gtd:201801150001");
  assert.deepEqual(bomb!.methods, ["suicide_bombing"]);
  assert.equal(bomb!.claim, "claimed");
  assert.equal(bomb!.target_type, "civilian");
  assert.deepEqual(bomb!.killed, { low: 38, high: 38 });
  assert.deepEqual(bomb!.wounded, { low: 0, high: null }, "-99 is unknown");
  assert.deepEqual(bomb!.casualties, { low: 38, high: null });
  assert.equal(bomb!.geo_precision, 1);
  assert.match(bomb!.quote, /"many"/);
  assert.equal(assault!.event_date, "2018-02-15");
  assert.equal(assault!.time_precision, 3);
  assert.deepEqual(assault!.killed, { low: 0, high: null }, "-9 is unknown");
  assert.deepEqual(assault!.wounded, { low: 0, high: null }, "blank is unknown");
  assert.equal(assault!.claim, "suspected");
  assert.equal(assault!.target_type, "police");
  assert.equal(assault!.latitude, null);
  assert.equal(assault!.geo_precision, 3);
  assert.equal(assault!.extra?.["approxdate"], "February 2018");
  assert.equal(unknown!.perpetrator, "unknown");
  assert.equal(unknown!.claim, "unattributed");
  assert.equal(unknown!.geo_precision, 2, "vicinity 1 is near the town");
  const rows = parse(exportAll(r.incidents, "gtd"), { columns: true }) as Record<string, string>[];
  assert.equal(rows[0]!["nkill"], "38");
  assert.equal(rows[0]!["nwound"], "-99");
  assert.equal(rows[0]!["attacktype1"], "3");
  assert.equal(rows[0]!["claimed"], "1");
  assert.equal(rows[1]!["iday"], "0");
});

test("a GTD subset with R row names takes its dates from the eventid", async () => {
  const r = await importText(GTD_SUBSET_R);
  assert.equal(r.info?.schema, "gtd-subset");
  assert.deepEqual(r.incidents.map((i) => i.event_date), ["2017-09-23", "2017-12-07"]);
  assert.deepEqual(r.incidents[1]!.methods, ["suicide_bombing"]);
  assert.deepEqual(r.incidents[1]!.killed, { low: 0, high: null });
  assert.deepEqual(r.incidents[1]!.wounded, { low: 5, high: 5 });
  assert.equal(r.incidents[0]!.extra?.["_row_name"], "17");
  assert.equal(r.incidents[0]!.extra?.["nkillter"], "-999");
  assert.equal(r.incidents[1]!.extra?.["gdp"], "NA");
});

test("UCDP GED in both column orders, with HXL tag rows, index column and float numbers", async () => {
  const a = await importText(UCDP_LOW_FIRST);
  assert.equal(a.summary.tagRows, 1);
  assert.deepEqual(a.rejected, []);
  const [clash, oneSided] = a.incidents;
  assert.equal(clash!.id, "ucdp:5001");
  assert.deepEqual(clash!.killed, { low: 6, high: 10 });
  assert.equal(clash!.extra?.["best"], "8");
  assert.equal(clash!.category, "clash");
  assert.equal(clash!.target_type, "insurgents");
  assert.equal(clash!.time_precision, 2);
  assert.equal(clash!.admin1, "Al Anbar");
  assert.deepEqual(clash!.sources, [{ name: "Agence One", date: "2014-01-25" }, { name: "Agence Two", date: "2014-01-26" }]);
  assert.equal(oneSided!.category, "attack");
  assert.equal(oneSided!.target_type, "civilian");
  assert.equal(oneSided!.geo_precision, 3);
  assert.equal(oneSided!.time_precision, 3);
  const b = await importText(UCDP_BEST_FIRST_INDEXED);
  assert.equal(b.summary.tagRows, 1);
  assert.deepEqual(b.rejected, []);
  assert.equal(b.incidents[0]!.id, "ucdp:15960");
  assert.equal(b.incidents[0]!.event_date, "2009-06-09");
  assert.deepEqual(b.incidents[0]!.killed, { low: 12, high: 14 });
  assert.deepEqual(b.incidents[1]!.killed, { low: 21, high: 22 }, "best outside low..high widens the range");
  assert.equal(b.incidents[1]!.category, "other");
  const rows = parse(exportAll(a.incidents, "ucdp"), { columns: true }) as Record<string, string>[];
  assert.deepEqual([rows[0]!["low"], rows[0]!["best"], rows[0]!["high"]], ["6", "8", "10"]);
  assert.equal(rows[0]!["where_prec"], "1");
  assert.equal(rows[0]!["date_prec"], "2");
});

test("a truncated last row is rejected with its line; other rows still import", async () => {
  const cut = ACLED_2025.trimEnd() + '\r\nXYZ5,2025-04-05,2025,1,Political violence,Battles,Armed clash,Al Shabaab,,Rebel group,,,,,,706,Eastern Africa,Somalia,Bay,Baydhaba,,Examplefield,3.1,43.6,1,Example Radio,Local,"Fighting bro';
  const r = await importText(cut);
  assert.equal(r.summary.imported, 4);
  assert.equal(r.rejected.length, 1);
  assert.equal(r.rejected[0]!.line, 7, "the first row spans lines 2 and 3");
  assert.ok(r.rejected[0]!.truncatedLastRow);
  assert.match(r.rejected[0]!.reason, /^truncated last row: /);
  assert.equal(r.summary.unexplained, 0);
  const blanks = ACLED_2019_SEMICOLON.trimEnd() + "\n104;608;PHL1;1;27-Apr-20;2020;1;Violence against civilians;Attack;Police;;1;Civilians (;;;;;;;;;;;;;;;;;;";
  const b = await importText(blanks);
  assert.equal(b.rejected[0]!.line, 6);
  assert.ok(b.rejected[0]!.truncatedLastRow);
});

test("rows with the wrong number of fields or bad values are rejected with reasons and lines", async () => {
  const lines = ACLED_2019_SEMICOLON.split("\n");
  lines.splice(3, 0, "105;368;IRQ3;3;not a date;2020;1;Battles;Armed clash;A;;2;B;;1;12;Middle East;Iraq;X;;;Y;1;2;1;S;National;N;0;1;IRQ", "106;368;IRQ4;4");
  const r = await importText(lines.join("\n"));
  assert.equal(r.summary.imported, 3);
  assert.deepEqual(
    r.rejected.map((x) => [x.line, x.reason, x.truncatedLastRow]),
    [
      [4, 'event_date "not a date" is not a date', false],
      [5, "has 4 fields, the header has 31", false],
    ],
  );
  assert.equal(r.summary.unexplained, 2);
});

test("JSONL out and back in gives the same incidents", async () => {
  const r = await importText(GTD_FULL);
  const back = await importText(exportAll(r.incidents, "jsonl"), "auto", "x.jsonl");
  assert.equal(back.info?.format, "jsonl");
  assert.deepEqual(back.incidents, r.incidents);
  const bad = await importText(exportAll(r.incidents, "jsonl") + '{"id": "x"}\n{"id": "cut', "jsonl");
  assert.deepEqual(bad.rejected.map((x) => [x.line, x.truncatedLastRow]), [[4, false], [5, true]]);
});

test("GeoJSON, JSON and flat CSV exports parse and hold every incident", async () => {
  const r = await importText(UCDP_LOW_FIRST);
  const geo = JSON.parse(exportAll(r.incidents, "geojson")) as { type: string; features: { geometry: { coordinates: number[] } | null; properties: { id: string } }[] };
  assert.equal(geo.type, "FeatureCollection");
  assert.deepEqual(geo.features[0]!.geometry?.coordinates, [43.78, 33.35]);
  assert.equal(geo.features[1]!.properties.id, "ucdp:5002");
  assert.deepEqual(JSON.parse(exportAll([], "geojson")), { type: "FeatureCollection", features: [] });
  assert.equal((JSON.parse(exportAll(r.incidents, "json")) as unknown[]).length, 2);
  assert.deepEqual(JSON.parse(exportAll([], "json")), []);
  const flat = parse(exportAll(r.incidents, "csv"), { columns: true }) as Record<string, string>[];
  assert.equal(flat[0]!["killed_high"], "10");
  assert.equal(flat[0]!["source_dataset"], "ucdp");
  assert.equal((JSON.parse(flat[0]!["extra"]!) as Record<string, string>)["best"], "8");
});

async function failure(text: string | Buffer, from: "auto" | "acled" | "gtd" | "ucdp" | "jsonl" = "auto"): Promise<DatasetError> {
  try {
    await importText(text, from, "input.csv");
  } catch (e) {
    assert.ok(e instanceof DatasetError, String(e));
    return e;
  }
  assert.fail("expected a DatasetError");
}

test("bad input: empty, binary, unknown header, wrong format asked for, a JSON document", async () => {
  assert.equal((await failure("")).code, "empty");
  assert.equal((await failure("\uFEFF\r\n")).code, "empty");
  assert.equal((await failure(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0, 8, 0]))).code, "binary");
  const unknown = await failure("name,value\nx,1\n");
  assert.equal(unknown.code, "unknown_format");
  assert.match(unknown.message, /^input\.csv:1: unrecognised header \(columns name, value\): expected ACLED/);
  const wrong = await failure(GTD_FULL, "acled");
  assert.equal(wrong.code, "wrong_format");
  assert.match(wrong.message, /expected ACLED .* but the header is GTD's/);
  assert.equal((await failure(GTD_FULL, "jsonl")).code, "wrong_format");
  assert.equal((await failure('[\n{"id": 1}\n]\n', "jsonl")).code, "wrong_format");
});

test("a header with no rows imports nothing and rejects nothing", async () => {
  const r = await importText(ACLED_2025.split("\r\n")[0]! + "\r\n");
  assert.equal(r.info?.format, "acled");
  assert.equal(r.summary.imported + r.summary.rejected, 0);
});
