// status and history: CLI verbs without an action. Their definitions generate the flags, --help and docs tables.
import type { OptionDef, VerbDef } from './definition.js';
import { CONFIG, JSON_OUT, NO_FETCH, REF_DEFAULT, REPO, SHARD, TOKEN_ENV, VERBOSE } from './shared-options.js';

const REF: OptionDef = {
  name: 'ref', type: 'string', arg: 'REF', description: 'The commit to read (a branch, tag or sha).',
  defaultText: REF_DEFAULT,
};

const READ_DETAILS = [
  'Without --ref, origin/BRANCH is fetched quietly and read (BRANCH: the upstream of the checked-out branch, else '
    + "origin's default branch); --no-fetch reads HEAD and says how far it is behind.",
  'The config comes from the commit being read, never from the working tree.',
];

export const STATUS: VerbDef = {
  verb: 'status',
  summary: 'Which version every app runs in every environment (and region).',
  details: READ_DETAILS,
  options: [
    REF,
    NO_FETCH,
    {
      name: 'format', type: 'string', arg: 'FORMAT', choices: ['table', 'json', 'markdown'], default: 'table',
      description: 'table, json or markdown.',
    },
    SHARD,
    CONFIG,
    REPO,
    VERBOSE,
  ],
  env: TOKEN_ENV,
  examples: [
    'gitops-promote status', 'gitops-promote status --no-fetch --format markdown',
    'gitops-promote status --format json --shard 1/4 > status-1.json',
  ],
};

export const HISTORY: VerbDef = {
  verb: 'history',
  summary: 'Promotions and rollbacks, newest first, read from commit trailers.',
  details: READ_DETAILS,
  options: [
    { name: 'app', type: 'string', arg: 'A', description: 'Only this app.' },
    { name: 'env', type: 'string', arg: 'E', description: 'Only this environment ("prod" also finds "production").' },
    REF,
    NO_FETCH,
    {
      name: 'max', type: 'int', arg: 'N', range: [1, 100_000], default: '50',
      description: 'At most this many entries.',
    },
    CONFIG,
    REPO,
    JSON_OUT,
    VERBOSE,
  ],
  env: TOKEN_ENV,
  examples: ['gitops-promote history --app web --env prod', 'gitops-promote history --max 5 --json'],
};
