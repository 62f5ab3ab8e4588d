import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { encodeScalar, nonStringType, plainProblem, tokenFor } from '../../src/core/scalar-style.js';

// Values some reader (YAML 1.1, YAML 1.2 core, go-yaml v2/v3) reads as something other than a string.
const HAZARDS: [string, string][] = [
  ['1.10', 'a float'], ['2.0', 'a float'], ['0e123', 'a float'], ['0e5', 'a float'], ['1e3', 'a float'], ['.5', 'a float'],
  ['1.', 'a float'], ['-1.5e-3', 'a float'], ['.inf', 'a float'], ['-.Inf', 'a float'], ['.NaN', 'a float'],
  ['0755', 'an integer'], ['0x1F', 'an integer'], ['0o17', 'an integer'], ['0b101', 'an integer'], ['42', 'an integer'],
  ['+7', 'an integer'], ['1_000', 'an integer'], ['08', 'an integer'], ['09', 'an integer'],
  ['12:30', 'a base-60 number'], ['190:20:30.15', 'a base-60 number'],
  ['yes', 'a boolean'], ['No', 'a boolean'], ['ON', 'a boolean'], ['off', 'a boolean'], ['y', 'a boolean'], ['N', 'a boolean'],
  ['true', 'a boolean'], ['False', 'a boolean'],
  ['null', 'null'], ['~', 'null'], ['NULL', 'null'],
  ['2024-01-01', 'a timestamp'], ['2024-1-2', 'a timestamp'], ['2001-12-14t21:59:43.10-05:00', 'a timestamp'],
  ['<<', 'a merge key'], ['=', 'a merge key'],
  ['1_0.5', 'a float'],
];
const SAFE = ['v1.2.3', '1.2.3', '17.5.0', '2025-06-01-v2', 'latest', 'sha256:abc', 'v1.10', '1.2.3-rc.1', '0.0.2', 'a:b',
  'main', 'HEAD', 'yes-please', 'nullable', 'v0e5', '1.10.0', 'x_1', '10.0.0.1', 'abc#def', 'image:tag', '2024-01-01x', '.5x', '0x1G'];

describe('nonStringType', () => {
  it.each(HAZARDS)('%s reads as %s', (value, type) => {
    expect(nonStringType(value)).toBe(type);
  });
  it.each(SAFE)('%s reads as a string', (value) => {
    expect(nonStringType(value)).toBeUndefined();
  });
  it('agrees with the yaml package YAML 1.1 and 1.2 readers on every hazard it names', () => {
    for (const [value] of HAZARDS) {
      const v11 = parse(`k: ${value}`, { version: '1.1' }).k;
      const v12 = parse(`k: ${value}`, { version: '1.2' }).k;
      // The yaml package must see a non-string, except for forms only go-yaml or the 1.1 type repository reads.
      const goYamlOnly = ['1_000', '08', '09', '1_0.5', '0o17', '2024-1-2', '=', '<<'].includes(value);
      if (!goYamlOnly) expect(typeof v11 !== 'string' || typeof v12 !== 'string').toBe(true);
    }
    for (const value of SAFE) {
      expect(typeof parse(`k: ${value}`, { version: '1.1' }).k).toBe('string');
      expect(typeof parse(`k: ${value}`, { version: '1.2' }).k).toBe('string');
    }
  });
});

describe('plainProblem', () => {
  it.each([
    ['', 'is empty'], ['@sha256:abc', 'indicator "@"'], ['*x', 'indicator "*"'], ['&x', 'indicator "&"'], ['!x', 'indicator "!"'],
    ['#x', 'indicator "#"'], ['%x', 'indicator "%"'], ['`x', 'indicator "`"'], ["'x", 'indicator'], ['"x', 'indicator'],
    ['|x', 'indicator "|"'], ['>x', 'indicator ">"'], ['[x', 'indicator "["'], ['{x', 'indicator "{"'], [',x', 'indicator ","'],
    ['-', 'indicator "-"'], ['?', 'indicator "?"'], [':', 'indicator ":"'], ['a:', 'ends with ":"'],
  ])('%j: %s', (value, why) => {
    expect(plainProblem(value, false)).toContain(why);
  });
  it('allows -x, ?x and :x in block context, where the indicator is not followed by a space', () => {
    expect(plainProblem('-x', false)).toBeUndefined();
    expect(plainProblem('?x', false)).toBeUndefined();
    expect(plainProblem(':x', false)).toBeUndefined();
  });
  it('is stricter inside flow collections', () => {
    expect(plainProblem('a,b', false)).toBeUndefined();
    expect(plainProblem('a,b', true)).toContain('flow indicator');
    expect(plainProblem('a]', true)).toContain('flow indicator');
    expect(plainProblem('-,', true)).toContain('indicator');
  });
});

describe('encodeScalar and tokenFor', () => {
  it('escapes double and single quotes in their own styles', () => {
    expect(encodeScalar('a"b\\c', 'double')).toBe('"a\\"b\\\\c"');
    expect(encodeScalar("it's", 'single')).toBe("'it''s'");
    expect(encodeScalar('\u0007', 'double')).toBe('"\\x07"');
  });
  it('keeps the old quote style, and plain while plain is safe', () => {
    expect(tokenFor('v2', 'single', false)).toBe("'v2'");
    expect(tokenFor('v2', 'double', false)).toBe('"v2"');
    expect(tokenFor('v2', 'plain', false)).toBe('v2');
    expect(tokenFor('1.10', 'plain', false)).toBe('"1.10"');
    expect(tokenFor('1.10', 'single', false)).toBe("'1.10'");
  });
  it('every token it writes reads back as the exact string under YAML 1.1 and 1.2', () => {
    for (const value of [...HAZARDS.map(([v]) => v), ...SAFE, "it's", 'a"b', '@sha256:0', 'a,b', '#x']) {
      for (const style of ['plain', 'single', 'double'] as const) {
        for (const inFlow of [false, true]) {
          const token = tokenFor(value, style, inFlow);
          const doc = inFlow ? `k: [${token}]` : `k: ${token}`;
          for (const version of ['1.1', '1.2'] as const) {
            const got = parse(doc, { version }).k;
            expect(inFlow ? got[0] : got).toBe(value);
          }
        }
      }
    }
  });
});
