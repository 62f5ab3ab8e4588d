// Freeze windows: cron minutes ("* * * * 5,0": all of Friday and Sunday) or from/to periods, each in its time zone.
import type { FreezeWindow } from '../config/config.js';
import { cronMatches, localTime, parseCron } from './cron.js';
import { sameEnv } from '../config/environments.js';

/** The window that freezes `env` at `now`, if any. `firstEnv` is exempt unless a window names it. */
export function activeFreeze(windows: readonly FreezeWindow[], env: string, firstEnv: string | undefined, now: Date): FreezeWindow | undefined {
  return windows.find((w) => {
    const applies = w.envs ? w.envs.some((e) => sameEnv(e, env)) : env !== firstEnv;
    if (!applies) return false;
    const t = localTime(now, w.timezone);
    if (w.cron) return cronMatches(parseCron(w.cron), t);
    const pad = (n: number): string => String(n).padStart(2, '0');
    const local = `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}`;
    const norm = (s: string): string => (s.length === 10 ? `${s}T00:00` : s.slice(0, 16));
    return local >= norm(w.from as string) && local < norm(w.to as string);
  });
}

export function describeWindow(w: FreezeWindow): string {
  const when = w.cron ? `cron "${w.cron}"` : `${w.from} to ${w.to}`;
  return `${when} (${w.timezone})${w.reason ? `: ${w.reason}` : ''}`;
}
