// The config in force at a commit: gitops-promote.yaml (or the given path) from that commit, else zero-config.
import { CONFIG_FILE, loadConfig, zeroConfig, type PromoteConfig } from '../config/config.js';
import { UserError, quote } from '../errors.js';
import type { RepoSnapshot } from '../repo-snapshot.js';

export async function configAt(snapshot: RepoSnapshot, path?: string): Promise<PromoteConfig> {
  const file = path ?? CONFIG_FILE;
  if (!snapshot.files.includes(file)) {
    if (path !== undefined) {
      throw new UserError(`config ${quote(path)} is not in the repository`
        + `${snapshot.commit ? ` at ${snapshot.commit.slice(0, 12)}` : ''}; expected a path from the repository root`);
    }
    return zeroConfig();
  }
  return loadConfig(await snapshot.read(file), file);
}
