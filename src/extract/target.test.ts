import { test } from "node:test";
import assert from "node:assert/strict";
import { classifyTarget, extractTarget } from "./target.ts";

const table: [string, string, string][] = [
  ["On March 4, 2022, a Popular Mobilization fighter was targeted by machine gun fire near Tuz.", "Popular Mobilization fighter", "militia"],
  ["On March 4, 2022, an IED was activated against an Iraqi army vehicle on the highway.", "Iraqi army vehicle", "military"],
  ["On March 4, 2022, an IED was activated against the car of a judge in the SDF courts.", "car of a judge in the SDF courts", "government"],
  ["On March 4, 2022, militants attacked a police station in Bama.", "police station", "police"],
  ["On March 4, 2022, gunmen fired at a tanker carrying fuel for the regime, south of the town.", "tanker carrying fuel for the regime", "infrastructure"],
  ["On March 4, 2022, an officer of the National Directorate of Security was shot dead in Kabul.", "officer of the National Directorate of Security", "intelligence"],
  ["On March 4, 2022, fighters raided a Taliban checkpoint in the district.", "Taliban checkpoint", "insurgents"],
  ["On March 4, 2022, gunmen attacked worshippers leaving a mosque.", "worshippers leaving a mosque", "civilian"],
];
for (const [text, target, type] of table) {
  test(`extractTarget and classifyTarget read "${text.slice(17, 80)}"`, () => {
    const t = extractTarget(text);
    assert.equal(t, target);
    assert.equal(classifyTarget(t, text, "attack"), type);
  });
}

test("counterterrorism targets are insurgents", () => {
  assert.equal(classifyTarget("three suspects", "Police arrested three suspects.", "counterterrorism"), "insurgents");
});
