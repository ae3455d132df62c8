// Deterministic synthetic weekly bulletins for benchmarks. All wording is this file's own templates;
// only the place names are real, so a geocoder has something to resolve.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { pathToFileURL } from "node:url";

/** mulberry32: tiny, fast, and the same sequence on every platform for a given seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));

interface Province {
  heading: string;
  towns: readonly string[];
}
interface Arena {
  heading: string;
  group: string;
  enemies: readonly string[];
  sources: readonly string[];
  provinces: readonly Province[];
}

const ARENAS: readonly Arena[] = [
  {
    heading: "The Syrian arena",
    group: "ISIS operatives",
    enemies: ["SDF fighters", "a Syrian army patrol", "Iranian-backed militiamen", "SDF members at a checkpoint"],
    sources: ["Syrian Observatory for Human Rights", "Deir ez-Zor 24"],
    provinces: [
      { heading: "Deir ez-Zor region", towns: ["Al-Mayadeen", "Al-Bukamal", "Deir ez-Zor", "Hajin", "Al-Shuhayl", "Al-Busayrah"] },
      { heading: "Al-Raqqah region", towns: ["Al-Raqqah", "Al-Tabqah", "Ma'dan"] },
      { heading: "Al-Hasakah region", towns: ["Al-Hasakah", "Al-Shaddadi", "Al-Hol"] },
      { heading: "The desert (Al-Badia)", towns: ["Al-Sukhnah", "Palmyra", "Al-Kawm"] },
      { heading: "Southern Syria (Daraa)", towns: ["Daraa", "Tafas", "Jasim", "Nawa"] },
    ],
  },
  {
    heading: "The Iraqi arena",
    group: "ISIS operatives",
    enemies: ["Iraqi army soldiers", "Popular Mobilization fighters", "a federal police patrol", "tribal mobilization members"],
    sources: ["Shafaq News", "Rudaw", "Iraqi News Agency"],
    provinces: [
      { heading: "Diyala Province", towns: ["Baqubah", "Khanaqin", "Muqdadiyah", "Jalawla"] },
      { heading: "Salah al-Din Province", towns: ["Tikrit", "Samarra", "Baiji", "Tuz Khurmatu"] },
      { heading: "Kirkuk Province", towns: ["Kirkuk", "Hawija", "Daquq"] },
      { heading: "Al-Anbar Province", towns: ["Ramadi", "Fallujah", "Rutbah", "Al-Qaim"] },
      { heading: "Nineveh Province", towns: ["Mosul", "Tal Afar", "Sinjar"] },
    ],
  },
  {
    heading: "Egypt and the Sinai Peninsula",
    group: "operatives of the Sinai Province",
    enemies: ["Egyptian army soldiers", "soldiers at a military checkpoint", "members of a pro-government tribal militia"],
    sources: ["Sinai Foundation for Human Rights"],
    provinces: [{ heading: "North Sinai", towns: ["Rafah", "Sheikh Zuweid", "Bir al-Abd", "El Arish"] }],
  },
  {
    heading: "West Africa",
    group: "operatives of the West Africa Province",
    enemies: ["Nigerian army soldiers", "a military convoy", "Civilian JTF members", "Christian villagers"],
    sources: ["HumAngle", "Premium Times"],
    provinces: [
      { heading: "Borno State", towns: ["Maiduguri", "Monguno", "Damboa", "Gwoza", "Dikwa", "Bama", "Marte"] },
      { heading: "Yobe State", towns: ["Geidam", "Damaturu", "Buni Yadi"] },
    ],
  },
  {
    heading: "Central Africa (DR Congo)",
    group: "operatives of the Central Africa Province",
    enemies: ["Congolese army soldiers", "FARDC troops", "Christian civilians", "a Ugandan army unit"],
    sources: ["Kivu Security Tracker", "Radio Okapi"],
    provinces: [
      { heading: "North Kivu Province", towns: ["Beni", "Oicha", "Butembo", "Eringeti"] },
      { heading: "Ituri Province", towns: ["Bunia", "Komanda", "Mambasa"] },
    ],
  },
  {
    heading: "Afghanistan (Khorasan Province)",
    group: "operatives of the Khorasan Province",
    enemies: ["Taliban fighters", "Taliban members", "Shiite civilians", "Afghan police officers"],
    sources: ["TOLOnews", "Pajhwok"],
    provinces: [
      { heading: "Nangarhar Province", towns: ["Jalalabad", "Achin", "Surkh Rod"] },
      { heading: "Kabul Province", towns: ["Kabul"] },
      { heading: "Kunar Province", towns: ["Asadabad"] },
    ],
  },
  {
    heading: "Mozambique",
    group: "operatives of the Mozambique Province",
    enemies: ["Mozambican army soldiers", "police officers", "Rwandan troops", "villagers"],
    sources: ["Cabo Ligado", "Pinnacle News"],
    provinces: [{ heading: "Cabo Delgado Province", towns: ["Mocimboa da Praia", "Palma", "Macomia", "Muidumbe", "Quissanga"] }],
  },
];

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const BEARINGS = ["north", "northeast", "east", "southeast", "south", "southwest", "west", "northwest"];
/** Outlets any arena may cite; each arena adds local ones. */
const SOURCES = ["Telegram", "Amaq", "Al-Naba"];

