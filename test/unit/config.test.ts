import { describe, expect, it } from '@jest/globals';
import { loadConfig, zeroConfig, ZERO_CONFIG_TARGETS, DEFAULT_POLICY } from '../../src/core/config/config.js';
import { CONFIG_SCHEMA } from '../../src/core/config/config-schema.js';
import { compile, fill, placeholders } from '../../src/core/config/templates.js';
import { isSafeName, knownRank, NAME_PATTERN, sameEnv } from '../../src/core/config/environments.js';
import { UserError } from '../../src/core/errors.js';

const FILE = 'gitops-promote.yaml';

/** The formatted UserError loadConfig throws for `text`; fails the test when it loads. */
function configError(text: string): string {
  try {
    loadConfig(text, FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as UserError).format();
  }
  throw new Error('expected loadConfig to throw a UserError');
}

const lines = (...ls: string[]): string => `${ls.join('\n')}\n`;

describe('loadConfig: schema errors name the file, line and key', () => {
  it('reports an unknown top-level key on its own line with the keys it expected', () => {
    const text = lines('version: 1', 'environments: [dev, prod]', 'polcy:', '  allowDowngrade: true');
    expect(configError(text)).toBe(`${FILE}:3: polcy: unknown key; expected one of version, environments, targets, apps, policy, delivery, drift, health`);
  });

  it('reports an unknown nested key with its dotted path', () => {
    const text = lines('version: 1', 'policy:', '  allowDowngrade: true', '  tagPatern: x');
    expect(configError(text)).toBe(`${FILE}:4: policy.tagPatern: unknown key; expected one of tagPattern, allowDowngrade, requirePreviousEnv, freeze, parity, allowSameChange, render, parityIgnore`);
  });

  it('reports an unknown key inside an app target with its index path', () => {
    const text = lines(
      'apps:',
      '  web:',
      '    targets:',
      '      - file: charts/web/values-{env}.yaml',
      '        path: image.tag',
      '        imagee: web',
    );
    expect(configError(text)).toBe(`${FILE}:6: apps.web.targets[0].imagee: unknown key; expected one of file, image, path, document, env`);
  });

  it('reports a wrong scalar type with the offending value', () => {
    expect(configError(lines('version: 1', 'policy:', '  allowDowngrade: "yes"'))).toBe(`${FILE}:3: policy.allowDowngrade: expected a boolean, got the string "yes"`);
  });

  it('reports a scalar where a list belongs', () => {
    expect(configError(lines('environments: dev'))).toBe(`${FILE}:1: environments: expected a list, got the string "dev"`);
  });

  it('reports a list at the top level', () => {
    expect(configError(lines('- dev', '- prod'))).toBe(`${FILE}:1: (top level): expected a mapping, got a list`);
  });

  it('refuses an unsupported version, an unknown delivery mode and out-of-range numbers', () => {
    expect(configError(lines('version: 2'))).toBe(`${FILE}:1: version: 2 is not one of 1`);
    expect(configError(lines('delivery:', '  mode: direct'))).toBe(`${FILE}:2: delivery.mode: "direct" is not one of "push", "pull-request"`);
    expect(configError(lines('delivery:', '  maxAttempts: 0'))).toBe(`${FILE}:2: delivery.maxAttempts: 0 is below the minimum 1`);
    expect(configError(lines('delivery:', '  maxAttempts: 101'))).toBe(`${FILE}:2: delivery.maxAttempts: 101 is above the maximum 100`);
  });

  it('refuses a key given twice', () => {
    expect(configError(lines('version: 1', 'version: 1'))).toBe(`${FILE}:2: version: appears twice`);
  });

  it('refuses an environment name outside the safe alphabet', () => {
    expect(configError(lines('environments: [dev, "pro d"]'))).toBe(`${FILE}:1: environments[1]: "pro d" does not match ^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$`);
  });

  it('refuses an empty environments list and an unknown key of an environment', () => {
    expect(configError(lines('environments: []'))).toBe(`${FILE}:1: environments: needs at least 1 item(s)`);
    expect(configError(lines('environments:', '  - name: prod', '    region: [eu]'))).toBe(`${FILE}:3: environments[0].region: unknown key; expected one of name, regions, staggered`);
  });

  it('refuses an environment listed twice', () => {
    const text = lines('environments:', '  - dev', '  - name: prod', '    regions: [eu, us]', '  - dev');
    expect(configError(text)).toBe(`${FILE}:5: environments[2]: "dev" is listed twice; expected each environment once`);
  });

  it('refuses a target env that is not a declared environment', () => {
    const text = lines(
      'environments: [dev, staging, prod]',
      'targets:',
      '  - file: apps/{app}/{env}/kustomization.yaml',
      '    image: auto',
      '  - file: charts/values.yaml',
      '    path: image.tag',
      '    env: qa',
    );
    expect(configError(text)).toBe(`${FILE}:7: targets[1].env: unknown environment "qa"; expected one of dev, staging, prod`);
  });

  it('refuses freeze envs and health keys that are not declared environments', () => {
    const freeze = lines('environments: [dev, prod]', 'policy:', '  freeze:', '    - cron: "* * * * *"', '      envs: [production]');
    expect(configError(freeze)).toBe(`${FILE}:5: policy.freeze[0].envs: unknown environment "production"; expected one of dev, prod`);
    expect(configError(lines('environments: [dev, prod]', 'health:', '  staging: {}'))).toBe(`${FILE}:3: health.staging: unknown environment "staging"; expected one of dev, prod`);
  });

  it('refuses an unknown placeholder in a target file', () => {
    const text = lines('targets:', '  - file: apps/{application}/{env}/kustomization.yaml', '    image: auto');
    expect(configError(text)).toBe(`${FILE}:2: targets[0].file: unknown placeholder {application}; expected {app}, {env} or {region}`);
  });

  it('refuses a target with both image and path, and one with neither', () => {
    const both = lines('targets:', '  - file: apps/{app}/{env}/kustomization.yaml', '    image: auto', '    path: image.tag');
    const neither = lines('version: 1', 'targets:', '  - file: apps/{app}/{env}/kustomization.yaml');
    const message = 'targets[0]: needs exactly one of image (a kustomization images: entry) or path (a YAML path)';
    expect(configError(both)).toBe(`${FILE}:2: ${message}`);
    expect(configError(neither)).toBe(`${FILE}:3: ${message}`);
  });

  it('refuses target files outside the repository, empty, or without {env} or env:', () => {
    expect(configError(lines('targets:', '  - file: /etc/{env}/k.yaml', '    image: x'))).toBe(`${FILE}:2: targets[0].file: "/etc/{env}/k.yaml" must be a path inside the repository (no leading "/", no "..")`);
    expect(configError(lines('targets:', '  - file: a/../{env}/k.yaml', '    image: x'))).toBe(`${FILE}:2: targets[0].file: "a/../{env}/k.yaml" must be a path inside the repository (no leading "/", no "..")`);
    expect(configError(lines('targets:', '  - file: ""', '    image: x'))).toBe(`${FILE}:2: targets[0].file: must not be empty`);
    expect(configError(lines('targets:', '  - file: values.yaml', '    path: image.tag'))).toBe(`${FILE}:2: targets[0].file: "values.yaml" has no {env}; expected {env} in the path, or env: naming the environment it is for`);
  });

  it('points at the target line for loader checks under an app whose name has a dot', () => {
    // "web.v2" is a valid app name; the error must be on line 4 like it is for "web", not line 1.
    const target = (app: string): string => lines('apps:', `  ${app}:`, '    targets:', '      - file: a/{env}.yaml', '        path: image.tag', '        image: web');
    expect(configError(target('web'))).toBe(`${FILE}:4: apps.web.targets[0]: needs exactly one of image (a kustomization images: entry) or path (a YAML path)`);
    expect(configError(target('web.v2'))).toBe(`${FILE}:4: apps.web.v2.targets[0]: needs exactly one of image (a kustomization images: entry) or path (a YAML path)`);
  });

  it('refuses an app name outside the safe alphabet', () => {
    const text = lines('apps:', '  "we b":', '    targets:', '      - file: a/{env}.yaml', '        path: x');
    expect(configError(text)).toBe(`${FILE}:2: apps.we b: the name "we b" does not match ^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$`);
  });

  it('reports cron errors with the field and the range it expected', () => {
    const at = (cron: string): string => configError(lines('environments: [dev, prod]', 'policy:', '  freeze:', `    - cron: "${cron}"`));
    expect(at('* * * 5')).toBe(`${FILE}:4: policy.freeze[0].cron: cron "* * * 5" has 4 fields; expected 5 (minute hour day-of-month month day-of-week)`);
    expect(at('0 25 * * *')).toBe(`${FILE}:4: policy.freeze[0].cron: cron "0 25 * * *": hour "25" is not a number from 0 to 23`);
    expect(at('* * * * fri-mon')).toBe(`${FILE}:4: policy.freeze[0].cron: cron "* * * * fri-mon": dow range fri-mon runs backwards`);
    expect(at('*/0 * * * *')).toBe(`${FILE}:4: policy.freeze[0].cron: cron "*/0 * * * *": minute step "0" must be a positive whole number`);
  });

  it('refuses a freeze window with both or neither of cron and from/to, and non-dates', () => {
    expect(configError(lines('policy:', '  freeze:', '    - cron: "* * * * *"', '      from: 2026-12-20', '      to: 2026-12-31'))).toBe(`${FILE}:3: policy.freeze[0]: needs either cron, or from and to`);
    expect(configError(lines('policy:', '  freeze:', '    - reason: holidays'))).toBe(`${FILE}:3: policy.freeze[0]: needs either cron, or from and to`);
    expect(configError(lines('policy:', '  freeze:', '    - from: tomorrow', '      to: 2026-12-31'))).toBe(`${FILE}:3: policy.freeze[0]: from "tomorrow" and to "2026-12-31" must both be ISO dates such as 2026-12-20 or 2026-12-20T18:00`);
    expect(configError(lines('policy:', '  freeze:', '    - from: 2026-12-20'))).toBe('gitops-promote.yaml:3: policy.freeze[0]: needs both from and to (to is missing); expected ISO dates such as 2026-12-20');
  });

  it('refuses an unknown time zone', () => {
    const text = lines('policy:', '  freeze:', '    - cron: "* * * * 5"', '      timezone: Mars/Olympus');
    expect(configError(text)).toBe(`${FILE}:4: policy.freeze[0].timezone: unknown time zone "Mars/Olympus"; expected an IANA name such as Europe/Berlin`);
  });

  it('refuses a tagPattern that is not a regular expression', () => {
    expect(configError(lines('version: 1', 'policy:', '  tagPattern: "^v(\\\\d+"'))).toBe(
      `${FILE}:3: policy.tagPattern: "^v(\\\\d+" is not a valid regular expression (Invalid regular expression: /^v(\\d+/: Unterminated group); expected "semver" or a regex`);
  });

  it('refuses a parity value outside its pattern', () => {
    expect(configError(lines('policy:', '  parity: soak:5y'))).toBe(`${FILE}:2: policy.parity: "soak:5y" does not match ^(current|ever|soak:[0-9]+[smhdw])$`);
  });

  it('reports invalid YAML with the line of the problem and the UserError fields', () => {
    try {
      loadConfig(lines('version: 1', 'environments: [dev', ''), FILE);
      throw new Error('expected a UserError');
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      const u = e as UserError;
      expect([u.file, u.line]).toEqual([FILE, 2]);
      expect(u.format()).toBe(`${FILE}:2: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]; expected a gitops-promote config`);
    }
  });
});

