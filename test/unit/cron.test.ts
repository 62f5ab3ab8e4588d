import { describe, expect, it } from '@jest/globals';
import { cronMatches, isValidTimeZone, localTime, parseCron, type LocalTime } from '../../src/core/policy/cron.js';
import { activeFreeze, describeWindow } from '../../src/core/policy/freeze.js';
import type { FreezeWindow } from '../../src/core/config/config.js';

const sorted = (s: Set<number>): number[] => [...s].sort((a, b) => a - b);
const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/** A local time; weekday 0 = Sunday. */
const at = (year: number, month: number, day: number, hour: number, minute: number, weekday: number): LocalTime => ({ year, month, day, hour, minute, weekday });

describe('parseCron', () => {
  it('expands stars to the whole field range', () => {
    const c = parseCron('* * * * *');
    expect([sorted(c.minute), sorted(c.hour), sorted(c.dom), sorted(c.month), sorted(c.dow)]).toEqual([range(0, 59), range(0, 23), range(1, 31), range(1, 12), range(0, 6)]);
    expect([c.domAny, c.dowAny]).toEqual([true, true]);
  });

  it('reads lists, ranges and steps, and a start with a step runs to the field end', () => {
    const c = parseCron('0,30 9-17/2 1-10/3 */4 5/1');
    expect(sorted(c.minute)).toEqual([0, 30]);
    expect(sorted(c.hour)).toEqual([9, 11, 13, 15, 17]);
    expect(sorted(c.dom)).toEqual([1, 4, 7, 10]);
    expect(sorted(c.month)).toEqual([1, 5, 9]);
    expect(sorted(c.dow)).toEqual([0, 5, 6]);
  });

  it('reads month and weekday names in any case', () => {
    const c = parseCron('0 0 * JAN,jun-Aug mon-FRI');
    expect(sorted(c.month)).toEqual([1, 6, 7, 8]);
    expect(sorted(c.dow)).toEqual([1, 2, 3, 4, 5]);
  });

  it('treats 7 as Sunday, alone and at the end of a range', () => {
    expect(sorted(parseCron('* * * * 7').dow)).toEqual([0]);
    expect(sorted(parseCron('* * * * 5-7').dow)).toEqual([0, 5, 6]);
  });

  it('marks which day fields are restricted', () => {
    const c = parseCron('0 0 13 * 5');
    expect([c.domAny, c.dowAny]).toEqual([false, false]);
    expect([parseCron('0 0 13 * *').domAny, parseCron('0 0 13 * *').dowAny]).toEqual([false, true]);
  });

  it('accepts surrounding and repeated whitespace', () => {
    expect(sorted(parseCron('  15   3 * * 1 ').minute)).toEqual([15]);
  });

  it.each([
    ['* * * *', 'cron "* * * *" has 4 fields; expected 5 (minute hour day-of-month month day-of-week)'],
    ['* * * * * *', 'cron "* * * * * *" has 6 fields; expected 5 (minute hour day-of-month month day-of-week)'],
    ['60 * * * *', 'cron "60 * * * *": minute "60" is not a number from 0 to 59'],
    ['* * 0 * *', 'cron "* * 0 * *": dom "0" is not a number from 1 to 31'],
    ['* * * 13 *', 'cron "* * * 13 *": month "13" is not a number from 1 to 12'],
    ['* * * * 8', 'cron "* * * * 8": dow "8" is not a number from 0 to 7'],
    ['* * * * funday', 'cron "* * * * funday": dow "funday" is not a number from 0 to 7'],
    ['* * * jan-foo *', 'cron "* * * jan-foo *": month "foo" is not a number from 1 to 12'],
    ['* 5-1 * * *', 'cron "* 5-1 * * *": hour range 5-1 runs backwards'],
    ['*/x * * * *', 'cron "*/x * * * *": minute step "x" must be a positive whole number'],
    ['* * * * 1,', 'cron "* * * * 1,": dow "" is not a number from 0 to 7'],
  ])('refuses %j', (expr, message) => {
    expect(() => parseCron(expr)).toThrow(message);
  });
});

