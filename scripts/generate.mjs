// Generated from the verbs' definitions (src/core/verbs, compiled to .build/ by scripts/build.mjs): every
// actions/<name>/action.yml, the root action.yml (promote), and the reference tables between
// `<!-- generated:… -->` and `<!-- /generated -->` in README.md and docs/*.md. CI rebuilds and fails when they
// differ from what is committed.
// Usage: node scripts/generate.mjs (after tsc); scripts/build.mjs runs it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const load = (path) => import(pathToFileURL(join(root, '.build', path)).href);

/** Writes `text` to `path` when it differs; returns whether it did. */
function put(path, text) {
  let old;
  try {
    old = readFileSync(path, 'utf8');
  } catch {
    old = undefined;
  }
  if (old === text) return false;
  writeFileSync(path, text);
  return true;
}

export async function generate() {
  const { ACTIONS } = await load('core/verbs/index.js');
  const { renderActionYml } = await load('core/verbs/render-action.js');
  const { fillGenerated } = await load('core/verbs/render-docs.js');
  const written = [];
  for (const a of ACTIONS) {
    const file = join('actions', a.dir, 'action.yml');
    if (put(join(root, file), renderActionYml(a, `../../dist/${a.dir}/index.js`))) written.push(file);
  }
  const promote = ACTIONS.find((a) => a.dir === 'promote');
  if (put(join(root, 'action.yml'), renderActionYml(promote, 'dist/promote/index.js'))) written.push('action.yml');
  const docs = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => join('docs', f));
  for (const file of ['README.md', ...docs]) {
    const text = readFileSync(join(root, file), 'utf8');
    if (put(join(root, file), fillGenerated(text, file))) written.push(file);
  }
  console.log(written.length ? `generated ${written.join(', ')}` : 'generated files are up to date');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await generate();
