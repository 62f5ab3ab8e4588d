// The render input/flag, checked once for the action and the CLI alike.
import type { RenderChoice } from '../config/config.js';
import { UserError, quote } from '../errors.js';

const CHOICES: readonly RenderChoice[] = ['auto', 'kustomize', 'kubectl', 'none'];

/** undefined when not given: the base branch's policy.render decides. */
export function renderChoice(value: string | undefined, name: string): RenderChoice | undefined {
  if (value === undefined || value === '') return undefined;
  if (!CHOICES.includes(value as RenderChoice)) {
    throw new UserError(`${name} ${quote(value)} is not a render mode; expected one of ${CHOICES.join(', ')}`);
  }
  return value as RenderChoice;
}
