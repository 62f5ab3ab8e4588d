// wait-healthy: the definition its action inputs, CLI flags, --help and docs tables are generated from. Timing
// defaults are the numbers the run uses (DEFAULT_TIMING), written once.
import { DEFAULT_TIMING } from '../health/timing.js';
import type { OptionDef, VerbDef } from './definition.js';
import { CONFIG, JSON_OUT, PATH, REPO, TOKEN, TOKEN_ENV, VERBOSE } from './shared-options.js';

/** 600000 → "10m", 10000 → "10s", 0 → "0s". */
const duration = (ms: number): string => (ms >= 60_000 && ms % 60_000 === 0 ? `${ms / 60_000}m` : `${ms / 1000}s`);

const text = (name: string, arg: string, description: string, more: Partial<OptionDef> = {}): OptionDef =>
  ({ name, type: 'string', arg, description, ...more });

const timing = (name: string, description: string, value: string | undefined, key: string): OptionDef =>
  text(name, /limit|threshold/.test(name) ? 'N' : 'DURATION', description, {
    configKey: `health.<env>.${key}`, ...(value === undefined ? { defaultText: 'no limit' } : { default: value }),
  });

const ROLLOUT_CHECK = 'whose rollout must complete at the version (as kubectl rollout status decides).';

const CHECK_OPTIONS: readonly OptionDef[] = [
  {
    name: 'checks', type: 'string', only: 'input',
    description: "Checks as YAML or JSON instead of the config file (a list of checks, or health.<env>'s shape with "
      + 'timing).',
    why: 'a workflow writes YAML inline; a terminal has the config file and the flags',
  },
  {
    name: 'url', type: 'list', arg: 'URL',
    description: 'URL(s) to GET (e.g. one per region); replaces the configured checks.',
  },
  text('expect-version', 'V', 'Version the URLs must report.', { defaultText: '{{version}}' }),
  text('version-field', 'F', 'Dotted JSON path of the version in the response body.', { default: 'version' }),
  text('expect-status', 'N', 'HTTP status(es) that pass, e.g. 200 or 200,204.', { default: '200' }),
  text('body-match', 'RE', 'Regular expression the response body must match.'),
  {
    name: 'headers', flagName: 'header', type: 'list', arg: '"Name: value"',
    description: 'Request headers for the URLs, "Name: value"; ${VAR} reads the environment. Values are masked.',
    inputDescription: 'Request headers for the URLs, one "Name: value" per line; ${VAR} reads the environment. '
      + 'Values are masked.',
    flagDescription: 'A request header for the URLs, "Name: value" (repeat the flag for more); ${VAR} reads the '
      + 'environment. Values are never printed.',
    why: 'an input holds several lines; a flag holds one header and is repeated',
  },
  text('prometheus', 'URL', 'Prometheus server URL for the query.'),
  text('query', 'Q', 'PromQL instant query.'),
  text('success-condition', 'C', 'Condition over the query result that passes, e.g. result >= 0.95 (also '
    + 'result[0], len(result), isNaN(result), all(result, # < 0.01)).'),
  text('failure-condition', 'C', 'Condition over the query result that fails, e.g. result > 0.05.'),
  text('argocd-url', 'URL', 'Argo CD server URL; the application must be Synced at the commit and Healthy.'),
  {
    name: 'argocd-token', type: 'string', only: 'input',
    description: 'Argo CD API token (masked).', defaultText: 'the ARGOCD_TOKEN environment variable',
    why: 'a flag would show in ps and shell history; the CLI reads ARGOCD_TOKEN',
  },
  text('argocd-app', 'A', 'Argo CD application name.', { defaultText: '{{app}}' }),
  text('kubeconfig', 'FILE', 'Kubeconfig for the flux, kubernetes and rollout checks.', {
    defaultText: '$KUBECONFIG',
    inputDescription: 'Kubeconfig for the flux, kubernetes and rollout checks, as a path or as its content (written '
      + 'to a private temp file).',
    why: 'a workflow often holds the kubeconfig itself in a secret; a terminal has the file',
  }),
  text('context', 'C', 'Kubeconfig context.'),
  text('flux-kind', 'K', 'Kustomization or HelmRelease.', { default: 'Kustomization' }),
  text('flux-name', 'N', 'Flux object that must be Ready at the commit.', { defaultText: '{{app}}' }),
  text('flux-namespace', 'NS', 'Namespace of the Flux object.', { default: 'flux-system' }),
  text('deployment', 'D', `Deployment ${ROLLOUT_CHECK}`),
  text('statefulset', 'S', `StatefulSet ${ROLLOUT_CHECK}`),
  text('daemonset', 'D', `DaemonSet ${ROLLOUT_CHECK}`),
  text('rollout', 'R', 'Argo Rollouts Rollout that must be fully promoted at the version; paused at the timeout is '
    + 'unknown.'),
  text('namespace', 'NS', 'Namespace of the deployment, statefulset, daemonset or rollout.', { default: 'default' }),
];

