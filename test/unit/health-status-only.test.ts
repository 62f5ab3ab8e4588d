// A check with nothing to verify says so: an http check without a version to expect or a body to match passes on
// any answer with the status, so wait-healthy warns (on the config line of the check when it has one).
import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../src/core/config/config.js';
import { planWaitHealthy } from '../../src/core/health/plan.js';
import { adhocSpec } from '../../src/core/health/sources.js';

const flag = (n: string): string => `--${n}`;
const text = [
  'version: 1', 'environments: [dev, prod]', 'health:', '  prod:', '    checks:',
  '      - type: http', '        url: https://web.example.com/healthz', '      - type: http',
  '        url: https://web.example.com/version', '        expectVersion: v2', '',
].join('\n');

describe('status-only http checks', () => {
  it('warns for a URL given without a version, not when the version is known or a body must match', () => {
    const bare = planWaitHealthy({ env: 'prod', adhoc: adhocSpec({ urls: ['http://a/v', 'http://b/v'] }, flag), environ: {} });
    expect(bare.warnings.map((w) => w.message)).toEqual([
      'the http check of http://a/v verifies only the status (200): there is no version to expect (version or expect-version) and no body-match',
      'the http check of http://b/v verifies only the status (200): there is no version to expect (version or expect-version) and no body-match',
    ]);
    const versioned = planWaitHealthy({ env: 'prod', version: 'v1', adhoc: adhocSpec({ urls: ['http://a/v'] }, flag), environ: {} });
    expect(versioned.warnings).toEqual([]);
    const matched = planWaitHealthy({ env: 'prod', adhoc: adhocSpec({ urls: ['http://a/v'], bodyMatch: 'ok' }, flag), environ: {} });
    expect(matched.warnings).toEqual([]);
  });

  it('places the warning on the check in the config', () => {
    const config = { parsed: loadConfig(text, 'gitops-promote.yaml'), text, file: 'gitops-promote.yaml' };
    const plan = planWaitHealthy({ env: 'prod', config, adhoc: { checks: [], timing: {} }, environ: {} });
    expect(plan.warnings).toHaveLength(1);
    expect(plan.warnings[0]?.message).toMatch(/^the http check of https:\/\/web\.example\.com\/healthz verifies only the status/);
    expect(plan.whereOf(plan.warnings[0]?.key as string)).toEqual({ file: 'gitops-promote.yaml', line: 6 });
  });
});
