// Generated wire bulletins for the crash test: document i covers month i+1 of 2021, so no two
// documents report the same incident and each holds a few hundred incidents.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const PLACES = [
  ["MOSUL", "Iraq", "an army patrol", "soldiers"],
  ["KIRKUK", "Iraq", "a police checkpoint", "policemen"],
  ["RAQQA", "Syria", "a militia post", "fighters"],
  ["MAIDUGURI", "Nigeria", "a military convoy", "soldiers"],
] as const;

export function crashDocument(i: number): { name: string; text: string } {
  const month = MONTHS[i % 12]!;
  const parts = [`CRASH TEST WIRE, ${month.toUpperCase()} 2021`, ""];
  for (let day = 1; day <= 28; day++) {
    for (let p = 0; p < PLACES.length * 2; p++) {
      const [city, country, target, victims] = PLACES[p % PLACES.length]!;
      const killed = ((day + p) % 5) + 1;
      parts.push(`${city}, ${country}, ${month} ${day}, 2021 (Wire) - Militants attacked ${target} in district ${p + 1} of ${city.toLowerCase()}, killing ${killed} ${victims}, a security source said.`, "");
    }
  }
  return { name: `crash-${String(i).padStart(2, "0")}.txt`, text: parts.join("\n") };
}