function count(rng: Rng, n: number, noun: string): string {
  const word = rng() < 0.5 && n < NUMBER_WORDS.length ? NUMBER_WORDS[n]! : String(n);
  return `${word} ${noun}${n === 1 ? "" : "s"}`;
}

function place(rng: Rng, town: string): string {
  const r = rng();
  if (r < 0.4) return `about ${int(rng, 2, 40)} km ${pick(rng, BEARINGS)} of ${town}`;
  if (r < 0.6) return `near ${town}`;
  if (r < 0.75) return `in the outskirts of ${town}`;
  return `in ${town}`;
}

function casualties(rng: Rng): string {
  const killed = int(rng, 0, 9);
  const wounded = int(rng, 0, 14);
  const r = rng();
  if (killed === 0 && wounded === 0) return "No casualties were reported.";
  if (r < 0.3) return `${cap(count(rng, killed, "soldier"))} were killed and ${count(rng, wounded, "other")} were wounded.`;
  if (r < 0.5) return `According to the claim, ${count(rng, killed + wounded, "person")} were killed or wounded.`;
  if (r < 0.7) return `${cap(count(rng, wounded, "member"))} of the force sustained wounds.`;
  if (r < 0.85) return `At least ${killed} were killed, among them a local commander.`;
  return `Several people were wounded.`;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function incident(rng: Rng, arena: Arena, town: string, date: string): string {
  const enemy = pick(rng, arena.enemies);
  const where = place(rng, town);
  const group = arena.group;
  const templates: ((g: string) => string)[] = [
    (g) => `${g} detonated an IED on a vehicle carrying ${enemy} ${where}.`,
    (g) => `${g} opened machine gun fire at ${enemy} ${where}.`,
    () => `a suicide bomber of the organization drove a car bomb into a gathering of ${enemy} ${where}.`,
    (g) => `${g} ambushed ${enemy} ${where}, using light weapons and RPGs.`,
    (g) => `${g} fired ${count(rng, int(rng, 2, 9), "mortar shell")} at a base of ${enemy} ${where}.`,
    (g) => `${g} abducted ${count(rng, int(rng, 1, 6), "civilian")} ${where}; their fate is unknown.`,
    () => `security forces arrested ${count(rng, int(rng, 1, 8), "suspect")} ${where} during a search operation.`,
    () => `coalition aircraft carried out an airstrike on an ISIS hideout ${where}.`,
    (g) => `${g} set fire to a tanker truck and a power pylon ${where}.`,
    (g) => `${g} shot dead a local official ${where} and fled.`,
  ];
  const body = pick(rng, templates)(group);
  const cas = /arrested|airstrike|set fire/.test(body) ? "" : ` ${casualties(rng)}`;
  const source = rng() < 0.8 ? ` (${pick(rng, [...arena.sources, ...SOURCES])}, ${date})` : "";
  const byGroup = !/^(security forces|coalition)/.test(body);
  const claim = byGroup && rng() < 0.4 ? " The organization claimed responsibility on Telegram." : "";
  return `► On ${date}, ${body}${cas}${claim}${source}`;
}

function analysis(rng: Rng, arena: Arena): string {
  const openers = [
    `In our assessment, the activity of ${arena.group} in this arena remained steady this week.`,
    `The pattern of attacks suggests a deliberate effort to wear down local forces rather than hold ground.`,
    `Observers noted that most operations were small-scale raids carried out at night.`,
  ];
  const middles = [
    "The organization continues to exploit gaps between the forces deployed in rural areas.",
    "Its propaganda outlets devoted considerable attention to these operations, presenting them as a sign of resilience.",
    "Local sources reported growing fear among residents, some of whom have left their villages.",
    "Counterterrorism pressure has not, so far, reduced the tempo of the attacks.",
  ];
  const n = int(rng, 2, 4);
  const parts = [pick(rng, openers)];
  for (let i = 0; i < n; i++) parts.push(pick(rng, middles));
  return parts.join(" ");
}

function statistic(rng: Rng, arena: Arena, period: string): string {
  const total = int(rng, 5, 80);
  const previous = int(rng, 5, 80);
  const province = pick(rng, arena.provinces).heading;
  return (
    `According to the weekly summary published in Al-Naba, between ${period} the organization carried out ` +
    `${total} attacks in this arena, compared to ${previous} in the previous week. ` +
    `Most of them (${int(rng, 1, total)}) took place in ${province}.`
  );
}

/** One weekly bulletin for the week starting on `start`. */
function bulletin(rng: Rng, start: Date): string {
  const end = new Date(start.getTime() + 6 * 86_400_000);
  const month = MONTHS[start.getUTCMonth()]!;
  const year = start.getUTCFullYear();
  const period =
    start.getUTCMonth() === end.getUTCMonth()
      ? `${month} ${start.getUTCDate()}-${end.getUTCDate()}, ${year}`
      : `${month} ${start.getUTCDate()} - ${MONTHS[end.getUTCMonth()]!} ${end.getUTCDate()}, ${end.getUTCFullYear()}`;
  const lines: string[] = [pick(rng, ["Weekly Jihad Monitor", "Global Jihad Weekly Review", "Jihadist Activity Bulletin"]), "", period, "", ""];
  lines.push("Overview", "", analysis(rng, pick(rng, ARENAS)), "");
  for (const arena of ARENAS) {
    if (rng() < 0.15) continue;
    lines.push(arena.heading, "", statistic(rng, arena, period), "");
    for (const province of arena.provinces) {
      if (rng() < 0.3) continue;
      lines.push(province.heading, "");
      // Real weekly bulletins carry about one incident per 550 bytes (the seed: 59 in 32 KB),
      // with analysis between the lists; the mix here aims at the same density.
      const events = int(rng, 1, 4);
      for (let i = 0; i < events; i++) {
        const day = new Date(start.getTime() + int(rng, 0, 6) * 86_400_000);
        const date = `${MONTHS[day.getUTCMonth()]!} ${day.getUTCDate()}, ${day.getUTCFullYear()}`;
        lines.push(incident(rng, arena, pick(rng, province.towns), date), "");
      }
      if (rng() < 0.5) lines.push(analysis(rng, arena), "");
    }
    lines.push(analysis(rng, arena), "");
  }
  return lines.join("\n") + "\n";
}

export interface CorpusOptions {
  /** Stop once the documents total at least this many UTF-8 bytes. */
  bytes: number;
  seed: number;
}

/** Weeks from January 2019 to the end of 2024; later bulletins cycle through them again. */
const WEEKS = 313;

/** Yields weekly bulletins until `bytes` is reached; the same seed gives the same text. */
export function* generateCorpus({ bytes, seed }: CorpusOptions): Generator<string, void, undefined> {
  const rng = prng(seed);
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const doc = bulletin(rng, new Date(Date.UTC(2019, 0, 3) + (i % WEEKS) * 7 * 86_400_000));
    total += Buffer.byteLength(doc);
    yield doc;
  }
}

/** CLI: `node --import tsx bench/generate-corpus.ts OUT.txt [MB] [SEED]` writes the corpus as one file. */
async function main(argv: string[]): Promise<void> {
  const [out, mb = "20", seed = "1"] = argv;
  if (out === undefined) {
    process.stderr.write("usage: generate-corpus.ts OUT.txt [MB=20] [SEED=1]\n");
    process.exitCode = 2;
    return;
  }
  const stream = createWriteStream(out);
  let written = 0;
  for (const doc of generateCorpus({ bytes: Number(mb) * 1024 * 1024, seed: Number(seed) })) {
    if (!stream.write(doc + "\n")) await once(stream, "drain");
    written += Buffer.byteLength(doc) + 1;
  }
  stream.end();
  await once(stream, "finish");
  process.stdout.write(`wrote ${(written / 1048576).toFixed(1)} MB to ${out}\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.slice(2));
}