const TIMING_OPTIONS: readonly OptionDef[] = [
  timing('initial-delay', 'Wait this long before the first sample.', duration(DEFAULT_TIMING.initialDelayMs),
    'initialDelay'),
  timing('interval', 'Time between samples, jittered by ±10%.', duration(DEFAULT_TIMING.intervalMs), 'interval'),
  timing('timeout', 'Overall deadline.', duration(DEFAULT_TIMING.timeoutMs), 'timeout'),
  timing('request-timeout', 'Per request.', duration(DEFAULT_TIMING.requestTimeoutMs), 'requestTimeout'),
  timing('success-threshold', 'Consecutive samples in which every check passes.',
    String(DEFAULT_TIMING.successThreshold), 'successThreshold'),
  timing('failure-limit', 'Failed samples tolerated; one more is unhealthy.', String(DEFAULT_TIMING.failureLimit),
    'failureLimit'),
  timing('inconclusive-limit', 'Consecutive inconclusive samples (no data, NaN) tolerated; one more ends the run '
    + 'unknown.', undefined, 'inconclusiveLimit'),
];

export const WAIT_HEALTHY: VerbDef = {
  verb: 'wait-healthy',
  summary: 'Prove the promoted version is live and healthy; verdict healthy (0), unhealthy (1) or unknown (3).',
  details: [
    'Checks come from health.<env> in the config, or from options, which replace them. The config is read from the '
      + 'commit at --ref (default HEAD) of the clone at --repo; in a directory that is not a git clone, from its file.',
    'Progress goes to stderr, the verdict to stdout. Header values and tokens are never printed.',
  ],
  options: [
    text('env', 'ENV', 'Environment that was promoted (its health.<env> checks in the config are used).', {
      required: true,
    }),
    text('app', 'APP', 'App that was promoted; fills {app} in URLs, queries and names.'),
    text('version', 'V', "The promoted version (e.g. the promote step's version output); HTTP version fields and "
      + 'Deployment image tags must equal it.'),
    text('commit', 'SHA', "The promotion commit (e.g. the promote step's commit-sha output); Argo CD and Flux must "
      + 'have applied it or a commit after it (told by the history of the clone; check it out with fetch-depth 0).'),
    {
      ...TOKEN,
      description: 'Token to fetch the config repository\'s branch when a commit Argo CD or Flux synced is not in the '
        + 'checkout yet. Masked.',
    },
    CONFIG,
    PATH,
    REPO,
    {
      name: 'ref', type: 'string', arg: 'REF', only: 'flag', default: 'HEAD',
      description: 'The commit of --repo to read the config from.',
      why: "the action reads the checkout's HEAD, the commit actions/checkout made",
    },
    ...CHECK_OPTIONS,
    ...TIMING_OPTIONS,
    {
      name: 'summary', type: 'string', arg: 'FILE', only: 'flag',
      description: 'Also write the Markdown report to FILE.',
      why: 'the action writes the job summary',
    },
    JSON_OUT,
    VERBOSE,
  ],
  env: [
    ...TOKEN_ENV,
    { name: 'ARGOCD_TOKEN', description: "Argo CD API token (a check's tokenEnv names another variable)" },
    { name: 'KUBECONFIG', description: 'kubeconfig for the flux, kubernetes and rollout checks' },
    { name: 'any ${VAR}', description: 'read by header values and config templates that name it' },
  ],
  examples: [
    'gitops-promote wait-healthy --env prod --app web --version v1.4.0',
    'gitops-promote wait-healthy --env prod --url https://web.example.com/version --expect-version v1.4.0 --timeout 5m',
  ],
};
