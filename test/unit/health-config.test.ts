// health.<env> in gitops-promote.yaml (validated on load with file and line), the checks input, options, and the
// resolution of templates and secrets for one run.
import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../src/core/config/config.js';
import { UserError } from '../../src/core/errors.js';
import { planWaitHealthy } from '../../src/core/health/plan.js';
import { adhocSpec, checksFromText, parseHeaderLines } from '../../src/core/health/sources.js';
import type { HttpTarget, PrometheusTarget } from '../../src/core/health/spec.js';

const CONFIG = `version: 1
environments:
  - dev
  - name: prod
    regions: [eu-west-1, us-east-1]
health:
  prod:
    interval: 5s
    timeout: 15m
    successThreshold: 2
    checks:
      - type: http
        url: https://{region}.web.example.com/api/version
        headers:
          X-Api-Key: \${WEB_KEY}
      - type: prometheus
        url: http://prometheus:9090
        query: sum(rate(http_requests_total{app="{app}",code!~"5.."}[1m])) / sum(rate(http_requests_total{app="{app}"}[1m]))
        successCondition: result >= 0.95
        bearerTokenEnv: PROM_TOKEN
`;

function configError(text: string): string {
  try {
    loadConfig(text, 'gitops-promote.yaml');
  } catch (e) {
    if (e instanceof UserError) return e.format();
    throw e;
  }
  throw new Error('no error');
}

const withCheck = (check: string, extra = ''): string => `version: 1\nhealth:\n  prod:\n${extra}    checks:\n      - ${check.split('\n').join('\n        ')}\n`;

describe('health in gitops-promote.yaml', () => {
  it('loads a valid health section', () => {
    const c = loadConfig(CONFIG, 'gitops-promote.yaml');
    expect(Object.keys(c.health)).toEqual(['prod']);
  });

  it('refuses an unparseable condition, saying where in the expression, on its line', () => {
    expect(configError(withCheck('type: prometheus\nurl: http://p:9090\nquery: up\nsuccessCondition: result >= ')))
      .toBe('gitops-promote.yaml:8: health.prod.checks[0].successCondition: "result >=" is not a condition: the condition ends too early; expected a number, result, a function or "(" at the end');
    expect(configError(withCheck('type: prometheus\nurl: http://p:9090\nquery: up\nfailureCondition: result > 0.05 && (len(result) == 0')))
      .toMatch(/^gitops-promote\.yaml:8: health\.prod\.checks\[0\]\.failureCondition: .* expected "\)" to close "\(" at the end$/);
  });

  it('refuses an unknown check type, a missing URL, a key of another type, a bad duration or regex', () => {
    expect(configError(withCheck('type: pingdom\nurl: https://x'))).toBe('gitops-promote.yaml:5: health.prod.checks[0].type: "pingdom" is not one of "http", "prometheus", "argocd", "flux", "kubernetes", "rollout"');
    expect(configError(withCheck('type: http\nexpectStatus: 200'))).toBe('gitops-promote.yaml:5: health.prod.checks[0]: an http check needs url (one URL, {region} makes one per region) or urls (a list), not both');
    expect(configError(withCheck('type: http\nurl: https://x\nquery: up'))).toMatch(/^gitops-promote\.yaml:7: health\.prod\.checks\[0\]\.query: is not a key of a http check; expected url, urls/);
    expect(configError(withCheck('type: http\nurl: ftp://x'))).toMatch(/^gitops-promote\.yaml:6: .*url: "ftp:\/\/x" is not an http\(s\) URL/);
    expect(configError(withCheck('type: http\nurl: https://{cluster}.x'))).toMatch(/unknown placeholder \{cluster\}/);
    expect(configError(withCheck('type: http\nurl: https://x\nbodyMatch: "("'))).toMatch(/^gitops-promote\.yaml:7: .*bodyMatch: "\(" is not a valid regular expression/);
    expect(configError(withCheck('type: http\nurl: https://x', '    interval: 5 s\n'))).toMatch(/^gitops-promote\.yaml:4: health\.prod\.interval: "5 s" does not match/);
    expect(configError(withCheck('type: http\nurl: https://x', '    failureLimit: -1\n'))).toMatch(/^gitops-promote\.yaml:4: health\.prod\.failureLimit: -1 is below the minimum 0/);
    expect(configError(withCheck('type: prometheus\nurl: http://p\nquery: up'))).toMatch(/needs successCondition or failureCondition/);
    expect(configError(withCheck('type: flux\nname: "../x"'))).toMatch(/flux|name/);
    expect(configError('version: 1\nhealth:\n  prod:\n    checks: []\n')).toBe('gitops-promote.yaml:4: health.prod.checks: needs at least 1 item(s)');
    expect(configError('version: 1\nhealth:\n  prod:\n    chekcs: []\n')).toMatch(/^gitops-promote\.yaml:4: health\.prod\.chekcs: unknown key; expected one of checks, initialDelay/);
  });
});

