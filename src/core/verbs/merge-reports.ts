// merge-reports: a CLI verb without an action. It puts the JSON reports of `drift --shard I/N` (or
// `status --shard I/N`) jobs back together; only this step applies fail-on-drift and keeps the tracking issue.
import type { VerbDef } from './definition.js';
import { JSON_OUT, TOKEN_ENV } from './shared-options.js';

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
      name: 'fail-on-drift', type: 'boolean', default: 'false',
      description: 'Fail (exit 1) when the merged drift reports find drift; by default drift is only reported.',
    },
    {
      name: 'tracking-issue', type: 'boolean', default: 'false',
      description: 'Keep one tracking issue up to date from the merged drift report (needs a token with issues '
        + 'write permission and GITHUB_REPOSITORY).',
    },
    { name: 'run-url', type: 'string', arg: 'URL', description: "The workflow run's link, for the tracking issue." },
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
