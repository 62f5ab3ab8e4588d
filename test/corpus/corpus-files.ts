// The shared corpus of real GitOps files, split into halves so jest runs them on two workers.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const corpusDir = (): string => {
  const dir = process.env.GITOPS_PROMOTE_CORPUS;
  if (!dir) throw new Error('GITOPS_PROMOTE_CORPUS is not set: run `npm run test:corpus -- DIR` with the corpus directory');
  return dir;
};

function yamlFiles(d: string): string[] {
  return readdirSync(d).flatMap((f) => {
    const p = join(d, f);
    return statSync(p).isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(f) ? [p] : [];
  });
}

/** Relative paths of half `half` (0 or 1) of the corpus, balanced by size. */
export function corpusHalf(half: 0 | 1): { all: number; files: string[] } {
  const dir = corpusDir();
  const files = yamlFiles(dir).map((p) => ({ p: relative(dir, p), size: statSync(p).size })).sort((a, b) => b.size - a.size);
  const halves: [string[], string[]] = [[], []];
  const load = [0, 0];
  for (const f of files) {
    const h = (load[0] as number) <= (load[1] as number) ? 0 : 1;
    halves[h].push(f.p);
    load[h] = (load[h] as number) + f.size;
  }
  return { all: files.length, files: halves[half].sort() };
}
