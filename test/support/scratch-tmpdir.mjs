// jest globalSetup / globalTeardown: the tests' scratch space (bare repos, checkouts, runner temp dirs, every
// mkdtemp under os.tmpdir()) goes to a fresh directory in /dev/shm when the machine has one with room, else stays
// where TMPDIR says. The integration tests create and delete some hundred thousand small files through git; on a
// busy VM disk that costs minutes of system time (deleting one test file's 15,000 files took 25 s), on tmpfs
// almost none. The variable is set before jest starts its workers, so they and every process they spawn inherit
// it. GITOPS_PROMOTE_TEST_TMPDIR=DIR puts the scratch space under DIR instead (e.g. `os` keeps the default).
import { mkdirSync, mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { join } from 'node:path';

const SHM = '/dev/shm';
const MIN_FREE_BYTES = 2 * 1024 ** 3;
const state = globalThis;

function freeBytes(dir) {
  try {
    const s = statfsSync(dir);
    return s.bavail * s.bsize;
  } catch {
    return 0;
  }
}

function parentDir() {
  const asked = process.env.GITOPS_PROMOTE_TEST_TMPDIR;
  if (asked === 'os') return undefined;
  if (asked) return asked;
  return freeBytes(SHM) >= MIN_FREE_BYTES ? SHM : undefined;
}

export async function setup() {
  const parent = parentDir();
  if (!parent) return;
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'gitops-promote-tests-'));
  state.gitopsPromoteScratch = { dir, previous: process.env.TMPDIR };
  process.env.TMPDIR = dir;
  process.stderr.write(`tests' scratch directory: ${dir} (TMPDIR)\n`);
}

export async function teardown() {
  const s = state.gitopsPromoteScratch;
  if (!s) return;
  rmSync(s.dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  if (s.previous === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = s.previous;
  state.gitopsPromoteScratch = undefined;
}
