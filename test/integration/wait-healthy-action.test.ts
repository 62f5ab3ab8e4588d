// The built wait-healthy action (dist/wait-healthy/index.js) run as the runner runs it: Node 24, INPUT_*,
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY; outputs, summary, masks and annotations asserted.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from './helpers/action-runner.js';
import { checkoutClone, createConfigRepo } from './helpers/config-repo.js';
import { commitToBare } from './helpers/git-repo.js';
import { startGitServer } from './helpers/git-server.js';
import { argoApplication, argoDouble, deployment, json, kubeDouble, makeCerts, serve, type Certs, type Served } from './helpers/health-doubles.js';

const WEB_KEY = 'web-key-0a9b8c7d6e';
const ARGO_TOKEN = 'argo-action-token-55aa';
const KUBE_TOKEN = 'kube-action-token-77bb';
let ws: string;
let certs: Certs;
const servers: Served[] = [];
let web: Served;
let kube: Served;
const hits: Record<string, number> = {};

beforeAll(async () => {
  ws = mkdtempSync(join(tmpdir(), 'gitops-promote-wh-action-'));
  certs = makeCerts();
  // One app per region: eu-west-1 rolls out after two requests, us-east-1 is already there.
  web = await serve((q, res) => {
    if (q.headers['x-api-key'] !== WEB_KEY) return json(res, 401, { error: 'key' });
    const region = (q.url ?? '').split('/')[1] as string;
    hits[region] = (hits[region] ?? 0) + 1;
    if (region === 'stale') return json(res, 200, { version: 'v1.2.2' });
    // A hostile endpoint: workflow commands after line breaks, and HTML for the summary.
    if (region === 'evil') return json(res, 200, { version: 'v6\n::set-output name=verdict::healthy\n::add-mask::v1.2.3\n::warning file=x::pwned<img src=x onerror=alert(1)>' });
    json(res, 200, { version: region === 'eu-west-1' && (hits[region] as number) <= 2 ? 'v1.2.2' : 'v1.2.3' });
  });
  kube = await kubeDouble(certs, KUBE_TOKEN, () => ({ '/apis/apps/v1/namespaces/prod/deployments/web': deployment('web', 'prod', { tag: 'v1.2.3' }) }));
  servers.push(web, kube);
  writeFileSync(join(ws, 'gitops-promote.yaml'), [
    'version: 1',
    'environments:',
    '  - dev',
    '  - name: prod',
    '    regions: [eu-west-1, us-east-1]',
    'health:',
    '  prod:',
    '    interval: 200ms',
    '    timeout: 15s',
    '    successThreshold: 2',
    '    checks:',
    '      - type: http',
    `        url: ${web.url}/{region}/api/version`,
    '        headers:',
    '          X-Api-Key: ${WEB_KEY}',
    '  dev:',
    '    timeout: 3s', // room for a first answer on a busy machine: the report needs its evidence
    '    interval: 200ms',
    '    failureLimit: 0',
    '    checks:',
    '      - type: http',
    `        url: ${web.url}/stale/api/version`,
    '        headers: {X-Api-Key: "${WEB_KEY}"}',
    '',
  ].join('\n'));
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  certs?.cleanup();
  if (ws) rmSync(ws, { recursive: true, force: true });
});

