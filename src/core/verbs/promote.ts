// promote: the definition its action inputs, CLI flags, --help and docs tables are generated from.
import type { VerbDef } from './definition.js';
import {
  API_ENV, BRANCH, CONFIG, DRY_RUN, JSON_OUT, MAX_ATTEMPTS, MODE, PATH, REPO, TOKEN, TOKEN_ENV, VERBOSE,
} from './shared-options.js';

export const PROMOTE: VerbDef = {
  verb: 'promote',
  summary: 'Promote an image version to an environment in one exact, policy-checked commit (or pull request).',
  details: [
    "The config and every file are read from the branch's tip on the remote, fetched first (never the working tree).",
  ],
  options: [
    {
      name: 'app', type: 'list', arg: 'A[,B]',
      description: 'App to promote; several as a comma- or newline-separated list (one commit each, pushed '
        + 'together).',
      defaultText: 'the only app, when the repository has one',
    },
    {
      name: 'to', type: 'string', arg: 'ENV', required: true,
      description: 'Environment to promote to (e.g. staging, prod).',
    },
    {
      name: 'version', type: 'string', arg: 'V',
      description: 'Version to promote (TAG, TAG@sha256:..., or @sha256:...).',
      defaultText: 'what the environment before {{to}} runs (or {{from}})',
    },
    {
      name: 'from', type: 'string', arg: 'ENV',
      description: 'Environment to take the version from when {{version}} is not given.',
      defaultText: 'the one before {{to}}',
    },
    MODE,
    BRANCH,
    TOKEN,
    CONFIG,
    PATH,
    REPO,
    DRY_RUN,
    {
      name: 'skip-gate', type: 'string', arg: 'REASON',
      description: 'A reason to promote a version that is not running in the previous environment; recorded in '
        + 'the commit.',
    },
    {
      name: 'allow-downgrade', type: 'boolean', default: 'false',
      description: 'Allow a version older than the one running (rollback has its own verb and action).',
    },
    {
      name: 'freeze-override-reason', type: 'string', arg: 'REASON',
      description: 'Promote during a freeze window; the reason is recorded in the commit.',
    },
    MAX_ATTEMPTS,
    JSON_OUT,
    VERBOSE,
  ],
  env: [...TOKEN_ENV, ...API_ENV],
  examples: [
    'gitops-promote promote --app web --to prod --dry-run',
    'gitops-promote promote --app web,api --to staging --version v1.4.0 --mode pull-request',
  ],
};
