import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { roundTrip, SHAPES } from '../support/roundtrip.js';

const dir = join(fileURLToPath(new URL('.', import.meta.url)), '../fixtures/roundtrip');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();

describe('round-trip: every scalar of every fixture, every value shape', () => {
  it('has fixtures to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });
  it.each(files)('%s', (file) => {
    const report = roundTrip(readFileSync(join(dir, file), 'utf8'), file);
    expect(report.failures).toEqual([]);
    expect(report.edits).toBeGreaterThanOrEqual(SHAPES.length * 5);
  });
});
