// The casualty counts one clause states: passive clauses ("Two fighters were killed and two
// others were wounded"), active ones ("killing three soldiers"), elliptic ones ("and three
// wounded"), headline counts ("6 killed"), tolls, participles, losses, bodies and remains.

import { CREW_RE, PERSON_NOUN_RE, addSpan, countPhrase, countPhraseFor, countPiecesFor, prepareClause, vehiclesBefore, type AntecedentSource } from "./casualty-phrases.ts";
import { subjectBefore } from "./casualty-subjects.ts";
import { headlineCounts } from "./casualty-headlines.ts";
import { isPersonName, namedGroup, namedVictims } from "./casualty-names.ts";
import { suicideAttackersAmong } from "./casualty-suicide.ts";
import { COUNT_WORD, QUALIFIER, tollCounts, totalCounts, type Count, type Kind } from "./casualty-totals.ts";
import { livesCounts, sustainedCounts } from "./casualty-nouns.ts";
import { mannerCounts, reportedCounts } from "./casualty-objects.ts";
import { W_ACTIVE, W_ANTECEDENT, W_BODY, W_ELLIPTIC, W_HEADLINE, W_INTRANSITIVE, W_LOST, W_MONTH, W_PARTICIPLE, W_PASSIVE, W_REMAINS, W_SUSTAINED, W_TOLL, W_TOTAL } from "./casualty-words.ts";
import { activeCounts, activeVerbOutside, collect, isUsed, OF_POSSESSIVE_RE, OF_THEM_RE } from "./active-counts.ts";
import { NUMBER_WORD_PATTERN, VAGUE_QUANTITIES, parseCardinal } from "./numbers.ts";

export type { Count, Kind } from "./casualty-totals.ts";

export const KILLED = "killed|slain|executed|beheaded|shot dead|shot and killed|gunned down|martyred|assassinated|murdered|dead|died|liquidated|eliminated|(?:stabbed|beaten|shot|burned|burnt|hacked|tortured|bludgeoned|strangled) to death";
export const WOUNDED = "wounded|injured|hurt|maimed";
const EITHER = `(?:killed|wounded|injured)\\s+(?:or|and|and/or)\\s+(?:killed|wounded|injured)|casualties`;
const REPORTING_VERB_RE = /\b(?:reported|confirmed|counted|recorded|acknowledged|admitted)\s/;
const WOUNDED_ONLY_RE = new RegExp(`^(?:${WOUNDED})$`);

