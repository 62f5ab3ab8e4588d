// npm run build: type-check and compile, then bundle the CLI and every action found under src/actions/* with ncc.
// Each action is src/actions/<name>/main.ts (exports run(), for @github/local-action) and index.ts (calls it: the
// bundle's entry, dist/<name>/index.js, which action.yml runs); nothing here lists them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ncc from '@vercel/ncc';
import { generate } from './generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);

// tsc first: it type-checks src and emits ESM JavaScript, so ncc resolves the ESM-only @actions/* packages
// through their "import" exports (ncc's own TypeScript loader emits CommonJS and cannot).
const out = join(root, '.build');
rmSync(out, { recursive: true, force: true });
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });

// action.yml files and the docs' reference tables, from the verbs' definitions tsc just compiled.
await generate();

const actionsDir = join(root, 'src/actions');
const entries = [{ name: 'cli', entry: join(out, 'cli/index.js'), shebang: true }];
if (existsSync(actionsDir)) {
  for (const name of readdirSync(actionsDir).sort()) {
    if (!existsSync(join(actionsDir, name, 'index.ts'))) continue;
    entries.push({ name, entry: join(out, 'actions', name, 'index.js'), shebang: false });
  }
}

const wanted = only.filter((a) => !a.startsWith('--'));

// `gitops-promote --version`: package.json's version in place of src/cli/version.ts's placeholder, exactly once
// in the bundle (the entry or the chunk that holds it: the entry loads most of the CLI lazily).
function withVersion(name, files) {
  if (name !== 'cli') return files;
  const placeholder = "'0.0.0-source'";
  const holding = files.filter((f) => typeof f.code === 'string' && f.code.includes(placeholder));
  const count = holding.reduce((n, f) => n + f.code.split(placeholder).length - 1, 0);
  if (count !== 1) throw new Error(`dist/cli: expected the version placeholder ${placeholder} once, found ${count}`);
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (!/^[\w.+-]+$/.test(version)) throw new Error(`package.json: version ${JSON.stringify(version)} is not a version`);
  return files.map((f) => (holding.includes(f) ? { ...f, code: f.code.split(placeholder).join(`'${version}'`) } : f));
}
// Remove bundles whose source is gone, so dist never ships an action that no longer exists.
const distDir = join(root, 'dist');
if (existsSync(distDir) && !wanted.length) {
  for (const name of readdirSync(distDir)) if (!entries.some((e) => e.name === name)) rmSync(join(distDir, name), { recursive: true, force: true });
}

for (const { name, entry, shebang } of entries) {
  if (wanted.length && !wanted.includes(name)) continue;
  const { code, assets } = await ncc(entry, {
    minify: false,
    sourceMap: false,
    target: 'es2022',
    quiet: true,
  });
  const outDir = join(distDir, name);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const files = withVersion(name, [
    { file: 'index.js', code: code.startsWith('#!') ? code.slice(code.indexOf('\n') + 1) : code },
    ...Object.entries(assets ?? {}).map(([file, asset]) => ({ file, code: file.endsWith('.js') ? String(asset.source) : asset.source })),
  ]);
  const body = files[0].code;
  writeFileSync(join(outDir, 'index.js'), (shebang ? '#!/usr/bin/env node\n' : '') + body, { mode: shebang ? 0o755 : 0o644 });
  for (const { file, code: source } of files.slice(1)) {
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    writeFileSync(join(outDir, file), source);
  }
  console.log(`built dist/${name}/index.js (${Math.round(Buffer.byteLength(body) / 1024)} KiB${Object.keys(assets ?? {}).length ? `, ${Object.keys(assets).length} assets` : ''})`);
}

// The config's JSON Schema, for editors, printed by the CLI itself so it always matches what the loader checks.
if (!wanted.length || wanted.includes('cli')) {
  const schema = execFileSync(process.execPath, [join(distDir, 'cli/index.js'), 'schema'], { encoding: 'utf8' });
  mkdirSync(join(root, 'schema'), { recursive: true });
  writeFileSync(join(root, 'schema/gitops-promote.schema.json'), schema);
  console.log('wrote schema/gitops-promote.schema.json');
}
