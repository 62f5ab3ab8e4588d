// The kustomize renderer with the real kubectl of this machine (kubectl 1.32, kustomize v5.5; see
// scripts/install-test-deps.sh), and with small stand-in tools on a private PATH where a test needs to see the
// argv, the environment or the scratch tree the adapter hands over.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { findRenderer, type Renderer, type TreeFile } from '../../src/adapters/kustomize-renderer.js';
import { imageSet, workloadImages } from '../../src/core/deploy/workload-images.js';
import { UserError } from '../../src/core/errors.js';
import { makeTempDir, removeDir } from './helpers/git-repo.js';

const file = (path: string, text: string, mode = '100644'): TreeFile => ({ path, mode, text });
const link = (path: string, target: string): TreeFile => ({ path, mode: '120000', target });

async function rendered(r: Renderer, files: readonly TreeFile[], dir: string): Promise<string> {
  const out = await r.render(files, dir);
  if ('error' in out) throw new Error(`expected manifests, got: ${out.error}`);
  return out.manifests;
}

async function refused(r: Renderer, files: readonly TreeFile[], dir: string): Promise<string> {
  const out = await r.render(files, dir);
  if ('manifests' in out) throw new Error(`expected an error, got manifests:\n${out.manifests}`);
  return out.error;
}

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      initContainers:
      - name: migrate
        image: ghcr.io/acme/migrate:v1.0.0
      containers:
      - name: web
        image: ghcr.io/acme/web:v1.0.0
`;
const CRONJOB = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
          - name: report
            image: ghcr.io/acme/report:v7
`;
// A component (kustomize.config.k8s.io/v1alpha1 Component) that adds a sidecar through a strategic merge patch.
const SIDECAR = `apiVersion: kustomize.config.k8s.io/v1alpha1
kind: Component
patches:
- patch: |-
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
    spec:
      template:
        spec:
          containers:
          - name: envoy
            image: docker.io/envoyproxy/envoy:v1.31.0
`;
const PROD = `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
- ../../base
components:
- ../../components/sidecar
patches:
- path: replicas.yaml
images:
- name: ghcr.io/acme/web
  newTag: v1.2.0
- name: ghcr.io/acme/migrate
  newTag: v1.2.0
`;

/** A repository tree: base, a component, and a prod overlay with a replicas patch. */
const tree = (prod = PROD): TreeFile[] => [
  file('README.md', '# config\n'),
  file('apps/web/base/kustomization.yaml', 'resources:\n- deployment.yaml\n- cronjob.yaml\n'),
  file('apps/web/base/deployment.yaml', DEPLOYMENT),
  file('apps/web/base/cronjob.yaml', CRONJOB),
  file('apps/web/components/sidecar/kustomization.yaml', SIDECAR),
  file('apps/web/overlays/prod/kustomization.yaml', prod),
  file('apps/web/overlays/prod/replicas.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n' +
    'spec:\n  replicas: 5\n'),
];
const PROD_DIR = 'apps/web/overlays/prod';
const withOverlay = (extra: string): TreeFile[] => tree(`${PROD}${extra}`);

let real: Renderer;
let root: string;

beforeAll(async () => {
  root = makeTempDir('gitops-promote-renderer-');
  const found = await findRenderer('auto');
  if (!found) throw new Error('no renderer on PATH (kustomize, or kubectl 1.24+): see scripts/install-test-deps.sh');
  real = found;
});
afterAll(() => removeDir(root));

describe('findRenderer on this machine', () => {
  it('finds a renderer and names its kustomize version', () => {
    expect(real.version).toMatch(/^(kustomize v\d+\.\d+\.\d+|kubectl v\d+\.\d+\.\d+\S* \(kustomize v\d+\.\d+\.\d+\))$/);
  });
});