export const PASSIVE_RE = new RegExp(
  `\\b(was|were|had been|have been|has been|are|is|got|being)\\s+(?:reportedly\\s+|also\\s+|both\\s+|all\\s+|later\\s+|then\\s+|subsequently\\s+|allegedly\\s+|seriously\\s+|critically\\s+|slightly\\s+|lightly\\s+|severely\\s+|fatally\\s+|mortally\\s+|found\\s+)*(${EITHER}|${KILLED}|${WOUNDED}|neutrali[sz]ed)\\b`,
  "gi",
);
// "paid the supreme price", "made the ultimate sacrifice", "succumbed to his wounds", "fell with arms in hand": military releases' deaths.
const COUNTED_FORCE_RE = /\b\d{1,4}\s+[A-Z]{2,6}s?$/;
const INTRANSITIVE_RE = /\b(died|perished|fell(?=\s+(?:in|during)\s+(?:the\s+)?(?:fighting|battle|clashes?|combat|action|attack|ambush|operation)\b|\s+(?:with\s+(?:arms|weapons)\s+in\s+hand|on\s+the\s+field\s+of\s+honou?r)\b|\s+and\s|\s*[.;,])|lost (?:their|his|her) lives?|lost (?:their|his|her) life|paid the (?:supreme|ultimate) (?:price|sacrifice)|made the (?:supreme|ultimate) sacrifice|succumbed to (?:his|her|their) (?:wounds|injuries)|embraced (?:shahadat|martyrdom))\b(?!\s+(?:of|from)\s+(?:covid|illness|disease|natural|cancer|a heart|old age|his illness))/gi;
/** "Two soldiers were killed [and three wounded]". */
/** "... and nine people wounded": a noun or two may follow the count, but no verb. */
const ELLIPTIC_RE = new RegExp(`\\band\\s+((?:${QUALIFIER}\\s+)?${COUNT_WORD}(?:\\s+(?:others?|more))?(?:\\s+(?!(?:were|was|are|is|had|have|been|being)\\b)[\\w'-]+){0,2}?)\\s+(wounded|injured|killed|dead)\\b`, "gi");
/** "mourned six soldiers killed when ...": a counted noun with a past participle after it. */
const PARTICIPLE_RE = new RegExp(`\\b(${COUNT_WORD})\\s+(?:[\\w'-]+\\s+){0,2}?([a-z'-]+s|[a-z]*men|people|children|personnel|troops)\\s+(killed|wounded|injured)\\s+(?:in|when|during|by|as|at|on|while|after)\\b`, "gi");
/** The end every PARTICIPLE_RE match holds: a quick test that starts from a literal. */
/** The clause before an elliptic "and two wounded" when it is a count and "killed" alone: "Three soldiers killed". */
const TELEGRAPHIC_DEAD_RE = new RegExp(`^(?:[^.;:]*[:;]\\s*)?((?:${QUALIFIER}\\s+)?${COUNT_WORD}(?:\\s+[\\w'-]+){0,3}?)\\s+(?:killed|dead)\\s*$`, "i");
const PARTICIPLE_TAIL_RE = /(?:killed|wounded|injured)\s+(?:in|when|during|by|as|at|on|while|after)\b/i;
/** "his body was found the next morning": the person was killed. */
const BODY_FOUND_RE = /\b(?:his|her|the)\s+(?:\w+\s+)?body\b[^.;]{0,60}?\b(?:was|were)\s+(?:later\s+|then\s+)?(?:found|discovered|recovered|dumped)\b|\b(?:found|discovered|recovered)\s+the\s+(?:\w+\s+)?body\s+of\s+(?:an?|the|his|her)\b|(?:^|(?<=[|,:]\s*))[Bb]ody\s+of\s+(?:an?|one)\s+[^.;]{3,80}?\b(?:found|discovered|recovered|dumped)\b/gi;
/** "the army said it lost three soldiers". */
const LOST_RE = new RegExp(`\\b(?:lost|losing)\\s+(${COUNT_WORD})\\s+(?:of (?:its|their)\\s+)?(?:[\\w'-]+\\s+)?(?:soldiers|men|fighters|troops|policemen|officers|personnel|members|operatives|militants|mujahidin|elements|gunmen|attackers|jihadists|commanders|militiamen)\\b`, "gi");
const REMAINS_RE = new RegExp(`\\b(?:remains|bodies|corpses)\\s+of\\s+((?:\\d[\\d,]*|${NUMBER_WORD_PATTERN}))\\b`, "gi");

