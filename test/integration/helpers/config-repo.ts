// Realistic GitOps config repositories for the promote integration tests, as bare repos behind the git test
// server, and "checkout" clones made the way actions/checkout makes them.
//
// - zero-config: apps/<app>/{base,overlays/<env>}/ kustomize trees (dev, staging, prod-eu-west-1,
//   prod-us-east-1) with comments, Flux image-policy markers, quoted and plain tags, a sidecar image;
//   Flux cluster objects and a workflow beside them.
// - configured: gitops-promote.yaml (declared environments and prod regions, Helm values targets at
//   image.tag, policy and delivery sections) over charts/<app>/values-<env>[-<region>].yaml.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createBareRepo, gitOk, refsOf, type FileMap } from './git-repo.js';
import { basicAuthHeader, extraHeaderEnv } from './git-server.js';

export const ZERO_APPS = ['api', 'web', 'worker'] as const;
export type ZeroApp = (typeof ZERO_APPS)[number];
/** Overlay directory names of the zero-config layout; zero-config reads prod-<region> as env prod. */
export const ZERO_ENV_DIRS = ['dev', 'staging', 'prod-eu-west-1', 'prod-us-east-1'] as const;
export type ZeroEnvDir = (typeof ZERO_ENV_DIRS)[number];

export const overlayPath = (app: string, envDir: string): string => `apps/${app}/overlays/${envDir}/kustomization.yaml`;

const IMAGE_REGISTRY = 'ghcr.io/acme';
const SIDECAR = { name: 'docker.io/envoyproxy/envoy', tag: 'v1.29.1' };

/** Versions per app and overlay directory; anything not given runs v1.0.0. */
export type ZeroVersions = Partial<Record<string, Partial<Record<string, string>>>>;

/**
 * A kustomize overlay. The tag is plain in most overlays and double-quoted in prod-us-east-1 (both occur in
 * real repos); the line carries a Flux `$imagepolicy` marker. `api` also pins an envoy sidecar image, so
 * image: auto must pick the entry named after the app.
 */
export function overlayText(app: string, envDir: string, tag: string): string {
  const [env, ...rest] = envDir.split('-');
  const region = rest.join('-');
  const quoted = envDir === 'prod-us-east-1';
  const lines = [
    `# ${app} in ${env}${region ? ` (${region})` : ''}.`,
    '# The image tag below is written by gitops-promote: promote through the workflow, do not edit by hand.',
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    `namespace: ${app}-${env}`,
    'resources:',
    '  - ../../base',
    '  - ingress.yaml   # per-environment hostnames',
    'labels:',
    '  - pairs:',
    `      app.kubernetes.io/instance: ${app}-${envDir}`,
    '    includeSelectors: false',
    'images:',
    ...(app === 'api' ? [`  - name: ${SIDECAR.name}`, `    newTag: ${SIDECAR.tag}  # pinned sidecar, not promoted`] : []),
    `  - name: ${IMAGE_REGISTRY}/${app} # {"$imagepolicy": "flux-system:${app}-${envDir}:name"}`,
    `    newTag: ${quoted ? `"${tag}"` : tag} # {"$imagepolicy": "flux-system:${app}-${envDir}:tag"}`,
    'patches:',
    '  - path: resources.yaml',
    '    target:',
    '      kind: Deployment',
    '',
  ];
  return lines.join('\n');
}

function baseFiles(app: string): FileMap {
  return {
    [`apps/${app}/base/kustomization.yaml`]: [
      'apiVersion: kustomize.config.k8s.io/v1beta1',
      'kind: Kustomization',
      'resources:',
      '  - deployment.yaml',
      '  - service.yaml',
      '',
    ].join('\n'),
    [`apps/${app}/base/deployment.yaml`]: [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      `  name: ${app}`,
      'spec:',
      '  replicas: 2',
      '  selector:',
      `    matchLabels: {app: ${app}}`,
      '  template:',
      `    metadata: {labels: {app: ${app}}}`,
      '    spec:',
      '      containers:',
      `        - name: ${app}`,
      `          image: ${IMAGE_REGISTRY}/${app}:v0.0.0 # replaced by the overlays' images:`,
      '',
    ].join('\n'),
    [`apps/${app}/base/service.yaml`]: `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${app}\nspec:\n  selector: {app: ${app}}\n  ports: [{port: 80, targetPort: 8080}]\n`,
  };
}