describe('planning a run', () => {
  const config = { parsed: loadConfig(CONFIG, 'gitops-promote.yaml'), text: CONFIG, file: 'gitops-promote.yaml' };
  const environ = { WEB_KEY: 'k-secret-123', PROM_TOKEN: 'p-secret-456' };

  it('fills {region} per region and {app}, reads secrets from the environment, layers timing', () => {
    const plan = planWaitHealthy({ env: 'prod', app: 'web', version: 'v1.2.3', config, adhoc: { checks: [], timing: { failureLimit: 5 } }, environ });
    const http = plan.checks.targets.filter((t) => t.type === 'http') as HttpTarget[];
    expect(http.map((t) => t.url)).toEqual(['https://eu-west-1.web.example.com/api/version', 'https://us-east-1.web.example.com/api/version']);
    expect(http[0]?.headers).toEqual({ 'X-Api-Key': 'k-secret-123' });
    expect(http[0]?.expectVersion).toBe('v1.2.3');
    const prom = plan.checks.targets.find((t) => t.type === 'prometheus') as PrometheusTarget;
    expect(prom.query).toContain('app="web",code!~"5.."');
    expect(prom.headers.Authorization).toBe('Bearer p-secret-456');
    expect(plan.checks.secrets.sort()).toEqual(['k-secret-123', 'p-secret-456']);
    expect(plan.timing).toMatchObject({ intervalMs: 5000, timeoutMs: 900_000, successThreshold: 2, failureLimit: 5, requestTimeoutMs: 10_000, initialDelayMs: 0 });
    expect(plan.whereOf('health.prod.checks[1]')).toEqual({ file: 'gitops-promote.yaml', line: 16 });
  });

  it('says which secret or value is missing, with file and line, before any waiting', () => {
    const err = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        return (e as UserError).format();
      }
      return 'no error';
    };
    expect(err(() => planWaitHealthy({ env: 'prod', app: 'web', config, adhoc: { checks: [], timing: {} }, environ: { PROM_TOKEN: 'x' } })))
      .toBe('gitops-promote.yaml:15: health.prod.checks[0].headers.X-Api-Key: the environment variable WEB_KEY is not set; expected it to hold the secret');
    expect(err(() => planWaitHealthy({ env: 'prod', config, adhoc: { checks: [], timing: {} }, environ })))
      .toMatch(/^gitops-promote\.yaml:18: health\.prod\.checks\[1\]\.query: .* uses \{app\}, but no app was given; expected an app/);
    expect(err(() => planWaitHealthy({ env: 'dev', config, adhoc: { checks: [], timing: {} }, environ })))
      .toMatch(/^no health checks for environment "dev"; expected health\.dev\.checks in gitops-promote\.yaml, the checks input, or options/);
  });

  it('options replace the configured checks; {region} without regions is refused', () => {
    const adhoc = adhocSpec({ urls: ['http://127.0.0.1:1/v'], interval: '1s' }, (n) => `--${n}`);
    const plan = planWaitHealthy({ env: 'prod', config, adhoc, environ: {} });
    expect(plan.checks.targets.map((t) => t.type)).toEqual(['http']);
    expect(plan.timing.intervalMs).toBe(1000);
    expect(plan.source).toBe('options');
    expect(() => planWaitHealthy({ env: 'dev', adhoc: adhocSpec({ urls: ['http://{region}.x/'] }, (n) => `--${n}`), environ: {} })).toThrow(/uses \{region\}, but environment "dev" has no regions/);
  });
});

