import { describe, expect, it } from '@jest/globals';
import { loadConfig, zeroConfig, type PromoteConfig } from '../../src/core/config/config.js';
import { UserError } from '../../src/core/errors.js';
import { closestNames, discoverLayout, findApp, findEnv, previousEnv, targetsOf, unknownName, type Layout } from '../../src/core/layout.js';

const K = 'kustomization.yaml';
const config = (text: string): PromoteConfig => loadConfig(text, 'gitops-promote.yaml');
const names = (l: Layout): string[] => l.envs.map((e) => e.name);
const brief = (l: Layout): string[] => l.targets.map((t) => `${t.app} ${t.env}${t.region ? `/${t.region}` : ''} ${t.file}`);

function thrown(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error('expected a UserError');
}

describe('discoverLayout: zero-config', () => {
  const files = [
    `apps/web/overlays/dev/${K}`,
    `apps/web/overlays/staging/${K}`,
    `apps/web/overlays/prod-eu/${K}`,
    `apps/web/overlays/prod-us/${K}`,
    'apps/api/overlays/dev/kustomization.yml',
    `apps/api/overlays/prod/eu/${K}`,
    `apps/api/base/${K}`,
    `apps/api/overlays/qa/${K}`,
    `apps/.hidden/overlays/dev/${K}`,
    'README.md',
  ];

  it('finds apps/<app>/overlays/<env>[-<region>|/<region>] and orders envs dev < staging < prod', () => {
    const l = discoverLayout(zeroConfig(), files, 'single');
    expect(names(l)).toEqual(['dev', 'staging', 'prod']);
    expect(l.apps).toEqual(['api', 'web']);
    expect(brief(l)).toEqual([
      'api dev apps/api/overlays/dev/kustomization.yml',
      `api prod/eu apps/api/overlays/prod/eu/${K}`,
      `web dev apps/web/overlays/dev/${K}`,
      `web prod/eu apps/web/overlays/prod-eu/${K}`,
      `web prod/us apps/web/overlays/prod-us/${K}`,
      `web staging apps/web/overlays/staging/${K}`,
    ]);
    expect(l.targets.every((t) => t.image === 'auto' && t.path === undefined)).toBe(true);
    expect(l.missing).toEqual([]);
  });

  it('orders envs by rank whatever order the files come in', () => {
    const l = discoverLayout(zeroConfig(), [`apps/a/overlays/prod/${K}`, `apps/a/overlays/dev/${K}`, `apps/a/overlays/staging/${K}`], 'x');
    expect(names(l)).toEqual(['dev', 'staging', 'prod']);
  });

  it('finds a single-app repository under overlays/<env> and names the app as told', () => {
    const l = discoverLayout(zeroConfig(), [`overlays/dev/${K}`, `overlays/production/${K}`, `base/${K}`], 'shop');
    expect(l.apps).toEqual(['shop']);
    expect(names(l)).toEqual(['dev', 'production']);
    expect(brief(l)).toEqual([`shop dev overlays/dev/${K}`, `shop production overlays/production/${K}`]);
  });

  it('reads development / stage / production as the three zero-config environments', () => {
    const l = discoverLayout(zeroConfig(), [`apps/web/overlays/production/${K}`, `apps/web/overlays/stage/${K}`, `apps/web/overlays/development/${K}`], 'x');
    expect(names(l)).toEqual(['development', 'stage', 'production']);
    expect(findEnv(l, 'prod').name).toBe('production');
    expect(findEnv(l, 'staging').name).toBe('stage');
    expect(findEnv(l, 'dev').name).toBe('development');
    expect(previousEnv(l, findEnv(l, 'prod'))?.name).toBe('stage');
    expect(previousEnv(l, findEnv(l, 'dev'))).toBeUndefined();
  });

  it('refuses two spellings of one environment', () => {
    const e = thrown(() => discoverLayout(zeroConfig(), [`apps/web/overlays/dev/${K}`, `apps/api/overlays/development/${K}`], 'x'));
    expect(e.message).toBe('the repository has overlays for both "dev" and "development", which zero-config reads as the same environment; add gitops-promote.yaml with environments: to say which is which');
  });

  it('finds nothing in a repository without overlays', () => {
    const l = discoverLayout(zeroConfig(), ['README.md', `base/${K}`], 'x');
    expect(l).toEqual({ envs: [], apps: [], targets: [], missing: [] });
    expect(thrown(() => findEnv(l, 'prod')).message).toBe('unknown environment "prod"; expected one of the 0 environments (none found: no overlays or targets match)');
  });
});

