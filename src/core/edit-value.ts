// What --to may be: one token with no whitespace or control characters; for --image, one of three forms.
import { UserError, quote } from './errors.js';

export type ImageValue =
  | { kind: 'tag'; tag: string }
  | { kind: 'tag+digest'; tag: string; digest: string }
  | { kind: 'digest'; digest: string };

const BAD_CHARS = /[\s\x00-\x1f\x7f\x85\u2028\u2029\ufeff]/u;
// Docker/OCI tag grammar: kustomize rejects anything else in newTag.
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;

/** Throws when `value` cannot be a version at all; `file`/`line` say where it was going. */
export function checkValue(value: string, file?: string, line?: number, label = '--to'): void {
  if (value === '') throw new UserError(`${label} is empty; expected a version such as v1.2.3`, file, line);
  const bad = BAD_CHARS.exec(value);
  if (bad) {
    const what = /\s/.test(bad[0]) ? 'whitespace' : 'a control character';
    throw new UserError(`${label} ${quote(value)} contains ${what}; expected one token such as v1.2.3`, file, line);
  }
}

export function parseImageValue(value: string, file?: string, line?: number, label = '--to'): ImageValue {
  checkValue(value, file, line, label);
  const at = value.indexOf('@');
  const expected = 'expected TAG, TAG@sha256:<64 lowercase hex> or @sha256:<64 lowercase hex>';
  if (at < 0) {
    if (!TAG.test(value)) {
      throw new UserError(`${label} ${quote(value)} is not a valid image tag `
        + `(letters, digits, "_", "." and "-", up to 128, not starting with "." or "-"); ${expected}`, file, line);
    }
    return { kind: 'tag', tag: value };
  }
  const tag = value.slice(0, at);
  const digest = value.slice(at + 1);
  if (!DIGEST.test(digest)) {
    throw new UserError(`${label} ${quote(value)} has a malformed digest ${quote(digest)}; ${expected}`, file, line);
  }
  if (tag === '') return { kind: 'digest', digest };
  if (!TAG.test(tag)) {
    throw new UserError(`${label} ${quote(value)} has an invalid tag ${quote(tag)}; ${expected}`, file, line);
  }
  return { kind: 'tag+digest', tag, digest };
}