describe('loadConfig: what a valid config becomes', () => {
  it('normalizes environments, target env lists, policy defaults and freeze time zones', () => {
    const c = loadConfig(lines(
      'version: 1',
      'environments:',
      '  - dev',
      '  - name: prod',
      '    regions: [eu, us]',
      'targets:',
      '  - file: apps/{app}/overlays/{env}/kustomization.yaml',
      '    image: ghcr.io/acme/{app}',
      '  - file: charts/{app}/values-prod.yaml',
      '    path: image.tag',
      '    env: prod',
      'policy:',
      '  allowDowngrade: true',
      '  freeze:',
      '    - cron: "* * * * 5"',
      '      reason: Friday',
      '    - from: 2026-12-20',
      '      to: 2027-01-02',
      '      timezone: Europe/Berlin',
      '      envs: [prod]',
      'delivery:',
      '  mode: pull-request',
      '  labels: [promotion]',
    ), FILE);
    expect(c).toEqual({
      file: FILE,
      environments: [{ name: 'dev' }, { name: 'prod', regions: ['eu', 'us'] }],
      targets: [
        { file: 'apps/{app}/overlays/{env}/kustomization.yaml', image: 'ghcr.io/acme/{app}', path: undefined, document: undefined, env: undefined },
        { file: 'charts/{app}/values-prod.yaml', image: undefined, path: 'image.tag', document: undefined, env: ['prod'] },
      ],
      apps: {},
      policy: {
        ...DEFAULT_POLICY,
        allowDowngrade: true,
        freeze: [
          { cron: '* * * * 5', reason: 'Friday', timezone: 'UTC' },
          { from: '2026-12-20', to: '2027-01-02', timezone: 'Europe/Berlin', envs: ['prod'] },
        ],
      },
      delivery: { mode: 'pull-request', labels: ['promotion'] },
      drift: {},
      health: {},
    });
  });

  it('keeps the zero-config layouts when the config only sets policy', () => {
    const c = loadConfig(lines('policy:', '  tagPattern: "^release-[0-9]+$"'), FILE);
    expect(c.targets).toEqual(ZERO_CONFIG_TARGETS);
    expect(c.environments).toBeUndefined();
    expect(c.policy.tagPattern).toBe('^release-[0-9]+$');
    expect(c.policy.requirePreviousEnv).toBe(true);
  });

  it('reads an empty file as zero-config from that file', () => {
    expect(loadConfig('', FILE)).toEqual({ ...zeroConfig(), file: FILE });
    expect(loadConfig('# nothing yet\n', FILE).targets).toBe(ZERO_CONFIG_TARGETS);
  });

  it('per-app targets do not add zero-config defaults', () => {
    const c = loadConfig(lines('apps:', '  web:', '    targets:', '      - file: charts/web/values-{env}.yaml', '        path: image.tag'), FILE);
    expect(c.targets).toEqual([]);
    expect(c.apps).toEqual({ web: { targets: [{ file: 'charts/web/values-{env}.yaml', image: undefined, path: 'image.tag', document: undefined, env: undefined }] } });
  });
});

