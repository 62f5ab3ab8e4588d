// The built wait-healthy action (dist/wait-healthy/index.js) run as the runner runs it: Node 24, INPUT_*,
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY; outputs, summary, masks and annotations asserted.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from './helpers/action-runner.js';
import { deployment, json, kubeDouble, makeCerts, serve, type Certs, type Served } from './helpers/health-doubles.js';

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
    '    timeout: 1s',
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

  it('times out as unhealthy: exit 1, healthy=false, the evidence in an annotation on the config line', async () => {
    const r = await runAction('wait-healthy', { workspace: ws, inputs: { env: 'dev', version: 'v1.2.3' }, env: { WEB_KEY } });
    expect(r.code).toBe(1);
    expect(r.outputs.healthy).toBe('false');
    expect(r.outputs.reason).toBe(`timed out after 1s with 0/3 consecutive passes; last: ${web.url}/stale/api/version: status 200, version v1.2.2, expected v1.2.3`);
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
    for (const name of ['healthy', 'reason', 'observed-version', 'samples']) expect(yml).toContain(`  ${name}:\n`);
    for (const input of ['env', 'app', 'version', 'commit', 'config', 'path', 'checks', 'url', 'expect-version', 'version-field', 'prometheus', 'query', 'success-condition', 'failure-condition', 'interval', 'timeout', 'initial-delay', 'success-threshold', 'failure-limit', 'argocd-url', 'argocd-token', 'argocd-app', 'kubeconfig', 'flux-kind', 'flux-name', 'flux-namespace', 'deployment', 'namespace', 'headers']) {
      expect(yml).toContain(`  ${input}:\n`);
    }
  });
});
