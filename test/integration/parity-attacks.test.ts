// The parity attack suite (issue 10, docs/verify-staging-parity.md, the second-edition contract): pull requests
// that try to get an image into prod (or any later environment) that the previous environment never ran, each
// run through the built CLI (`gitops-promote parity --json`) with the renderer (`--render kubectl`) and with the
// static model (`--render none`). Every attack is first proven real with the real `kubectl kustomize`: prod at
// head deploys an image that staging (and prod itself) never rendered at any first-parent commit of the base.
// Controls are legitimate changes that must pass. Table-driven: a case is its PR's files, optional extra base
// history, and the verdict per mode (a rule, and the files a violation of that rule may be annotated on).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { disposeGitHome, git, makeTempDir, removeDir } from './helpers/git-repo.js';
import {
  COMPONENT_DIR, DeployRepo, EXPORTER, app, componentText, daysAgo, deploymentText, disposeRenders, historySeed,
  imagesEver, kustomizationOf, overlayDir, overlayText, renderImages, standardHistory, toRoot,
  type AppSpec, type Changes, type ParityRun, type StandardHistory,
} from './helpers/deploy-repos.js';
import { promotionMessage, rollbackMessage } from './helpers/parity-repos.js';

type Mode = 'kubectl' | 'none';
type RepoName = 'zero' | 'single' | 'configured';
/** 'pass': exit 0. Otherwise exit 1 and a violation with one of `rule` on one of `files`. */
type Verdict = 'pass' | { rule: string | string[]; files: string[] };
/**
 * How the case proves the attack deploys something new: `render` (kubectl kustomize of `target` at head yields an
 * image that neither its previous environment nor itself ever rendered on base's first-parent history),
 * `render-fails` (kubectl cannot build it), `values` (Helm/Argo: no helm here, see valuesIdentity), or
 * `control` (a legitimate change).
 */
type Proof = { render: string } | 'render-fails' | { values: string } | 'control';

interface Fixture {
  repo: DeployRepo;
  history: StandardHistory;
}

interface Case {
  name: string;
  cls: 'identity' | 'reach' | 'trust' | 'rules' | 'helm' | 'argo' | 'control';
  repo?: RepoName;
  /** Extra history on top of the fixture's main; returns the base commit (default: main). */
  base?: (f: Fixture) => Promise<string>;
  changes: (f: Fixture) => Changes;
  message?: (f: Fixture) => string;
  kubectl: Verdict;
  none: Verdict;
  proof: Proof;
}

const WEB = app('web', { component: true });
const API = app('api', { regions: ['eu', 'us'] });
const SHOP = app('shop', { root: '' });
const BILLING = 'charts/billing';
const K = kustomizationOf(WEB, 'prod');
const KS = kustomizationOf(WEB, 'staging');
const PROD = overlayDir(WEB, 'prod');
const DIGEST = `sha256:${'d1'.repeat(32)}`;
const DIGEST2 = `sha256:${'e2'.repeat(32)}`;
const FAKE_SHA = 'badc0ffee0ddf00d'.repeat(2) + 'deadbeef';

const v = (rule: string | string[], ...files: string[]): Verdict => ({ rule, files });

/** web's overlay with its header (base, component) and then `body`; `resources` replaces the default list. */
function kust(dir: string, body: string[], resources: string[] = ['../../base'], a: AppSpec = WEB): string {
  const comp = a.component && dir !== 'dev' ? ['components:', `  - ${toRoot(a)}/${COMPONENT_DIR}`] : [];
  return [
    `# ${a.name} in ${dir}`, 'apiVersion: kustomize.config.k8s.io/v1beta1', 'kind: Kustomization',
    'resources:', ...resources.map((r) => `  - ${r}`), ...comp, ...body, '',
  ].join('\n');
}

/** web's prod overlay with one images: entry made of `entry` lines (each under `  - ` / `    `). */
const prodEntry = (...entry: string[]): string =>
  kust('prod', ['images:', ...entry.map((l, i) => `${i === 0 ? '  - ' : '    '}${l}`)]);

const WEB_IMAGE = 'name: ghcr.io/acme/web';

