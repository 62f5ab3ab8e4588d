// How promote and rollback hand a finished run to the runner: outputs, the job summary, and a failure that says why
// the plan was refused. One place, so the two actions report alike.
import * as core from '@actions/core';

export interface DeliveredRun { outputs: object; summary: string; exitCode: number }

export async function reportRun(result: DeliveredRun, refused: string, why: string): Promise<void> {
  for (const [k, v] of Object.entries(result.outputs)) core.setOutput(k, v);
  await core.summary.addRaw(result.summary).write();
  if (result.exitCode) core.setFailed(`${refused}: ${why}`);
  else core.info(result.summary);
}
