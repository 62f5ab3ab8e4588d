// Round-trip over the shared corpus of real GitOps files: run by .ci/run through `npm run test:corpus DIR`,
// never by `npm test` (a plain clone has no corpus). Each scalar gets two of the value shapes, rotating, so
// every shape meets every file.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { roundTrip, SHAPES } from '../support/roundtrip.js';
import { corpusDir, corpusHalf } from './corpus-files.js';

export function describeCorpusHalf(half: 0 | 1): void {
  const dir = corpusDir();
  const { all, files } = corpusHalf(half);
  describe(`round-trip over half ${half} of the corpus in ${dir}`, () => {
    it('finds the corpus files', () => {
      expect(all).toBeGreaterThanOrEqual(80);
      expect(files.length).toBeGreaterThan(0);
    });
    it.each(files)('%s', (file) => {
      const pick = (i: number): string[] => [0, 1].map((k) => SHAPES[(i * 2 + k) % SHAPES.length] as string);
      const report = roundTrip(readFileSync(join(dir, file), 'utf8'), file, pick);
      expect(report.failures).toEqual([]);
      expect(report.edits + report.refused).toBeGreaterThan(0);
    });
  });
}