const IDENTITY: Case[] = [
  {
    name: 'digest: under the staged tag', cls: 'identity', proof: { render: 'web:prod' },
    changes: () => ({ [K]: prodEntry(WEB_IMAGE, 'newTag: v1.1.0', `digest: ${DIGEST}`) }),
    kubectl: v('parity', K), none: v('parity', K),
  },
  {
    name: 'newName: another repository under the staged tag', cls: 'identity', proof: { render: 'web:prod' },
    changes: () => ({ [K]: prodEntry(WEB_IMAGE, 'newName: ghcr.io/evil/web', 'newTag: v1.1.0') }),
    kubectl: v('parity', K), none: v('parity', K),
  },
  {
    name: 'newTag removed while the base image changes', cls: 'identity', proof: { render: 'web:prod' },
    changes: () => ({
      [K]: prodEntry(WEB_IMAGE), [`${WEB.root}/base/deployment.yaml`]: deploymentText('web', 'v3.0.0'),
    }),
    kubectl: v('parity', K, `${WEB.root}/base/deployment.yaml`),
    // Without a renderer the tag now comes from a changed resource file: the contract's fail-closed rule applies.
    none: v(['parity', 'unverified-change'], K, `${WEB.root}/base/deployment.yaml`),
  },
  {
    name: 'merge key - <<: {newTag: …} as the entry', cls: 'identity', proof: { render: 'web:prod' },
    changes: () => ({ [K]: prodEntry('<<: {newTag: v6.6.6}', WEB_IMAGE) }),
    kubectl: v('parity', K), none: v('parity', K),
  },
  {
    // go-yaml applies a later merge key over an earlier explicit key: kustomize deploys v6.6.6, not v1.1.0.
    name: 'merge key after the staged newTag overrides it', cls: 'identity', proof: { render: 'web:prod' },
    changes: () => ({ [K]: prodEntry(WEB_IMAGE, 'newTag: v1.1.0', '<<: {newTag: v6.6.6}') }),
    kubectl: v('parity', K), none: v('parity', K),
  },
  {
    name: 'merge key carrying a digest beside the staged tag', cls: 'identity', proof: { render: 'web:prod' },
    changes: () => ({ [K]: prodEntry(WEB_IMAGE, 'newTag: v1.1.0', `<<: {digest: "${DIGEST}"}`) }),
    kubectl: v('parity', K), none: v('parity', K),
  },
  {
    name: 'NewTag: key spelling', cls: 'identity', proof: { render: 'web:prod' },
    changes: () => ({ [K]: prodEntry(WEB_IMAGE, 'NewTag: v6.6.6') }),
    kubectl: v('parity', K), none: v('parity', K),
  },
  {
    name: 'a second YAML document (kustomize reads the first, a decoy follows)', cls: 'identity',
    proof: { render: 'web:prod' },
    changes: () => ({
      [K]: `${prodEntry(WEB_IMAGE, 'NewTag: v6.6.6')}---\nimages:\n  - ${WEB_IMAGE}\n    newTag: v1.1.0\n`,
    }),
    kubectl: v('invalid-file', K), none: v('invalid-file', K),
  },
  {
    name: 'duplicate entries, the last one wins', cls: 'identity', proof: { render: 'web:prod' },
    changes: () => ({
      [K]: kust('prod', ['images:', `  - ${WEB_IMAGE}`, '    newTag: v1.1.0', `  - ${WEB_IMAGE}`,
        '    newTag: v6.6.6']),
    }),
    kubectl: v('parity', K), none: v('parity', K),
  },
  {
    // A YAML map with a repeated key is not valid YAML; kustomize takes the last one.
    name: 'duplicate newTag key in one entry', cls: 'identity', proof: { render: 'web:prod' },
    changes: () => ({ [K]: prodEntry(WEB_IMAGE, 'newTag: v1.1.0', 'newTag: v6.6.6') }),
    kubectl: v(['parity', 'invalid-file'], K), none: v(['parity', 'invalid-file'], K),
  },
  {
    // go-yaml decodes !!binary into the string kustomize uses: djYuNi42 is base64 of v6.6.6.
    name: 'a !!binary newTag', cls: 'identity', proof: { render: 'web:prod' },
    changes: () => ({ [K]: prodEntry(WEB_IMAGE, 'newTag: !!binary djYuNi42') }),
    kubectl: v('parity', K), none: v('parity', K),
  },
  {
    // The sidecar's entry pins what it runs anyway; its anchor gives the app the sidecar's tag.
    name: "newTag an alias of the sidecar entry's anchor", cls: 'identity', proof: { render: 'web:prod' },
    changes: () => ({
      [K]: kust('prod', ['images:', '  - name: docker.io/envoyproxy/envoy', '    newTag: &t v1.29.1',
        `  - ${WEB_IMAGE}`, '    newTag: *t']),
    }),
    kubectl: v('parity', K), none: v('parity', K),
  },
  {
    // In a merge sequence the earlier map wins (go-yaml, as the YAML merge spec says).
    name: 'a merge sequence whose first map carries the tag', cls: 'identity', proof: { render: 'web:prod' },
    changes: () => ({ [K]: prodEntry(WEB_IMAGE, '<<: [{newTag: v6.6.6}, {newTag: v1.1.0}]') }),
    kubectl: v('parity', K), none: v('parity', K),
  },
  {
    // Not valid YAML (a repeated key); kustomize takes the last images: list.
    name: 'a second images: key, the last one wins', cls: 'identity', proof: { render: 'web:prod' },
    changes: () => ({
      [K]: kust('prod', ['images:', `  - ${WEB_IMAGE}`, '    newTag: v1.1.0', 'images:', `  - ${WEB_IMAGE}`,
        '    newTag: v6.6.6']),
    }),
    kubectl: v(['parity', 'invalid-file'], K), none: v(['parity', 'invalid-file'], K),
  },
  {
    name: 'Images: top-level key', cls: 'identity', proof: { render: 'web:prod' },
    changes: () => ({ [K]: kust('prod', ['Images:', `  - ${WEB_IMAGE}`, '    newTag: v6.6.6']) }),
    kubectl: v('parity', K), none: v('parity', K),
  },
  {
    // kustomize deploys web:v1.1.0@sha256:D1@sha256:E2 (issue 10, found in the edit engine).
    name: 'newTag TAG@sha256 beside a digest: line', cls: 'identity', proof: { render: 'web:prod' },
    changes: () => ({ [K]: prodEntry(WEB_IMAGE, `newTag: v1.1.0@${DIGEST}`, `digest: ${DIGEST2}`) }),
    kubectl: v('parity', K), none: v('parity', K),
  },
  {
    name: 'the entry re-aimed at the sidecar', cls: 'identity', proof: { render: 'web:prod' },
    changes: () => ({ [K]: prodEntry('name: docker.io/envoyproxy/envoy', 'newTag: v1.30.0') }),
    kubectl: v('parity', K), none: v('parity', K),
  },
  {
    name: 'one region only: a digest under the staged tag in prod-us', cls: 'identity',
    proof: { render: 'api:prod-us' },
    changes: () => ({
      [kustomizationOf(API, 'prod-us')]: kust('prod-us',
        ['images:', '  - name: ghcr.io/acme/api', '    newTag: v1.1.0', `    digest: ${DIGEST}`], undefined, API),
    }),
    kubectl: v('parity', kustomizationOf(API, 'prod-us')), none: v('parity', kustomizationOf(API, 'prod-us')),
  },
];

