import { expect } from '@jest/globals';
import { editYamlText, type EditResult } from '../../src/core/edit.js';
import { UserError } from '../../src/core/errors.js';

export const path = (text: string, p: string, value: string, document?: number): EditResult =>
  editYamlText(text, { target: { kind: 'path', path: p }, value, document }, 'f.yaml');

export const image = (text: string, name: string, value: string, document?: number): EditResult =>
  editYamlText(text, { target: { kind: 'image', name }, value, document }, 'f.yaml');

/** The UserError an edit throws; fails the test if it does not throw one. */
export function userError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error('expected a UserError, but the edit succeeded');
}
