// The config wait-healthy reads, from the same place every verb reads it: the commit (HEAD, or the CLI's --ref) of
// the config repository's clone, never its working tree. Outside a git clone (checks given as options, or a bare
// directory with only the config file), the file itself. The layout of that commit validates --env and --app.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE, loadConfig, zeroConfig } from '../core/config/config.js';
import { UserError, quote } from '../core/errors.js';
import { discoverLayout, findApp, findEnv } from '../core/layout.js';
import type { Logger } from '../core/ports.js';
import { GitCli } from './git-cli.js';

export interface LoadedConfig { parsed: ReturnType<typeof loadConfig>; text: string; file: string }

export interface HealthConfigOptions {
  root: string;
  configPath?: string;
  /** The commit to read; default HEAD. */
  ref?: string;
  env: string;
  app?: string;
  singleAppName: string;
  logger: Logger;
  /** How messages name the config option: input "config" or --config. */
  configLabel: string;
}

function fromWorkingTree(o: HealthConfigOptions): LoadedConfig | undefined {
  const file = o.configPath ?? CONFIG_FILE;
  if (existsSync(join(o.root, file))) {
    const text = readFileSync(join(o.root, file), 'utf8');
    return { parsed: loadConfig(text, file), text, file };
  }
  if (o.configPath !== undefined) {
    const label = `${o.configLabel} ${quote(o.configPath)}`;
    throw new UserError(`${label} is not in ${o.root}; expected a path from the repository root`);
  }
  return undefined;
}

/** The config at the commit, the names checked against that commit's layout (when it has apps and environments). */
export async function healthConfig(o: HealthConfigOptions): Promise<LoadedConfig | undefined> {
  // The probe logs nothing: outside a clone (checks given as options) there is nothing to say about git.
  const probe = new GitCli({ cwd: o.root, logger: { ...o.logger, debug: () => {} } });
  const inside = await probe.run(['rev-parse', '--is-inside-work-tree'], { allowFail: true });
  const git = new GitCli({ cwd: o.root, logger: o.logger });
  const sha = inside.code === 0 ? await git.resolveCommit(o.ref ?? 'HEAD') : undefined;
  if (!sha) {
    if (o.ref !== undefined) {
      const where = `a git clone in ${quote(o.root)}`;
      throw new UserError(`--ref ${quote(o.ref)} is not a commit of ${where}; expected a branch, tag or sha of --repo`);
    }
    return fromWorkingTree(o);
  }
  try {
    const snap = await git.snapshot(sha);
    const file = o.configPath ?? CONFIG_FILE;
    const at = `${o.ref ?? 'HEAD'} (${sha.slice(0, 12)})`;
    if (!snap.files.includes(file) && o.configPath !== undefined) {
      const label = `${o.configLabel} ${quote(o.configPath)}`;
      throw new UserError(`${label} is not in the repository at ${at}; expected a path from the repository root`);
    }
    const text = snap.files.includes(file) ? await snap.read(file) : undefined;
    const config = text === undefined ? undefined : { parsed: loadConfig(text, file), text, file };
    const onDisk = join(o.root, file);
    if (existsSync(onDisk) && readFileSync(onDisk, 'utf8') !== text) {
      o.logger.warning(`${file} in the working tree differs from ${at}; read the committed one (commit it to use it)`);
    }
    const layout = discoverLayout(config?.parsed ?? zeroConfig(), snap.files, o.singleAppName);
    if (layout.envs.length) findEnv(layout, o.env);
    if (o.app !== undefined && layout.apps.length) findApp(layout, o.app);
    return config;
  } finally {
    await git.dispose();
  }
}
