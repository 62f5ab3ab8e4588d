import { describe, expect, it } from '@jest/globals';
import { DEFAULT_POLICY, zeroConfig, type FreezeWindow, type PromoteConfig } from '../../src/core/config/config.js';
import { UserError } from '../../src/core/errors.js';
import { parseTrailers } from '../../src/core/history/trailers.js';
import { configAt } from '../../src/core/promote/config-at.js';
import { changedPromotions, planPromotion, type PromoteRequest, type PromotionPlan } from '../../src/core/promote/plan.js';
import { readTargetVersion } from '../../src/core/target-version.js';
import { digest, kustomization, memorySnapshot, overlay, sampleRepo } from '../support/memory-repo.js';

const FRIDAY = new Date('2026-11-27T10:00:00Z'); // Friday 11:00 in Berlin
const THURSDAY = new Date('2026-11-26T10:00:00Z');

const request = (r: Partial<PromoteRequest>): PromoteRequest => ({ apps: [], to: 'prod', now: THURSDAY, actor: 'alice', singleAppName: 'app', ...r });

const plan = (files: Record<string, string>, r: Partial<PromoteRequest>, config: PromoteConfig = zeroConfig()): Promise<PromotionPlan> =>
  planPromotion(memorySnapshot(files), config, request(r));

const withPolicy = (policy: Partial<PromoteConfig['policy']>): PromoteConfig => ({ ...zeroConfig(), policy: { ...DEFAULT_POLICY, ...policy } });

const repo = (changes: Record<string, string> = {}): Record<string, string> => ({ ...sampleRepo(), ...changes });

