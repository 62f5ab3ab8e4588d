// merge-reports, read the same way by the CLI (flags, FILE...) and the action's merge-reports mode (inputs,
// `reports`): what the merged report may be used for once its kind (drift or status) is known.
import { UserError } from '../errors.js';
import { optionOf } from './definition.js';
import { MERGE_REPORTS } from './merge-reports.js';
import { readBool, type OptionSource } from './option-source.js';

export interface MergeRequest {
  failOnDrift: boolean;
  trackingIssue: boolean;
}

const opt = (name: string) => optionOf(MERGE_REPORTS, name);

/** A status report has no drift: failing on drift or keeping the issue from one would silently do nothing. */
export function resolveMergeRequest(src: OptionSource, kind: 'drift' | 'status'): MergeRequest {
  const failOnDrift = readBool(src, opt('fail-on-drift'));
  const trackingIssue = readBool(src, opt('tracking-issue'));
  if (kind === 'status' && (failOnDrift || trackingIssue)) {
    const names = `${src.label(opt('fail-on-drift'))} and ${src.label(opt('tracking-issue'))}`;
    throw new UserError(`${names} need drift reports; expected \`drift --json --shard I/N\` files`);
  }
  return { failOnDrift, trackingIssue };
}