export const VEHICLE_RE = /\b(vehicles?|cars?|trucks?|pick-?ups?|APCs?|tanks?|buses|bus|bulldozers?|tankers?|armou?red vehicles?|humvees?|convoys?|motorcycles?)\b/i;
// "the wounded policeman had died in hospital": the one wounded man told before, as "one of the wounded" is.
const OF_THE_WOUNDED_RE = /\bof (?:the|those) (?:wounded|injured)\b|^(?:the|that) (?:seriously |badly |critically )?(?:wounded|injured) (?:[\w-]+ )?(?:policeman|soldier|officer|fighter|man|woman|civilian|guard|member|militiaman|child|boy|girl|driver)$/i;
// "They", "Both", "The two men": the people counted already, told again.
const PRONOUN_SUBJECT_RE = /^\s*(?:they|he|she|both(?: of them| men| women)?|the two(?: men| women)?|all of them)\s*$/i;
const SUBJECT_NOUN_RE = /^(?:an?|the|this|that|one|his|her|their)\s+[\w'-]+/i;
// "... were killed in the operation, as well as 17 SDF fighters": the companions may follow a short place or occasion.
const ALONG_RE = /^,?\s*(?:(?:in|during|at|near)\s[^.;,()]{1,40}?,?\s+)?(?:(?:along|together)\s+with|as well as)\s+([^.;,()]+)/i;
const PASSIVE_BEFORE_RE = /\b(?:was|were|been|being)\s+$/i;

// Small tests made once rather than on every call.
const EITHER_WORD_RE = /\b(?:or|and|and\/or)\b/;
const WOUNDED_WORD_RE = /wounded|injured/i;
const KILLED_ONLY_RE = /killed/i;
const SINGULAR_AUX_RE = /^(?:was|is|has been)$/i;
const THEIR_RE = /\btheir\b/i;
// "Al-Muhajir", "al-Baghdadi": an Arabic surname with its article.
const SURNAME_RE = /^\s*(?:[Aa][lnrsdtz]-)?\p{Lu}[\p{Ll}'’-]{2,}\s*$/u;
const HIS_RE = /^\s*(?:his|her)\s/i;
const NEUTRALISED_RE = /^neutrali/i;

function kindOf(verb: string): Kind {
  const v = verb.toLowerCase();
  if (EITHER_WORD_RE.test(v) || v === "casualties") return "either";
  if (WOUNDED_ONLY_RE.test(v)) return "wounded";
  return "killed";
}



const ANTECEDENT_RE = new RegExp(`\\b(\\d+|${NUMBER_WORD_PATTERN})\\s+(?:[\\w'-]+\\s+){0,3}?(?:soldiers|fighters|officers|policemen|civilians|people|members|operatives|men|women|children|guards|workers|villagers|passengers|escorts|hostages|captives|Christians|farmers|herders|traders|students|teachers|worshippers|shepherds|fishermen|militants|insurgents|elements)\\b`, "i");

/** The antecedent for "they": the first counted group of people in the text ("two Iraqi soldiers"). */
function findAntecedent(text: string): number | null {
  const m = ANTECEDENT_RE.exec(text);
  return m ? parseCardinal(m[1]!) : null;
}

/** The antecedent of a text, found when first asked for. */
class TextAntecedent implements AntecedentSource {
  readonly #text: string;
  #value: number | null | undefined;

  constructor(text: string) {
    this.#text = text;
  }

  value(): number | null {
    if (this.#value === undefined) this.#value = findAntecedent(this.#text);
    return this.#value;
  }
}

/**
 * Counts stated in one clause of `text`. `words` are the casualty-words bits of the rules whose
 * words the clause holds (only those rules are tried); `hits` are the casualty words' hits in
 * the text and `offset` where the clause starts in it (null when the clause is rewritten before
 * the rules read it); `counted` says whether earlier clauses counted anyone, `killedBefore`
 * whether they counted anyone killed.
 */
/** "As a result", "During the fire fight", "In the exchange of fire": a phrase that opens the clause, not part of its subject. */
const OPENING_PHRASE_RE = /^(?:As a result|Consequently|Subsequently|Sadly|Unfortunately|Meanwhile|However|In (?:the )?(?:ensuing )?(?:exchange of fire|fire ?fight|firefight|clash(?:es)?|fighting|attack|blast|explosion)|During (?:the )?[\w -]{3,40})$/i;
const HAVING_RE = /\s+having\s+[\w\s-]{3,60}$/;

export function sentenceCounts(raw: string, words: number, text: string, counted: boolean, killedBefore: boolean, hits: readonly number[] | null, offset: number): Count[] {
  const sentence = prepareClause(raw, (words & W_MONTH) !== 0);
  const out: Count[] = [];
  if (words & W_TOLL) {
    tollCounts(sentence, out);
    if (out.length > 0) return out;
  }
  // Spans already read, as flat [start, end] pairs: a running total's figure is the total, no part of it.
  const used: number[] = [];
  if (words & W_TOTAL) totalCounts(sentence, out, used);
  // The number of people "they" stands for, read only where a phrase needs it.
  const antecedent = words & W_ANTECEDENT ? new TextAntecedent(text) : null;
  let last = 0;
  PASSIVE_RE.lastIndex = 0;
  for (let m = words & W_PASSIVE ? PASSIVE_RE.exec(sentence) : null; m; m = PASSIVE_RE.exec(sentence)) {
    const kind = kindOf(m[2]!);
    const singular = SINGULAR_AUX_RE.test(m[1]!);
    // "Six were killed, four guards and two civilians, and an unknown number were wounded": after
    // an earlier verb, the subject of this one starts at the last ", and".
    const and = last > 0 ? sentence.slice(last, m.index).lastIndexOf(", and ") : -1;
    const pieces = subjectBefore(sentence, and >= 0 ? last + and + 2 : last, m.index);
    const phrase = pieces.join(" and ");
    // "scores of terrorists were neutralised" is deaths; "the IED was neutralised" is none.
    const neutralised = NEUTRALISED_RE.test(m[2]!);
    let c = neutralised && !PERSON_NOUN_RE.test(phrase) && !OF_THEM_RE.test(phrase) ? null : countPiecesFor(pieces, antecedent);
    // "The mayor of the town was shot dead": one person, however the text names him.
    if (!c && !neutralised && singular && SUBJECT_NOUN_RE.test(pieces[0] ?? "") && !VEHICLE_RE.test(pieces[0] ?? "")) c = { low: 1, high: 1 };
    // "Sepoy Imtiaz Khan was martyred", "Naik Ali and Sepoy Khan were killed": each name is one person.
    // "As a result, Captain Hasan Raza and Sepoy Nazir Ahmad were killed": the opening phrase is no name, and a rank is no count.
    // "Naik Shahzad Khan having fought gallantly was martyred": the participle tells how he fell.
    const named = pieces.filter((p, i) => i > 0 || !OPENING_PHRASE_RE.test(p)).map((p) => p.replace(HAVING_RE, ""));
    if (!neutralised && named.length > 0 && (!c || c.low < named.length) && named.every(isPersonName)) c = singular ? { low: 1, high: 1 } : { low: named.length, high: named.length };
    // "Ahmadi and his driver were killed": the man named by his surname alone, whose driver it was, is one of them.
    if (c && !neutralised && !singular && pieces.length === 2 && SURNAME_RE.test(pieces[0]!) && HIS_RE.test(pieces[1]!) && countPhraseFor(pieces[0]!, null) === null) c = addSpan(c, { low: 1, high: 1 });
    // "The bodies of six farmers were found. They had been killed with machetes": the pronoun is the dead already counted.
    if (c && kind === "killed" && pieces.length === 1 && PRONOUN_SUBJECT_RE.test(pieces[0]!) && (killedBefore || out.some((k) => k.kind === "killed"))) c = null;
    // "At least 4 people, including the assailant, were killed" in a suicide attack: three victims.
    const self = c && kind === "killed" && pieces.length > 1 ? suicideAttackersAmong(pieces, text) : 0;
    if (c && self > 0 && c.low > self) c = { low: c.low - self, high: c.high === null ? null : c.high - self };
    // CREW_RE's words are among the antecedent's: a clause without them names no passengers.
    if (c && words & W_ANTECEDENT && CREW_RE.test(phrase) && THEIR_RE.test(phrase)) {
      const v = vehiclesBefore(sentence, m.index);
      if (v) c = { low: v, high: null };
    }
    // "killed along with two of his escorts"
    const end = m.index + m[0].length;
    const along = c ? ALONG_RE.exec(sentence.slice(end)) : null;
    if (along && c) c = addSpan(c, countPhrase(along[1]!.replace(OF_POSSESSIVE_RE, " "), null) ?? { low: 1, high: 1 });
    collect(out, kind, c);
    used.push(m.index, end);
    last = end;
  }
  // W_PASSIVE holds "to death"; W_PARTICIPLE the participles a report gives after its count.
  const manner = words & W_PASSIVE && sentence.includes(" to death") ? mannerCounts(sentence, antecedent) : [];
  const reported = words & W_PARTICIPLE && REPORTING_VERB_RE.test(sentence) ? reportedCounts(sentence, antecedent) : [];
  if (manner.length + reported.length > 0) {
    for (const c of [...manner, ...reported]) {
      if (isUsed(used, c.start, c.end, false)) continue;
      collect(out, c.kind, c);
      used.push(c.start, c.end);
    }
  }
  if (words & W_INTRANSITIVE) {
    INTRANSITIVE_RE.lastIndex = 0;
    for (let m = INTRANSITIVE_RE.exec(sentence); m; m = INTRANSITIVE_RE.exec(sentence)) {
      const pieces = subjectBefore(sentence, 0, m.index);
      // "Both men died instantly", after "shot dead two policemen".
      if (pieces.length === 1 && PRONOUN_SUBJECT_RE.test(pieces[0]!) && (killedBefore || out.some((k) => k.kind === "killed"))) continue;
      // "two SDF fighters also fell": people fall in battle; shells and towns fall otherwise.
      // "4 VDP fell with arms in hand": a count of a force's initials is people too.
      if (m[1]!.startsWith("fell") && !PERSON_NOUN_RE.test(pieces.join(" ")) && !COUNTED_FORCE_RE.test(pieces.join(" "))) continue;
      const c = countPiecesFor(pieces, antecedent);
      collect(out, "killed", c);
      // "four of the wounded succumbed": dead now, no longer among the wounded.
      // "On the following day, one of the wounded soldiers died": the same after an opening phrase.
      const moved = pieces.filter((piece) => OF_THE_WOUNDED_RE.test(piece));
      if (c && moved.length === 1 && (pieces.length === 1 || countPiecesFor(moved, antecedent)?.low === c.low)) out.push({ kind: "wounded", low: c.low, high: c.high, total: "moved" });
      used.push(m.index, m.index + m[0].length);
    }
    for (const c of livesCounts(sentence, antecedent)) out.push(c);
  }
  if (words & W_ACTIVE && (hits === null || activeVerbOutside(hits, offset, sentence.length, used))) {
    activeCounts(sentence, antecedent, counted, used, out);
    // "gunmen shot dead Colonel Fuad al-Muflihi": a name as the object is one person.
    for (const at of namedVictims(sentence)) if (!isUsed(used, at, at, true)) collect(out, "killed", namedGroup(sentence, at));
  }
  if (words & W_ELLIPTIC) {
    ELLIPTIC_RE.lastIndex = 0;
    for (let m = ELLIPTIC_RE.exec(sentence); m; m = ELLIPTIC_RE.exec(sentence)) {
      if (isUsed(used, m.index, m.index + m[0].length, false)) continue;
      collect(out, WOUNDED_WORD_RE.test(m[2]!) ? "wounded" : "killed", countPhraseFor(m[1]!, antecedent));
      used.push(m.index, m.index + m[0].length);
      // "Three soldiers killed and two wounded": a log's count of the dead before the elliptic wounded, no verb of its own.
      const dead = WOUNDED_WORD_RE.test(m[2]!) && !out.some((c) => c.kind === "killed") ? TELEGRAPHIC_DEAD_RE.exec(sentence.slice(0, m.index)) : null;
      if (dead) collect(out, "killed", countPhraseFor(dead[1]!, antecedent));
    }
  }
  if (words & W_SUSTAINED) for (const c of sustainedCounts(sentence, antecedent)) out.push(c);
  const beforeHeadline = out.length;
  if (out.length === 0 && words & W_HEADLINE) for (const c of headlineCounts(sentence)) out.push(c);
  // "2 soldiers injured in Garissa": a headline count already read is not read again as a participle.
  if (out.length === beforeHeadline && words & W_PARTICIPLE && PARTICIPLE_TAIL_RE.test(sentence)) {
    PARTICIPLE_RE.lastIndex = 0;
    for (let m = PARTICIPLE_RE.exec(sentence); m; m = PARTICIPLE_RE.exec(sentence)) {
      if (isUsed(used, m.index, m.index + m[0].length, false) || PASSIVE_BEFORE_RE.test(sentence.slice(0, m.index))) continue;
      if (PERSON_NOUN_RE.test(m[2]!)) collect(out, KILLED_ONLY_RE.test(m[3]!) ? "killed" : "wounded", countPhraseFor(`${m[1]} ${m[2]}`, antecedent));
    }
  }
  if (words & W_LOST) {
    LOST_RE.lastIndex = 0;
    for (let m = LOST_RE.exec(sentence); m; m = LOST_RE.exec(sentence)) {
      const vague = VAGUE_QUANTITIES[m[1]!.toLowerCase()];
      const n = vague ?? parseCardinal(m[1]!);
      if (n !== null) out.push({ kind: "killed", low: n, high: vague === undefined ? n : null });
    }
  }
  if (out.length === 0 && words & W_BODY) {
    BODY_FOUND_RE.lastIndex = 0;
    // "Gunmen killed a member of ... His body was found beside his car": the one already counted.
    for (let m = BODY_FOUND_RE.exec(sentence); m; m = BODY_FOUND_RE.exec(sentence)) if (!(killedBefore && /^(?:his|her)\b/i.test(m[0]))) out.push({ kind: "killed", low: 1, high: 1 });
  }
  if (words & W_REMAINS) {
    REMAINS_RE.lastIndex = 0;
    for (let m = REMAINS_RE.exec(sentence); m; m = REMAINS_RE.exec(sentence)) {
      const n = parseCardinal(m[1]!);
      if (n !== null) out.push({ kind: "killed", low: n, high: n });
    }
  }
  return out;
}
