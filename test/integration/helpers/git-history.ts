// Reading back what a run wrote to a bare repository: the new commits, their trailers, the files they touched.
import { gitOk, logOf } from './git-repo.js';

export type LogEntry = Awaited<ReturnType<typeof logOf>>[number];

/** Commits on main after `since`, oldest first. */
export async function commitsSince(bare: string, since: string, branch = 'main'): Promise<LogEntry[]> {
  const out: LogEntry[] = [];
  for (const c of await logOf(bare, branch)) {
    if (c.sha === since) return out.reverse();
    out.push(c);
  }
  throw new Error(`${since} is not on ${branch} any more`);
}

/** Trailers of a commit body (its last paragraph); every line must be one. */
export function trailers(body: string): Record<string, string> {
  const last = body.trimEnd().split(/\n{2,}/).pop() ?? '';
  const out: Record<string, string> = {};
  for (const l of last.split('\n')) {
    const m = /^([A-Za-z0-9-]+): (.*)$/.exec(l);
    if (!m) throw new Error(`not a trailer line: ${JSON.stringify(l)} in\n${body}`);
    out[m[1] as string] = m[2] as string;
  }
  return out;
}

/** Paths a commit changed relative to its first parent, sorted. */
export const changedFiles = async (bare: string, commit: string): Promise<string[]> =>
  (await gitOk(['diff-tree', '--no-commit-id', '--name-only', '-r', `${commit}^`, commit], { cwd: bare })).split('\n').filter(Boolean).sort();