describe('cronMatches', () => {
  // 2026-11-27 is a Friday; 2026-11-13 is a Friday the 13th.
  it('matches every minute of a weekday with "* * * * 5"', () => {
    const fri = parseCron('* * * * 5');
    expect(cronMatches(fri, at(2026, 11, 27, 0, 0, 5))).toBe(true);
    expect(cronMatches(fri, at(2026, 11, 27, 23, 59, 5))).toBe(true);
    expect(cronMatches(fri, at(2026, 11, 28, 0, 0, 6))).toBe(false);
  });

  it('needs minute, hour and month to match', () => {
    const c = parseCron('30 18 * 12 *');
    expect(cronMatches(c, at(2026, 12, 1, 18, 30, 2))).toBe(true);
    expect(cronMatches(c, at(2026, 12, 1, 18, 31, 2))).toBe(false);
    expect(cronMatches(c, at(2026, 12, 1, 17, 30, 2))).toBe(false);
    expect(cronMatches(c, at(2026, 11, 1, 18, 30, 0))).toBe(false);
  });

  it('matches a day when either restricted day field does (the dom/dow OR rule)', () => {
    const c = parseCron('* * 13 * 5');
    expect(cronMatches(c, at(2026, 11, 13, 12, 0, 5))).toBe(true); // Friday the 13th
    expect(cronMatches(c, at(2026, 11, 27, 12, 0, 5))).toBe(true); // any Friday
    expect(cronMatches(c, at(2026, 10, 13, 12, 0, 2))).toBe(true); // any 13th
    expect(cronMatches(c, at(2026, 11, 26, 12, 0, 4))).toBe(false);
  });

  it('uses only the restricted day field when the other is *', () => {
    expect(cronMatches(parseCron('* * 13 * *'), at(2026, 11, 27, 12, 0, 5))).toBe(false);
    expect(cronMatches(parseCron('* * * * 5'), at(2026, 10, 13, 12, 0, 2))).toBe(false);
  });

  it('matches Sunday given as 7 or sun', () => {
    const sunday = at(2026, 11, 29, 12, 0, 0);
    expect(cronMatches(parseCron('* * * * 7'), sunday)).toBe(true);
    expect(cronMatches(parseCron('* * * * sun'), sunday)).toBe(true);
    expect(cronMatches(parseCron('* * * * 1-6'), sunday)).toBe(false);
  });
});

describe('localTime', () => {
  it('gives the wall clock of an instant in a time zone', () => {
    const t = new Date('2026-11-27T10:00:00Z');
    expect(localTime(t, 'UTC')).toEqual(at(2026, 11, 27, 10, 0, 5));
    expect(localTime(t, 'Europe/Berlin')).toEqual(at(2026, 11, 27, 11, 0, 5));
    expect(localTime(t, 'America/New_York')).toEqual(at(2026, 11, 27, 5, 0, 5));
  });

  it('is already Monday in Tokyo on Sunday night UTC', () => {
    expect(localTime(new Date('2026-11-29T23:30:00Z'), 'Asia/Tokyo')).toEqual(at(2026, 11, 30, 8, 30, 1));
  });

  it('uses hour 0, not 24, at midnight and follows daylight saving time', () => {
    expect(localTime(new Date('2026-11-27T23:00:00Z'), 'Europe/Berlin')).toEqual(at(2026, 11, 28, 0, 0, 6));
    expect(localTime(new Date('2026-03-29T00:30:00Z'), 'Europe/Berlin').hour).toBe(1);
    expect(localTime(new Date('2026-03-29T01:30:00Z'), 'Europe/Berlin').hour).toBe(3);
  });

  it('throws a RangeError for an unknown zone, which isValidTimeZone reports', () => {
    expect(() => localTime(new Date(0), 'Mars/Olympus')).toThrow(RangeError);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
  });
});

