// Which git processes a run started, from git's own trace2 event stream. GIT_TRACE2_EVENT naming a directory makes
// every git process write its own file there (git 2.39 Documentation/technical/api-trace2.txt: "If the target is a
// directory, one file per process"). A process whose sid has no "/" was started by the run itself (top level); a
// child's sid is its parent's plus "/…" (fetch's rev-list and maintenance, git-remote-http).
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GitTrace {
  /** Set on the run under test. */
  env: { GIT_TRACE2_EVENT: string };
  /** argv of every top-level git process, oldest first. */
  topLevel(): string[][];
  /** How many top-level processes ran `git <sub> …` (argv[1] === sub). */
  count(sub: string): number;
}

interface StartEvent { event: string; sid: string; time: string; argv?: string[] }

/** A fresh trace directory under `parent` (removed with it). */
export function gitTrace(parent: string): GitTrace {
  const dir = mkdtempSync(join(parent, 'trace2-'));
  const starts = (): StartEvent[] => readdirSync(dir)
    .flatMap((file) => readFileSync(join(dir, file), 'utf8').split('\n'))
    .filter(Boolean)
    .map((line) => JSON.parse(line) as StartEvent)
    .filter((e) => e.event === 'start' && !e.sid.includes('/'));
  const topLevel = (): string[][] => starts()
    .sort((a, b) => a.time.localeCompare(b.time))
    .map((e) => e.argv ?? []);
  return {
    env: { GIT_TRACE2_EVENT: dir },
    topLevel,
    count: (sub) => topLevel().filter((argv) => argv[1] === sub).length,
  };
}
