// Durations as people write them in configs and flags: `500ms`, `5s`, `10m`, `1h30m`, `2h`, `7d`, `2w`, `0`.
// Always a unit (a bare number other than 0 is refused: is `30` seconds or minutes?). Health checks wait at most
// a week (the default cap); policy durations (soak times, how long an env may lag) may be longer.

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/y;
const WEEK = 7 * 24 * 3_600_000;

/** Milliseconds, or an error message saying what was expected. */
export function parseDuration(text: string, max = WEEK): number | { error: string } {
  const s = text.trim();
  const expected = 'expected a duration such as 500ms, 5s, 10m, 1h30m or 7d';
  if (s === '0') return 0;
  if (s === '') return { error: `is empty; ${expected}` };
  let ms = 0;
  let at = 0;
  PART.lastIndex = 0;
  while (at < s.length) {
    PART.lastIndex = at;
    const m = PART.exec(s);
    if (!m) {
      return { error: `${JSON.stringify(text)} is not a duration (at ${JSON.stringify(s.slice(at))}); ${expected}` };
    }
    ms += Number(m[1]) * (UNITS[m[2] as string] as number);
    at = PART.lastIndex;
  }
  if (!Number.isFinite(ms) || ms > max) {
    return {
      error: `${JSON.stringify(text)} is longer than `
        + `${max === WEEK ? 'a week' : `${Math.round(max / 86_400_000)} days`}; ${expected}`,
    };
  }
  return Math.round(ms);
}

/** A short human form: 500ms, 5s, 1m30s, 4m, 1h2m. Rounds to whole seconds from 10 s up. */
export function formatDuration(ms: number): string {
  if (ms < 0) ms = 0;
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 10_000) return `${Number((ms / 1000).toFixed(1))}s`;
  let s = Math.round(ms / 1000);
  // From an hour up, seconds are noise: round to minutes.
  if (s >= 3600) s = Math.round(s / 60) * 60;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  if (h >= 48) return `${Math.floor(h / 24)}d${h % 24 ? `${h % 24}h` : ''}`;
  return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s || (!h && !m) ? `${s}s` : ''}`;
}

/** For policy settings, where a bad value is the caller's to report: throws an Error with the message. */
export function policyDuration(text: string): number {
  const d = parseDuration(text, Number.MAX_SAFE_INTEGER);
  if (typeof d !== 'number') throw new Error(`duration ${d.error}`);
  return d;
}