const PINNED = ['images:', `  - ${WEB_IMAGE}`, '    newTag: v1.0.0'];
const smpPatch = [
  'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:', '  template:', '    spec:',
  '      containers:', '        - name: web', '          image: ghcr.io/evil/web:v6.6.6', '',
].join('\n');
const jsonPatch = [
  'patches:', '  - target: {kind: Deployment, name: web}', '    patch: |-', '      - op: replace',
  '        path: /spec/template/spec/containers/1/image', '        value: docker.io/envoyproxy/envoy:v6.6.6',
];
const debugComponent = [
  'apiVersion: kustomize.config.k8s.io/v1alpha1', 'kind: Component', 'patches:', '  - target: {kind: Deployment}',
  '    patch: |-', '      - op: add', '        path: /spec/template/spec/containers/-',
  '        value: {name: debug, image: "ghcr.io/acme/debug:v6.6.6"}', '',
].join('\n');
const replacements = [
  'configMapGenerator:', '  - name: web-images', '    literals:', '      - image=ghcr.io/acme/web:v6.6.6',
  'replacements:', '  - source: {kind: ConfigMap, name: web-images, fieldPath: data.image}', '    targets:',
  '      - select: {kind: Deployment, name: web}', '        fieldPaths:',
  '          - spec.template.spec.containers.[name=web].image',
];
const cronJob = [
  'apiVersion: batch/v1', 'kind: CronJob', 'metadata:', '  name: web-migrate', 'spec:', '  schedule: "0 3 * * *"',
  '  jobTemplate:', '    spec:', '      template:', '        spec:', '          restartPolicy: OnFailure',
  '          initContainers:', '            - name: wait', '              image: ghcr.io/acme/toolbox:v6.6.6',
  '          containers:', '            - name: migrate', '              image: ghcr.io/acme/web:v1.0.0', '',
].join('\n');
const worker = deploymentText('web-worker').replace('ghcr.io/acme/web-worker:v1.0.0', 'ghcr.io/acme/worker:v6.6.6');
const inProd = (f: string): string => `${PROD}/${f}`;
const COMP_FILE = `${COMPONENT_DIR}/kustomization.yaml`;
const BASE_DEPLOYMENT = `${WEB.root}/base/deployment.yaml`;