async function planError(files: Record<string, string>, r: Partial<PromoteRequest>, config: PromoteConfig = zeroConfig()): Promise<UserError> {
  try {
    await plan(files, r, config);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error('expected planPromotion to throw a UserError');
}

const rules = (p: PromotionPlan): string[] => p.violations.map((v) => `${v.app}:${v.rule}`);

describe('planPromotion: the version and the new files', () => {
  it('takes the version from the previous env and edits every region of the target env', async () => {
    const p = await plan(repo(), { apps: ['web'] });
    expect(p.violations).toEqual([]);
    expect(p.promotions).toHaveLength(1);
    const w = p.promotions[0];
    expect([w?.app, w?.env, w?.from, w?.version, w?.previous]).toEqual(['web', 'prod', 'staging', 'v1.1.0', ['v1.0.0']]);
    expect(w?.changes.map((c) => [c.target.file, c.target.region, c.line, c.old, c.new])).toEqual([
      [overlay('web', 'prod-eu'), 'eu', 7, 'v1.0.0', 'v1.1.0'],
      [overlay('web', 'prod-us'), 'us', 7, 'v1.0.0', 'v1.1.0'],
    ]);
    expect([...(w?.files ?? [])]).toEqual([
      [overlay('web', 'prod-eu'), kustomization('web', 'v1.1.0')],
      [overlay('web', 'prod-us'), kustomization('web', 'v1.1.0')],
    ]);
  });

  it('writes the commit subject, body and trailers', async () => {
    const p = await plan(repo(), { apps: ['web'], runUrl: 'https://github.com/acme/config/actions/runs/42' });
    expect(p.promotions[0]?.message).toBe([
      'promote(web): prod v1.0.0 -> v1.1.0',
      '',
      'Promote web v1.1.0 to prod from staging (2 targets).',
      '',
      `- ${overlay('web', 'prod-eu')} [eu]: v1.0.0 -> v1.1.0`,
      `- ${overlay('web', 'prod-us')} [us]: v1.0.0 -> v1.1.0`,
      '',
      'Promoted-App: web',
      'Promoted-Env: prod',
      'Promoted-Version: v1.1.0',
      'Previous-Version: v1.0.0',
      'Promoted-From: staging',
      'Promoted-By: alice',
      'Workflow-Run: https://github.com/acme/config/actions/runs/42',
      '',
    ].join('\n'));
  });

  it('labels regions on different versions as mixed and lists them all', async () => {
    const p = await plan(repo(), { apps: ['api'] });
    const a = p.promotions[0];
    expect(a?.version).toBe('v2.1.0');
    expect(a?.previous).toEqual(['v2.0.0', 'v1.9.0']);
    expect(a?.message.split('\n')[0]).toBe('promote(api): prod mixed -> v2.1.0');
    expect(parseTrailers(a?.message ?? '').get('Previous-Version')).toBe('v2.0.0, v1.9.0');
  });

  it('uses a given version instead of the previous env one', async () => {
    const files = repo({ [overlay('web', 'staging')]: kustomization('web', 'v1.1.1') });
    const p = await plan(files, { apps: ['web'], version: 'v1.1.1' });
    expect(p.promotions[0]?.version).toBe('v1.1.1');
    expect(p.violations).toEqual([]);
  });

  it('plans several apps at once, one promotion each', async () => {
    const p = await plan(repo(), { apps: ['web', 'api'] });
    expect(p.promotions.map((x) => `${x.app} ${x.version} ${x.files.size}`)).toEqual(['web v1.1.0 2', 'api v2.1.0 2']);
  });

  it('promotes the only app of a single-app repository without naming it', async () => {
    const files = { 'overlays/dev/kustomization.yaml': kustomization('shop', 'v1.0.1'), 'overlays/prod/kustomization.yaml': kustomization('shop', 'v1.0.0') };
    const p = await plan(files, { singleAppName: 'shop' });
    expect(p.promotions.map((x) => [x.app, x.version, [...x.files.keys()]])).toEqual([['shop', 'v1.0.1', ['overlays/prod/kustomization.yaml']]]);
  });

  it('changes no file when the env already runs the version', async () => {
    const files = repo({ [overlay('web', 'prod-eu')]: kustomization('web', 'v1.1.0'), [overlay('web', 'prod-us')]: kustomization('web', 'v1.1.0') });
    const p = await plan(files, { apps: ['web'] });
    expect(p.violations).toEqual([]);
    expect(p.promotions[0]?.files.size).toBe(0);
    expect(changedPromotions(p)).toEqual([]);
  });

  it('changes only the region that is behind', async () => {
    const p = await plan(repo({ [overlay('web', 'prod-eu')]: kustomization('web', 'v1.1.0') }), { apps: ['web'] });
    const w = p.promotions[0];
    expect([...(w?.files.keys() ?? [])]).toEqual([overlay('web', 'prod-us')]);
    expect(w?.message.split('\n').slice(0, 5)).toEqual([
      'promote(web): prod mixed -> v1.1.0',
      '',
      'Promote web v1.1.0 to prod from staging (1 target).',
      '',
      `- ${overlay('web', 'prod-us')} [us]: v1.0.0 -> v1.1.0`,
    ]);
  });

  it('promotes a newTag@digest version: newTag set and the digest pinned', async () => {
    const v = `v3.1.0@${digest('a')}`;
    const p = await plan(repo(), { apps: ['worker'], to: 'staging' });
    expect(p.violations).toEqual([]);
    const w = p.promotions[0];
    expect(w?.version).toBe(v);
    expect(w?.files.get(overlay('worker', 'staging'))).toBe(kustomization('worker', v, { 'docker.io/library/redis': '7.2' }));
    expect(parseTrailers(w?.message ?? '').get('Promoted-Version')).toBe(v);
  });

  it('picks the images: entry named after the app when there are several (image: auto)', async () => {
    const files = repo({ [overlay('worker', 'staging')]: kustomization('worker', 'v3.1.0', { 'docker.io/library/redis': '7.2' }) });
    const p = await plan(files, { apps: ['worker'], version: 'v3.1.0' });
    const text = p.promotions[0]?.files.get(overlay('worker', 'prod/us'));
    expect(text).toBe(kustomization('worker', 'v3.1.0', { 'docker.io/library/redis': '7.2' }));
    expect(p.promotions[0]?.changes.map((c) => c.target.file)).toEqual([overlay('worker', 'prod/eu'), overlay('worker', 'prod/us')]);
  });

  it('reads an unquoted tag such as 1.10 as written, and quotes it when writing', async () => {
    const files = {
      'overlays/staging/kustomization.yaml': 'images:\n  - name: ghcr.io/acme/shop\n    newTag: 1.10\n',
      'overlays/prod/kustomization.yaml': 'images:\n  - name: ghcr.io/acme/shop\n    newTag: 1.9\n',
    };
    const p = await plan(files, { singleAppName: 'shop' }, withPolicy({ tagPattern: '^[0-9]+\\.[0-9]+$' }));
    expect(p.promotions.map((x) => [x.version, x.previous, x.files.get('overlays/prod/kustomization.yaml')])).toEqual([
      ['1.10', ['1.9'], 'images:\n  - name: ghcr.io/acme/shop\n    newTag: "1.10"\n'],
    ]);
  });

  it('refuses to guess when no images: entry is named after the app', async () => {
    const files = { [overlay('cache', 'dev')]: 'images:\n  - name: docker.io/library/redis\n    newTag: "7.2"\n  - name: docker.io/library/memcached\n    newTag: "1.6"\n' };
    const e = await planError(files, { apps: ['cache'], to: 'dev', version: '7.4.0' });
    expect(e.format()).toBe(`${overlay('cache', 'dev')}:1: cannot tell which images: entry is app "cache" (entries: docker.io/library/redis, docker.io/library/memcached); expected one entry, or one named .../cache; say which with image: in gitops-promote.yaml`);
  });
});

describe('planPromotion: user errors', () => {
  it('refuses an unknown app and an unknown env', async () => {
    expect((await planError(repo(), { apps: ['wbe'] })).message).toBe('unknown app "wbe"; expected one of the 3 apps, closest first: web, api, worker');
    expect((await planError(repo(), { apps: ['web'], to: 'qa' })).message).toBe('unknown environment "qa"; expected one of the 3 environments, closest first: dev, prod, staging');
  });

  it('asks for an app when the repository has several', async () => {
    expect((await planError(repo(), {})).message).toBe('no app given; expected --app with one of: api, web, worker');
  });

  it('refuses an app without a target in the env', async () => {
    const files = repo({ [overlay('batch', 'dev')]: kustomization('batch', 'v0.1.0') });
    expect((await planError(files, { apps: ['batch'] })).message).toBe('app "batch" has no target in environment "prod"; expected an overlay or a configured target for it');
  });

  it('refuses a first-env promotion without a version', async () => {
    expect((await planError(repo(), { apps: ['web'], to: 'dev' })).message).toBe('no version given for "dev", the first environment; expected --version (there is no earlier environment to take it from)');
  });

  it('refuses to take the version from a source env whose targets disagree', async () => {
    const files = repo({ [overlay('api', 'staging-us')]: kustomization('api', 'v2.0.0') });
    expect((await planError(files, { apps: ['api'] })).message).toBe(
      `cannot take the version from staging: its targets disagree (${overlay('api', 'staging-eu')}: v2.1.0; ${overlay('api', 'staging-us')}: v2.0.0); expected --version`);
  });

  it('refuses to take the version from a source env that runs none', async () => {
    const files = repo({ [overlay('web', 'staging')]: kustomization('web', undefined) });
    expect((await planError(files, { apps: ['web'] })).message).toBe(`cannot take the version from staging: its targets disagree (${overlay('web', 'staging')}: none); expected --version`);
  });

  it('refuses --from the env being promoted to', async () => {
    expect((await planError(repo(), { apps: ['web'], from: 'production' })).message).toBe('--from "production" is the environment being promoted to; expected an earlier one');
  });

  it('refuses a declared region without an overlay', async () => {
    const files = { ...repo(), 'gitops-promote.yaml': 'environments:\n  - dev\n  - staging\n  - name: prod\n    regions: [eu, us, ap]\n' };
    const snapshot = memorySnapshot(files);
    const config = await configAt(snapshot);
    await expect(planPromotion(snapshot, config, request({ apps: ['web'] }))).rejects.toThrow(
      `app "web" has no target for declared region(s) ap of prod (expected ${overlay('web', 'prod-ap')}); add the overlay or remove the region from environments:`);
  });

  it('refuses a version that is not one token', async () => {
    const e = await planError(repo(), { apps: ['web'], version: 'v1.1.0 rc' });
    expect(e.format()).toBe(`${overlay('web', 'prod-eu')}:7: version "v1.1.0 rc" contains whitespace; expected one token such as v1.2.3`);
  });
});

describe('planPromotion: gate (the version must run in ALL targets of the previous env)', () => {
  it('passes when the previous env runs the version', async () => {
    const p = await plan(repo(), { apps: ['web'], version: 'v1.1.0' });
    expect(p.violations).toEqual([]);
    expect(parseTrailers(p.promotions[0]?.message ?? '').has('Gate-Skipped')).toBe(false);
  });

  it('fails when the previous env runs another version', async () => {
    const p = await plan(repo(), { apps: ['web'], version: 'v1.2.0' });
    expect(p.promotions).toEqual([]);
    expect(p.violations).toEqual([{
      app: 'web', rule: 'gate', file: overlay('web', 'staging'), line: 7,
      message: `v1.2.0 is not running in staging: ${overlay('web', 'staging')} runs v1.1.0; expected staging to run it first, or skip-gate with a reason`,
    }]);
  });

  it('fails when one region of the previous env is off', async () => {
    const files = repo({ [overlay('api', 'staging-us')]: kustomization('api', 'v2.0.0') });
    const p = await plan(files, { apps: ['api'], version: 'v2.1.0' });
    expect(p.violations).toEqual([{
      app: 'api', rule: 'gate', file: overlay('api', 'staging-us'), line: 7,
      message: `v2.1.0 is not running in staging (all 2 targets must run it): ${overlay('api', 'staging-us')} [us] runs v2.0.0; expected staging to run it first, or skip-gate with a reason`,
    }]);
  });

  it('still gates on the previous env when the version comes --from an earlier one', async () => {
    const p = await plan(repo(), { apps: ['web'], from: 'dev' });
    expect(rules(p)).toEqual(['web:gate']);
    expect(p.violations[0]?.message).toBe(`v1.2.0 is not running in staging: ${overlay('web', 'staging')} runs v1.1.0; expected staging to run it first, or skip-gate with a reason`);
  });

  it('accepts the previous env running the tag with a digest pinned', async () => {
    const files = repo({ [overlay('worker', 'staging')]: kustomization('worker', `v3.1.0@${digest('a')}`) });
    const p = await plan(files, { apps: ['worker'], version: 'v3.1.0' });
    expect(p.violations).toEqual([]);
  });

  it('records a skipped gate and its reason in the trailers', async () => {
    const p = await plan(repo(), { apps: ['web'], version: 'v1.2.0', skipGate: 'hotfix for INC-42' });
    expect(p.violations).toEqual([]);
    const t = parseTrailers(p.promotions[0]?.message ?? '');
    expect(t.get('Gate-Skipped')).toBe('hotfix for INC-42');
    expect(t.get('Promoted-Version')).toBe('v1.2.0');
    expect(p.promotions[0]?.from).toBe('staging');
  });

  it('records no skipped gate for the first env, which has none', async () => {
    const p = await plan(repo(), { apps: ['web'], to: 'dev', version: 'v1.3.0', skipGate: 'not needed' });
    expect(parseTrailers(p.promotions[0]?.message ?? '').has('Gate-Skipped')).toBe(false);
  });

  it('does not gate when policy.requirePreviousEnv is false', async () => {
    const p = await plan(repo(), { apps: ['web'], version: 'v1.2.0' }, withPolicy({ requirePreviousEnv: false }));
    expect(p.violations).toEqual([]);
  });
});

describe('planPromotion: downgrade', () => {
  it('refuses a version older than one the env runs', async () => {
    const p = await plan(repo(), { apps: ['web'], version: 'v0.9.0', skipGate: 'rollback drill' });
    expect(p.violations).toEqual([{
      app: 'web', rule: 'downgrade', file: overlay('web', 'prod-eu'), line: 7,
      message: `v0.9.0 is older than v1.0.0 in ${overlay('web', 'prod-eu')}; expected a newer version (use allow-downgrade, or the rollback action)`,
    }]);
  });

  it('compares by semver, not as text, and pre-releases sort first', async () => {
    const files = repo({ [overlay('web', 'prod-eu')]: kustomization('web', 'v1.10.0'), [overlay('web', 'prod-us')]: kustomization('web', 'v1.10.0') });
    expect(rules(await plan(files, { apps: ['web'], version: 'v1.9.0', skipGate: 'x' }))).toEqual(['web:downgrade']);
    expect(rules(await plan(files, { apps: ['web'], version: 'v1.10.0-rc.1', skipGate: 'x' }))).toEqual(['web:downgrade']);
    expect(rules(await plan(files, { apps: ['web'], version: 'v1.11.0', skipGate: 'x' }))).toEqual([]);
  });

  it('allows it when the request or the policy says so', async () => {
    const byRequest = await plan(repo(), { apps: ['web'], version: 'v0.9.0', skipGate: 'x', allowDowngrade: true });
    expect(byRequest.violations).toEqual([]);
    expect(byRequest.promotions[0]?.files.get(overlay('web', 'prod-eu'))).toBe(kustomization('web', 'v0.9.0'));
    const byPolicy = await plan(repo(), { apps: ['web'], version: 'v0.9.0', skipGate: 'x' }, withPolicy({ allowDowngrade: true }));
    expect(byPolicy.violations).toEqual([]);
  });
});

describe('planPromotion: freeze windows', () => {
  const fridays: FreezeWindow = { cron: '* * * * 5', timezone: 'Europe/Berlin', reason: 'no Friday deploys' };

  it('refuses a promotion inside an active window', async () => {
    const p = await plan(repo(), { apps: ['web'], now: FRIDAY }, withPolicy({ freeze: [fridays] }));
    expect(p.promotions).toEqual([]);
    expect(p.violations).toEqual([{ app: 'web', rule: 'freeze', message: 'prod is frozen by cron "* * * * 5" (Europe/Berlin): no Friday deploys; expected a promotion outside the window, or freeze-override-reason' }]);
  });

  it('lets the first env through, and any env outside the window', async () => {
    const config = withPolicy({ freeze: [fridays] });
    expect((await plan(repo(), { apps: ['web'], to: 'dev', version: 'v1.3.0', now: FRIDAY }, config)).violations).toEqual([]);
    expect((await plan(repo(), { apps: ['web'], now: THURSDAY }, config)).violations).toEqual([]);
    // Friday 23:30 UTC is Saturday in Berlin.
    expect((await plan(repo(), { apps: ['web'], now: new Date('2026-11-27T23:30:00Z') }, config)).violations).toEqual([]);
  });

  it('judges the day in the window time zone: Sunday night UTC is Monday in Tokyo', async () => {
    const mondays: FreezeWindow = { cron: '* * * * mon', timezone: 'Asia/Tokyo' };
    const sundayNight = new Date('2026-11-29T23:30:00Z');
    expect(rules(await plan(repo(), { apps: ['web'], now: sundayNight }, withPolicy({ freeze: [mondays] })))).toEqual(['web:freeze']);
    expect(rules(await plan(repo(), { apps: ['web'], now: sundayNight }, withPolicy({ freeze: [{ ...mondays, timezone: 'UTC' }] })))).toEqual([]);
  });

  it('records an override reason only when a window was active', async () => {
    const config = withPolicy({ freeze: [fridays] });
    const frozen = await plan(repo(), { apps: ['web'], now: FRIDAY, freezeOverrideReason: 'CVE-2026-1234 fix' }, config);
    expect(frozen.violations).toEqual([]);
    expect(parseTrailers(frozen.promotions[0]?.message ?? '').get('Freeze-Override')).toBe('CVE-2026-1234 fix');
    const open = await plan(repo(), { apps: ['web'], now: THURSDAY, freezeOverrideReason: 'CVE-2026-1234 fix' }, config);
    expect(parseTrailers(open.promotions[0]?.message ?? '').has('Freeze-Override')).toBe(false);
  });

  it('does not let a zero-config freeze miss prod because it names it production', async () => {
    // Without environments:, freeze envs are not checked against the repository; "production" must still freeze the
    // "prod" overlays (the same family findEnv accepts), or the config must be refused. Silently never freezing is wrong.
    const snapshot = memorySnapshot({ ...repo(), 'gitops-promote.yaml': 'policy:\n  freeze:\n    - cron: "* * * * *"\n      envs: [production]\n' });
    const outcome = await configAt(snapshot)
      .then((config) => planPromotion(snapshot, config, request({ apps: ['web'] })))
      .then(rules, (e: unknown) => (e instanceof UserError ? 'refused with a UserError' : String(e)));
    expect([['web:freeze'], 'refused with a UserError']).toContainEqual(outcome);
  });

  it('reports every rule that refuses, per app', async () => {
    const p = await plan(repo(), { apps: ['web', 'api'], version: 'v0.1.0', now: FRIDAY }, withPolicy({ freeze: [fridays] }));
    expect(rules(p)).toEqual(['web:gate', 'web:downgrade', 'web:freeze', 'api:gate', 'api:downgrade', 'api:freeze']);
  });
});

describe('planPromotion: tag policy', () => {
  it('refuses latest whatever the pattern', async () => {
    const p = await plan(repo(), { apps: ['web'], to: 'dev', version: 'latest' }, withPolicy({ tagPattern: '.*' }));
    expect(p.violations).toEqual([{ app: 'web', rule: 'no-latest', message: 'tag "latest" is never promoted: it names no fixed image; expected a version such as v1.2.3' }]);
  });

  it('refuses a tag that is not semver, such as 1.2', async () => {
    const p = await plan(repo(), { apps: ['web'], to: 'dev', version: '1.2' });
    expect(p.violations).toEqual([{ app: 'web', rule: 'tag-pattern', message: 'tag "1.2" is not semver; expected v?MAJOR.MINOR.PATCH[-pre] such as v1.2.3 or 1.4.0-rc.1 (policy.tagPattern)' }]);
  });

  it('accepts a semver pre-release', async () => {
    const p = await plan(repo(), { apps: ['web'], to: 'dev', version: 'v1.2.3-rc.1' });
    expect(p.violations).toEqual([]);
    expect(p.promotions[0]?.files.get(overlay('web', 'dev'))).toBe(kustomization('web', 'v1.2.3-rc.1'));
  });

  it('uses a custom regex instead of semver', async () => {
    const config = withPolicy({ tagPattern: '^release-[0-9]+$' });
    expect((await plan(repo(), { apps: ['web'], to: 'dev', version: 'release-7' }, config)).violations).toEqual([]);
    expect((await plan(repo(), { apps: ['web'], to: 'dev', version: 'v1.3.0' }, config)).violations).toEqual([
      { app: 'web', rule: 'tag-pattern', message: 'tag "v1.3.0" does not match policy.tagPattern ^release-[0-9]+$' },
    ]);
  });
});

describe('planPromotion: path targets from gitops-promote.yaml', () => {
  const files: Record<string, string> = {
    'gitops-promote.yaml': [
      'version: 1',
      'environments: [dev, prod]',
      'apps:',
      '  shop:',
      '    targets:',
      '      - file: charts/shop/values-{env}.yaml',
      '        path: image.tag',
      '  portal:',
      '    targets:',
      '      - file: argocd/{env}/portal.yaml',
      '        path: spec.source.helm.parameters[name=image.tag].value',
      '',
    ].join('\n'),
    'charts/shop/values-dev.yaml': 'replicaCount: 1\nimage:\n  repository: ghcr.io/acme/shop\n  tag: "1.5.0" # app version\n',
    'charts/shop/values-prod.yaml': 'replicaCount: 3\nimage:\n  repository: ghcr.io/acme/shop\n  tag: "1.4.0" # app version\n',
    'argocd/dev/portal.yaml': argoApp('portal-dev', 'v2.1.0'),
    'argocd/prod/portal.yaml': argoApp('portal-prod', 'v2.0.0'),
  };

  function argoApp(name: string, tag: string): string {
    return [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Application',
      'metadata:',
      `  name: ${name}`,
      'spec:',
      '  source:',
      '    repoURL: https://github.com/acme/charts',
      '    chart: portal',
      '    helm:',
      '      parameters:',
      '        - name: replicaCount',
      '          value: "3"',
      '        - name: image.tag',
      `          value: ${tag}`,
      '',
    ].join('\n');
  }

  const planWithConfig = async (r: Partial<PromoteRequest>): Promise<PromotionPlan> => {
    const snapshot = memorySnapshot(files);
    return planPromotion(snapshot, await configAt(snapshot), request(r));
  };

  it('edits a Helm values image.tag, keeping its quotes and comment', async () => {
    const p = await planWithConfig({ apps: ['shop'] });
    expect(p.violations).toEqual([]);
    expect(p.promotions[0]?.changes.map((c) => [c.line, c.old, c.new])).toEqual([[4, '1.4.0', '1.5.0']]);
    expect([...(p.promotions[0]?.files ?? [])]).toEqual([['charts/shop/values-prod.yaml', 'replicaCount: 3\nimage:\n  repository: ghcr.io/acme/shop\n  tag: "1.5.0" # app version\n']]);
    expect(p.promotions[0]?.message.split('\n')[0]).toBe('promote(shop): prod 1.4.0 -> 1.5.0');
  });

  it('edits an Argo CD helm parameter selected by name', async () => {
    const p = await planWithConfig({ apps: ['portal'] });
    expect([...(p.promotions[0]?.files ?? [])]).toEqual([['argocd/prod/portal.yaml', argoApp('portal-prod', 'v2.1.0')]]);
    expect(p.promotions[0]?.changes[0]?.line).toBe(14);
  });

  it('reads the target versions the layout points at', () => {
    expect(readTargetVersion(files['argocd/dev/portal.yaml'] as string, { app: 'portal', env: 'dev', file: 'argocd/dev/portal.yaml', path: 'spec.source.helm.parameters[name=image.tag].value' }))
      .toEqual({ version: 'v2.1.0', line: 14 });
    expect(readTargetVersion(kustomization('web', `v1.0.0@${digest('b')}`), { app: 'web', env: 'prod', file: 'k.yaml', image: 'auto' }))
      .toEqual({ version: `v1.0.0@${digest('b')}`, line: 7, imageName: 'ghcr.io/acme/web' });
    expect(readTargetVersion(kustomization('web', `@${digest('b')}`), { app: 'web', env: 'prod', file: 'k.yaml', image: 'ghcr.io/acme/web' }))
      .toEqual({ version: `@${digest('b')}`, line: 7, imageName: 'ghcr.io/acme/web' });
    expect(readTargetVersion(kustomization('web', undefined), { app: 'web', env: 'prod', file: 'k.yaml', image: 'auto' }))
      .toEqual({ version: undefined, line: 6, imageName: 'ghcr.io/acme/web' });
  });

  it('refuses a config path that is not in the repository', async () => {
    await expect(configAt(memorySnapshot(files, 'abcdef1234567890'), 'deploy/promote.yaml')).rejects.toThrow('config "deploy/promote.yaml" is not in the repository at abcdef123456; expected a path from the repository root');
  });
});