describe('render with the real tool', () => {
  it('renders an overlay over a base with a component, a patch and images', async () => {
    const out = await rendered(real, tree(), PROD_DIR);
    expect(imageSet(workloadImages(out))).toEqual([
      'docker.io/envoyproxy/envoy:v1.31.0',
      'ghcr.io/acme/migrate:v1.2.0',
      'ghcr.io/acme/report:v7',
      'ghcr.io/acme/web:v1.2.0',
    ]);
    const deployment = parseAllDocuments(out).map((d) => d.toJS() as { kind: string; spec: { replicas?: number } })
      .find((o) => o.kind === 'Deployment');
    expect(deployment?.spec.replicas).toBe(5);
  });

  it('follows a symlink that stays inside the repository', async () => {
    const files = [...tree(), link('apps/web/overlays/prod-eu', 'prod')];
    expect(imageSet(workloadImages(await rendered(real, files, 'apps/web/overlays/prod-eu')))).toContain(
      'ghcr.io/acme/web:v1.2.0');
  });

  it('returns the tool message for a broken overlay, naming repository paths', async () => {
    const missing = await refused(real, tree(PROD.replace('- ../../base', '- ../../base\n- missing.yaml')), PROD_DIR);
    expect(missing).toMatch(/^(kubectl kustomize|kustomize build) apps\/web\/overlays\/prod: accumulating resources/);
    expect(missing).toContain("'apps/web/overlays/prod/missing.yaml'");
    expect(missing).not.toMatch(/gitops-promote-kustomize-|E\d{4} \d\d:|command failed/);
  });

  it('fails fast on a remote resource (https and ssh) without reaching the network', async () => {
    for (const remote of ['https://github.com/kubernetes-sigs/kustomize//examples/helloWorld?ref=v5.0.0',
      'git@github.com:acme/config.git//base?ref=main']) {
      const error = await refused(real, tree(PROD.replace('- ../../base', `- ../../base\n- ${remote}`)), PROD_DIR);
      expect(error).toContain(remote);
      expect(error).toMatch(/127\.0\.0\.1:9|transport '(https|ssh)' not allowed/);
      expect(error).not.toContain('timed out');
    }
  });

  it('refuses helmCharts (no --enable-helm)', async () => {
    const helm = 'helmCharts:\n- name: podinfo\n  repo: https://stefanprodan.github.io/podinfo\n  version: 6.7.0\n';
    expect(await refused(real, withOverlay(helm), PROD_DIR)).toContain('--enable-helm');
  });

  it('never runs an exec function from the tree (no --enable-alpha-plugins / --enable-exec)', async () => {
    const marker = join(root, 'exec-ran');
    const generator = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: gen\n  annotations:\n` +
      `    config.kubernetes.io/function: |\n      exec:\n        path: ./gen.sh\n`;
    const files = [...withOverlay('generators:\n- gen.yaml\n'), file(`${PROD_DIR}/gen.yaml`, generator),
      file(`${PROD_DIR}/gen.sh`, `#!/bin/sh\ntouch ${marker}\n`, '100755')];
    expect(await refused(real, files, PROD_DIR)).toMatch(/plugins disabled|exec|alpha/i);
    expect(existsSync(marker)).toBe(false);
  });
});

describe('the scratch tree', () => {
  it('refuses a symlink that points outside the repository, by text or through another link', async () => {
    const outside = [...tree(), link(`${PROD_DIR}/secrets.yaml`, '../../../../../etc/passwd')];
    expect(await refused(real, outside, PROD_DIR))
      .toBe(`symlink ${PROD_DIR}/secrets.yaml points outside the repository (../../../../../etc/passwd)`);
    const absolute = [...tree(), link('etc', '/etc')];
    expect(await refused(real, absolute, PROD_DIR)).toBe('symlink etc points outside the repository (/etc)');
    // a/up -> .. is the root; a/x -> up/../.. reads as "." but resolves to the root's parent.
    const chain = [...tree(), link('a/up', '..'), link('a/x', 'up/../..')];
    expect(await refused(real, chain, PROD_DIR)).toBe('symlink a/x points outside the repository (up/../..)');
  });

  it('refuses paths that are absolute, climb out, contain NUL, repeat, or sit below a file', async () => {
    const cases: [TreeFile[], string][] = [
      [[file('/etc/x', '')], 'tree path "/etc/x" is absolute; expected a path relative to the repository root'],
      [[file('a/../../x', '')],
        'tree path "a/../../x" has an empty, "." or ".." segment; expected a plain relative path'],
      [[file('a\0b', '')], 'tree path "a\\u0000b" contains a NUL byte'],
      [[file('a', ''), file('a', '')], 'tree path "a" is listed twice'],
      [[link('l', 'sub'), file('l/x', '')], 'tree path "l/x" is below "l", which is not a directory'],
      [[{ path: 'x', mode: '100600', text: '' }], 'tree path "x" has mode "100600"; expected 100644, 100755, 120000, ' +
        '040000 or 160000'],
    ];
    for (const [files, message] of cases) expect(await refused(real, files, '.')).toBe(message);
    expect(await refused(real, tree(), '../x')).toMatch(/^overlay directory "..\/x" has an empty/);
  });
});

async function userError(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as UserError).message;
  }
  throw new Error('expected a UserError');
}

/** A stand-in kustomize: `version` prints v5.4.3; `build` prints its argv, cwd, environment and the tree. */
function fakeKustomize(bin: string, build: string): void {
  mkdirSync(bin, { recursive: true });
  const script = `#!/bin/sh\ncase "$1" in\n  version) echo v5.4.3 ;;\n  build) ${build} ;;\nesac\n`;
  writeFileSync(join(bin, 'kustomize'), script);
  chmodSync(join(bin, 'kustomize'), 0o755);
}

