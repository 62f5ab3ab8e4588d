// `gitops-promote edit` end to end: the built bundle (dist/cli/index.js) run by Node 24 in a child process,
// on copies of the fixtures under test/fixtures/edit in a fresh temp directory.
// Every expected file is the fixture with one explicit, hand-written line change (see `swap`).
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, readlinkSync, statSync, symlinkSync } from 'node:fs';
import { CLI_BUNDLE, NODE24, Workspace, nodeVersion, re, swap, type CliResult } from './helpers/cli.js';

const API = 'sha256:14c2529eb4498c5d1ffd6915d05bf58a91bdda796af59f41d480d11c099d0479';
const REDIS = 'sha256:34fb46c847bb9df96e5205a39d382f648a6e8dce1e014cd85b4ca6a88d88ed03';
const INDEXER = 'sha256:70fa78e5ae55563976b332a6da662e9877dc6ed6965f676453d8f4a35ebdf483';
const NOEOL = 'sha256:01bb5ee515c2b4adca54e6478c3c57d9b3291d490a04ff2dc5b1b4235776d47b';
const BILLING = 'sha256:0c95c7ece1ce1a9750275ef1c6d7ad6b278f70d66592207783ffe7d58474cc01';
const PAYMENTS = 'sha256:df384ae97c77ad3001626aab01f2eb2aad176448109165df1d64c57b7091cd1c';
const NEW = 'sha256:6039092f70864b935e614eaf0ff41bcb91357e8e746997f9af55f5b9f7f8f684';
const NEW2 = 'sha256:d504f01608b7a8b04349a9ccf4630f4917e67cc4eb6803da31ed503e04a00c68';

const PROD = 'overlay-prod/kustomization.yaml';
const STAGING = 'overlay-staging/kustomization.yaml';
const DEV = 'overlay-dev/kustomization.yaml';
const DASH = 'dash-digest/kustomization.yaml';
const FLOW = 'flow/kustomization.yaml';
const CRLF = 'crlf-bom/kustomization.yaml';
const NO_EOL = 'no-eol/kustomization.yaml';
const NO_EOL_VALUES = 'no-eol/values.yaml';
const ANCHORED = 'anchored-tags/kustomization.yaml';
const HELM = 'helm-values/values.yaml';
const QUOTING = 'quoting/values.yaml';
const ARGO = 'argocd/application.yaml';
const FLUX = 'flux/helmrelease.yaml';
const MULTI = 'multi-doc/manifests.yaml';
const TRAILING = 'trailing-spaces/values.yaml';
const DUP = 'dup-images/kustomization.yaml';
const INVALID = 'invalid/values.yaml';
const NOT_YAML = 'not-yaml/Dockerfile';

const orig = (rel: string): string => Workspace.fixtureText(rel);

let ws: Workspace;
beforeEach(() => {
  ws = new Workspace();
});
afterEach(() => {
  ws.cleanup();
});

function expectOk(r: CliResult): void {
  expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
}

/** Same lines, any order (the contract does not fix the order of change lines). */
function expectLines(actual: string[], expected: (string | RegExp)[]): void {
  expect(actual).toHaveLength(expected.length);
  const left = [...actual];
  for (const e of expected) {
    const i = left.findIndex((l) => (typeof e === 'string' ? l === e : e.test(l)));
    if (i < 0) throw new Error(`no output line matches ${String(e)} in:\n${actual.join('\n')}`);
    left.splice(i, 1);
  }
}

/** Exit 2 with exactly one `error: FILE:LINE: …` line on stderr; returns the message after the location. */
function expectFileError(r: CliResult, file: string, line?: number): string {
  expect(r.status).toBe(2);
  expect(r.err).toHaveLength(1);
  const m = new RegExp(`^error: ${re(file)}:(\\d+): (.+)$`).exec(r.err[0] ?? '');
  if (!m) throw new Error(`stderr is not "error: ${file}:LINE: …": ${JSON.stringify(r.stderr)}`);
  if (line !== undefined) expect(Number(m[1])).toBe(line);
  expect(r.stdout).not.toMatch(/->/);
  return m[2] as string;
}

/** Exit 2 with exactly one `error: …` line for a usage error (no file involved). */
function expectUsageError(r: CliResult): string {
  expect(r.status).toBe(2);
  expect(r.err.length).toBeGreaterThanOrEqual(1);
  expect(r.err[0]).toMatch(/^error: /);
  return (r.err[0] as string).slice('error: '.length);
}

/** The file is byte-identical to its fixture and its mtime did not move. */
function expectUntouched(rel: string, mtime: number): void {
  expect(ws.bytes(rel).equals(Workspace.fixture(rel))).toBe(true);
  expect(ws.mtime(rel)).toBe(mtime);
}

const tempLeftovers = (): string[] => ws.list().filter((p) => /\.tmp$|~$|\.swp$|\.sw.$/.test(p));