describe('zeroConfig', () => {
  it('lists the 12 zero-config layouts, all image: auto', () => {
    expect(ZERO_CONFIG_TARGETS.map((t) => t.file)).toEqual([
      'apps/{app}/overlays/{env}/kustomization.yaml', 'apps/{app}/overlays/{env}/kustomization.yml',
      'apps/{app}/overlays/{env}-{region}/kustomization.yaml', 'apps/{app}/overlays/{env}-{region}/kustomization.yml',
      'apps/{app}/overlays/{env}/{region}/kustomization.yaml', 'apps/{app}/overlays/{env}/{region}/kustomization.yml',
      'overlays/{env}/kustomization.yaml', 'overlays/{env}/kustomization.yml',
      'overlays/{env}-{region}/kustomization.yaml', 'overlays/{env}-{region}/kustomization.yml',
      'overlays/{env}/{region}/kustomization.yaml', 'overlays/{env}/{region}/kustomization.yml',
    ]);
    expect(ZERO_CONFIG_TARGETS.every((t) => t.image === 'auto')).toBe(true);
  });

  it('has no file, no declared environments and a fresh copy of the default policy', () => {
    const a = zeroConfig();
    a.policy.allowDowngrade = true;
    expect(zeroConfig().policy).toEqual(DEFAULT_POLICY);
    expect(zeroConfig().file).toBeUndefined();
    expect(zeroConfig().environments).toBeUndefined();
  });

  it('the schema and the loader agree on the name pattern', () => {
    expect((CONFIG_SCHEMA.properties.apps.propertyNames as { pattern: string }).pattern).toBe(NAME_PATTERN.source);
  });
});

