// The branch's tip and the config in force there, read before a promotion or rollback is planned (the config
// decides the delivery). The delivery's first attempt plans on this same tip (its input `tip`), so a run that
// lands at its first push fetches the branch once: each fetch also costs git a connectivity check, a
// `maintenance run --auto` and, on the remote, an upload-pack.
import type { PromoteConfig } from '../config/config.js';
import type { GitPort } from '../ports.js';
import { configAt } from './config-at.js';
import { fetchTip } from './deliver-push.js';

export interface BranchTip { tip: string; config: PromoteConfig }

export async function branchTip(git: GitPort, branch: string, configPath?: string): Promise<BranchTip> {
  const tip = await fetchTip(git, branch);
  return { tip, config: await configAt(await git.snapshot(tip), configPath) };
}
