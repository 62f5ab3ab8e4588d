import { describe, expect, it } from '@jest/globals';
import { formatDuration, parseDuration } from '../../src/core/durations.js';

describe('durations', () => {
  it('parses the units and their combinations', () => {
    expect(parseDuration('500ms')).toBe(500);
    expect(parseDuration('5s')).toBe(5000);
    expect(parseDuration('10m')).toBe(600_000);
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('1m30s500ms')).toBe(90_500);
    expect(parseDuration('1.5s')).toBe(1500);
    expect(parseDuration('0')).toBe(0);
    expect(parseDuration(' 2h ')).toBe(7_200_000);
  });

  it('refuses what is not a duration, saying what was expected', () => {
    expect(parseDuration('30')).toEqual({ error: expect.stringMatching(/^"30" is not a duration \(at "30"\); expected a duration such as 500ms/) });
    expect(parseDuration('5 s')).toEqual({ error: expect.stringContaining('is not a duration') });
    expect(parseDuration('1y')).toEqual({ error: expect.stringContaining('is not a duration') });
    expect(parseDuration('')).toEqual({ error: expect.stringContaining('is empty') });
    expect(parseDuration('-5s')).toEqual({ error: expect.stringContaining('is not a duration') });
    expect(parseDuration('200h')).toEqual({ error: expect.stringContaining('longer than a week') });
  });

  it('formats short and long durations', () => {
    expect(formatDuration(500)).toBe('500ms');
    expect(formatDuration(1500)).toBe('1.5s');
    expect(formatDuration(10_000)).toBe('10s');
    expect(formatDuration(90_000)).toBe('1m30s');
    expect(formatDuration(240_000)).toBe('4m');
    expect(formatDuration(3_720_000)).toBe('1h2m');
    expect(formatDuration(-5)).toBe('0ms');
  });
});