describe('templates and environment names', () => {
  it('lists and fills placeholders, leaving unbound ones', () => {
    expect(placeholders('apps/{app}/overlays/{env}-{region}/k.yaml')).toEqual(['app', 'env', 'region']);
    expect(fill('apps/{app}/overlays/{env}-{region}/k.yaml', { app: 'web', env: 'prod' })).toBe('apps/web/overlays/prod-{region}/k.yaml');
  });

  it('splits {env}-{region} non-greedily and restricts {env} to its choices, longest first', () => {
    const free = compile('overlays/{env}-{region}/k.yaml');
    expect(free('overlays/prod-eu-west-1/k.yaml')).toEqual({ env: 'prod', region: 'eu-west-1' });
    const pre = compile('overlays/{env}-{region}/k.yaml', { env: ['pre', 'pre-prod'] });
    expect(pre('overlays/pre-prod-eu/k.yaml')).toEqual({ env: 'pre-prod', region: 'eu' });
    expect(compile('overlays/{env}/k.yaml', { env: ['dev', 'prod'] })('overlays/qa/k.yaml')).toBeUndefined();
  });

  it('escapes regex characters and requires a repeated placeholder to repeat its value', () => {
    const m = compile('charts/{app}/values.{app}.yaml');
    expect(m('charts/web/values.web.yaml')).toEqual({ app: 'web' });
    expect(m('charts/web/values.api.yaml')).toBeUndefined();
    expect(m('charts/web/valuesXweb.yaml')).toBeUndefined();
  });

  it('ranks the zero-config spellings and matches them by family', () => {
    expect(['dev', 'development', 'staging', 'stage', 'prod', 'production', 'qa'].map(knownRank)).toEqual([0, 0, 1, 1, 2, 2, undefined]);
    expect(sameEnv('prod', 'production')).toBe(true);
    expect(sameEnv('stage', 'staging')).toBe(true);
    expect(sameEnv('prod', 'pre-prod')).toBe(false);
    expect(sameEnv('qa', 'qa')).toBe(true);
    expect(isSafeName('a..b')).toBe(false);
  });
});