const REACH: Case[] = [
  {
    name: 'a strategic-merge patch file sets the container image', cls: 'reach', proof: { render: 'web:prod' },
    changes: () => ({
      [K]: kust('prod', [...PINNED, 'patches:', '  - path: patch.yaml']), [inProd('patch.yaml')]: smpPatch,
    }),
    kubectl: v('parity', K, inProd('patch.yaml')), none: v('unverified-change', K, inProd('patch.yaml')),
  },
  {
    name: 'an inline JSON 6902 patch sets the sidecar image', cls: 'reach', proof: { render: 'web:prod' },
    changes: () => ({ [K]: kust('prod', [...PINNED, ...jsonPatch]) }),
    kubectl: v('parity', K), none: v('unverified-change', K),
  },
  {
    name: 'a new component adds a container', cls: 'reach', proof: { render: 'web:prod' },
    changes: () => ({
      'components/debug/kustomization.yaml': debugComponent,
      [K]: kust('prod', [`  - ${toRoot(WEB)}/components/debug`, ...PINNED]),
    }),
    kubectl: v('parity', K, 'components/debug/kustomization.yaml'),
    none: v('unverified-change', K, 'components/debug/kustomization.yaml'),
  },
  {
    name: 'the shared component prod uses changes its sidecar image', cls: 'reach', proof: { render: 'web:prod' },
    changes: () => ({ [COMP_FILE]: componentText('v0.27.0') }),
    // Staging moves too: the contract's `same-change` is as right as `parity` here.
    kubectl: v(['parity', 'same-change'], K, COMP_FILE, KS), none: v('unverified-change', COMP_FILE),
  },
  {
    name: 'replacements copy a new image into the container', cls: 'reach', proof: { render: 'web:prod' },
    changes: () => ({ [K]: kust('prod', [...PINNED, ...replacements]) }),
    kubectl: v('parity', K), none: v('unverified-change', K),
  },
  {
    name: 'the kustomization re-spelled kustomization.yml', cls: 'reach', proof: { render: 'web:prod' },
    changes: () => ({ [K]: null, [inProd('kustomization.yml')]: prodEntry(WEB_IMAGE, 'newTag: v6.6.6') }),
    kubectl: v('parity', K, inProd('kustomization.yml')), none: v('unverified-change', K, inProd('kustomization.yml')),
  },
  {
    name: 'the kustomization re-spelled Kustomization', cls: 'reach', proof: { render: 'web:prod' },
    changes: () => ({ [K]: null, [inProd('Kustomization')]: prodEntry(WEB_IMAGE, 'newTag: v6.6.6') }),
    kubectl: v('parity', K, inProd('Kustomization')), none: v('unverified-change', K, inProd('Kustomization')),
  },
  {
    name: 'the prod overlay directory replaced by a symlink to dev', cls: 'reach', proof: { render: 'web:prod' },
    changes: () => ({ [PROD]: { link: 'dev' } }),
    kubectl: v('parity', K, PROD), none: v('unverified-change', K, PROD),
  },
  {
    // What a runner would read is not in the repository: never rendered, never waved through.
    name: 'the prod overlay directory replaced by a symlink out of the repository', cls: 'reach', proof: 'render-fails',
    changes: () => ({ [PROD]: { link: '/etc' } }),
    kubectl: v(['render-error', 'unverified-change'], K, PROD), none: v('unverified-change', K, PROD),
  },
  {
    name: 'a new resource file adds a CronJob with a new image', cls: 'reach', proof: { render: 'web:prod' },
    changes: () => ({ [K]: kust('prod', PINNED, ['../../base', 'cronjob.yaml']), [inProd('cronjob.yaml')]: cronJob }),
    kubectl: v('parity', K, inProd('cronjob.yaml')), none: v('unverified-change', K, inProd('cronjob.yaml')),
  },
  {
    name: 'a new resource file adds a second Deployment', cls: 'reach', proof: { render: 'web:prod' },
    changes: () => ({ [K]: kust('prod', PINNED, ['../../base', 'worker.yaml']), [inProd('worker.yaml')]: worker }),
    kubectl: v('parity', K, inProd('worker.yaml')), none: v('unverified-change', K, inProd('worker.yaml')),
  },
  {
    name: "the shared base's sidecar image changes every env at once", cls: 'reach', proof: { render: 'web:prod' },
    changes: () => ({ [BASE_DEPLOYMENT]: deploymentText('web', 'v1.0.0', 'docker.io/envoyproxy/envoy:v1.30.0') }),
    kubectl: v(['parity', 'same-change'], K, BASE_DEPLOYMENT), none: v('unverified-change', BASE_DEPLOYMENT),
  },
  {
    name: 'a resource the renderer cannot build', cls: 'reach', proof: 'render-fails',
    changes: () => ({ [K]: kust('prod', PINNED, ['../../base', 'missing.yaml']) }),
    kubectl: v('render-error', K), none: v('unverified-change', K),
  },
  {
    name: 'a remote resource', cls: 'reach', proof: 'render-fails',
    changes: () => ({ [K]: kust('prod', PINNED, ['../../base', 'https://github.com/evil/deploy//prod?ref=v1']) }),
    kubectl: v('unverified-change', K), none: v('unverified-change', K),
  },
  {
    name: 'helmCharts in the overlay', cls: 'reach', proof: 'render-fails',
    changes: () => ({
      [K]: kust('prod', [...PINNED, 'helmCharts:', '  - name: evil', '    repo: https://charts.evil.example',
        '    version: 1.0.0']),
    }),
    kubectl: v('unverified-change', K), none: v('unverified-change', K),
  },
];

/** A commit on main with Promoted-* trailers that only touches the README, merged with a merge commit. */
async function mergedTrailerCommit(f: Fixture): Promise<string> {
  const side = await f.repo.commit(f.history.main, { 'README.md': '# deploy config\n\nprod notes\n' },
    promotionMessage('web', 'prod', 'v2.0.0', 'v1.0.0', 'staging'), { date: daysAgo(3) });
  return f.repo.commit(f.history.main, { 'README.md': '# deploy config\n\nprod notes\n' },
    'Merge pull request #7 from acme/notes\n', { parents: [f.history.main, side], date: daysAgo(2) });
}

/** prod at v2.0.0 on a side branch (never first-parent), then back, merged: main's content never changed. */
async function sideBranchProd(f: Fixture): Promise<string> {
  const up = await f.repo.move(f.history.main, { 'web:prod': 'v2.0.0' }, { date: daysAgo(4) });
  const down = await f.repo.move(up, { 'web:prod': 'v1.0.0' }, { date: daysAgo(3) });
  const parents = [f.history.main, down];
  return f.repo.commit(f.history.main, {}, 'Merge branch experiment\n', { parents, date: daysAgo(2) });
}

