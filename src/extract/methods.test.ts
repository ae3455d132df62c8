import { test } from "node:test";
import assert from "node:assert/strict";
import { extractMethods } from "./methods.ts";
import type { Method } from "../core/vocabulary.ts";

const table: [string, "attack" | "counterterrorism" | "clash", Method[]][] = [
  ["A militia commander was targeted by machine gun fire near his home town.", "attack", ["shooting"]],
  ["An army outpost was targeted by machine gun fire and RPG rockets.", "attack", ["armed_assault", "rocket_artillery"]],
  ["A police post was attacked with hand grenades and machine guns.", "attack", ["armed_assault", "grenade"]],
  ["An IED was activated against a patrol vehicle.", "attack", ["ied"]],
  ["A suicide bomber drove a car bomb into the column.", "attack", ["suicide_bombing"]],
  ["Militants ambushed a convoy, firing at it and detonating two IEDs.", "attack", ["ied", "ambush", "shooting"]],
  ["Fighters attacked an army base near the lake.", "attack", ["armed_assault"]],
  ["Gunmen raided a militia position.", "attack", ["armed_assault"]],
  ["A truck was attacked on the highway.", "attack", ["other"]],
  ["Insurgents kidnapped four aid workers.", "attack", ["kidnapping"]],
  ["The group beheaded two captives.", "attack", ["execution"]],
  ["Coalition aircraft carried out airstrikes on a hideout.", "counterterrorism", ["airstrike"]],
  ["Police carrying out searches arrested three suspects.", "counterterrorism", ["arrest", "search_operation"]],
  ["Army snipers shot at rebel fighters.", "clash", ["sniper"]],
  ["Jihadists set fire to a high-voltage pylon.", "attack", ["arson_sabotage"]],
  ["Mortar shells fell on a village.", "attack", ["rocket_artillery"]],
  ["A sniper killed a soldier.", "attack", ["sniper"]],
];
for (const [text, category, expected] of table) {
  test(`extractMethods reads "${text}" as ${expected.join("+")}`, () => {
    assert.deepEqual(extractMethods(text, category).sort(), [...expected].sort());
  });
}