describe('activeFreeze', () => {
  const friday = new Date('2026-11-27T10:00:00Z');
  const fridays: FreezeWindow = { cron: '* * * * 5', timezone: 'Europe/Berlin', reason: 'no Friday deploys' };

  it('freezes every env but the first by default', () => {
    expect(activeFreeze([fridays], 'prod', 'dev', friday)).toBe(fridays);
    expect(activeFreeze([fridays], 'staging', 'dev', friday)).toBe(fridays);
    expect(activeFreeze([fridays], 'dev', 'dev', friday)).toBeUndefined();
  });

  it('freezes only the envs a window names, the first one too', () => {
    const w: FreezeWindow = { ...fridays, envs: ['dev', 'prod'] };
    expect(activeFreeze([w], 'dev', 'dev', friday)).toBe(w);
    expect(activeFreeze([w], 'staging', 'dev', friday)).toBeUndefined();
  });

  it('evaluates the cron in the window time zone', () => {
    // Friday 23:30 UTC is already Saturday 00:30 in Berlin.
    const lateFriday = new Date('2026-11-27T23:30:00Z');
    expect(activeFreeze([fridays], 'prod', 'dev', lateFriday)).toBeUndefined();
    expect(activeFreeze([{ ...fridays, timezone: 'UTC' }], 'prod', 'dev', lateFriday)).toEqual({ ...fridays, timezone: 'UTC' });
    // Sunday 23:30 UTC is Monday morning in Tokyo.
    const mondays: FreezeWindow = { cron: '* * * * 1', timezone: 'Asia/Tokyo' };
    expect(activeFreeze([mondays], 'prod', 'dev', new Date('2026-11-29T23:30:00Z'))).toBe(mondays);
    expect(activeFreeze([{ ...mondays, timezone: 'UTC' }], 'prod', 'dev', new Date('2026-11-29T23:30:00Z'))).toBeUndefined();
  });

  it('freezes a from/to period in local time, from inclusive and to exclusive', () => {
    const holidays: FreezeWindow = { from: '2026-12-20', to: '2027-01-02T09:00', timezone: 'Europe/Berlin' };
    expect(activeFreeze([holidays], 'prod', 'dev', new Date('2026-12-19T22:59:00Z'))).toBeUndefined(); // 23:59 on the 19th
    expect(activeFreeze([holidays], 'prod', 'dev', new Date('2026-12-19T23:00:00Z'))).toBe(holidays); // midnight on the 20th
    expect(activeFreeze([holidays], 'prod', 'dev', new Date('2027-01-02T07:59:00Z'))).toBe(holidays); // 08:59
    expect(activeFreeze([holidays], 'prod', 'dev', new Date('2027-01-02T08:00:00Z'))).toBeUndefined(); // 09:00
  });

  it('returns the first window that applies, and none when no window matches', () => {
    const a: FreezeWindow = { cron: '* * * * 1', timezone: 'UTC' };
    const b: FreezeWindow = { cron: '* 10 * * *', timezone: 'UTC', reason: 'b' };
    const c: FreezeWindow = { cron: '* * * * *', timezone: 'UTC', reason: 'c' };
    expect(activeFreeze([a, b, c], 'prod', 'dev', friday)).toBe(b);
    expect(activeFreeze([a], 'prod', 'dev', friday)).toBeUndefined();
    expect(activeFreeze([], 'prod', 'dev', friday)).toBeUndefined();
  });

  it('applies to every env when there is no first env', () => {
    expect(activeFreeze([fridays], 'dev', undefined, friday)).toBe(fridays);
  });

  it('describes a window for messages', () => {
    expect(describeWindow(fridays)).toBe('cron "* * * * 5" (Europe/Berlin): no Friday deploys');
    expect(describeWindow({ from: '2026-12-20', to: '2027-01-02', timezone: 'UTC' })).toBe('2026-12-20 to 2027-01-02 (UTC)');
  });
});