describe('discoverLayout: declared environments', () => {
  it('keeps the declared order and finds names zero-config does not know, such as pre-prod', () => {
    const c = config('environments: [dev, qa, pre-prod, prod]\n');
    const files = [`apps/web/overlays/dev/${K}`, `apps/web/overlays/qa/${K}`, `apps/web/overlays/pre-prod-eu/${K}`, `apps/web/overlays/pre-prod-us/${K}`, `apps/web/overlays/prod/${K}`, `apps/web/overlays/sandbox/${K}`];
    const l = discoverLayout(c, files, 'x');
    expect(names(l)).toEqual(['dev', 'qa', 'pre-prod', 'prod']);
    expect(brief(l)).toEqual([
      `web dev apps/web/overlays/dev/${K}`,
      `web pre-prod/eu apps/web/overlays/pre-prod-eu/${K}`,
      `web pre-prod/us apps/web/overlays/pre-prod-us/${K}`,
      `web prod apps/web/overlays/prod/${K}`,
      `web qa apps/web/overlays/qa/${K}`,
    ]);
    expect(findEnv(l, 'pre-prod').name).toBe('pre-prod');
    expect(findEnv(l, 'prod').name).toBe('prod');
    expect(previousEnv(l, findEnv(l, 'prod'))?.name).toBe('pre-prod');
  });

  it('prefers the longest declared env name when one is a prefix of another', () => {
    const c = config('environments: [pre, pre-prod]\n');
    const l = discoverLayout(c, [`overlays/pre-eu/${K}`, `overlays/pre-prod-eu/${K}`], 'x');
    expect(brief(l)).toEqual([`x pre/eu overlays/pre-eu/${K}`, `x pre-prod/eu overlays/pre-prod-eu/${K}`]);
  });

  it('lists declared regions whose overlay is missing and drops undeclared regions', () => {
    const c = config('environments:\n  - dev\n  - name: prod\n    regions: [eu, us, ap]\n');
    const files = [`apps/web/overlays/dev/${K}`, `apps/web/overlays/prod-eu/${K}`, `apps/web/overlays/prod-us/${K}`, `apps/web/overlays/prod-asia/${K}`, `apps/api/overlays/prod/eu/${K}`];
    const l = discoverLayout(c, files, 'x');
    expect(l.missing).toEqual([
      { app: 'web', env: 'prod', region: 'ap', file: `apps/web/overlays/prod-ap/${K}` },
      { app: 'api', env: 'prod', region: 'us', file: `apps/api/overlays/prod/us/${K}` },
      { app: 'api', env: 'prod', region: 'ap', file: `apps/api/overlays/prod/ap/${K}` },
    ]);
    expect(brief(l)).toEqual([
      `api prod/eu apps/api/overlays/prod/eu/${K}`,
      `web dev apps/web/overlays/dev/${K}`,
      `web prod/eu apps/web/overlays/prod-eu/${K}`,
      `web prod/us apps/web/overlays/prod-us/${K}`,
    ]);
  });

  it('names the missing file by replacing the region, not an equal substring of the app name', () => {
    // App "bus" contains the region name "us": the expected file is .../bus/overlays/prod-ap/..., not .../bap/overlays/prod-us/...
    const c = config('environments:\n  - name: prod\n    regions: [eu, us, ap]\n');
    const l = discoverLayout(c, [`apps/bus/overlays/prod-us/${K}`, `apps/bus/overlays/prod-eu/${K}`], 'x');
    expect(l.missing).toEqual([{ app: 'bus', env: 'prod', region: 'ap', file: `apps/bus/overlays/prod-ap/${K}` }]);
  });

  it('gives per-app targets precedence over the defaults and applies a target env list', () => {
    const c = config([
      'environments: [dev, prod]',
      'targets:',
      '  - file: apps/{app}/overlays/{env}/kustomization.yaml',
      '    image: ghcr.io/acme/{app}',
      'apps:',
      '  api:',
      '    targets:',
      '      - file: charts/api/values.yaml',
      '        path: image.tag',
      '        env: [dev, prod]',
      '',
    ].join('\n'));
    const files = [`apps/web/overlays/dev/${K}`, `apps/web/overlays/prod/${K}`, `apps/api/overlays/dev/${K}`, 'charts/api/values.yaml'];
    const l = discoverLayout(c, files, 'x');
    expect(l.targets).toEqual([
      { app: 'api', env: 'dev', file: 'charts/api/values.yaml', path: 'image.tag', template: 'charts/api/values.yaml' },
      { app: 'api', env: 'prod', file: 'charts/api/values.yaml', path: 'image.tag', template: 'charts/api/values.yaml' },
      { app: 'web', env: 'dev', file: `apps/web/overlays/dev/${K}`, image: 'ghcr.io/acme/web', template: `apps/web/overlays/dev/${K}` },
      { app: 'web', env: 'prod', file: `apps/web/overlays/prod/${K}`, image: 'ghcr.io/acme/web', template: `apps/web/overlays/prod/${K}` },
    ]);
    expect(targetsOf(l, 'api', 'prod').map((t) => t.file)).toEqual(['charts/api/values.yaml']);
  });
});

