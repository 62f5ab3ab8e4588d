// rollback: the definition its action inputs, CLI flags, --help and docs tables are generated from.
import type { VerbDef } from './definition.js';
import {
  API_ENV, BRANCH, CONFIG, DRY_RUN, JSON_OUT, MAX_ATTEMPTS, MODE, PATH, REPO, TOKEN, TOKEN_ENV, VERBOSE,
} from './shared-options.js';

export const ROLLBACK: VerbDef = {
  verb: 'rollback',
  summary: 'Return an environment to its last good version with a forward commit (or pull request).',
  details: [
    "The config and every file are read from the branch's tip on the remote, fetched first (never the working tree).",
  ],
  options: [
    { name: 'app', type: 'string', arg: 'A', required: true, description: 'App to roll back.' },
    { name: 'env', type: 'string', arg: 'E', required: true, description: 'Environment to roll back (e.g. prod).' },
    {
      name: 'to', type: 'string', arg: 'VERSION',
      description: 'Version to restore; it must be one the environment ran before (unless {{force}}).',
      defaultText: 'the version before the last promotion',
    },
    {
      name: 'to-commit', type: 'string', arg: 'SHA',
      description: 'Restore the values the targets had at this commit instead.',
    },
    {
      name: 'region', type: 'string', arg: 'R',
      description: "Roll back only this region's targets.",
      defaultText: 'every region of the environment, in one commit',
    },
    {
      name: 'reason', type: 'string', arg: 'TEXT',
      description: 'Why (e.g. the wait-healthy reason); recorded in the commit as the Reason trailer.',
    },
    {
      name: 'failed-run-url', type: 'string', only: 'input',
      description: 'Link to the failed run, shown in the job summary.',
      why: 'a job summary link; a terminal has no run to link to',
    },
    {
      name: 'force', type: 'string', arg: 'REASON',
      description: 'A reason to restore a version the environment never ran; recorded in the commit.',
    },
    MODE,
    BRANCH,
    TOKEN,
    CONFIG,
    PATH,
    REPO,
    DRY_RUN,
    MAX_ATTEMPTS,
    JSON_OUT,
    VERBOSE,
  ],
  env: [...TOKEN_ENV, ...API_ENV],
  examples: [
    'gitops-promote rollback --app web --env prod --reason "error rate 7%" --dry-run',
    'gitops-promote rollback --app web --env prod --to v1.3.2 --region eu-west-1',
  ],
};
