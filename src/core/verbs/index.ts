// Every verb, in the order the CLI lists them, and the actions that run them.
import type { VerbDef } from './definition.js';
import { EDIT, SCHEMA } from './file-verbs.js';
import { MERGE_REPORTS } from './merge-reports.js';
import { DRIFT, PARITY } from './parity.js';
import { PROMOTE } from './promote.js';
import { HISTORY, STATUS } from './read-verbs.js';
import { ROLLBACK } from './rollback.js';
import { WAIT_HEALTHY } from './wait-healthy.js';

export { ACTIONS } from './actions.js';
export { DRIFT, EDIT, HISTORY, MERGE_REPORTS, PARITY, PROMOTE, ROLLBACK, SCHEMA, STATUS, WAIT_HEALTHY };

export const VERBS: readonly VerbDef[] = [
  EDIT, PROMOTE, HISTORY, ROLLBACK, PARITY, DRIFT, MERGE_REPORTS, WAIT_HEALTHY, STATUS, SCHEMA,
];

export function verbDef(name: string): VerbDef | undefined {
  return VERBS.find((v) => v.verb === name);
}
