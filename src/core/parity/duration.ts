// Durations as people write them in config and inputs: 90s, 30m, 24h, 7d, 2w, 1h30m, 500ms.
const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

export function parseDuration(text: string): number {
  const t = text.trim();
  const parts = [...t.matchAll(/([0-9]+(?:\.[0-9]+)?)(ms|s|m|h|d|w)/g)];
  if (!parts.length || parts.map((p) => p[0]).join('') !== t) {
    throw new Error(`duration ${JSON.stringify(text)} is not valid; expected a number and unit such as 90s, 30m, 24h, 7d or 1h30m`);
  }
  return parts.reduce((ms, p) => ms + Number(p[1]) * (UNITS[p[2] as string] as number), 0);
}