describe('findEnv and findApp', () => {
  const l = discoverLayout(zeroConfig(), ['web', 'web-admin', 'api'].flatMap((a) => [`apps/${a}/overlays/dev/${K}`, `apps/${a}/overlays/prod/${K}`]), 'x');

  it('finds an env by exact name first and lists the envs when unknown', () => {
    expect(findEnv(l, 'prod')).toBe(l.envs[1]);
    expect(findEnv(l, 'production')).toBe(l.envs[1]);
    expect(thrown(() => findEnv(l, 'qa')).message).toBe('unknown environment "qa"; expected one of the 2 environments, closest first: dev, prod');
    expect(thrown(() => findEnv(l, 'prd')).message).toBe('unknown environment "prd"; expected one of the 2 environments, closest first: prod, dev');
  });

  it('finds an app by exact name; an unknown one lists the total and the names, closest first', () => {
    expect(findApp(l, 'web')).toBe('web');
    expect(thrown(() => findApp(l, 'we')).message).toBe('unknown app "we"; expected one of the 3 apps, closest first: web, web-admin, api');
    expect(thrown(() => findApp(l, 'wbe')).message).toBe('unknown app "wbe"; expected one of the 3 apps, closest first: web, api, web-admin');
    expect(thrown(() => findApp(l, 'ap')).message).toBe('unknown app "ap"; expected one of the 3 apps, closest first: api, web, web-admin');
  });
});

describe('closestNames and unknownName', () => {
  const many = Array.from({ length: 25 }, (_, i) => `svc-${String(i).padStart(2, '0')}`);

  it('ranks names containing the asked one first, then by edits (a swap of neighbours is one)', () => {
    expect(closestNames('wbe', ['worker', 'api', 'web'])).toEqual(['web', 'api', 'worker']);
    expect(closestNames('pay', ['gateway', 'payments', 'pay-api', 'play'])).toEqual(['pay-api', 'payments', 'play', 'gateway']);
    expect(closestNames('svc-1', many)).toHaveLength(10);
    expect(closestNames('svc-1', many).slice(0, 3)).toEqual(['svc-10', 'svc-11', 'svc-12']);
  });

  it('gives the total count and at most 10 names', () => {
    const e = unknownName('app', 'svc-99', many);
    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toMatch(/^unknown app "svc-99"; expected one of the 25 apps, the 10 closest: svc-09, /);
    expect(e.message.split(': ')[1]?.split(', ')).toHaveLength(10);
    expect(unknownName('environment', 'qa', ['prod']).message).toBe('unknown environment "qa"; expected one of the 1 environment, closest first: prod');
  });
});
