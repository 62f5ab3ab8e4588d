// The four actions: what action.yml says besides the inputs (which come from the verbs' definitions).
import type { ActionDef } from './definition.js';
import { MERGE_REPORTS } from './merge-reports.js';
import { DRIFT, PARITY } from './parity.js';
import { PROMOTE } from './promote.js';
import { ROLLBACK } from './rollback.js';
import { WAIT_HEALTHY } from './wait-healthy.js';

const PROMOTE_ACTION: ActionDef = {
  dir: 'promote',
  name: 'gitops-promote / promote',
  description: 'Promote an image version to a GitOps environment in one exact, policy-checked commit (or pull '
    + 'request).',
  branding: { icon: 'arrow-up-circle', color: 'green' },
  verbs: [PROMOTE],
  outputs: [
    { name: 'version', description: 'The version promoted.' },
    { name: 'previous-version', description: 'What the targets ran before (comma-separated when regions differed).' },
    {
      name: 'changed',
      description: 'true when a commit or pull request was made; false when every target already ran the version.',
    },
    { name: 'commit-sha', description: 'The promotion commit (the last one when several apps were promoted).' },
    { name: 'pr-url', description: 'The pull request, in pull-request mode.' },
    { name: 'files', description: 'JSON list of every target, {app, env, file, region, line, old, new, changed}.' },
  ],
};

const ROLLBACK_ACTION: ActionDef = {
  dir: 'rollback',
  name: 'gitops-promote / rollback',
  description: 'Return an environment to its last good version with a forward commit (or pull request) in the config '
    + 'repo.',
  branding: { icon: 'rotate-ccw', color: 'orange' },
  verbs: [ROLLBACK],
  outputs: [
    { name: 'version', description: 'The version restored.' },
    { name: 'rolled-back-from', description: 'The version that was rolled back.' },
    { name: 'commit-sha', description: 'The rollback commit.' },
    { name: 'pr-url', description: 'The pull request, in pull-request mode.' },
    { name: 'changed', description: 'true when a commit or pull request was made.' },
  ],
};

const PARITY_ACTION: ActionDef = {
  dir: 'verify-staging-parity',
  name: 'gitops-promote / verify-staging-parity',
  description: 'Required check that blocks config changes whose versions skipped the previous environment; on a '
    + 'schedule, the drift report (whole, or in shards that a merge-reports step combines).',
  branding: { icon: 'shield', color: 'blue' },
  verbs: [PARITY, DRIFT, MERGE_REPORTS],
  outputs: [
    {
      name: 'ok',
      description: 'true when no violation (pull-request mode) or no drift (drift and merge-reports modes) was found.',
    },
    {
      name: 'violations',
      description: 'Pull-request mode, JSON list of the violations {app, env, region, file, line, oldImages, '
        + 'newImages, previousEnv, previousImages, rule, reason}.',
    },
    {
      name: 'drift',
      description: 'Drift and merge-reports modes, JSON list of findings {kind, app, env, region, file, line, '
        + 'message} (with shard: only that shard\'s apps).',
    },
    { name: 'issue-url', description: 'Drift or merge-reports mode with tracking-issue, the tracking issue.' },
    { name: 'report-file', description: 'Drift mode with shard, the path of the JSON shard report written.' },
  ],
};

const WAIT_HEALTHY_ACTION: ActionDef = {
  dir: 'wait-healthy',
  name: 'gitops-promote / wait-healthy',
  description: 'Prove the promoted version is live and healthy (HTTP version endpoints, Prometheus, Argo CD, Flux, '
    + 'Kubernetes rollouts, Argo Rollouts) before anything moves on; verdict healthy, unhealthy or unknown.',
  branding: { icon: 'activity', color: 'green' },
  verbs: [WAIT_HEALTHY],
  outputs: [
    {
      name: 'verdict',
      description: 'healthy (exit 0); unhealthy (exit 1: a failure, or the promoted version never became healthy '
        + 'before the timeout: roll back); unknown (exit 3: no verdict, e.g. a refused token, an unknown app, an '
        + 'unreachable control plane, a bad query, only inconclusive samples, a paused Rollout: a person decides, do '
        + 'not roll back).',
    },
    { name: 'healthy', description: 'true only when the verdict is healthy.' },
    { name: 'reason', description: 'One line saying why, with the last evidence.' },
    { name: 'observed-version', description: 'Version(s) the URLs and Deployments reported in the last sample.' },
    {
      name: 'samples',
      description: 'The samples as JSON (bounded size): {outcome, timedOut, samples, shown, targets, list: [{n, atMs, '
        + 'verdict, counts, checks}]}.',
    },
  ],
};

export const ACTIONS: readonly ActionDef[] = [PROMOTE_ACTION, ROLLBACK_ACTION, PARITY_ACTION, WAIT_HEALTHY_ACTION];