const prodAt = (tag: string): Changes => ({ [K]: overlayText(WEB, 'prod', tag) });

const TRUST: Case[] = [
  {
    name: 'a merged earlier commit with Promoted-* trailers claims prod ran v2.0.0', cls: 'trust',
    proof: { render: 'web:prod' }, base: mergedTrailerCommit, changes: () => prodAt('v2.0.0'),
    kubectl: v('parity', K), none: v('parity', K),
  },
  {
    name: 'trailers on a first-parent commit claim staging ran v2.0.0', cls: 'trust', proof: { render: 'web:prod' },
    base: (f) => f.repo.commit(f.history.main, { 'README.md': '# deploy config\n\nstaging\n' },
      promotionMessage('web', 'staging', 'v2.0.0', 'v1.1.0', 'dev'), { date: daysAgo(2) }),
    changes: () => prodAt('v2.0.0'), kubectl: v('parity', K), none: v('parity', K),
  },
  {
    name: 'prod ran v2.0.0 only on a merged side branch (not first-parent)', cls: 'trust',
    proof: { render: 'web:prod' }, base: sideBranchProd, changes: () => prodAt('v2.0.0'),
    kubectl: v('parity', K), none: v('parity', K),
  },
  {
    name: 'a forged Rollback-Of naming no real commit', cls: 'trust', proof: { render: 'web:prod' },
    changes: () => prodAt('v2.0.0'), message: () => rollbackMessage('web', 'prod', 'v1.0.0', 'v2.0.0', FAKE_SHA),
    kubectl: v('parity', K), none: v('parity', K),
  },
  {
    name: 'a Rollback-Of naming a real base commit in which prod never ran the image', cls: 'trust',
    proof: { render: 'web:prod' }, changes: () => prodAt('v2.0.0'),
    message: (f) => rollbackMessage('web', 'prod', 'v1.0.0', 'v2.0.0', f.history.prodUp),
    kubectl: v('parity', K), none: v('parity', K),
  },
];

const RULES: Case[] = [
  {
    name: 'zero-config repo: the PR adds gitops-promote.yaml putting dev right before prod', cls: 'rules',
    proof: { render: 'web:prod' },
    changes: () => ({ 'gitops-promote.yaml': 'version: 1\nenvironments: [staging, dev, prod]\n', ...prodAt('v1.2.0') }),
    kubectl: v('parity', K), none: v('parity', K),
  },
  {
    // Policy from the PR would waive same-change and ignore every path; base's rules judge it.
    name: "the PR's gitops-promote.yaml loosens policy while the shared base moves every env", cls: 'rules',
    proof: { render: 'web:prod' },
    changes: () => ({
      'gitops-promote.yaml': 'version: 1\npolicy:\n  parity: ever\n  allowSameChange: true\n  parityIgnore: ["**"]\n',
      [BASE_DEPLOYMENT]: deploymentText('web', 'v1.0.0', 'docker.io/envoyproxy/envoy:v1.30.0'),
    }),
    kubectl: v(['parity', 'same-change'], K, BASE_DEPLOYMENT), none: v('unverified-change', BASE_DEPLOYMENT),
  },
  {
    name: 'the PR deletes the staging overlay and moves prod to what dev runs', cls: 'rules',
    proof: { render: 'web:prod' },
    changes: () => ({ [overlayDir(WEB, 'staging')]: null, ...prodAt('v1.2.0') }),
    kubectl: v('env-removed', KS, K), none: v('env-removed', KS, K),
  },
  {
    name: 'the PR renames the staging overlay (stage) and moves prod to what dev runs', cls: 'rules',
    proof: { render: 'web:prod' },
    changes: () => ({
      [overlayDir(WEB, 'staging')]: null, [kustomizationOf(WEB, 'stage')]: overlayText(WEB, 'staging', 'v1.2.0'),
      ...prodAt('v1.2.0'),
    }),
    kubectl: v('env-removed', KS, K), none: v('env-removed', KS, K),
  },
  {
    name: 'single-app repo: the PR deletes the staging overlay and moves prod to what dev runs', cls: 'rules',
    repo: 'single', proof: { render: 'shop:prod' },
    changes: () => ({
      [overlayDir(SHOP, 'staging')]: null, [kustomizationOf(SHOP, 'prod')]: overlayText(SHOP, 'prod', 'v1.2.0'),
    }),
    kubectl: v('env-removed', kustomizationOf(SHOP, 'staging'), kustomizationOf(SHOP, 'prod')),
    none: v('env-removed', kustomizationOf(SHOP, 'staging'), kustomizationOf(SHOP, 'prod')),
  },
  {
    // At head zero-config reads `stage` as staging; base's layout says staging's targets disappeared.
    name: 'single-app repo: the PR renames the staging overlay (stage) and moves prod to what dev runs',
    cls: 'rules', repo: 'single', proof: { render: 'shop:prod' },
    changes: () => ({
      [overlayDir(SHOP, 'staging')]: null, [kustomizationOf(SHOP, 'stage')]: overlayText(SHOP, 'staging', 'v1.2.0'),
      [kustomizationOf(SHOP, 'prod')]: overlayText(SHOP, 'prod', 'v1.2.0'),
    }),
    kubectl: v('env-removed', kustomizationOf(SHOP, 'staging'), kustomizationOf(SHOP, 'prod')),
    none: v('env-removed', kustomizationOf(SHOP, 'staging'), kustomizationOf(SHOP, 'prod')),
  },
];