describe('findRenderer and render with stand-in tools', () => {
  it('auto prefers kustomize, runs `kustomize build ./DIR` in the scratch root with a closed environment', async () => {
    const bin = join(root, 'bin-report');
    fakeKustomize(bin, 'echo "argv: $*"; echo "cwd: $(pwd)"; env | sort | sed "s/^/env: /"; ' +
      'find . -mindepth 1 -printf "tree: %P %m %y %l\\n" | sort');
    const r = await findRenderer('auto', { path: `${bin}:/usr/bin:/bin` });
    expect([r?.tool, r?.version]).toEqual(['kustomize', 'kustomize v5.4.3']);
    const out = await rendered(r as Renderer, [file('o/kustomization.yaml', 'x'), file('o/run.sh', '', '100755'),
      link('o/k.yaml', 'kustomization.yaml')], 'o/');
    const lines = out.split('\n');
    expect(lines[0]).toBe('argv: build ./o');
    const cwd = lines[1]?.slice('cwd: '.length) ?? '';
    expect(lines.filter((l) => l.startsWith('env: ') && !/^env: (PWD|SHLVL|_)=/.test(l))).toEqual([
      'env: GIT_ALLOW_PROTOCOL=none', 'env: GIT_CONFIG_NOSYSTEM=1', 'env: GIT_SSH_COMMAND=false',
      'env: GIT_TERMINAL_PROMPT=0', `env: HOME=${cwd}`, 'env: HTTPS_PROXY=http://127.0.0.1:9',
      'env: HTTP_PROXY=http://127.0.0.1:9', 'env: NO_PROXY=', `env: PATH=${bin}:/usr/bin:/bin`,
      'env: http_proxy=http://127.0.0.1:9', 'env: https_proxy=http://127.0.0.1:9', 'env: no_proxy=',
    ]);
    expect(lines.filter((l) => l.startsWith('tree: '))).toEqual([
      'tree: o 755 d ', 'tree: o/k.yaml 777 l kustomization.yaml', 'tree: o/kustomization.yaml 644 f ',
      'tree: o/run.sh 755 f ',
    ]);
    expect(existsSync(cwd)).toBe(false); // the scratch directory is gone
  });

  it('kills a render that runs past the timeout, with the processes it started', async () => {
    const bin = join(root, 'bin-slow');
    const pidFile = join(root, 'slow.pid');
    // The stand-in starts a child, as kustomize starts git; the child must die with it (the test timeout is
    // shorter than the sleep, so a render that waited for it would fail the test).
    fakeKustomize(bin, `sleep 100 & echo $! > ${pidFile}; wait`);
    const r = await findRenderer('kustomize', { path: `${bin}:/usr/bin:/bin`, timeoutMs: 300 });
    expect(await refused(r as Renderer, [file('k/kustomization.yaml', '')], 'k'))
      .toBe('kustomize build k: timed out after 0.3 s');
    const pid = readFileSync(pidFile, 'utf8').trim();
    // Gone, or a zombie nobody has reaped yet (PID 1 in a container may not reap).
    const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
    expect(stat === '' || / Z /.test(stat)).toBe(true);
  });

  it('runs at most 2 renders at once', async () => {
    const bin = join(root, 'bin-count');
    const slots = join(root, 'slots');
    mkdirSync(slots);
    // Each build holds a slot for a moment and prints how many slots were taken when it started.
    fakeKustomize(bin, `mkdir ${slots}/$$; ls ${slots} | wc -l; sleep 0.3; rmdir ${slots}/$$`);
    const r = (await findRenderer('kustomize', { path: `${bin}:/usr/bin:/bin` })) as Renderer;
    const counts = await Promise.all([1, 2, 3, 4, 5, 6].map(async () => Number(await rendered(r, [], '.'))));
    expect(Math.max(...counts)).toBe(2);
  });

  it('gives undefined for auto and a UserError for an explicit choice when the tool is missing or too old', async () => {
    const empty = join(root, 'bin-empty');
    mkdirSync(empty);
    expect(await findRenderer('auto', { path: empty })).toBeUndefined();
    expect(await userError(findRenderer('kustomize', { path: empty }))).toBe('render "kustomize": kustomize is ' +
      'not on PATH; expected a kustomize binary on PATH, or render: auto, kubectl or none');
    const old = join(root, 'bin-old');
    mkdirSync(old);
    // kubectl 1.20 (Debian bookworm's kubernetes-client) prints no kustomizeVersion.
    writeFileSync(join(old, 'kubectl'), '#!/bin/sh\necho \'{"clientVersion":{"gitVersion":"v1.20.2"}}\'\n');
    chmodSync(join(old, 'kubectl'), 0o755);
    expect(await findRenderer('auto', { path: old })).toBeUndefined();
    expect(await userError(findRenderer('kubectl', { path: old }))).toBe(`render "kubectl": kubectl v1.20.2 ` +
      `(${old}/kubectl) does not say which kustomize it embeds; expected kubectl 1.24 or newer (it embeds ` +
      'kustomize v4+) on PATH, or render: auto, kustomize or none');
  });
});
