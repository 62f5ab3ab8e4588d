// How an action ends on an error: one `error:` annotation — on the file and line it is about, for bad input that
// names one — and exit code 2 for bad input, 1 for anything else.
import * as core from '@actions/core';
import { UserError } from '../core/errors.js';

export function failAction(e: unknown): void {
  if (e instanceof UserError) {
    core.error(`error: ${e.format()}`, e.file ? { file: e.file, startLine: e.line } : {});
    process.exitCode = 2;
  } else {
    core.setFailed(`error: ${(e as Error).message ?? String(e)}`);
  }
}
