// The action's raw inputs for what is not an option of a verb (path, token: read before anything else, to mask
// the token). Everything else is read through src/adapters/action-source.ts and the verbs' readers.
import * as core from '@actions/core';

export function text(name: string, fallback = ''): string {
  return core.getInput(name).trim() || fallback;
}
