// Who acted or is blamed, where the sentence names them outside its subject: the agent of a
// passive arrest or of "an operation by ...", forces known by initials that are also words, a
// group whose hallmarks an attack bore, and groups named only as a topic.

import { findSpecificGroup } from "./attribution-actors.ts";

/** Forces' initials that are also words in lower case (Cameroon's BIR; "Bir al-Abd" is a town): read in capitals only. */
const STATE_INITIALS_RE = /\bBIR\b/;

/** Whether `actorPart` names forces by initials read in capitals only ("The BIR and vigilance committees"). */
export function stateInitials(actorPart: string): boolean {
  return STATE_INITIALS_RE.test(actorPart);
}

// "an ISIS hideout ... was bombed by Iraqi Air Force F-16s": a strike told in the passive names its agent the same way.
const PASSIVE_AGENT_RE = /\b(?:was|were|had been|have been)\s+(?:arrested|detained|apprehended|captured|taken into custody|bombed|struck|shelled|raided|targeted)\s+(?:[\w-]+\s+){0,3}?by\s+(?:the\s+)?([^,;.]{2,60}?)(?=\s+(?:on|in|at|near|during|after|for)\b|[,;.]|$)/;
// "... the leader of ISIS in Mozambique, had been killed on August 22 in an operation by Mozambican forces": the operation's agent killed him.
const KILLED_IN_OPERATION_RE = /\b(?:was|were|had been|have been|has been)\s+(?:killed|eliminated|neutrali[sz]ed)\b[^.;]{0,60}?\b(?:in|during)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:operation|raid|offensive|ambush)\s+(?:by|of)\s+(?:the\s+)?([^,;.]{3,60}?)(?=\s+(?:in|against|on|near|at)\b|[,;.(]|$)/;
const OPERATION_BY_RE = /^(?:An?|The)\s+(?:[\w-]+\s+){0,3}?(?:operation|offensive|raid|campaign|sweep|assault)\s+(?:by|of)\s+(?:the\s+)?([^,;.]{3,80}?)(?=\s+(?:in|against|on|near|at|into|launched|which|that)\b|[,;.])/;

/** "A resident of Hura was arrested by the ISA ...", "a hideout was bombed by F-16s", "A three-day operation by the Taliban forces of ...": the agent named after "by", or null. */
export function agentOf(subject: string): string | null {
  return (OPERATION_BY_RE.exec(subject) ?? PASSIVE_AGENT_RE.exec(subject) ?? KILLED_IN_OPERATION_RE.exec(subject))?.[1] ?? null;
}

/** "Three suspects were arrested in Mpeketoni": an arrest told without its agent, which only the state makes. */
const AGENTLESS_ARREST_RE = /^[^.;]{0,100}?\b(?:was|were|had been|have been|has been)\s+(?:arrested|apprehended|detained|taken into custody|picked up(?= (?:at|in|from|on|near|outside)\b))\b(?![^.;]{0,60}?\bby\b)/;

/** Whether the subject sentence tells an arrest and names no one who made it. */
export function agentlessArrest(subject: string): boolean {
  return AGENTLESS_ARREST_RE.test(subject);
}

const TOPIC_GROUP_RE = /\b(?:advised|advising|wrote|writing|written|spoke|speaking|expert|research|researcher|studies|studied|reported|reporting|book)\b[^.;,]{0,40}?\b(?:on|about)\s+(?:the\s+)?[A-Z][\w'’-]*/g;

/** `sentence` without the groups it names only as a topic ("a researcher who advised the government on ISIS"). */
export function withoutTopics(sentence: string): string {
  return sentence.replace(TOPIC_GROUP_RE, " ");
}

const POSSESSIVE_MARK_RE = /\b(?:bore|bears|carried|carries|had|has)\s+(?:all\s+)?(?:the\s+)?([A-Z][\w-]*)['’]s?\s+(?:hallmarks|trademarks|signature|fingerprints|mark)\b/;

/** "ISIS cells operate in the area", "the ISKP has repeatedly attacked Hazara schools": a group known for such attacks there. */
// "ISIS's remaining cells operate in the villages south of Hawija", "ISIS's Sahel Province is active in the Téra area": the same.
const KNOWN_THERE_RE = /\b((?:[A-Z][\w-]*['’]s\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}?)(?:['’]s)?\s+(?:(?:remaining|local|sleeper|active)\s+)?(?:cells?\s+|operatives\s+|fighters\s+|militants\s+)?(?:operates?|(?:is|are|remains?)\s+(?:still\s+)?active|(?:has|have)\s+(?:repeatedly|often|frequently|previously|already|regularly)\s+(?:attacked|targeted|struck|bombed))\b/;

// "ISIS did not claim responsibility, but the area is one of its main strongholds": the same, where the group holds out.
const ITS_MARK_RE = /(?:^|[.;]\s+)([^.;]{2,120}?)\b(?:(?:bore|bears|carried|carries|had|has)\s+(?:all\s+)?its\s+(?:hallmarks|trademarks|signature|fingerprints|mark)|(?:is|was|remains)\s+(?:one\s+of\s+)?its\s+(?:main\s+|principal\s+|last\s+|remaining\s+)?(?:strongholds?|bastions?|hideouts?|areas?\s+of\s+(?:operation|activity)))\b/;

/** "the attackers carried the ISIS flag": the group whose flag they bore. */
const FLAG_RE = /\b(?:carried|carrying|raised|waved|waving|flew|flying|bore)\s+(?:the\s+|an?\s+)?([A-Z][\w-]*)(?:['’]s?)?\s+(?:flags?|banners?)\b/;

/** The group whose hallmarks the text says the attack bore ("bore ISIS's hallmarks"), or that it says is known for such attacks there, or null. */
export function markedBy(text: string, p: Uint8Array): string | null {
  const m = text.includes("'") || text.includes("’") ? POSSESSIVE_MARK_RE.exec(text) : null;
  const marked = m ? findSpecificGroup(m[1]!, false, p) : null;
  if (marked !== null) return marked;
  // "Boko Haram did not claim responsibility, but the attack bears its signature": the group the sentence named.
  const its = text.includes(" its ") ? ITS_MARK_RE.exec(text) : null;
  const own = its ? findSpecificGroup(its[1]!, false, p) : null;
  if (own !== null) return own;
  const known = KNOWN_THERE_RE.exec(text) ?? FLAG_RE.exec(text);
  return known ? findSpecificGroup(known[1]!, false, p) : null;
}

/** "The Taliban blamed ...", "al-Shabaab denied ...": who blames, condemns or denies is not who acted. */
const ACCUSER_RE = /(?:\b[Tt]he\s+)?\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:['’]s?\s+(?:spokesman|government|authorities|leadership))?\s+(?:blamed|accused|condemned|denied)\b/g;

/** `text` without the subjects of blame, condemnation and denial (same length). */
export function withoutAccusers(text: string): string {
  return text.replace(ACCUSER_RE, (m) => " ".repeat(m.length));
}