/** The zero-config repository's files. Versions not given run v1.0.0; `apps` defaults to api, web, worker. */
export function zeroConfigFiles(versions: ZeroVersions = {}, apps: readonly string[] = ZERO_APPS, envDirs: readonly string[] = ZERO_ENV_DIRS): FileMap {
  const files: FileMap = {
    'README.md': '# acme GitOps config\n\nFlux reconciles clusters/<cluster>/; apps/<app>/overlays/<env>[-<region>]/ hold the versions.\n',
    '.github/workflows/promote.yml': [
      'name: promote',
      'on:',
      '  workflow_dispatch:',
      '    inputs:',
      '      app: {required: true}',
      '      to: {required: true}',
      'permissions: {contents: write}',
      'jobs:',
      '  promote:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - uses: acme/gitops-promote/actions/promote@v1',
      '        with: {app: "${{ inputs.app }}", to: "${{ inputs.to }}"}',
      '',
    ].join('\n'),
  };
  for (const app of apps) {
    Object.assign(files, baseFiles(app));
    for (const envDir of envDirs) {
      files[overlayPath(app, envDir)] = overlayText(app, envDir, versions[app]?.[envDir] ?? 'v1.0.0');
      files[`apps/${app}/overlays/${envDir}/ingress.yaml`] = `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ${app}\nspec:\n  rules:\n    - host: ${app}.${envDir}.acme.example\n`;
      files[`apps/${app}/overlays/${envDir}/resources.yaml`] = `- op: replace\n  path: /spec/template/spec/containers/0/resources\n  value: {requests: {cpu: 100m, memory: 128Mi}}\n`;
    }
  }
  for (const envDir of envDirs) {
    files[`clusters/${envDir}/apps.yaml`] = apps.map((app) => [
      'apiVersion: kustomize.toolkit.fluxcd.io/v1',
      'kind: Kustomization',
      'metadata:',
      `  name: ${app}`,
      '  namespace: flux-system',
      'spec:',
      '  interval: 5m',
      `  path: ./apps/${app}/overlays/${envDir}`,
      '  prune: true',
      '  sourceRef: {kind: GitRepository, name: config}',
      '',
    ].join('\n')).join('---\n');
  }
  return files;
}

// ---------------------------------------------------------------------------------------------------------
// The configured repository: gitops-promote.yaml over Helm values files.

export const HELM_ENVS = ['dev', 'staging'] as const;
export const PROD_REGIONS = ['eu-west-1', 'us-east-1'] as const;
/** Value files: charts/<app>/values-<env>.yaml, and values-prod-<region>.yaml for prod. */
export const HELM_FILE_KEYS = ['dev', 'staging', ...PROD_REGIONS.map((r) => `prod-${r}`)] as const;
export const valuesPath = (app: string, key: string): string => `charts/${app}/values-${key}.yaml`;

export interface HelmConfigOptions {
  apps?: readonly string[];
  /** Per app and file key (dev, staging, prod-eu-west-1, …); default 1.0.0. */
  versions?: ZeroVersions;
  /** Freeze windows, as YAML flow mappings (e.g. '{cron: "* * * * *", timezone: UTC, reason: "release freeze"}'). */
  freeze?: string[];
  /** Lines of the delivery: section, e.g. ['labels: [promotion, "env: prod"]', 'autoMerge: true']. */
  delivery?: string[];
  /** Replaces the generated gitops-promote.yaml text. */
  configText?: string;
  /** Where the config lives (default gitops-promote.yaml). */
  configPath?: string;
}

export function helmConfigYaml(o: HelmConfigOptions = {}): string {
  return [
    '# gitops-promote configuration of the acme platform.',
    '# Schema: gitops-promote schema',
    'version: 1',
    'environments:',
    '  - dev',
    '  - staging',
    '  - name: prod',
    `    regions: [${PROD_REGIONS.join(', ')}]`,
    'targets:',
    '  # Helm values per environment; prod has one file per region.',
    '  - file: charts/{app}/values-{env}.yaml',
    '    path: image.tag',
    '  - file: charts/{app}/values-{env}-{region}.yaml',
    '    path: image.tag',
    'policy:',
    '  tagPattern: semver',
    '  requirePreviousEnv: true',
    ...(o.freeze?.length ? ['  freeze:', ...o.freeze.map((w) => `    - ${w}`)] : []),
    ...(o.delivery?.length ? ['delivery:', ...o.delivery.map((l) => `  ${l}`)] : []),
    '',
  ].join('\n');
}

/** A Helm values file; the tag is double-quoted, as charts usually have it. */
export function valuesText(app: string, key: string, tag: string): string {
  return [
    `# ${app} values for ${key}.`,
    'replicaCount: 3',
    'image:',
    `  repository: ghcr.io/acme/${app}`,
    `  tag: "${tag}" # promoted by gitops-promote`,
    '  pullPolicy: IfNotPresent',
    'podAnnotations:',
    '  prometheus.io/scrape: "true"',
    'resources:',
    '  requests: {cpu: 250m, memory: 256Mi}',
    '',
  ].join('\n');
}

