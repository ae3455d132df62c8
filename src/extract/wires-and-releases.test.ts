import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "./extract.ts";
import { findDates } from "./dates.ts";
import { extractCasualties } from "./casualties.ts";

// A militia media centre's dated releases in its own voice, and a news agency's wire roundup with
// datelines: styles of heldout25.

test("a dashed numeric date reads day first, as dots do", () => {
  const ctx = { period: null, reference: "2022-03-31" };
  assert.deepEqual(findDates("[03-04-2022] Post attacked", ctx).map((d) => d.date), ["2022-04-03"]);
  assert.deepEqual(findDates("on 17-03-2022 at dawn", ctx).map((d) => d.date), ["2022-03-17"]);
  // A score or a span of years is no date.
  assert.deepEqual(findDates("won 2-1 in 2022, and 2015-2016", ctx), []);
});

const releases = [
  "YPG MEDIA CENTRE",
  "News releases, March 2022",
  "",
  "[03-03-2022] Fighter wounded in an attack near Tal Tamr",
  "",
  "Yesterday evening, ISIS mercenaries opened fire on a post of our forces at the edge of Tal Tamr, wounding one of our fighters.",
  "",
  "[06-03-2022] Two cell members arrested in Shaddadi",
  "",
  "In coordination with the International Coalition, our units arrested two ISIS mercenaries in the town of Shaddadi at dawn today.",
  "",
  "In a separate development, ISIS claimed through its Amaq agency the attack on the post near Tal Tamr, saying its men had hit a gathering of the militia.",
  "",
].join("\n");

test("a release headed by its date in brackets dates its 'yesterday' and 'today', and is the titled body's", () => {
  const out = extractDocument(releases, { document: "t" }).incidents;
  assert.equal(out.length, 2, JSON.stringify(out.map((i) => i.quote.slice(0, 50))));
  const [post, arrests] = out;
  assert.equal(post!.event_date, "2022-03-02");
  assert.equal(arrests!.event_date, "2022-03-06");
  // The headline retells its release: no incident of its own.
  assert.ok(!out.some((i) => i.quote.startsWith("[")));
  // The claim's outlet joins the body whose release told it.
  assert.deepEqual(post!.sources.map((s) => s.name), ["YPG Media Centre", "Amaq"]);
  // "our forces" in the YPG's release are the YPG's own, a militia.
  assert.equal(post!.target_type, "militia");
});

test("a later claim goes to the incident whose place it names, not to the release it is printed in", () => {
  const [post, arrests] = extractDocument(releases, { document: "t" }).incidents;
  assert.equal(post!.claim, "claimed");
  assert.equal(arrests!.category, "counterterrorism");
  assert.equal(arrests!.killed.low, 0);
});

const wire = (text: string) => extractDocument(`Great Lakes roundup, March 2022\n\n${text}\n`, { document: "t" }).incidents;

test("a wire's dateline is the report's day: the night range and the weekday of the act date the event", () => {
  const [night] = wire("BUTEMBO, March 10 (GLW) - Rebels killed five people during a raid on the village of Kalunguta on the night of March 7 to 8, local officials said.");
  assert.equal(night!.event_date, "2022-03-07");
  const [act] = wire("BUTEMBO, March 12 (GLW) - The group said on Saturday that its fighters had ambushed an army patrol near Kalunguta on Thursday, claiming to have killed three soldiers.");
  assert.equal(act!.event_date, "2022-03-10");
  const [next] = wire("KAMPALA, March 18 (GLW) - Police said on Friday they had arrested three men suspected of plotting bomb attacks. The men were detained on Wednesday in the city's Kawempe division, a spokesman said.");
  assert.equal(next!.event_date, "2022-03-16");
});

test("two figures for one toll bound it even when the first is a governing group's spokesman's", () => {
  const c = extractCasualties("The Taliban's spokesman said that two guards had died; nurses at the regional hospital in the city later reported nine dead.");
  assert.deepEqual([c.killed.low, c.killed.high], [2, 9]);
});

test("a wire's updates raise the toll and give those still in hospital as the wounded", () => {
  const out = wire(
    [
      "GOMA, March 4 (GLW) - Rebels attacked a boarding school in Rutshuru late on Friday, setting fire to a dormitory. At least 18 people were killed and nine were admitted to hospital, police said.",
      "",
      "UPDATE, GOMA, March 5 (GLW) - The Red Cross said on Saturday that the death toll had risen to 26.",
      "",
      "UPDATE 2, GOMA, March 7 (GLW) - A pupil who had been treated for burns died on Sunday, bringing the toll of the Rutshuru attack to 27, a health official said. Six others remain in hospital. Neither the rebels nor any other group had claimed the attack by Monday.",
    ].join("\n"),
  );
  assert.equal(out.length, 1, JSON.stringify(out.map((i) => i.quote.slice(0, 40))));
  assert.deepEqual([out[0]!.killed.low, out[0]!.wounded.low], [27, 6]);
  assert.notEqual(out[0]!.claim, "claimed");
});

test("a group's claim of a raid by its place name is its account, bounding the local toll", () => {
  const c = extractCasualties("Rebels raided the village of Mavivi, killing seven civilians, local officials said. The Islamic State claimed the Mavivi raid through its Amaq news agency, saying its fighters had killed 11 Christians.");
  assert.deepEqual([c.killed.low, c.killed.high], [7, 11]);
});