describe('wait-healthy action', () => {
  it('checks every region from the config, masks the header value, and writes outputs and a summary', async () => {
    const r = await runAction('wait-healthy', { workspace: ws, inputs: { env: 'prod', app: 'web', version: 'v1.2.3' }, env: { WEB_KEY } });
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('healthy');
    expect(r.outputs.healthy).toBe('true');
    expect(r.outputs.reason).toMatch(/^healthy: 2 consecutive samples with every check passing \(2 targets\)/);
    expect(r.outputs['observed-version']).toBe('v1.2.3');
    const samples = JSON.parse(r.outputs.samples as string) as { outcome: string; targets: number; list: { verdict: string; checks: Record<string, { verdict: string; version?: string }> }[] };
    expect(samples.outcome).toBe('healthy');
    expect(samples.targets).toBe(2);
    expect(samples.list[0]?.verdict).toBe('pending');
    expect(Object.keys(samples.list[0]?.checks ?? {})).toEqual([`${web.url}/eu-west-1/api/version`, `${web.url}/us-east-1/api/version`]);
    expect(r.masks).toContain(WEB_KEY);
    expect(r.log).not.toContain(WEB_KEY);
    expect(r.summary).not.toContain(WEB_KEY);
    expect(r.outputFile).not.toContain(WEB_KEY);
    expect(r.summary).toContain('### wait-healthy: web in prod ✅ healthy');
    expect(r.summary).toContain(`#### ${web.url}/eu-west-1/api/version`);
    expect(r.summary).toMatch(/\| \d\d:\d\d:\d\d \| status 200, version v1\.2\.2, expected v1\.2\.3 \| ⏳ pending \|/);
    expect(r.log).toContain(`waiting for ${web.url}/eu-west-1/api/version to report v1.2.3 (now v1.2.2)`);
    expect(r.annotations).toEqual([]);
  });

  it('times out as unhealthy when the version never arrives: exit 1, verdict unhealthy, the evidence in an annotation on the config line', async () => {
    const r = await runAction('wait-healthy', { workspace: ws, inputs: { env: 'dev', version: 'v1.2.3' }, env: { WEB_KEY } });
    expect(r.code).toBe(1);
    expect([r.outputs.verdict, r.outputs.healthy]).toEqual(['unhealthy', 'false']);
    expect(r.outputs.reason).toBe(`unhealthy: timed out after 3s with 0/3 consecutive passes; last: ${web.url}/stale/api/version: status 200, version v1.2.2, expected v1.2.3`);
    expect(r.annotations).toEqual([expect.objectContaining({ level: 'error', message: r.outputs.reason, file: 'gitops-promote.yaml', line: 21 })]);
    expect(r.summary).toContain('⏱️ timed out');
  });

  it('takes checks from inputs: an inline kubeconfig (written privately, its token masked) and an argocd token', async () => {
    const kubeconfig = [
      'apiVersion: v1', 'kind: Config',
      'clusters:', '- name: t', `  cluster: {server: "${kube.url}", certificate-authority-data: ${Buffer.from(readFileSync(certs.ca)).toString('base64')}}`,
      'users:', '- name: t', '  user:', `    token: ${KUBE_TOKEN}`,
      'contexts:', '- name: t', '  context: {cluster: t, user: t}', 'current-context: t', '',
    ].join('\n');
    const r = await runAction('wait-healthy', {
      workspace: ws,
      inputs: { env: 'prod', version: 'v1.2.3', deployment: 'web', namespace: 'prod', kubeconfig, 'argocd-token': ARGO_TOKEN, interval: '200ms', 'success-threshold': '1', timeout: '10s' },
    });
    expect(r.code).toBe(0);
    expect(r.outputs.reason).toMatch(/^healthy: 1 consecutive sample .*\(1 target\)/);
    expect(r.outputs['observed-version']).toBe('v1.2.3');
    expect(r.masks).toEqual(expect.arrayContaining([KUBE_TOKEN, ARGO_TOKEN]));
    expect(r.log).not.toContain(KUBE_TOKEN);
  });

  it('has no verdict when Argo CD does not know the app: exit 3, verdict unknown, healthy false', async () => {
    const argo = await argoDouble(ARGO_TOKEN, () => ({}));
    servers.push(argo);
    const r = await runAction('wait-healthy', {
      workspace: ws, inputs: { env: 'prod', app: 'web', commit: '3f2a9c1d5e7b8a6f4c2d1e0f9a8b7c6d5e4f3a2b', 'argocd-url': argo.url, 'argocd-token': ARGO_TOKEN, timeout: '10s' },
    });
    expect(r.code).toBe(3);
    expect([r.outputs.verdict, r.outputs.healthy]).toEqual(['unknown', 'false']);
    expect(r.outputs.reason).toBe('unknown: argocd app web: application web not found or not permitted (status 403)');
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([expect.objectContaining({ message: r.outputs.reason })]);
    // No clone of the config repository in this workspace: said once, as a warning.
    expect(r.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([expect.stringMatching(/^no clone of the config repository/)]);
    expect(r.summary).toContain('### wait-healthy: web in prod ❔ unknown (no verdict)');
  });

  it('keeps a hostile endpoint\'s answer inert: no command, mask or output from it, HTML escaped in the summary', async () => {
    const r = await runAction('wait-healthy', { workspace: ws, inputs: { env: 'prod', version: 'v1.2.3', url: `${web.url}/evil/api/version`, headers: 'X-Api-Key: ${WEB_KEY}', interval: '200ms', timeout: '3s' }, env: { WEB_KEY } });
    expect(r.code).toBe(1);
    expect([r.outputs.verdict, r.outputs.healthy]).toEqual(['unhealthy', 'false']);
    expect(r.masks.filter((m) => /v1\.2\.3|pwned/.test(m))).toEqual([]);
    // The only workflow command in the log is the action's own error annotation (its data escaped by @actions/core).
    expect(r.annotations).toEqual([expect.objectContaining({ level: 'error', message: r.outputs.reason })]);
    expect(r.log.split('\n').filter((l) => /^\s*::/.test(l) || l.includes('##['))).toEqual([`::error::${r.outputs.reason}`]);
    expect(r.log).toContain('(now v6 ::set-output name=verdict::healthy ::add-mask::v1.2.3 ::warning file=x::pwned<img src=x onerror=alert(1)>)');
    expect(r.summary).not.toContain('<img');
    expect(r.summary).toContain('::warning file=x::pwned&lt;img src=x onerror=alert(1)&gt;');
  });

  it('fetches a commit Argo CD synced after the checkout with the token input, and knows it carries the promotion', async () => {
    const GIT_TOKEN = 'ghs_gitTokenForFetching0042';
    const root = mkdtempSync(join(tmpdir(), 'gitops-promote-wh-action-git-'));
    const server = await startGitServer({ root, token: GIT_TOKEN });
    try {
      const bare = await createConfigRepo(root, 'cfg', { 'apps/web/values.yaml': 'tag: v1.2.2\n' });
      const promotion = await commitToBare(bare, 'main', { 'apps/web/values.yaml': 'tag: v1.2.3\n' }, 'promote(web): prod v1.2.2 -> v1.2.3');
      const checkout = await checkoutClone(server.url('cfg'), join(root, 'job'), { token: GIT_TOKEN, depth: 0 });
      // Another promotion lands after the checkout; Argo CD syncs the branch head.
      const later = await commitToBare(bare, 'main', { 'apps/api/values.yaml': 'tag: v2.0.0\n' }, 'promote(api): prod');
      const argo = await argoDouble(ARGO_TOKEN, () => ({ web: argoApplication('web', { sync: 'Synced', revision: later, health: 'Healthy' }) }));
      servers.push(argo);
      const inputs = { env: 'prod', app: 'web', commit: promotion, 'argocd-url': argo.url, 'argocd-token': ARGO_TOKEN, interval: '200ms', 'success-threshold': '1', timeout: '3s' };
      const ok = await runAction('wait-healthy', { workspace: checkout, inputs, githubToken: GIT_TOKEN });
      expect([ok.code, ok.outputs.verdict]).toEqual([0, 'healthy']);
      expect(ok.masks).toContain(GIT_TOKEN);
      expect(ok.log + ok.outputFile + ok.summary).not.toContain(GIT_TOKEN);
      // A token the server refuses: the commit cannot be placed, so no verdict (never unhealthy).
      const fresh = await checkoutClone(server.url('cfg'), join(root, 'job2'), { token: GIT_TOKEN, depth: 0 });
      const newest = await commitToBare(bare, 'main', { 'apps/worker/values.yaml': 'tag: v3.0.0\n' }, 'promote(worker): prod');
      const argo2 = await argoDouble(ARGO_TOKEN, () => ({ web: argoApplication('web', { sync: 'Synced', revision: newest, health: 'Healthy' }) }));
      servers.push(argo2);
      const refused = await runAction('wait-healthy', { workspace: fresh, inputs: { ...inputs, 'argocd-url': argo2.url, token: 'ghs_wrong' } });
      expect([refused.code, refused.outputs.verdict]).toEqual([3, 'unknown']);
      expect(refused.annotations.map((a) => a.message)).toContainEqual(expect.stringMatching(/^cannot fetch main to look up synced commits/));
    } finally {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('refuses a bad condition in the config with one error line on its line, before any request, exit 2', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'gitops-promote-wh-action-bad-'));
    writeFileSync(join(bad, 'gitops-promote.yaml'), 'version: 1\nhealth:\n  prod:\n    checks:\n      - type: prometheus\n        url: http://127.0.0.1:1\n        query: up\n        successCondition: result >== 1\n');
    try {
      const r = await runAction('wait-healthy', { workspace: bad, inputs: { env: 'prod' } });
      expect(r.code).toBe(2);
      expect(r.annotations.map((a) => a.message)).toEqual(['error: gitops-promote.yaml:8: health.prod.checks[0].successCondition: "result >== 1" is not a condition: "=" is not an operator; expected "==" to compare at column 10 ("= 1")']);
      expect(r.outputs).toEqual({});
      const unknown = await runAction('wait-healthy', { workspace: bad, inputs: { env: 'prod', checks: '- type: pingdom\n  url: http://x/' } });
      expect(unknown.code).toBe(2);
      expect(unknown.annotations[0]?.message).toBe('error: input "checks": checks[0].type: "pingdom" is not one of "http", "prometheus", "argocd", "flux", "kubernetes", "rollout" (line 1)');
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });

  it('declares every input and output it uses, and never loads @actions/github', () => {
    const bundle = readFileSync(join(process.cwd(), 'dist', 'wait-healthy', 'index.js'), 'utf8');
    expect(bundle).not.toMatch(/@octokit\/(rest|core)|getOctokit/);
    const yml = readFileSync(join(process.cwd(), 'actions', 'wait-healthy', 'action.yml'), 'utf8');
    for (const name of ['verdict', 'healthy', 'reason', 'observed-version', 'samples']) expect(yml).toContain(`  ${name}:\n`);
    for (const input of ['env', 'app', 'version', 'commit', 'token', 'config', 'path', 'checks', 'url', 'expect-version', 'version-field', 'prometheus', 'query', 'success-condition', 'failure-condition', 'interval', 'timeout', 'initial-delay', 'success-threshold', 'failure-limit', 'argocd-url', 'argocd-token', 'argocd-app', 'kubeconfig', 'flux-kind', 'flux-name', 'flux-namespace', 'deployment', 'statefulset', 'daemonset', 'rollout', 'namespace', 'headers']) {
      expect(yml).toContain(`  ${input}:\n`);
    }
  });
});