export function helmConfigFiles(o: HelmConfigOptions = {}): FileMap {
  const apps = o.apps ?? ['web', 'api'];
  const files: FileMap = {
    [o.configPath ?? 'gitops-promote.yaml']: o.configText ?? helmConfigYaml(o),
    'README.md': '# acme Helm config\n',
  };
  for (const app of apps) {
    files[`charts/${app}/Chart.yaml`] = `apiVersion: v2\nname: ${app}\nversion: 0.1.0\n`;
    files[`charts/${app}/values.yaml`] = `image:\n  repository: ghcr.io/acme/${app}\n  tag: ""\n`;
    for (const key of HELM_FILE_KEYS) files[valuesPath(app, key)] = valuesText(app, key, o.versions?.[app]?.[key] ?? '1.0.0');
  }
  return files;
}

// ---------------------------------------------------------------------------------------------------------
// Repositories and checkouts.

/** A bare repo `<root>/<name>.git` holding `files` on main (served by a git server rooted at `root`). */
export function createConfigRepo(root: string, name: string, files: FileMap): Promise<string> {
  return createBareRepo(root, name, files, { message: 'Initial config' });
}

export const authHeaderFor = (token: string): string => basicAuthHeader('x-access-token', token);

/** `scheme://host:port/` of a URL: the scope actions/checkout (and the tool) give the extraheader. */
export const urlScope = (url: string): string => `${new URL(url).origin}/`;

export interface CheckoutOptions {
  /** The token the checkout step fetches with (sent as a header from the environment only). */
  token: string;
  /** persist-credentials: the token's AUTHORIZATION extraheader stays in .git/config, as actions/checkout leaves it. */
  persistCredentials?: boolean;
  /** fetch-depth (default 1, actions/checkout's default); 0: full history. */
  depth?: number;
  branch?: string;
}

/**
 * A clone made like actions/checkout: git init, remote add, (persisted extraheader), a shallow fetch of the
 * branch into refs/remotes/origin/<branch>, checkout -B <branch>. The token never touches argv or the URL.
 */
export async function checkoutClone(url: string, dir: string, o: CheckoutOptions): Promise<string> {
  const branch = o.branch ?? 'main';
  mkdirSync(dir, { recursive: true });
  const at = { cwd: dir };
  await gitOk(['init', '--quiet', dir], at);
  await gitOk(['remote', 'add', 'origin', url], at);
  await gitOk(['config', '--local', 'gc.auto', '0'], at);
  if (o.persistCredentials) {
    await gitOk(['config', '--local', `http.${urlScope(url)}.extraheader`, `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${o.token}`).toString('base64')}`], at);
  }
  const env = o.persistCredentials ? {} : extraHeaderEnv(urlScope(url), authHeaderFor(o.token));
  const depth = o.depth ?? 1;
  await gitOk(['-c', 'protocol.version=2', 'fetch', '--no-tags', '--prune', '--no-recurse-submodules', ...(depth > 0 ? [`--depth=${depth}`] : []), 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`], { ...at, env });
  await gitOk(['checkout', '--quiet', '--force', '-B', branch, `refs/remotes/origin/${branch}`], at);
  return dir;
}

export interface CheckoutState {
  head: string;
  symbolicHead: string;
  status: string;
  /** sha256 of .git/index. */
  index: string;
  /** Every work-tree file (outside .git) → sha256 of its bytes. */
  files: Record<string, string>;
  /** refs/heads/* and refs/tags/* (local refs a promotion must not touch). */
  localRefs: Record<string, string>;
  /** Refs outside heads, tags and remotes (private fetch refs left behind would show up here). */
  otherRefs: string[];
  config: string;
}

const sha256 = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');

/** What a promotion must leave alone in the checkout it runs in. */
export async function checkoutState(dir: string): Promise<CheckoutState> {
  const files: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) {
        if (full !== join(dir, '.git')) walk(full);
      } else files[relative(dir, full)] = sha256(readFileSync(full));
    }
  };
  walk(dir);
  const refs = await refsOf(dir);
  const localRefs: Record<string, string> = {};
  const otherRefs: string[] = [];
  for (const [k, v] of Object.entries(refs)) {
    if (k.startsWith('refs/heads/') || k.startsWith('refs/tags/')) localRefs[k] = v;
    else if (!k.startsWith('refs/remotes/')) otherRefs.push(k);
  }
  // Hash the index before running status, and run status without optional locks: it must not refresh it.
  const index = sha256(readFileSync(join(dir, '.git', 'index')));
  return {
    head: (await gitOk(['rev-parse', 'HEAD'], { cwd: dir })).trim(),
    symbolicHead: (await gitOk(['symbolic-ref', '-q', 'HEAD'], { cwd: dir })).trim(),
    status: await gitOk(['--no-optional-locks', 'status', '--porcelain=v1', '--untracked-files=all'], { cwd: dir }),
    index,
    files,
    localRefs,
    otherRefs,
    config: readFileSync(join(dir, '.git', 'config'), 'utf8'),
  };
}

/** 1-based line of the first occurrence of `needle` in `text` (throws when absent). */
export function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`lineOf: ${JSON.stringify(needle)} not found`);
  return text.slice(0, i).split('\n').length;
}