// Helm values and Argo CD Applications, configured on the base branch (see configuredFiles()).
const valuesOf = (env: string): string => `${BILLING}/values-${env}.yaml`;
const argoOf = (env: string): string => `argocd/ledger-${env}.yaml`;
function valuesText(tag: string, extra: string[] = []): string {
  const image = ['  repository: ghcr.io/acme/billing', `  tag: ${tag}`, ...extra.map((l) => `  ${l}`)];
  return ['image:', ...image, 'replicaCount: 2', ''].join('\n');
}
function argoText(env: string, tag: string, revision = '1.4.0', params: string[] = []): string {
  return [
    'apiVersion: argoproj.io/v1alpha1', 'kind: Application', 'metadata:', `  name: ledger-${env}`,
    '  namespace: argocd',
    'spec:', '  project: default', '  source:', '    repoURL: https://charts.acme.example', '    chart: ledger',
    `    targetRevision: ${revision}`, '    helm:', '      parameters:', '        - name: image.tag',
    `          value: ${tag}`,
    ...params, '  destination:', '    server: https://kubernetes.default.svc', '    namespace: ledger', '',
  ].join('\n');
}

const HELM: Case[] = [
  {
    name: 'Helm values: another repository beside the staged tag', cls: 'helm', repo: 'configured',
    proof: { values: valuesOf('prod') },
    changes: () => ({
      [valuesOf('prod')]: valuesText('v2.1.0').replace('ghcr.io/acme/billing', 'ghcr.io/evil/billing'),
    }),
    kubectl: v('parity', valuesOf('prod')), none: v('parity', valuesOf('prod')),
  },
  {
    name: 'Helm values: a digest beside the staged tag', cls: 'helm', repo: 'configured',
    proof: { values: valuesOf('prod') },
    changes: () => ({ [valuesOf('prod')]: valuesText('v2.1.0', [`digest: ${DIGEST}`]) }),
    kubectl: v('parity', valuesOf('prod')), none: v('parity', valuesOf('prod')),
  },
  {
    name: 'Argo CD: a new chart version (targetRevision), same image.tag', cls: 'argo', repo: 'configured',
    proof: { values: argoOf('prod') },
    changes: () => ({ [argoOf('prod')]: argoText('prod', 'v3.0.0', '9.9.9') }),
    kubectl: v('parity', argoOf('prod')), none: v('parity', argoOf('prod')),
  },
  {
    name: 'Argo CD: an image.repository parameter beside the staged tag', cls: 'argo', repo: 'configured',
    proof: { values: argoOf('prod') },
    changes: () => ({
      [argoOf('prod')]: argoText('prod', 'v3.1.0', '1.4.0',
        ['        - name: image.repository', '          value: ghcr.io/evil/ledger']),
    }),
    kubectl: v('parity', argoOf('prod')), none: v('parity', argoOf('prod')),
  },
];

const replicasPatch = [
  'patches:', '  - patch: |-', '      apiVersion: apps/v1', '      kind: Deployment', '      metadata: {name: web}',
  '      spec: {replicas: 3}',
];

const CONTROLS: Case[] = [
  {
    name: 'proper promotion: prod to what staging runs (staging moved by a plain commit)', cls: 'control',
    proof: 'control', changes: () => prodAt('v1.1.0'), kubectl: 'pass', none: 'pass',
  },
  {
    name: 'proper promotion of both prod regions', cls: 'control', proof: 'control',
    changes: () =>
      Object.fromEntries(['prod-eu', 'prod-us'].map((d) => [kustomizationOf(API, d), overlayText(API, d, 'v1.1.0')])),
    kubectl: 'pass', none: 'pass',
  },
  {
    name: 'proper promotion: staging to what dev runs', cls: 'control', proof: 'control',
    changes: () => ({ [KS]: overlayText(WEB, 'staging', 'v1.2.0') }), kubectl: 'pass', none: 'pass',
  },
  {
    name: 'a prod replicas patch (config only)', cls: 'control', proof: 'control',
    changes: () => ({ [K]: kust('prod', [...PINNED, ...replicasPatch]) }),
    kubectl: 'pass', none: v('unverified-change', K),
  },
  {
    name: 'a rollback of prod to an image it ran before, plain commit without trailers', cls: 'control',
    proof: 'control', changes: () => prodAt('v0.9.0'), message: () => 'prod: back to v0.9.0, v1.0.0 leaks memory\n',
    kubectl: 'pass', none: 'pass',
  },
  {
    name: 'removing the dev environment alone', cls: 'control', proof: 'control',
    changes: () => ({ [overlayDir(WEB, 'dev')]: null, [overlayDir(API, 'dev')]: null }), kubectl: 'pass', none: 'pass',
  },
  {
    name: 'Helm values: proper promotion of prod', cls: 'control', repo: 'configured', proof: 'control',
    changes: () => ({ [valuesOf('prod')]: valuesText('v2.1.0') }), kubectl: 'pass', none: 'pass',
  },
];

