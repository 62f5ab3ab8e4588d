// Logger for a terminal: progress and warnings on stderr, so stdout carries only the result.
import type { Logger } from '../core/ports.js';
import type { Output } from './output.js';

export function cliLogger(out: Output, verbose = false): Logger {
  const where = (w?: { file?: string; line?: number }): string => (w?.file ? `${w.file}${w.line ? `:${w.line}` : ''}: ` : '');
  return {
    info: (m) => out.stderr(m),
    warning: (m, w) => out.stderr(`warning: ${where(w)}${m}`),
    error: (m, w) => out.stderr(`error: ${where(w)}${m}`),
    debug: (m) => { if (verbose) out.stderr(`debug: ${m}`); },
  };
}
