// npm run demo: edits a throwaway kustomization overlay with the built CLI and prints what changed —
// only the values, comments and quoting kept — then shows a refused edit leaving the file untouched.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/cli/index.js');
const dir = mkdtempSync(join(tmpdir(), 'gitops-promote-demo-'));
const digest = `sha256:${'4f'.repeat(32)}`;
const overlay = [
  '# prod overlay: owned by the platform team',
  'apiVersion: kustomize.config.k8s.io/v1beta1',
  'kind: Kustomization',
  'resources:',
  '  - ../../base',
  'images:',
  '  - name: ghcr.io/acme/web',
  '    newTag: v1.9.0 # {"$imagepolicy": "flux-system:web:tag"}',
  '  - name: ghcr.io/acme/api',
  "    newTag: '1.4'",
  `    digest: ${digest}   # pinned during the incident`,
  '',
].join('\n');
const file = join(dir, 'kustomization.yaml');
writeFileSync(file, overlay);

function run(args) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  const shown = args.map((a) => (a.startsWith(dir) ? a.slice(dir.length + 1) : a)).join(' ');
  console.log(`$ gitops-promote ${shown}`);
  process.stdout.write((r.stdout + r.stderr).replaceAll(`${dir}/`, ''));
  console.log(`(exit ${r.status})\n`);
  return r.status;
}

try {
  console.log(`A throwaway overlay in ${dir}:\n\n${overlay}`);
  run(['edit', file, '--image', 'ghcr.io/acme/web', '--to', 'v1.10.0']);
  run(['edit', file, '--image', 'ghcr.io/acme/api', '--to', '1.10']);
  const diff = spawnSync('git', ['diff', '--no-index', '--no-color', '--', '-', file], { input: overlay, encoding: 'utf8' });
  console.log('What changed (git diff): the values, nothing else; "1.10" quoted so YAML 1.1 reads a string, and the stale digest removed so kustomize deploys the new tag:\n');
  console.log(diff.stdout.split('\n').slice(4).join('\n'));
  const before = readFileSync(file);
  const status = run(['edit', file, '--image', 'ghcr.io/acme/web', '--to', 'latest@sha256:short']);
  const untouched = readFileSync(file).equals(before);
  console.log(`A bad value is refused with exit ${status}, and the file is ${untouched ? 'byte-identical' : 'CHANGED (bug!)'}.`);
  process.exitCode = status === 2 && untouched ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
