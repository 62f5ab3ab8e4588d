// merge-reports: the CLI verb and the verify-staging-parity action's merge-reports mode. It puts the JSON reports
// of `drift --shard I/N` (or `status --shard I/N`) jobs back together; only this step applies fail-on-drift and
// keeps the tracking issue.
import type { VerbDef } from './definition.js';
import { FAIL_ON_DRIFT, JSON_OUT, TOKEN_ENV } from './shared-options.js';

export const MERGE_REPORTS: VerbDef = {
  verb: 'merge-reports',
  summary: 'Combine the shard reports of drift --json --shard I/N (or status) into the one report a single job '
    + 'would have written.',
  details: [
    'Every shard of one commit must be given, each once; a missing, repeated or foreign shard is refused.',
    'Shards only report: --fail-on-drift and --tracking-issue belong on this step.',
  ],
  positionals: { arg: 'FILE...', description: 'The shard reports (JSON), in any order.' },
  options: [
    {
      name: 'reports', type: 'list', arg: 'FILE', only: 'input',
      description: 'Mode merge-reports: the shard reports (JSON) to combine, in any order, as paths or globs inside '
        + 'the workspace, newline-separated.',
      why: 'the CLI takes them as arguments (FILE...)',
    },
    FAIL_ON_DRIFT,
    {
      name: 'tracking-issue', type: 'boolean', default: 'false',
      description: 'Keep one tracking issue up to date (needs issues write permission).',
      flagDescription: 'Keep one tracking issue up to date from the merged drift report (needs a token with issues '
        + 'write permission and GITHUB_REPOSITORY).',
      why: 'the CLI reads the token and the repository from the environment; the action has both',
    },
    {
      name: 'run-url', type: 'string', arg: 'URL', only: 'flag',
      description: "The workflow run's link, for the tracking issue.",
      why: "the action knows the workflow run's link",
    },
    JSON_OUT,
  ],
  env: [
    ...TOKEN_ENV,
    { name: 'GITHUB_REPOSITORY', description: 'owner/name of the repository whose tracking issue is kept' },
    { name: 'GITHUB_API_URL', description: 'the GitHub API (default https://api.github.com)' },
  ],
  examples: [
    'gitops-promote merge-reports drift-*.json --fail-on-drift', 'gitops-promote merge-reports --json status-*.json',
  ],
};
