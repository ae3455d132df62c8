// ACLED's closed vocabularies as `as const` tables: actor types (inter codes), event and sub-event types,
// and the target type an inter2 code gives. How they map is in docs/dataset-mapping.md; `acled.ts` uses them.

import type { Category, Method, TargetType } from "../core/vocabulary.ts";

/** ACLED actor types (inter1/inter2): code -> the words the 2025 schema writes. */
export const ACLED_INTER = {
  0: "",
  1: "State forces",
  2: "Rebel group",
  3: "Political militia",
  4: "Identity militia",
  5: "Rioters",
  6: "Protesters",
  7: "Civilians",
  8: "External/Other forces",
} as const;
export type InterCode = keyof typeof ACLED_INTER;

/** How an event type sets the category: fixed, or by who acted (state/external actors vs armed groups). */
export type CategoryRule = Category | "by_actor";

/** Event types, current and 2016, -> category rule and the method when the sub-event type gives none. */
export const ACLED_EVENT_TYPES = {
  "Battles": { category: "clash", method: "armed_assault" },
  "Explosions/Remote violence": { category: "by_actor", method: "other" },
  "Violence against civilians": { category: "by_actor", method: "armed_assault" },
  "Protests": { category: "other", method: "other" },
  "Riots": { category: "other", method: "other" },
  "Strategic developments": { category: "other", method: "other" },
  // 2016 API export
  "Battle-No change of territory": { category: "clash", method: "armed_assault" },
  "Battle-Government regains territory": { category: "clash", method: "armed_assault" },
  "Battle-Non-state actor overtakes territory": { category: "clash", method: "armed_assault" },
  "Remote violence": { category: "by_actor", method: "other" },
  "Riots/Protests": { category: "other", method: "other" },
  "Strategic development": { category: "other", method: "other" },
  "Non-violent transfer of territory": { category: "other", method: "other" },
  "Headquarters or base established": { category: "other", method: "other" },
} as const satisfies Record<string, { category: CategoryRule; method: Method }>;

/** Sub-event types -> method. */
export const ACLED_SUB_EVENT_METHODS = {
  "Armed clash": "armed_assault",
  "Government regains territory": "armed_assault",
  "Non-state actor overtakes territory": "armed_assault",
  "Chemical weapon": "other",
  "Air/drone strike": "airstrike",
  "Suicide bomb": "suicide_bombing",
  "Shelling/artillery/missile attack": "rocket_artillery",
  "Remote explosive/landmine/IED": "ied",
  "Grenade": "grenade",
  "Sexual violence": "other",
  "Attack": "armed_assault",
  "Abduction/forced disappearance": "kidnapping",
  "Peaceful protest": "other",
  "Protest with intervention": "other",
  "Excessive force against protesters": "other",
  "Violent demonstration": "other",
  "Mob violence": "other",
  "Agreement": "other",
  "Arrests": "arrest",
  "Change to group/activity": "other",
  "Disrupted weapons use": "other",
  "Headquarters or base established": "other",
  "Looting/property destruction": "arson_sabotage",
  "Non-violent transfer of territory": "other",
  "Other": "other",
} as const satisfies Record<string, Method>;

/** inter2 -> target type, when actor2's name does not say more (Police Forces of …, Military Forces of …). */
export const ACLED_INTER_TARGET = {
  0: "other",
  1: "military",
  2: "insurgents",
  3: "militia",
  4: "militia",
  5: "civilian",
  6: "civilian",
  7: "civilian",
  8: "military",
} as const satisfies Record<InterCode, TargetType>;