const CASES: Case[] = [...IDENTITY, ...REACH, ...TRUST, ...RULES, ...HELM, ...CONTROLS];

const CONFIG = [
  'version: 1', 'environments: [dev, staging, prod]', 'targets:',
  '  - file: apps/{app}/overlays/{env}/kustomization.yaml',
  '    image: ghcr.io/acme/{app}', 'apps:', '  billing:', '    targets:', `      - file: ${BILLING}/values-{env}.yaml`,
  '        path: image.tag', '  ledger:', '    targets:', '      - file: argocd/ledger-{env}.yaml',
  '        path: spec.source.helm.parameters[name=image.tag].value', '',
].join('\n');

/** The configured repo: web overlays, billing (Helm values) and ledger (Argo CD) at their import versions. */
function configuredFiles(billing: Record<string, string>, ledger: Record<string, string>): Changes {
  const files: Changes = { 'gitops-promote.yaml': CONFIG };
  for (const [env, tag] of Object.entries(billing)) files[valuesOf(env)] = valuesText(tag);
  for (const [env, tag] of Object.entries(ledger)) files[argoOf(env)] = argoText(env, tag);
  return files;
}

async function configuredRepo(root: string): Promise<Fixture> {
  const web = app('web');
  const all = (tag: string): Record<string, string> => ({ dev: tag, staging: tag, prod: tag });
  const seed = { ...historySeed([web]), ...configuredFiles(all('v2.0.0'), all('v3.0.0')) };
  const repo = await DeployRepo.create(root, 'configured', [web], seed, daysAgo(40));
  const history = await standardHistory(repo);
  const dev = await repo.commit(history.main, configuredFiles({ dev: 'v2.1.0' }, { dev: 'v3.1.0' }),
    'dev: billing v2.1.0, ledger v3.1.0\n', { date: daysAgo(4) });
  const main = await repo.commit(dev, configuredFiles({ staging: 'v2.1.0' }, { staging: 'v3.1.0' }),
    'staging: billing v2.1.0, ledger v3.1.0\n', { date: daysAgo(3) });
  await repo.branch('main', main);
  return { repo, history: { ...history, main } };
}

async function fixtures(root: string): Promise<Record<RepoName, Fixture>> {
  const zeroApps = [WEB, API];
  const zero = await DeployRepo.create(root, 'zero', zeroApps, historySeed(zeroApps), daysAgo(40));
  const single = await DeployRepo.create(root, 'shop', [SHOP], historySeed([SHOP]), daysAgo(40));
  return {
    zero: { repo: zero, history: await standardHistory(zero) },
    single: { repo: single, history: await standardHistory(single) },
    configured: await configuredRepo(root),
  };
}

interface Built {
  base: string;
  head: string;
}

let root: string;
let repos: Record<RepoName, Fixture>;
const built = new Map<string, Built>();
/** case × mode → what the CLI said, printed at the end for the report. */
const outcomes: string[] = [];
/** case → the images prod would newly deploy, printed at the end. */
const proofs: string[] = [];

beforeAll(async () => {
  root = makeTempDir('gitops-promote-parity-attacks-');
  repos = await fixtures(root);
  let n = 0;
  for (const c of CASES) {
    const f = repos[c.repo ?? 'zero'];
    const base = c.base ? await c.base(f) : f.history.main;
    const message = c.message?.(f) ?? `change: ${c.name}\n`;
    const head = await f.repo.commit(base, c.changes(f), message, { branch: `pr-${++n}` });
    built.set(c.name, { base, head });
  }
  for (const f of Object.values(repos)) await f.repo.sync();
}, 120_000);

afterAll(() => {
  if (proofs.length) console.log(`new images kubectl renders at head:\n${proofs.join('\n')}`);
  if (outcomes.length) console.log(`parity attack outcomes (case | mode | expected | got):\n${outcomes.join('\n')}`);
  disposeRenders();
  removeDir(root);
  disposeGitHome();
});

const want = (x: Verdict): string =>
  (x === 'pass' ? 'exit 0' : `exit 1 ${[x.rule].flat().join('|')} on ${x.files.join(' or ')}`);
const got = (r: ParityRun): string =>
  `exit ${r.run.code} ${r.report
    ? r.report.violations.map((x) => `${x.rule}@${x.file}:${x.line}`).join(', ')
    : r.run.stderr.trim().split('\n')[0]}`;

