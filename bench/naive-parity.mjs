// The naive staging-parity check the benchmark compares with (bench/parity.mjs): parse EVERY overlay at base
// and at head with the `yaml` package, diff the versions, and fail each prod target whose new version staging
// does not run at head. No history (so no rollbacks, no soak), no regions rule: the floor of "read everything".
// usage: node bench/naive-parity.mjs REPO BASE HEAD   → prints {"moved":N,"violations":[file,…]}; exit 1 on a violation.
import { spawn, spawnSync } from 'node:child_process';
import { parse } from 'yaml';

const [repo, base, head] = process.argv.slice(2);
if (!repo || !base || !head) {
  console.error('usage: node bench/naive-parity.mjs REPO BASE HEAD');
  process.exit(2);
}

const OVERLAY = /^apps\/([^/]+)\/overlays\/(dev|staging|prod)(?:-([^/]+))?\/kustomization\.yaml$/;

/** path → blob id of every overlay at `ref`. */
function overlaysAt(ref) {
  const r = spawnSync('git', ['ls-tree', '-r', '-z', '--full-tree', ref], { cwd: repo, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`git ls-tree ${ref}: ${r.stderr}`);
  const out = new Map();
  for (const entry of r.stdout.toString('utf8').split('\0')) {
    if (!entry) continue;
    const tab = entry.indexOf('\t');
    const path = entry.slice(tab + 1);
    if (OVERLAY.test(path)) out.set(path, entry.slice(0, tab).split(' ')[2]);
  }
  return out;
}

/** Reads blobs through one `git cat-file --batch`; resolves id → text. */
function readBlobs(ids) {
  return new Promise((resolve, reject) => {
    const p = spawn('git', ['cat-file', '--batch'], { cwd: repo, stdio: ['pipe', 'pipe', 'inherit'] });
    const texts = new Map();
    const queue = [...ids];
    let buf = Buffer.alloc(0);
    let i = 0;
    p.stdout.on('data', (d) => {
      buf = buf.length ? Buffer.concat([buf, d]) : d;
      for (;;) {
        const nl = buf.indexOf(10);
        if (nl < 0) return;
        const size = Number(buf.subarray(0, nl).toString().split(' ')[2]);
        if (buf.length < nl + 1 + size + 1) return;
        texts.set(queue[i++], buf.subarray(nl + 1, nl + 1 + size).toString('utf8'));
        buf = buf.subarray(nl + 1 + size + 1);
      }
    });
    p.on('error', reject);
    p.on('close', () => (i === queue.length ? resolve(texts) : reject(new Error(`cat-file answered ${i} of ${queue.length}`))));
    p.stdin.end(`${queue.join('\n')}\n`);
  });
}

/** The app's newTag in every overlay (parsed in full, as a naive tool does). */
function versions(files, texts) {
  const out = new Map();
  for (const [path, id] of files) {
    const [, app] = OVERLAY.exec(path);
    const doc = parse(texts.get(id));
    const entry = (doc?.images ?? []).find((e) => e.name === `ghcr.io/acme/${app}`);
    out.set(path, entry?.newTag === undefined ? undefined : String(entry.newTag));
  }
  return out;
}

const atBase = overlaysAt(base);
const atHead = overlaysAt(head);
const texts = await readBlobs([...new Set([...atBase.values(), ...atHead.values()])]);
const before = versions(atBase, texts);
const after = versions(atHead, texts);

const violations = [];
let moved = 0;
for (const [path, v] of after) {
  if (before.get(path) === v) continue;
  moved++;
  const [, app, env] = OVERLAY.exec(path);
  if (env !== 'prod') continue;
  if (after.get(`apps/${app}/overlays/staging/kustomization.yaml`) !== v) violations.push(path);
}
console.log(JSON.stringify({ moved, violations: violations.sort() }));
process.exitCode = violations.length ? 1 : 0;
