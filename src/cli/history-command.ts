// gitops-promote history: promotions and rollbacks, read from commit trailers of origin/BRANCH after a quiet fetch
// (src/cli/read-ref.ts). --app and --env are checked against the layout of that commit, as every verb checks them.
import { sameEnv } from '../core/config/environments.js';
import { latestRecords } from '../core/history/latest-records.js';
import type { PromotionRecord } from '../core/history/promotions.js';
import { discoverLayout, findApp, findEnv } from '../core/layout.js';
import { configAt } from '../core/promote/config-at.js';
import { optionOf } from '../core/verbs/definition.js';
import { readBool, readInt, readName, readText } from '../core/verbs/option-source.js';
import { HISTORY } from '../core/verbs/read-verbs.js';
import type { GitCli } from '../adapters/git-cli.js';
import { cliLogger } from './cli-logger.js';
import { parseFlags } from './flag-source.js';
import type { Output } from './output.js';
import { readRef } from './read-ref.js';
import { cliGit, singleAppName } from './repo-options.js';

const flag = (name: string) => optionOf(HISTORY, name);

/** The names given, checked against the layout at the commit (an unknown one is refused with the closest ones). */
interface Names { app?: string; env?: string; config?: string }

async function checkNames(git: GitCli, sha: string, root: string, names: Names): Promise<void> {
  if (names.app === undefined && names.env === undefined) return;
  const snapshot = await git.snapshot(sha);
  const layout = discoverLayout(await configAt(snapshot, names.config), snapshot.files, singleAppName(root));
  if (names.env !== undefined) findEnv(layout, names.env);
  if (names.app !== undefined) findApp(layout, names.app);
}

function table(records: PromotionRecord[]): string[] {
  const how = (r: PromotionRecord): string => {
    if (r.kind === 'rollback') return `rollback${r.reason ? `: ${r.reason}` : ''}`;
    return r.from ? `from ${r.from}${r.gateSkipped ? ' (gate skipped)' : ''}` : '';
  };
  const rows = records.map((r) => [
    r.date.replace('T', ' ').slice(0, 16), r.app, r.env, `${r.previous ?? '?'} -> ${r.version}`, how(r), r.by ?? '',
    r.sha.slice(0, 10),
  ]);
  const head = ['when', 'app', 'env', 'version', 'how', 'by', 'commit'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  return [head, ...rows].map((r) => r.map((c, i) => c.padEnd(widths[i] as number)).join('  ').trimEnd());
}

export async function runHistoryCommand(argv: string[], out: Output): Promise<number> {
  const { source } = parseFlags(HISTORY, argv);
  const app = readName(source, flag('app'));
  const env = readName(source, flag('env'));
  const max = readInt(source, flag('max')) ?? Number(flag('max').default);
  const logger = cliLogger(out, readBool(source, flag('verbose')));
  const { git, root } = await cliGit(readText(source, flag('repo')), logger, true);
  try {
    const at = await readRef(git, readText(source, flag('ref')), readBool(source, flag('no-fetch')), logger);
    await checkNames(git, at.sha, root, { app, env, config: readText(source, flag('config')) });
    // Reads back only as far as it needs: the newest `max` records, not every promotion commit.
    const keep = (r: PromotionRecord): boolean => (!app || r.app === app) && (!env || sameEnv(env, r.env));
    const records = await latestRecords(git, at.sha, keep, max);
    if (readBool(source, flag('json'))) out.stdout(JSON.stringify(records));
    else if (records.length) for (const line of table(records)) out.stdout(line);
    else out.stdout(`no promotions${app ? ` of ${app}` : ''}${env ? ` to ${env}` : ''} in ${at.name}`);
    return 0;
  } finally {
    await git.dispose();
  }
}
