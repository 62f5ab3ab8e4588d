// The action's inputs as an OptionSource: the verbs' readers (src/core/verbs) see them as the CLI's flags are seen.
import * as core from '@actions/core';
import { quote } from '../core/errors.js';
import { inputName, type OptionDef } from '../core/verbs/definition.js';
import type { OptionSource } from '../core/verbs/option-source.js';

/** An option that is not an input (a flag-only one) is never given here. */
const raw = (o: OptionDef): string | undefined => {
  const name = inputName(o);
  return name === undefined ? undefined : core.getInput(name);
};

export function actionSource(): OptionSource {
  return {
    value: (o) => raw(o)?.trim() || undefined,
    values: (o) => (raw(o) ?? '').split(/\r?\n/).map((s) => s.trim()).filter(Boolean),
    label: (o) => `input ${quote(inputName(o) ?? o.name)}`,
    name: (o) => inputName(o) ?? o.name,
    missing: (o) => `input ${quote(inputName(o) ?? o.name)} is required; expected a value`,
  };
}
