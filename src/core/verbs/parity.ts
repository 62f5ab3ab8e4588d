// parity and drift: the two CLI verbs of the verify-staging-parity action. Their definitions generate the action's
// inputs, the CLI's flags, --help and the docs tables.
import type { OptionDef, VerbDef } from './definition.js';
import {
  CONFIG, FAIL_ON_DRIFT, JSON_OUT, NO_FETCH, PATH, REF_DEFAULT, REPO, SHARD, TOKEN, TOKEN_ENV, VERBOSE,
} from './shared-options.js';

/** One token input for both modes of the action. */
const PARITY_TOKEN: OptionDef = {
  ...TOKEN,
  description: 'Token, used only to fetch missing commits and (drift mode, tracking-issue) to manage the tracking '
    + 'issue.',
};

/** The options both read verbs end with: where the repository is and how to talk about it. */
const READ_OPTIONS: OptionDef[] = [CONFIG, PATH, REPO, PARITY_TOKEN, NO_FETCH, JSON_OUT, VERBOSE];

const READ_DETAILS = [
  'Without --ref (drift) or --base (parity), origin/BRANCH is fetched quietly and read; --no-fetch reads HEAD.',
  'The config comes from the commit being read (for parity, the base), never from the working tree.',
];

export const PARITY: VerbDef = {
  verb: 'parity',
  summary: 'The required check: fail a change whose versions skipped the previous environment (exit 1).',
  details: READ_DETAILS,
  options: [
    {
      name: 'mode', type: 'string', arg: 'MODE', only: 'input',
      choices: ['auto', 'pull-request', 'drift', 'merge-reports'], default: 'auto',
      description: 'auto (pull_request and merge_group check the change; other events report drift), pull-request, '
        + 'drift, or merge-reports (combine the shard reports of drift jobs given a shard).',
      why: 'the CLI has a verb for each mode: parity, drift and merge-reports',
    },
    {
      name: 'base', type: 'string', arg: 'REF', description: 'Base commit to compare.',
      defaultText: `the pull_request or merge_group event's base (action); ${REF_DEFAULT} (CLI)`,
    },
    {
      name: 'head', type: 'string', arg: 'REF', description: 'Head commit to compare.',
      inputDescription: 'Head commit to compare (or, for drift, the commit to report on).',
      defaultText: "the pull_request or merge_group event's head, else HEAD",
      why: "one input serves both of the action's modes; the CLI's drift verb says --ref",
    },
    {
      name: 'render', type: 'string', arg: 'MODE', choices: ['auto', 'kustomize', 'kubectl', 'none'],
      description: 'How to compute what each overlay deploys. auto (render with kustomize, else kubectl kustomize, '
        + "else the static model), kustomize, kubectl, or none (static model of images: only; any other change in an "
        + "overlay's files fails).",
      configKey: "policy.render (the base's config)", default: 'auto',
    },
    {
      name: 'history-ref', type: 'string', arg: 'REF', only: 'flag',
      description: 'The branch whose history tells what ran (the merge queue\'s target branch).',
      defaultText: 'the base',
      why: "the action takes it from the merge_group event's base_ref",
    },
    ...READ_OPTIONS,
  ],
  env: TOKEN_ENV,
  examples: ['gitops-promote parity', 'gitops-promote parity --base origin/main --head HEAD --render none --json'],
};

export const DRIFT: VerbDef = {
  verb: 'drift',
  summary: 'What runs where, and drift: environments behind, regions that disagree, live versions that differ.',
  details: READ_DETAILS,
  options: [
    {
      name: 'ref', type: 'string', arg: 'REF', only: 'flag', description: 'The commit to report on.',
      defaultText: REF_DEFAULT,
      why: "the action's head input says it (shared with the pull-request check)",
    },
    FAIL_ON_DRIFT,
    {
      name: 'tracking-issue', type: 'boolean', default: 'false', only: 'input',
      description: 'Keep one tracking issue up to date (needs issues write permission).',
      why: "it needs the workflow's token, repository and run link",
    },
    {
      name: 'live', type: 'boolean', default: 'false',
      description: 'Also read the running version from the drift.live endpoints in the config (which must exist).',
    },
    {
      name: 'behind-after', type: 'string', arg: 'DURATION',
      description: 'Report an environment behind its previous one for longer than this (e.g. 7d).',
      configKey: 'drift.behindAfter',
    },
    SHARD,
    {
      name: 'report-file', type: 'string', arg: 'FILE', only: 'input',
      description: 'With {{shard}}: where the JSON shard report is written (a relative path is from the workspace); '
        + 'the output report-file names it, for actions/upload-artifact.',
      defaultText: '$RUNNER_TEMP/gitops-promote-drift-shard-I-of-N.json',
      why: 'the CLI prints the report on stdout with --json',
    },
    ...READ_OPTIONS,
  ],
  env: TOKEN_ENV,
  examples: [
    'gitops-promote drift', 'gitops-promote drift --live --behind-after 7d --json',
    'gitops-promote drift --json --shard 2/4 > drift-2.json',
  ],
};
