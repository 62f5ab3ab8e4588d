// Logger for a terminal: progress and warnings on stderr, so stdout carries only the result.
import { fenceCommands } from '../core/health/untrusted.js';
import type { Logger } from '../core/ports.js';
import type { Output } from './output.js';

export function cliLogger(out: Output, verbose = false): Logger {
  const where = (w?: { file?: string; line?: number }): string => (w?.file ? `${w.file}${w.line ? `:${w.line}` : ''}: ` : '');
  // The CLI runs in workflow `run:` steps too, where the runner reads commands from stderr as well.
  return {
    info: (m) => out.stderr(fenceCommands(m)),
    warning: (m, w) => out.stderr(fenceCommands(`warning: ${where(w)}${m}`)),
    error: (m, w) => out.stderr(fenceCommands(`error: ${where(w)}${m}`)),
    debug: (m) => { if (verbose) out.stderr(fenceCommands(`debug: ${m}`)); },
  };
}
