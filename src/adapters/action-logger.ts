// Logger on the runner: warnings and errors become annotations on the file and line they are about.
import * as core from '@actions/core';
import { fenceCommands } from '../core/health/untrusted.js';
import type { Logger } from '../core/ports.js';

export const actionLogger: Logger = {
  // core.info writes the text as it is, so every line is fenced; the others escape it into a command's data.
  info: (m) => core.info(fenceCommands(m)),
  warning: (m, w) => core.warning(m, w?.file ? { file: w.file, startLine: w.line } : {}),
  error: (m, w) => core.error(m, w?.file ? { file: w.file, startLine: w.line } : {}),
  debug: (m) => core.debug(m),
};

/** Mask every form of a secret in the log, outputs and summary. */
export function maskSecrets(secrets: readonly string[]): void {
  for (const s of secrets) if (s) core.setSecret(s);
}
