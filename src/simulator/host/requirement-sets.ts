/**
 * Requirement sets the fake host claims, from a list such as "1.3,1.8,NestedAppAuth1.1". A bare version names the
 * Mailbox set; Mailbox sets are cumulative, so the highest one listed wins.
 */
export type RequirementSets = Record<string, string>;

export const DEFAULT_SETS = "1.14";

export function parseRequirementSets(list: string | null | undefined): RequirementSets {
  const sets: RequirementSets = {};

  for (const token of (list || DEFAULT_SETS).split(",").map((part) => part.trim())) {
    const match = /^([A-Za-z]*)(\d+(?:\.\d+)?)$/.exec(token);
    if (!match) continue;

    const name = (match[1] || "Mailbox").toLowerCase();
    const version = match[2];
    if (!sets[name] || compareVersions(version, sets[name]) > 0) sets[name] = version;
  }

  return sets;
}

export function supportsSet(sets: RequirementSets, name: string, minVersion?: string | number): boolean {
  const highest = sets[name.toLowerCase()];
  if (!highest) return false;
  return minVersion === undefined || compareVersions(highest, String(minVersion)) >= 0;
}

function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}
