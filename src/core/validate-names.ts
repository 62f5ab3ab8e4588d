// Names that end up in refs, paths and commit trailers are checked before anything runs.
import { UserError, quote } from './errors.js';
import { isSafeName } from './config/environments.js';

export function checkName(kind: string, value: string): string {
  if (!isSafeName(value)) {
    throw new UserError(`${kind} ${quote(value)} is not allowed; expected letters, digits, ".", "_" or "-" `
      + '(not starting with "-" or ".", no "..", at most 63 characters)');
  }
  return value;
}

/** A branch name git accepts and no option parser can mistake for a flag. */
export function checkBranch(kind: string, value: string): string {
  const bad =
    value === '' || value.startsWith('-') || value.startsWith('/') ||
    value.endsWith('/') || value.endsWith('.') || value.endsWith('.lock') ||
    value.includes('..') || value.includes('//') || value.includes('@{') || value === '@' ||
    /[\x00-\x20\x7f~^:?*[\\]/.test(value) || value.split('/').some((p) => p.startsWith('.')) || value.length > 200;
  if (bad) {
    throw new UserError(`${kind} ${quote(value)} is not a valid branch name; `
      + 'expected something like main or release/2026-11 (no "..", spaces, ~^:?*[\\, not starting with "-")');
  }
  return value;
}