describe('the runtime', () => {
  it('runs the built bundle with the Node 24 binary from node_modules', () => {
    expect(existsSync(NODE24)).toBe(true);
    expect(nodeVersion()).toMatch(/^v24\./);
    expect(existsSync(CLI_BUNDLE)).toBe(true);
  });

  it('ships fixtures with the exact bytes the byte-level tests rely on', () => {
    const crlf = Workspace.fixture(CRLF);
    expect([...crlf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(crlf.toString('latin1')).not.toMatch(/[^\r]\n/);
    expect(crlf.toString('latin1').endsWith('\r\n')).toBe(true);
    expect(orig(NO_EOL).endsWith(`digest: ${NOEOL}`)).toBe(true);
    expect(orig(NO_EOL_VALUES).endsWith('tag: v2.2.2')).toBe(true);
    expect(orig(TRAILING)).toContain('image:  \n');
    expect(orig(TRAILING)).toContain('pullPolicy: Always\t\n');
  });
});

describe('edit --image on a kustomization', () => {
  it('sets newTag and keeps the comment on its line', () => {
    const f = ws.copy(PROD);
    const r = ws.run(['edit', f, '--image', 'ghcr.io/acme/storefront-web', '--to', 'v1.5.0']);
    expectOk(r);
    expect(r.out).toEqual([`${f}:15: newTag: v1.4.2 -> v1.5.0`]);
    expect(ws.text(f)).toBe(swap(orig(PROD), '    newTag: v1.4.2 # promoted 2025-05-30\n', '    newTag: v1.5.0 # promoted 2025-05-30\n'));
  });

  it('a TAG removes the digest line of that entry', () => {
    const f = ws.copy(PROD);
    const r = ws.run(['edit', f, '--image', 'ghcr.io/acme/storefront-api', '--to', 'v2.1.0']);
    expectOk(r);
    expectLines(r.out, [`${f}:18: newTag: v2.0.1 -> v2.1.0`, `${f}:19: removed digest: ${API}`]);
    expect(ws.text(f)).toBe(swap(orig(PROD), `    newTag: v2.0.1\n    digest: ${API}\n`, '    newTag: v2.1.0\n'));
  });

  it('TAG@sha256 on an entry with newTag and digest lines sets both in place', () => {
    const f = ws.copy(PROD);
    const r = ws.run(['edit', f, '--image', 'ghcr.io/acme/storefront-api', '--to', `v2.1.0@${NEW}`]);
    expectOk(r);
    expectLines(r.out, [`${f}:18: newTag: v2.0.1 -> v2.1.0`, `${f}:19: digest: ${API} -> ${NEW}`]);
    expect(ws.text(f)).toBe(swap(orig(PROD), `    newTag: v2.0.1\n    digest: ${API}\n`, `    newTag: v2.1.0\n    digest: ${NEW}\n`));
  });

  it('a digest-only VALUE sets digest and removes newTag', () => {
    const f = ws.copy(PROD);
    const r = ws.run(['edit', f, '--image', 'ghcr.io/acme/storefront-api', '--to', `@${NEW}`]);
    expectOk(r);
    expectLines(r.out, [`${f}:18: removed newTag: v2.0.1`, new RegExp(`^${re(f)}:1[89]: digest: ${API} -> ${NEW}$`)]);
    expect(ws.text(f)).toBe(swap(orig(PROD), `    newTag: v2.0.1\n    digest: ${API}\n`, `    digest: ${NEW}\n`));
  });

  it('keeps a Flux {"$imagepolicy"} marker on the newTag line', () => {
    const f = ws.copy(PROD);
    const r = ws.run(['edit', f, '--image', 'ghcr.io/acme/checkout', '--to', '1.9.0']);
    expectOk(r);
    expect(r.out).toEqual([`${f}:26: newTag: 1.8.0 -> 1.9.0`]);
    expect(ws.text(f)).toBe(swap(orig(PROD),
      '    newTag: 1.8.0 # {"$imagepolicy": "flux-system:checkout:tag"}\n',
      '    newTag: 1.9.0 # {"$imagepolicy": "flux-system:checkout:tag"}\n'));
  });

  it('inserts a missing digest right after the newTag line that carries the Flux marker', () => {
    const f = ws.copy(PROD);
    const r = ws.run(['edit', f, '--image', 'ghcr.io/acme/checkout', '--to', `1.9.0@${NEW}`]);
    expectOk(r);
    expectLines(r.out, [`${f}:26: newTag: 1.8.0 -> 1.9.0`, `${f}:27: inserted digest: ${NEW}`]);
    expect(ws.text(f)).toBe(swap(orig(PROD),
      '    newTag: 1.8.0 # {"$imagepolicy": "flux-system:checkout:tag"}\n',
      `    newTag: 1.9.0 # {"$imagepolicy": "flux-system:checkout:tag"}\n    digest: ${NEW}\n`));
  });

  it('inserts a missing newTag right after newName, with the entry indentation', () => {
    const f = ws.copy(PROD);
    const r = ws.run(['edit', f, '--image', 'nginx', '--to', '1.27.0']);
    expectOk(r);
    expect(r.out).toEqual([`${f}:31: inserted newTag: 1.27.0`]);
    expect(ws.text(f)).toBe(swap(orig(PROD),
      '    newName: nginxinc/nginx-unprivileged\n',
      '    newName: nginxinc/nginx-unprivileged\n    newTag: 1.27.0\n'));
  });

  it('inserts newTag and then digest for TAG@sha256 on an entry that has neither', () => {
    const f = ws.copy(PROD);
    const r = ws.run(['edit', f, '--image', 'nginx', '--to', `1.27.0@${NEW}`]);
    expectOk(r);
    expectLines(r.out, [`${f}:31: inserted newTag: 1.27.0`, `${f}:32: inserted digest: ${NEW}`]);
    expect(ws.text(f)).toBe(swap(orig(PROD),
      '    newName: nginxinc/nginx-unprivileged\n',
      `    newName: nginxinc/nginx-unprivileged\n    newTag: 1.27.0\n    digest: ${NEW}\n`));
  });

  it('a TAG on a digest-only entry inserts newTag after name and removes the digest', () => {
    const f = ws.copy(PROD);
    const r = ws.run(['edit', f, '--image', 'redis', '--to', '7.2.5']);
    expectOk(r);
    expectLines(r.out, [`${f}:28: inserted newTag: 7.2.5`, `${f}:28: removed digest: ${REDIS}`]);
    expect(ws.text(f)).toBe(swap(orig(PROD), `  - name: redis\n    digest: ${REDIS}\n`, '  - name: redis\n    newTag: 7.2.5\n'));
  });

  it('keeps double quotes on a double-quoted newTag', () => {
    const f = ws.copy(PROD);
    const r = ws.run(['edit', f, '--image', 'worker', '--to', '3.2']);
    expectOk(r);
    expect(r.out).toEqual([`${f}:23: newTag: 3.1 -> 3.2`]);
    expect(ws.text(f)).toBe(swap(orig(PROD), '    newTag: "3.1"\n', '    newTag: "3.2"\n'));
  });

  it('double-quotes a plain newTag whose new value YAML 1.1 reads as a number, also when inserting', () => {
    const f = ws.copy(PROD);
    expectOk(ws.run(['edit', f, '--image', 'ghcr.io/acme/storefront-web', '--to', '1.10']));
    expectOk(ws.run(['edit', f, '--image', 'nginx', '--to', '1.20']));
    let want = swap(orig(PROD), '    newTag: v1.4.2 # promoted', '    newTag: "1.10" # promoted');
    want = swap(want, '    newName: nginxinc/nginx-unprivileged\n', '    newName: nginxinc/nginx-unprivileged\n    newTag: "1.20"\n');
    expect(ws.text(f)).toBe(want);
  });

  it('an unchanged value exits 0, says unchanged and does not touch the file', () => {
    const f = ws.copy(PROD);
    const mtime = ws.age(f);
    const before = ws.list();
    const r = ws.run(['edit', f, '--image', 'worker', '--to', '3.1']);
    expectOk(r);
    expect(r.out).toHaveLength(1);
    expect(r.out[0]).toContain(f);
    expect(r.out[0]).toMatch(/unchanged/);
    expectUntouched(f, mtime);
    expect(ws.list()).toEqual(before);
  });

  it('keeps a combined newTag: TAG@sha256 form combined', () => {
    const f = ws.copy(DEV);
    const r = ws.run(['edit', f, '--image', 'ghcr.io/acme/payments', '--to', `v1.1.0@${NEW2}`]);
    expectOk(r);
    expect(r.out).toEqual([`${f}:10: newTag: v1.0.0@${PAYMENTS} -> v1.1.0@${NEW2}`]);
    expect(ws.text(f)).toBe(swap(orig(DEV), `    newTag: v1.0.0@${PAYMENTS}\n`, `    newTag: v1.1.0@${NEW2}\n`));
  });

  it('a TAG replaces a combined newTag with the bare tag', () => {
    const f = ws.copy(DEV);
    const r = ws.run(['edit', f, '--image', 'ghcr.io/acme/payments', '--to', 'v1.1.0']);
    expectOk(r);
    expect(r.out).toEqual([`${f}:10: newTag: v1.0.0@${PAYMENTS} -> v1.1.0`]);
    expect(ws.text(f)).toBe(swap(orig(DEV), `    newTag: v1.0.0@${PAYMENTS}\n`, '    newTag: v1.1.0\n'));
  });

  it('inserts with the entry’s own indentation in a zero-indented images list', () => {
    const f = ws.copy(STAGING);
    const r = ws.run(['edit', f, '--image', 'ghcr.io/acme/storefront-api', '--to', `v2.1.0@${NEW}`]);
    expectOk(r);
    expectLines(r.out, [`${f}:10: newTag: v2.1.0-rc.2 -> v2.1.0`, `${f}:11: inserted digest: ${NEW}`]);
    expect(ws.text(f)).toBe(swap(orig(STAGING), '  newTag: v2.1.0-rc.2\n', `  newTag: v2.1.0\n  digest: ${NEW}\n`));
  });

  it('removing a "- digest:" that starts the entry hands the "- " to the next key', () => {
    const f = ws.copy(DASH);
    const r = ws.run(['edit', f, '--image', 'ghcr.io/acme/billing', '--to', 'v3.3.0']);
    expectOk(r);
    expectLines(r.out, [`${f}:6: removed digest: ${BILLING}`, new RegExp(`^${re(f)}:[78]: newTag: v3\\.2\\.0 -> v3\\.3\\.0$`)]);
    expect(ws.text(f)).toBe(swap(orig(DASH),
      `  - digest: ${BILLING}\n    name: ghcr.io/acme/billing\n    newTag: v3.2.0\n`,
      '  - name: ghcr.io/acme/billing\n    newTag: v3.3.0\n'));
  });

  it('removing a "- newTag:" that starts the entry hands the "- " to name and inserts digest after it', () => {
    const f = ws.copy(DASH);
    const r = ws.run(['edit', f, '--image', 'ghcr.io/acme/ledger', '--to', `@${NEW}`]);
    expectOk(r);
    expectLines(r.out, [`${f}:9: removed newTag: v0.9.1`, new RegExp(`^${re(f)}:1[01]: inserted digest: ${NEW}$`)]);
    expect(ws.text(f)).toBe(swap(orig(DASH),
      '  - newTag: v0.9.1\n    name: ghcr.io/acme/ledger\n',
      `  - name: ghcr.io/acme/ledger\n    digest: ${NEW}\n`));
  });

  it('flow style: TAG@sha256 updates newTag and inserts digest inside the braces', () => {
    const f = ws.copy(FLOW);
    const r = ws.run(['edit', f, '--image', 'ghcr.io/acme/search', '--to', `v5.1.0@${NEW}`]);
    expectOk(r);
    expectLines(r.out, [`${f}:4: newTag: v5.0.0 -> v5.1.0`, `${f}:4: inserted digest: ${NEW}`]);
    expect(ws.text(f)).toBe(swap(orig(FLOW),
      '{name: ghcr.io/acme/search, newTag: v5.0.0}',
      `{name: ghcr.io/acme/search, newTag: v5.1.0, digest: ${NEW}}`));
  });

  it('flow style: a TAG removes digest from the braces', () => {
    const f = ws.copy(FLOW);
    const r = ws.run(['edit', f, '--image', 'ghcr.io/acme/indexer', '--to', 'v5.1.0']);
    expectOk(r);
    expectLines(r.out, [`${f}:4: newTag: v5.0.0 -> v5.1.0`, `${f}:4: removed digest: ${INDEXER}`]);
    expect(ws.text(f)).toBe(swap(orig(FLOW),
      `{name: ghcr.io/acme/indexer, newTag: v5.0.0, digest: ${INDEXER}}`,
      '{name: ghcr.io/acme/indexer, newTag: v5.1.0}'));
  });

  it('flow style: inserts newTag into an entry that only has a name', () => {
    const f = ws.copy(FLOW);
    const r = ws.run(['edit', f, '--image', 'ghcr.io/acme/crawler', '--to', 'v0.1.0']);
    expectOk(r);
    expect(r.out).toEqual([`${f}:4: inserted newTag: v0.1.0`]);
    expect(ws.text(f)).toBe(swap(orig(FLOW), '{name: ghcr.io/acme/crawler}', '{name: ghcr.io/acme/crawler, newTag: v0.1.0}'));
  });

  it('flow style: a digest-only VALUE swaps newTag for digest', () => {
    const f = ws.copy(FLOW);
    const r = ws.run(['edit', f, '--image', 'ghcr.io/acme/search', '--to', `@${NEW}`]);
    expectOk(r);
    expectLines(r.out, [`${f}:4: removed newTag: v5.0.0`, `${f}:4: inserted digest: ${NEW}`]);
    expect(ws.text(f)).toBe(swap(orig(FLOW), '{name: ghcr.io/acme/search, newTag: v5.0.0}', `{name: ghcr.io/acme/search, digest: ${NEW}}`));
  });

  it('CRLF + BOM: an inserted digest line gets CRLF, the BOM stays', () => {
    const f = ws.copy(CRLF);
    const r = ws.run(['edit', f, '--image', 'ghcr.io/acme/payments', '--to', `v7.1.0@${NEW}`]);
    expectOk(r);
    expectLines(r.out, [`${f}:6: newTag: v7.0.3 -> v7.1.0`, `${f}:7: inserted digest: ${NEW}`]);
    const want = swap(orig(CRLF), '    newTag: v7.0.3\r\n', `    newTag: v7.1.0\r\n    digest: ${NEW}\r\n`);
    const bytes = ws.bytes(f);
    expect(bytes.equals(Buffer.from(want, 'utf8'))).toBe(true);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('latin1')).not.toMatch(/[^\r]\n/);
  });

  it('CRLF + BOM: removing the digest again restores the original bytes but the tag', () => {
    const f = ws.copy(CRLF);
    expectOk(ws.run(['edit', f, '--image', 'ghcr.io/acme/payments', '--to', `v7.1.0@${NEW}`]));
    const r = ws.run(['edit', f, '--image', 'ghcr.io/acme/payments', '--to', 'v7.2.0']);
    expectOk(r);
    expectLines(r.out, [`${f}:6: newTag: v7.1.0 -> v7.2.0`, `${f}:7: removed digest: ${NEW}`]);
    const want = swap(orig(CRLF), '    newTag: v7.0.3\r\n', '    newTag: v7.2.0\r\n');
    expect(ws.bytes(f).equals(Buffer.from(want, 'utf8'))).toBe(true);
  });

  it('no final newline: removing the last line (digest) keeps the file without one', () => {
    const f = ws.copy(NO_EOL);
    const r = ws.run(['edit', f, '--image', 'ghcr.io/acme/mailer', '--to', 'v2.3.0']);
    expectOk(r);
    expectLines(r.out, [`${f}:7: newTag: v2.2.2 -> v2.3.0`, `${f}:8: removed digest: ${NOEOL}`]);
    const want = swap(orig(NO_EOL), `    newTag: v2.2.2\n    digest: ${NOEOL}`, '    newTag: v2.3.0');
    expect(ws.text(f)).toBe(want);
    expect(ws.text(f).endsWith('newTag: v2.3.0')).toBe(true);
  });

  it('no final newline: editing the digest on the last line keeps the file without one', () => {
    const f = ws.copy(NO_EOL);
    const r = ws.run(['edit', f, '--image', 'ghcr.io/acme/mailer', '--to', `v2.3.0@${NEW}`]);
    expectOk(r);
    expect(ws.text(f)).toBe(swap(orig(NO_EOL), `    newTag: v2.2.2\n    digest: ${NOEOL}`, `    newTag: v2.3.0\n    digest: ${NEW}`));
  });

  it('refuses a name that two entries share', () => {
    const f = ws.copy(DUP);
    const mtime = ws.age(f);
    const msg = expectFileError(ws.run(['edit', f, '--image', 'ghcr.io/acme/search', '--to', 'v2.0.0']), f);
    expect(msg).toContain('ghcr.io/acme/search');
    expect(msg).toMatch(/expected/);
    expectUntouched(f, mtime);
  });

  it('refuses an image name with no entry, naming it and the names there are', () => {
    const f = ws.copy(PROD);
    const mtime = ws.age(f);
    const msg = expectFileError(ws.run(['edit', f, '--image', 'ghcr.io/acme/storefront', '--to', 'v2.0.0']), f);
    expect(msg).toContain('"ghcr.io/acme/storefront"');
    expect(msg).toContain('ghcr.io/acme/storefront-web');
    expectUntouched(f, mtime);
  });

  it.each([
    ['latest@sha256:short'],
    ['v1 2'],
    ['v1\u0007'],
    [`v1@sha256:${'A'.repeat(64)}`],
    ['-v1'],
  ])('refuses the invalid --image VALUE %j', (value) => {
    const f = ws.copy(PROD);
    const mtime = ws.age(f);
    const msg = expectFileError(ws.run(['edit', f, '--image', 'worker', `--to=${value}`]), f);
    expect(msg).toContain(JSON.stringify(value));
    expect(msg).toMatch(/expected/);
    expectUntouched(f, mtime);
    expect(tempLeftovers()).toEqual([]);
  });
});

// kustomize's image transformer (kubernetes-sigs/kustomize api/filters/imagetag/updater.go) renders
// name:newTag@digest, appending the digest to whatever newTag holds, so a combined newTag beside a digest line
// deploys tag@new@old. These cases render the edited overlay with the real `kubectl kustomize`.
describe('--image on a combined newTag beside a digest line, rendered by kubectl kustomize', () => {
  const PIN = `v1.0.0@${PAYMENTS}`;
  const OVERLAY = 'overlay/kustomization.yaml';
  const overlay = [
    'resources:', '- ../base', 'images:', '- name: ghcr.io/acme/payments # pinned by CI',
    `  newTag: ${PIN}`, `  digest: ${PAYMENTS}`, '',
  ].join('\n');
  const deployment = [
    'apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: payments}', 'spec:',
    '  selector: {matchLabels: {app: payments}}', '  template:', '    metadata: {labels: {app: payments}}',
    '    spec: {containers: [{name: app, image: ghcr.io/acme/payments:v0}]}', '',
  ].join('\n');

  function setUp(): string {
    mkdirSync(ws.path('base'));
    mkdirSync(ws.path('overlay'));
    ws.write('base/kustomization.yaml', 'resources:\n- deployment.yaml\n');
    ws.write('base/deployment.yaml', deployment);
    return ws.write(OVERLAY, overlay);
  }

  /** The image of the one container, as kubectl kustomize (kustomize 5.5) renders the overlay. */
  function rendered(): string {
    const out = execFileSync('kubectl', ['kustomize', ws.path('overlay')], { encoding: 'utf8' });
    const images = [...out.matchAll(/image: (\S+)/g)].map((m) => m[1]);
    expect(images).toHaveLength(1);
    return images[0] as string;
  }

  it('the unedited overlay already deploys the digest twice (why the edit must not keep both)', () => {
    setUp();
    expect(rendered()).toBe(`ghcr.io/acme/payments:${PIN}@${PAYMENTS}`);
  });

  it.each([
    [`v1.1.0@${NEW2}`, `  newTag: v1.1.0\n  digest: ${NEW2}\n`,
      [`5: newTag: ${PIN} -> v1.1.0`, `6: digest: ${PAYMENTS} -> ${NEW2}`]],
    ['v1.1.0', '  newTag: v1.1.0\n', [`5: newTag: ${PIN} -> v1.1.0`, `6: removed digest: ${PAYMENTS}`]],
    [`@${NEW2}`, `  digest: ${NEW2}\n`, [`6: digest: ${PAYMENTS} -> ${NEW2}`, `5: removed newTag: ${PIN}`]],
  ])('--to %s leaves keys that kustomize renders as exactly that value', (value, lines, changes) => {
    const f = setUp();
    const r = ws.run(['edit', f, '--image', 'ghcr.io/acme/payments', '--to', value]);
    expectOk(r);
    expectLines(r.out, changes.map((c) => `${f}:${c}`));
    expect(ws.text(f)).toBe(swap(overlay, `  newTag: ${PIN}\n  digest: ${PAYMENTS}\n`, lines));
    expect(rendered()).toBe(`ghcr.io/acme/payments${value.startsWith('@') ? '' : ':'}${value}`);
  });
});

describe('anchors and aliases in a kustomization (--image)', () => {
  it('editing an anchored newTag says how many aliases share it', () => {
    const f = ws.copy(ANCHORED);
    const r = ws.run(['edit', f, '--image', 'ghcr.io/acme/orders', '--to', 'v4.3.0']);
    expectOk(r);
    expect(ws.text(f)).toBe(swap(orig(ANCHORED), '    newTag: &release v4.2.0\n', '    newTag: &release v4.3.0\n'));
    expect(r.out[0]).toBe(`${f}:6: newTag: v4.2.0 -> v4.3.0`);
    expect(r.out.slice(1).join('\n')).toMatch(/release[^\n]*\b1 alias\b/);
  });

  it('--json reports the anchor and its alias count for an --image edit', () => {
    const f = ws.copy(ANCHORED);
    const r = ws.run(['edit', f, '--image', 'ghcr.io/acme/orders', '--to', 'v4.3.0', '--json']);
    expectOk(r);
    const [res] = JSON.parse(r.stdout) as { anchor: unknown; sharedByAliases: unknown }[];
    expect(res).toMatchObject({ anchor: 'release', sharedByAliases: 1 });
  });

  it('refuses an alias newTag (newTag: *release), naming the anchor and the entry to edit instead', () => {
    const f = ws.copy(ANCHORED);
    const mtime = ws.age(f);
    const msg = expectFileError(ws.run(['edit', f, '--image', 'ghcr.io/acme/orders-worker', '--to', 'v4.3.0']), f, 8);
    expect(msg).toMatch(/\brelease\b/);
    expect(msg).toMatch(/images\[(0|name=ghcr\.io\/acme\/orders)\]\.newTag|--image "?ghcr\.io\/acme\/orders"?(?!-)/);
    expectUntouched(f, mtime);
  });

  it('refuses to remove an anchored newTag that an alias still refers to (the file would stop being valid YAML)', () => {
    const f = ws.copy(ANCHORED);
    const mtime = ws.age(f);
    const msg = expectFileError(ws.run(['edit', f, '--image', 'ghcr.io/acme/orders', '--to', `@${NEW}`]), f);
    expect(msg).toMatch(/\brelease\b/);
    expectUntouched(f, mtime);
  });
});

describe('edit --path', () => {
  it('Argo CD: selects a helm parameter by [name=image.tag] (dots in the value) and keeps the comment', () => {
    const f = ws.copy(ARGO);
    const p = 'spec.source.helm.parameters[name=image.tag].value';
    const r = ws.run(['edit', f, '--path', p, '--to', 'v2.4.0']);
    expectOk(r);
    expect(r.out).toEqual([`${f}:19: ${p}: v2.3.1 -> v2.4.0`]);
    expect(ws.text(f)).toBe(swap(orig(ARGO), '          value: v2.3.1 # promoted by CI\n', '          value: v2.4.0 # promoted by CI\n'));
  });

  it('["a.b"] quotes a key that contains dots and slashes', () => {
    const f = ws.copy(ARGO);
    const p = 'metadata.annotations["acme.io/promoted-version"]';
    const r = ws.run(['edit', f, '--path', p, '--to', 'v2.4.0']);
    expectOk(r);
    expect(r.out).toEqual([`${f}:7: ${p}: v2.3.1 -> v2.4.0`]);
    expect(ws.text(f)).toBe(swap(orig(ARGO), '    acme.io/promoted-version: v2.3.1\n', '    acme.io/promoted-version: v2.4.0\n'));
  });

  it('[N] indexes a list; a double-quoted value stays double-quoted', () => {
    const f = ws.copy(ARGO);
    const r = ws.run(['edit', f, '--path', 'spec.source.helm.parameters[2].value', '--to', '4']);
    expectOk(r);
    expect(r.out).toEqual([`${f}:21: spec.source.helm.parameters[2].value: 3 -> 4`]);
    expect(ws.text(f)).toBe(swap(orig(ARGO), '          value: "3"\n', '          value: "4"\n'));
  });

  it('Flux HelmRelease: a single-quoted tag stays single-quoted, also for a numeric-looking value', () => {
    const f = ws.copy(FLUX);
    const r = ws.run(['edit', f, '--path', 'spec.values.image.tag', '--to', '6.6.0']);
    expectOk(r);
    expect(r.out).toEqual([`${f}:20: spec.values.image.tag: 6.5.4 -> 6.6.0`]);
    expect(ws.text(f)).toBe(swap(orig(FLUX), "      tag: '6.5.4'\n", "      tag: '6.6.0'\n"));
    expectOk(ws.run(['edit', f, '--path', 'spec.values.image.tag', '--to', '1.10']));
    expect(ws.text(f)).toBe(swap(orig(FLUX), "      tag: '6.5.4'\n", "      tag: '1.10'\n"));
  });

  it.each(['1.10', '0e123', '0755', 'yes', 'on', 'null', '2024-01-01', '12:30', '1e3', '0x1F', '~', 'y', 'n'])(
    'double-quotes %j where the old value was plain (YAML 1.1 would not read it as a string)',
    (value) => {
      const f = ws.copy(QUOTING);
      const r = ws.run(['edit', f, '--path', 'image.tag', `--to=${value}`]);
      expectOk(r);
      expect(r.out).toEqual([`${f}:3: image.tag: v1.0.0 -> ${value}`]);
      expect(ws.text(f)).toBe(swap(orig(QUOTING), '  tag: v1.0.0\n', `  tag: "${value}"\n`));
    },
  );

  it.each(['v1.2.3', '1.2.3', '2025-06-01-v2'])('keeps a plain old value plain for the safe value %j', (value) => {
    const f = ws.copy(QUOTING);
    expectOk(ws.run(['edit', f, '--path', 'image.tag', '--to', value]));
    expect(ws.text(f)).toBe(swap(orig(QUOTING), '  tag: v1.0.0\n', `  tag: ${value}\n`));
  });

  it('keeps single quotes and double quotes for values that would need quoting anyway', () => {
    const f = ws.copy(QUOTING);
    expectOk(ws.run(['edit', f, '--path', 'sidecar.tag', '--to', 'yes']));
    expectOk(ws.run(['edit', f, '--path', 'migrator.tag', '--to', '0755']));
    let want = swap(orig(QUOTING), "  tag: 'v0.3.1' # single-quoted on purpose\n", "  tag: 'yes' # single-quoted on purpose\n");
    want = swap(want, '  tag: "v7"\n', '  tag: "0755"\n');
    expect(ws.text(f)).toBe(want);
  });

  it('fills an empty value: "tag:" becomes "tag: v2"', () => {
    const f = ws.copy(HELM);
    const r = ws.run(['edit', f, '--path', 'sidecar.tag', '--to', 'v2']);
    expectOk(r);
    expect(r.out).toHaveLength(1);
    expect(r.out[0]).toMatch(new RegExp(`^${re(f)}:28: sidecar\\.tag: .*-> v2$`));
    expect(ws.text(f)).toBe(swap(orig(HELM), '  tag:\n  debugTag:', '  tag: v2\n  debugTag:'));
  });

  it('fills an empty value followed by a comment and keeps the spaces and the comment', () => {
    const f = ws.copy(HELM);
    expectOk(ws.run(['edit', f, '--path', 'sidecar.debugTag', '--to', 'v0.1.0']));
    expect(ws.text(f)).toBe(swap(orig(HELM), '  debugTag:   # set by', '  debugTag: v0.1.0   # set by'));
  });

  it('fills an empty value with a double-quoted token when the value needs it', () => {
    const f = ws.copy(HELM);
    expectOk(ws.run(['edit', f, '--path', 'sidecar.debugTag', '--to', '1.10']));
    expect(ws.text(f)).toBe(swap(orig(HELM), '  debugTag:   # set by', '  debugTag: "1.10"   # set by'));
  });

  it('keeps trailing spaces and tabs on the other lines', () => {
    const f = ws.copy(TRAILING);
    const r = ws.run(['edit', f, '--path', 'image.tag', '--to', 'v0.9.0']);
    expectOk(r);
    expect(r.out).toEqual([`${f}:3: image.tag: v0.8.0 -> v0.9.0`]);
    expect(ws.text(f)).toBe(swap(orig(TRAILING), '  tag: v0.8.0\n', '  tag: v0.9.0\n'));
  });

  it('no final newline: editing the last line keeps the file without one', () => {
    const f = ws.copy(NO_EOL_VALUES);
    expectOk(ws.run(['edit', f, '--path', 'image.tag', '--to', 'v2.3.0']));
    expect(ws.text(f)).toBe(swap(orig(NO_EOL_VALUES), '  tag: v2.2.2', '  tag: v2.3.0'));
    expect(ws.text(f).endsWith('\n')).toBe(false);
  });

  it('CRLF + BOM: a --path edit changes only the value bytes', () => {
    const f = ws.copy(CRLF);
    expectOk(ws.run(['edit', f, '--path', 'images[1].newTag', '--to', 'v1.2.0']));
    const want = swap(orig(CRLF), '    newTag: v1.1.0 # canary\r\n', '    newTag: v1.2.0 # canary\r\n');
    expect(ws.bytes(f).equals(Buffer.from(want, 'utf8'))).toBe(true);
  });

  it('refuses a value that is a mapping', () => {
    const f = ws.copy(HELM);
    const mtime = ws.age(f);
    const msg = expectFileError(ws.run(['edit', f, '--path', 'resources.limits', '--to', '1']), f);
    expect(msg).toContain('resources.limits');
    expect(msg).toMatch(/scalar/);
    expectUntouched(f, mtime);
  });

  it('refuses a path that is not there, naming the missing key and the keys that are', () => {
    const f = ws.copy(HELM);
    const mtime = ws.age(f);
    const msg = expectFileError(ws.run(['edit', f, '--path', 'resources.limits.cpu', '--to', '1']), f);
    expect(msg).toContain('resources.limits.cpu');
    expect(msg).toContain('memory');
    expectUntouched(f, mtime);
  });

  it.each(['spec..x', 'spec[name=', 'spec.', '[0'])('refuses the bad --path syntax %j as a usage error', (p) => {
    const f = ws.copy(ARGO);
    const mtime = ws.age(f);
    const msg = expectUsageError(ws.run(['edit', f, '--path', p, '--to', 'v1']));
    expect(msg).toContain(JSON.stringify(p));
    expect(msg).toMatch(/expected/);
    expectUntouched(f, mtime);
  });

  it('refuses a --to VALUE with a control character or whitespace', () => {
    const f = ws.copy(ARGO);
    const mtime = ws.age(f);
    for (const value of ['v2\u001bx', 'v2 4']) {
      const msg = expectFileError(ws.run(['edit', f, '--path', 'spec.source.helm.parameters[name=image.tag].value', `--to=${value}`]), f, 19);
      expect(msg).toContain(JSON.stringify(value));
      expect(msg).toMatch(/expected/);
    }
    expectUntouched(f, mtime);
  });
});

describe('anchors, aliases and merge keys (--path)', () => {
  it('editing the anchored value is allowed and says how many aliases share it', () => {
    const f = ws.copy(HELM);
    const r = ws.run(['edit', f, '--path', 'global.imageTag', '--to', 'v1.13.0']);
    expectOk(r);
    expect(r.out[0]).toBe(`${f}:4: global.imageTag: v1.12.0 -> v1.13.0`);
    expect(r.out.slice(1).join('\n')).toMatch(/appVersion[^\n]*\b2 aliases\b/);
    expect(ws.text(f)).toBe(swap(orig(HELM), '  imageTag: &appVersion v1.12.0 #', '  imageTag: &appVersion v1.13.0 #'));
  });

  it('--json carries the anchor and the alias count', () => {
    const f = ws.copy(HELM);
    const r = ws.run(['edit', f, '--path', 'global.imageTag', '--to', 'v1.13.0', '--json']);
    expectOk(r);
    expect(JSON.parse(r.stdout)).toEqual([
      { file: f, changed: true, changes: [{ line: 4, field: 'global.imageTag', from: 'v1.12.0', to: 'v1.13.0' }], anchor: 'appVersion', sharedByAliases: 2 },
    ]);
  });

  it('a value inside an anchored mapping can be edited', () => {
    const f = ws.copy(HELM);
    expectOk(ws.run(['edit', f, '--path', 'scheduler.image.tag', '--to', 'v1.13.0']));
    expect(ws.text(f)).toBe(swap(orig(HELM), '    repository: ghcr.io/acme/scheduler\n    tag: v1.12.0\n', '    repository: ghcr.io/acme/scheduler\n    tag: v1.13.0\n'));
  });

  it('refuses a target that is an alias and names the anchor and the path to edit instead', () => {
    const f = ws.copy(HELM);
    const mtime = ws.age(f);
    const msg = expectFileError(ws.run(['edit', f, '--path', 'api.image.tag', '--to', 'v1.13.0']), f, 13);
    expect(msg).toMatch(/appVersion/);
    expect(msg).toContain('global.imageTag');
    expectUntouched(f, mtime);
  });

  it('refuses a path through an alias and names the anchor and the path to edit instead', () => {
    const f = ws.copy(HELM);
    const mtime = ws.age(f);
    const msg = expectFileError(ws.run(['edit', f, '--path', 'cron.image.tag', '--to', 'v1.13.0']), f);
    expect(msg).toMatch(/schedulerImage/);
    expect(msg).toContain('scheduler.image.tag');
    expectUntouched(f, mtime);
  });

  it('refuses a key that comes from a merge key and names the anchor and the path to edit instead', () => {
    const f = ws.copy(HELM);
    const mtime = ws.age(f);
    const msg = expectFileError(ws.run(['edit', f, '--path', 'migrations.tag', '--to', 'v1.13.0']), f);
    expect(msg).toMatch(/defaults/);
    expect(msg).toContain('defaults.tag');
    expectUntouched(f, mtime);
  });
});

describe('multi-document files', () => {
  const label = 'metadata.labels["app.kubernetes.io/version"]';

  it('edits the one document the path resolves in', () => {
    const f = ws.copy(MULTI);
    const r = ws.run(['edit', f, '--path', 'data.RELEASE', '--to', 'v3.1.0']);
    expectOk(r);
    expect(r.out).toEqual([`${f}:34: data.RELEASE: v3.0.0 -> v3.1.0`]);
    expect(ws.text(f)).toBe(swap(orig(MULTI), '  RELEASE: v3.0.0\n', '  RELEASE: v3.1.0\n'));
  });

  it('refuses a path that resolves in several documents and points at --document', () => {
    const f = ws.copy(MULTI);
    const mtime = ws.age(f);
    const msg = expectFileError(ws.run(['edit', f, '--path', label, '--to', 'v3.1.0']), f);
    expect(msg).toContain('--document');
    expectUntouched(f, mtime);
  });

  it('--document N (0-based) picks the document', () => {
    const f = ws.copy(MULTI);
    const r = ws.run(['edit', f, '--path', label, '--document', '1', '--to', 'v3.1.0']);
    expectOk(r);
    expect(r.out).toEqual([`${f}:21: ${label}: v3.0.0 -> v3.1.0`]);
    expect(ws.text(f)).toBe(swap(orig(MULTI),
      '  name: reporting-worker\n  labels:\n    app.kubernetes.io/version: v3.0.0\n',
      '  name: reporting-worker\n  labels:\n    app.kubernetes.io/version: v3.1.0\n'));
  });

  it('refuses a --document beyond the last document', () => {
    const f = ws.copy(MULTI);
    const mtime = ws.age(f);
    const msg = expectFileError(ws.run(['edit', f, '--path', label, '--document', '7', '--to', 'v3.1.0']), f);
    expect(msg).toContain('7');
    expect(msg).toMatch(/expected/);
    expectUntouched(f, mtime);
  });

  it('refuses a --document that is not a number', () => {
    const f = ws.copy(MULTI);
    const mtime = ws.age(f);
    const msg = expectUsageError(ws.run(['edit', f, '--path', label, '--document', 'x', '--to', 'v3.1.0']));
    expect(msg).toContain('"x"');
    expect(msg).toMatch(/expected/);
    expectUntouched(f, mtime);
  });
});

describe('files that cannot be edited', () => {
  it('invalid YAML: error at the offending line, file untouched', () => {
    const f = ws.copy(INVALID);
    const mtime = ws.age(f);
    const msg = expectFileError(ws.run(['edit', f, '--path', 'image.tag', '--to', 'v2']), f, 4);
    expect(msg).toMatch(/YAML/);
    expectUntouched(f, mtime);
  });

  it('a file that is not a kustomization/YAML mapping (a Dockerfile)', () => {
    const f = ws.copy(NOT_YAML);
    const mtime = ws.age(f);
    const msg = expectFileError(ws.run(['edit', f, '--image', 'node', '--to', '25-alpine']), f);
    expect(msg).toContain('images');
    expectUntouched(f, mtime);
  });

  it('binary data (NUL bytes)', () => {
    const bytes = Buffer.from('image:\n  tag: v1\n\u0000\u0000\u0001\u0002', 'latin1');
    const f = ws.write('blob.yaml', bytes);
    const msg = expectFileError(ws.run(['edit', f, '--path', 'image.tag', '--to', 'v2']), f, 3);
    expect(msg).toMatch(/binary|NUL/i);
    expect(ws.bytes(f).equals(bytes)).toBe(true);
  });

  it('not UTF-8 (Latin-1)', () => {
    const bytes = Buffer.from('image:\n  tag: caf\u00e9\n', 'latin1');
    const f = ws.write('latin1.yaml', bytes);
    const msg = expectFileError(ws.run(['edit', f, '--path', 'image.tag', '--to', 'v2']), f, 2);
    expect(msg).toMatch(/UTF-8/);
    expect(ws.bytes(f).equals(bytes)).toBe(true);
  });

  it('a missing file', () => {
    const r = ws.run(['edit', 'missing.yaml', '--image', 'redis', '--to', '7.2.5']);
    // A file that does not exist has no line to name: "FILE: cannot read: no such file".
    expect(r.status).toBe(2);
    expect(r.err).toEqual(['error: missing.yaml: cannot read: no such file; expected a YAML file']);
    expect(existsSync(ws.path('missing.yaml'))).toBe(false);
    expect(ws.list()).toEqual([]);
  });
});

describe('how files are written', () => {
  it('keeps the file mode (0640)', () => {
    const f = ws.copy(PROD);
    chmodSync(ws.path(f), 0o640);
    expectOk(ws.run(['edit', f, '--image', 'worker', '--to', '3.2']));
    expect(statSync(ws.path(f)).mode & 0o7777).toBe(0o640);
    expect(ws.text(f)).toBe(swap(orig(PROD), '    newTag: "3.1"\n', '    newTag: "3.2"\n'));
  });

  it('edits the target of a symlink and keeps the symlink', () => {
    const f = ws.copy(PROD);
    symlinkSync(f, ws.path('live.yaml'));
    const r = ws.run(['edit', 'live.yaml', '--image', 'worker', '--to', '3.2']);
    expectOk(r);
    expect(r.out).toEqual(['live.yaml:23: newTag: 3.1 -> 3.2']);
    expect(lstatSync(ws.path('live.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(ws.path('live.yaml'))).toBe(f);
    expect(ws.text(f)).toBe(swap(orig(PROD), '    newTag: "3.1"\n', '    newTag: "3.2"\n'));
    expect(ws.list()).toEqual(['live.yaml', 'overlay-prod', f]);
  });

  it('leaves no temp files behind, after a success or an error', () => {
    const f = ws.copy(PROD);
    const before = ws.list();
    expectOk(ws.run(['edit', f, '--image', 'nginx', '--to', '1.27.0']));
    expect(ws.list()).toEqual(before);
    expect(ws.run(['edit', f, '--image', 'nginx', '--to', 'bad tag']).status).toBe(2);
    expect(ws.run(['edit', f, '--image', 'nope', '--to', 'v1']).status).toBe(2);
    expect(ws.list()).toEqual(before);
    expect(tempLeftovers()).toEqual([]);
  });

  it('several files: all are written when all can be edited', () => {
    const a = ws.copy(PROD);
    const b = ws.copy(STAGING);
    const r = ws.run(['edit', a, b, '--image', 'ghcr.io/acme/storefront-web', '--to', 'v1.5.0']);
    expectOk(r);
    expectLines(r.out, [`${a}:15: newTag: v1.4.2 -> v1.5.0`, `${b}:8: newTag: v1.5.0-rc.1 -> v1.5.0`]);
    expect(ws.text(a)).toBe(swap(orig(PROD), '    newTag: v1.4.2 #', '    newTag: v1.5.0 #'));
    expect(ws.text(b)).toBe(swap(orig(STAGING), '  newTag: v1.5.0-rc.1\n', '  newTag: v1.5.0\n'));
  });

  it('several files: when the last one fails, none is written', () => {
    const a = ws.copy(PROD);
    const b = ws.copy(STAGING);
    const c = ws.copy(DEV);
    const [ma, mb, mc] = [ws.age(a), ws.age(b), ws.age(c)];
    const before = ws.list();
    const msg = expectFileError(ws.run(['edit', a, b, c, '--image', 'ghcr.io/acme/storefront-web', '--to', 'v1.5.0']), c);
    expect(msg).toContain('ghcr.io/acme/storefront-web');
    expectUntouched(a, ma);
    expectUntouched(b, mb);
    expectUntouched(c, mc);
    expect(ws.list()).toEqual(before);
  });

  it('several files: when the first one fails, none is written', () => {
    const a = ws.copy(DEV);
    const b = ws.copy(PROD);
    const [ma, mb] = [ws.age(a), ws.age(b)];
    expectFileError(ws.run(['edit', a, b, '--image', 'ghcr.io/acme/storefront-web', '--to', 'v1.5.0']), a);
    expectUntouched(a, ma);
    expectUntouched(b, mb);
  });

  it('several files: a missing file among them stops every write', () => {
    const a = ws.copy(PROD);
    const ma = ws.age(a);
    const r = ws.run(['edit', a, 'overlay-prod/missing.yaml', '--image', 'worker', '--to', '3.2']);
    expect(r.status).toBe(2);
    expect(r.err[0]).toMatch(/^error: overlay-prod\/missing\.yaml[:]/);
    expectUntouched(a, ma);
  });

  it('--json: one entry per file with changes, inserted/removed keys as null', () => {
    const a = ws.copy(PROD);
    const b = ws.copy(DEV);
    const mb = ws.age(b);
    const r = ws.run(['edit', a, b, '--image', 'ghcr.io/acme/storefront-api', '--to', 'v2.1.0-dev.7', '--json']);
    expectOk(r);
    const parsed = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(parsed).toHaveLength(2);
    for (const e of parsed) expect(Object.keys(e).sort()).toEqual(['anchor', 'changed', 'changes', 'file', 'sharedByAliases']);
    expect(parsed[0]).toMatchObject({ file: a, changed: true, sharedByAliases: 0 });
    expect(parsed[0]?.anchor ?? null).toBeNull();
    expect(parsed[0]?.changes).toEqual(expect.arrayContaining([
      { line: 18, field: 'newTag', from: 'v2.0.1', to: 'v2.1.0-dev.7' },
      { line: 19, field: 'digest', from: API, to: null },
    ]));
    expect(parsed[0]?.changes).toHaveLength(2);
    expect(parsed[1]).toMatchObject({ file: b, changed: false, changes: [], sharedByAliases: 0 });
    expect(ws.text(a)).toBe(swap(orig(PROD), `    newTag: v2.0.1\n    digest: ${API}\n`, '    newTag: v2.1.0-dev.7\n'));
    expectUntouched(b, mb);
  });

  it('--json: an inserted key has from: null', () => {
    const f = ws.copy(PROD);
    const r = ws.run(['edit', f, '--image', 'nginx', '--to', '1.27.0', '--json']);
    expectOk(r);
    const parsed = JSON.parse(r.stdout) as { changes: unknown }[];
    expect(parsed).toHaveLength(1);
    expect(parsed[0]?.changes).toEqual([{ line: 31, field: 'newTag', from: null, to: '1.27.0' }]);
  });
});

describe('usage', () => {
  it('no arguments: exit 2', () => {
    const r = ws.run([]);
    expect(r.status).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/edit/);
  });

  it('an unknown verb: exit 2 and an error naming it', () => {
    const r = ws.run(['promote', 'x.yaml']);
    const msg = expectUsageError(r);
    expect(msg).toContain('promote');
  });

  it('edit without --to: exit 2, "error: …" without a file location', () => {
    const f = ws.copy(PROD);
    const mtime = ws.age(f);
    const msg = expectUsageError(ws.run(['edit', f, '--image', 'worker']));
    expect(msg).toContain('--to');
    expect(msg).not.toMatch(new RegExp(`^${re(f)}:`));
    expectUntouched(f, mtime);
  });

  it('edit with both --image and --path, or neither: exit 2', () => {
    const f = ws.copy(PROD);
    const mtime = ws.age(f);
    expect(expectUsageError(ws.run(['edit', f, '--image', 'worker', '--path', 'images[2].newTag', '--to', '3.2']))).toMatch(/--image|--path/);
    expect(expectUsageError(ws.run(['edit', f, '--to', '3.2']))).toMatch(/--image|--path/);
    expectUntouched(f, mtime);
  });

  it('edit without a FILE: exit 2', () => {
    const msg = expectUsageError(ws.run(['edit', '--image', 'worker', '--to', '3.2']));
    expect(msg).toMatch(/FILE/);
  });
});
