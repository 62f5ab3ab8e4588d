// Options and environment variables several verbs share, defined once.
import type { EnvVarDef, OptionDef } from './definition.js';

export const DEFAULT_MAX_ATTEMPTS = 10;

export const CONFIG: OptionDef = {
  name: 'config', type: 'string', arg: 'PATH',
  description: 'Path of the config file from the repository root, read from the commit being read (never the working '
    + 'tree), like every other file.',
  defaultText: 'gitops-promote.yaml, else the zero-config layouts',
};

export const PATH: OptionDef = {
  name: 'path', type: 'string', only: 'input', arg: 'DIR',
  description: 'Where the config repository is checked out.', defaultText: 'the workspace',
  why: 'where actions/checkout put the clone; the CLI says --repo',
};

export const REPO: OptionDef = {
  name: 'repo', type: 'string', only: 'flag', arg: 'DIR',
  description: 'A clone of the config repository (its origin is the config repository).',
  defaultText: 'the current directory',
  why: 'the action says path, after actions/checkout',
};

export const TOKEN: OptionDef = {
  name: 'token', type: 'string', only: 'input',
  description: 'Token for git and the GitHub API. It is sent as an HTTP header, never put on a command line or in '
    + '.git/config.',
  inputDefault: '${{ github.token }}',
  why: 'a flag would show in ps and shell history; the CLI reads GITOPS_PROMOTE_TOKEN or GITHUB_TOKEN',
};

export const JSON_OUT: OptionDef = {
  name: 'json', type: 'boolean', only: 'flag', default: 'false',
  description: 'Print the result as one JSON document on stdout.',
  why: "an action's results are its outputs",
};

export const VERBOSE: OptionDef = {
  name: 'verbose', type: 'boolean', only: 'flag', default: 'false',
  description: 'Print debug lines (git commands, requests) on stderr.',
  why: 'the runner shows debug lines when the workflow runs with debug logging',
};

export const DRY_RUN: OptionDef = {
  name: 'dry-run', type: 'boolean', default: 'false',
  description: 'Do everything but write; the report shows the diff.',
};

export const BRANCH: OptionDef = {
  name: 'branch', type: 'string', arg: 'B',
  description: 'Branch of the config repository to write to.',
  defaultText: "the branch the workflow runs on, else the checked-out branch, else the remote's default branch",
};

export const MODE: OptionDef = {
  name: 'mode', type: 'string', arg: 'MODE', choices: ['push', 'pull-request'],
  description: 'push (commit to {{branch}}) or pull-request (one pull request per app and environment).',
  configKey: 'delivery.mode', default: 'push',
};

export const MAX_ATTEMPTS: OptionDef = {
  name: 'max-attempts', type: 'int', arg: 'N', range: [1, 100],
  description: 'How many times to fetch, re-apply and push when other changes land first.',
  configKey: 'delivery.maxAttempts', default: String(DEFAULT_MAX_ATTEMPTS),
};

/** drift and status: one of N matrix jobs (src/core/scale/shard.ts); merge-reports puts the shards together. */
export const SHARD: OptionDef = {
  name: 'shard', type: 'string', arg: 'I/N',
  description: "Report only the apps of shard I of N (assigned by a hash of the app's name); merge-reports "
    + "combines the shards' JSON reports.",
  defaultText: 'every app',
};

/** drift and merge-reports: one option, so the action's drift and merge-reports modes share one input. */
export const FAIL_ON_DRIFT: OptionDef = {
  name: 'fail-on-drift', type: 'boolean', default: 'false',
  description: 'Fail (exit 1) when drift is found; by default drift is only reported.',
};

/** What every read verb (status, history, drift, parity) reads by default, and how to read the clone instead. */
export const NO_FETCH: OptionDef = {
  name: 'no-fetch', type: 'boolean', only: 'flag', default: 'false',
  description: 'Do not fetch: read HEAD and say how far it is behind origin/BRANCH as last fetched.',
  why: 'the action reads the commit actions/checkout fetched',
};

export const REF_DEFAULT = 'origin/BRANCH after a quiet fetch when there is an origin (see --no-fetch), else HEAD';

export const TOKEN_ENV: readonly EnvVarDef[] = [
  { name: 'GITOPS_PROMOTE_TOKEN', description: 'token for git over HTTPS and the GitHub API (never a flag)' },
  { name: 'GITHUB_TOKEN', description: 'used when GITOPS_PROMOTE_TOKEN is not set' },
];

export const API_ENV: readonly EnvVarDef[] = [
  { name: 'GITHUB_API_URL', description: 'the GitHub API (GitHub Enterprise Server: https://HOST/api/v3)' },
  {
    name: 'GITOPS_PROMOTE_RATE_LIMIT_MAX_WAIT',
    description: 'the longest single wait for a GitHub rate limit to lift (a duration; default 15m)',
  },
];