describe('workload checks: StatefulSet, DaemonSet and Argo Rollouts', () => {
  const env = { env: 'prod', app: 'web', version: 'v1.2.3', environ: {} };
  it('resolves statefulset, daemonset and rollout checks from the config, in their namespace', () => {
    const text = withCheck('type: kubernetes\nstatefulset: db\nnamespace: data')
      .replace(/\n$/, '\n      - type: kubernetes\n        daemonset: "{app}-agent"\n      - type: rollout\n        namespace: web\n');
    const config = { parsed: loadConfig(text, 'gitops-promote.yaml'), text, file: 'gitops-promote.yaml' };
    const plan = planWaitHealthy({ ...env, config, adhoc: { checks: [], timing: {} } });
    expect(plan.checks.targets.map((t) => t.id)).toEqual(['StatefulSet data/db', 'DaemonSet default/web-agent', 'Rollout web/web']);
    expect(plan.checks.targets.map((t) => ('expectVersion' in t ? t.expectVersion : undefined))).toEqual(['v1.2.3', 'v1.2.3', 'v1.2.3']);
  });
  it('refuses two workloads in one check, and a rollout key on a kubernetes check', () => {
    expect(configError(withCheck('type: kubernetes\ndeployment: web\nstatefulset: web')))
      .toBe('gitops-promote.yaml:5: health.prod.checks[0]: a kubernetes check names one workload; expected one of deployment, statefulset or daemonset, not deployment and statefulset');
    expect(configError(withCheck('type: kubernetes\nrollout: web'))).toMatch(/^gitops-promote\.yaml:6: health\.prod\.checks\[0\]\.rollout: is not a key of a kubernetes check/);
  });
  it('takes --statefulset, --daemonset and --rollout with one --namespace', () => {
    const adhoc = adhocSpec({ statefulset: 'db', rollout: 'web', namespace: 'prod' }, (n) => `--${n}`);
    const plan = planWaitHealthy({ ...env, adhoc });
    expect(plan.checks.targets.map((t) => t.id)).toEqual(['StatefulSet prod/db', 'Rollout prod/web']);
    expect(() => adhocSpec({ namespace: 'prod' }, (n) => `--${n}`)).toThrow(/^--namespace is for --deployment, --statefulset, --daemonset or --rollout/);
  });
});

describe('options and the checks input', () => {
  const flag = (n: string): string => `--${n}`;
  const err = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      return (e as Error).message;
    }
    return 'no error';
  };
  it('names the flag in errors', () => {
    expect(err(() => adhocSpec({ prometheus: 'http://p', query: 'up', successCondition: 'result >>= 1' }, flag))).toBe('--success-condition "result >>= 1" is not a condition: unexpected ">="; expected a number, result, a function or "(" at column 9 (">= 1")');
    expect(err(() => adhocSpec({ query: 'up' }, flag))).toMatch(/^--prometheus is needed with --query/);
    expect(err(() => adhocSpec({ urls: ['http://x'], interval: '10' }, flag))).toMatch(/^--interval "10" is not a duration/);
    expect(err(() => adhocSpec({ urls: ['http://x'], failureLimit: 'many' }, flag))).toMatch(/^--failure-limit "many" is not allowed; expected a whole number from 0 to 1000/);
    expect(err(() => adhocSpec({ urls: ['not a url'] }, flag))).toMatch(/^--url "not a url" is not a URL/);
    expect(err(() => adhocSpec({ urls: ['http://x'], expectStatus: '2xx' }, flag))).toMatch(/^--expect-status "2xx" is not an HTTP status/);
    expect(err(() => adhocSpec({ fluxKind: 'GitRepository' }, flag))).toMatch(/^--flux-kind "GitRepository" is not a Flux kind/);
    expect(err(() => adhocSpec({ urls: ['http://x'] }, (n) => `input "${n}"`))).toBe('no error');
  });
  it('reads the checks input as YAML or JSON, with lines in errors', () => {
    expect(checksFromText('- type: http\n  url: http://x/\n', 'input "checks"').checks).toHaveLength(1);
    expect(checksFromText('{"checks": [{"type": "http", "url": "http://x/"}], "interval": "2s"}', 'input "checks"').timing).toEqual({ intervalMs: 2000 });
    expect(err(() => checksFromText('- type: http\n  url: http://x/\n- type: nope\n', 'input "checks"'))).toBe('input "checks": checks[1].type: "nope" is not one of "http", "prometheus", "argocd", "flux", "kubernetes", "rollout" (line 3)');
    expect(err(() => checksFromText('checks:\n  - type: prometheus\n    url: http://p\n    query: up\n    successCondition: "(result"\n', 'input "checks"'))).toMatch(/^input "checks": checks\[0\]\.successCondition: "\(result" is not a condition: .*expected "\)" to close "\(" at the end$/);
  });
  it('parses header lines and never quotes a header value in an error', () => {
    expect(parseHeaderLines(['Authorization: Bearer ${TOKEN}\nX-Env: prod'], 'headers')).toEqual({ Authorization: 'Bearer ${TOKEN}', 'X-Env': 'prod' });
    const e = err(() => parseHeaderLines(['secret-without-colon-s3cr3t'], 'headers'));
    expect(e).toMatch(/is not "Name: value"/);
    expect(e).not.toContain('s3cr3t');
  });
});
