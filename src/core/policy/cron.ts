// Five-field cron (minute hour day-of-month month day-of-week) evaluated in an IANA time zone, for freeze
// windows such as "* * * * 5,0" (all of Friday and Sunday). Standard semantics: when both day fields are
// restricted, a day matches if either does.

export interface Cron {
  minute: Set<number>; hour: Set<number>; dom: Set<number>; month: Set<number>; dow: Set<number>;
  domAny: boolean; dowAny: boolean;
}

const NAMES: Record<string, Record<string, number>> = {
  month: { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 },
  dow: { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 },
};
const FIELDS = [['minute', 0, 59], ['hour', 0, 23], ['dom', 1, 31], ['month', 1, 12], ['dow', 0, 7]] as const;

/** Throws an Error whose message says which field is wrong and what was expected. */
export function parseCron(expr: string): Cron {
  const parts = expr.trim().split(/\s+/);
  if (parts.length !== 5) {
    throw new Error(`cron ${JSON.stringify(expr)} has ${parts.length} fields; `
      + 'expected 5 (minute hour day-of-month month day-of-week)');
  }
  const sets: Set<number>[] = [];
  FIELDS.forEach(([field, lo, hi], i) => {
    const text = (parts[i] as string).toLowerCase();
    const set = new Set<number>();
    const num = (s: string): number => {
      const v = NAMES[field]?.[s] ?? (/^[0-9]+$/.test(s) ? Number(s) : NaN);
      if (!(v >= lo && v <= hi)) {
        throw new Error(`cron ${JSON.stringify(expr)}: ${field} ${JSON.stringify(s)} `
          + `is not a number from ${lo} to ${hi}`);
      }
      return v;
    };
    for (const item of text.split(',')) {
      const [range, stepText] = item.split('/');
      const step = stepText === undefined ? 1 : Number(stepText);
      if (!Number.isInteger(step) || step < 1) {
        throw new Error(`cron ${JSON.stringify(expr)}: ${field} step ${JSON.stringify(stepText)} `
          + 'must be a positive whole number');
      }
      let a: number;
      let b: number;
      if (range === '*') [a, b] = [lo, hi];
      else if (range?.includes('-')) {
        const [x, y] = range.split('-');
        [a, b] = [num(x ?? ''), num(y ?? '')];
        if (a > b) throw new Error(`cron ${JSON.stringify(expr)}: ${field} range ${range} runs backwards`);
      } else {
        a = num(range ?? '');
        b = stepText === undefined ? a : hi;
      }
      for (let v = a; v <= b; v += step) set.add(field === 'dow' && v === 7 ? 0 : v);
    }
    sets.push(set);
  });
  const [minute, hour, dom, month, dow] = sets as [Set<number>, Set<number>, Set<number>, Set<number>, Set<number>];
  return { minute, hour, dom, month, dow, domAny: parts[2] === '*', dowAny: parts[4] === '*' };
}

export interface LocalTime {
  year: number; month: number; day: number; hour: number; minute: number; weekday: number;
}

/** Wall-clock fields of `at` in `timeZone`; throws RangeError for an unknown zone. */
export function localTime(at: Date, timeZone: string): LocalTime {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23',
    year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', weekday: 'short',
  }).formatToParts(at);
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '';
  return {
    year: Number(get('year')), month: Number(get('month')), day: Number(get('day')),
    hour: Number(get('hour')), minute: Number(get('minute')),
    weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday')),
  };
}

export function cronMatches(c: Cron, t: LocalTime): boolean {
  if (!c.minute.has(t.minute) || !c.hour.has(t.hour) || !c.month.has(t.month)) return false;
  const dom = c.dom.has(t.day);
  const dow = c.dow.has(t.weekday);
  if (c.domAny && c.dowAny) return true;
  if (c.domAny) return dow;
  if (c.dowAny) return dom;
  return dom || dow;
}

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