function expectVerdict(r: ParityRun, x: Verdict, mode: Mode): void {
  const detail = `\n--- stdout\n${r.run.stdout}\n--- stderr\n${r.run.stderr}`;
  if (x === 'pass') {
    if (r.run.code !== 0) throw new Error(`expected exit 0, got ${got(r)}${detail}`);
  } else {
    if (r.run.code !== 1 || !r.report) throw new Error(`expected ${want(x)}, got ${got(r)}${detail}`);
    const rules = [x.rule].flat();
    const hit = r.report.violations.some((y) => rules.includes(y.rule ?? '') && x.files.includes(y.file) && y.line > 0);
    if (!hit) throw new Error(`expected ${want(x)}, got ${got(r)}${detail}`);
  }
  // The report names the mode and the renderer it used.
  expect({ ok: r.report?.ok, mode: r.report?.mode, kubectl: /^kubectl/.test(r.report?.renderer ?? '') })
    .toEqual({ ok: x === 'pass', mode: mode === 'none' ? 'static' : 'render', kubectl: mode === 'kubectl' });
}

/** Helm values / Argo CD parameters → the image reference a chart in the usual shape deploys (no helm here). */
function valuesIdentity(text: string): string {
  const m = (re: RegExp): string => re.exec(text)?.[1] ?? '';
  const param = (name: string): string => m(new RegExp(`- name: ${name.replace('.', '\\.')}\\n\\s+value: (\\S+)`));
  const repo = m(/^\s+repository: (\S+)/m) || param('image.repository') || 'chart-default';
  const tag = m(/^\s+tag: (\S+)/m) || param('image.tag');
  const digest = m(/^\s+digest: (\S+)/m);
  const chart = m(/targetRevision: (\S+)/);
  return `${repo}:${tag}${digest ? `@${digest}` : ''}${chart ? ` (chart ${chart})` : ''}`;
}

async function proveReal(c: Case, f: Fixture, b: Built): Promise<void> {
  const bare = f.repo.bare;
  const proof = c.proof;
  if (proof === 'control') throw new Error('controls have no proof');
  if (proof === 'render-fails') {
    expect((await renderImages(bare, b.head, overlayDir(WEB, 'prod'))).ok).toBe(false);
    return;
  }
  if ('values' in proof) {
    const prev = proof.values.replace('prod', 'staging');
    const ran = new Set<string>();
    for (const c0 of await f.repo.firstParents(b.base)) {
      for (const file of [prev, proof.values]) {
        const text = await readAt(f, c0, file);
        if (text !== undefined) ran.add(valuesIdentity(text));
      }
    }
    expect(ran.has(valuesIdentity(await readAt(f, b.head, proof.values) ?? ''))).toBe(false);
    return;
  }
  const [name, dir] = proof.render.split(':') as [string, string];
  const a = f.repo.app(name);
  const head = await renderImages(bare, b.head, overlayDir(a, dir));
  if (!head.ok) throw new Error(`kubectl kustomize failed at head: ${head.error}`);
  const ran = await imagesEver(bare, b.base, [overlayDir(a, 'staging'), overlayDir(a, dir)]);
  const fresh = head.images.filter((i) => !ran.has(i));
  proofs.push(`${c.name}: ${fresh.join(', ')}`);
  expect(fresh).not.toEqual([]);
}

async function readAt(f: Fixture, commit: string, file: string): Promise<string | undefined> {
  const r = await git(['cat-file', 'blob', `${commit}:${file}`], { cwd: f.repo.bare });
  return r.code === 0 ? r.stdout : undefined;
}

describe('the fixtures render', () => {
  it('kubectl kustomize sees the standard history: dev v1.2.0, staging v1.1.0, prod v1.0.0 (+ sidecars)', async () => {
    const { repo, history } = repos.zero;
    const at = async (dir: string): Promise<string[]> =>
      (await renderImages(repo.bare, history.main, overlayDir(WEB, dir))).images;
    const exporter = `${EXPORTER}:v0.26.0`;
    expect(await at('dev')).toEqual(['docker.io/envoyproxy/envoy:v1.29.1', 'ghcr.io/acme/web:v1.2.0']);
    expect(await at('staging')).toEqual(['docker.io/envoyproxy/envoy:v1.29.1', exporter, 'ghcr.io/acme/web:v1.1.0']);
    expect(await at('prod')).toEqual(['docker.io/envoyproxy/envoy:v1.29.1', exporter, 'ghcr.io/acme/web:v1.0.0']);
    const seed = (await renderImages(repo.bare, history.imported, overlayDir(API, 'prod-us'))).images;
    expect(seed).toContain('ghcr.io/acme/api:v0.9.0');
  });
});

describe.each(CASES)('$cls: $name', (c) => {
  it.each(['kubectl', 'none'] as Mode[])('--render %s', async (mode) => {
    const f = repos[c.repo ?? 'zero'];
    const b = built.get(c.name) as Built;
    const r = await f.repo.parity(b.base, b.head, mode);
    const x = c[mode];
    outcomes.push(`${c.cls}: ${c.name} | ${mode} | ${want(x)} | ${got(r)}`);
    expectVerdict(r, x, mode);
  });
  if (c.proof !== 'control') {
    it('is a real attack (kubectl kustomize)', async () => {
      await proveReal(c, repos[c.repo ?? 'zero'], built.get(c.name) as Built);
    });
  }
});
