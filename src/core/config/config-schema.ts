// The JSON Schema of gitops-promote.yaml. The loader validates with this object, and `gitops-promote schema`
// prints it (published as schema/gitops-promote.schema.json for editors): one source of truth.

const name = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$' } as const;
const nameList = { type: 'array', items: name, minItems: 1 } as const;

const target = {
  type: 'object',
  description: 'A file to edit. `{app}`, `{env}` and `{region}` are filled in; '
    + 'a template matches the files that exist.',
  additionalProperties: false,
  required: ['file'],
  properties: {
    file: {
      type: 'string', minLength: 1,
      description: 'Path from the repository root, e.g. apps/{app}/overlays/{env}/kustomization.yaml',
    },
    image: {
      type: 'string', minLength: 1,
      description: 'Edit the kustomization images: entry with this name (may use {app}).',
    },
    path: {
      type: 'string', minLength: 1,
      description: 'Edit the scalar at this path, e.g. image.tag or spec.source.helm.parameters[name=image.tag].value',
    },
    document: { type: 'integer', minimum: 0, description: '0-based document index in a multi-document file.' },
    env: { oneOf: [name, nameList], description: 'Only for these environments.' },
  },
} as const;

const freezeWindow = {
  type: 'object',
  additionalProperties: false,
  properties: {
    cron: {
      type: 'string',
      description: 'Five-field cron; every minute it matches is frozen, e.g. "* * * * 5,0" (Fridays and Sundays).',
    },
    from: { type: 'string', description: 'Start of a frozen period, ISO date or date-time (local to timezone).' },
    to: { type: 'string', description: 'End of a frozen period (exclusive), ISO date or date-time.' },
    timezone: { type: 'string', description: 'IANA time zone, e.g. Europe/Berlin. Default UTC.' },
    reason: { type: 'string' },
    envs: { ...nameList, description: 'Environments the window applies to. Default: every environment but the first.' },
  },
} as const;

const duration = {
  type: 'string', pattern: '^(0|([0-9]+(\\.[0-9]+)?(ms|s|m|h))+)$', description: 'A duration: 500ms, 5s, 10m, 1h30m.',
} as const;
const envVarName = {
  type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
  description: 'The name of an environment variable that holds the secret (never the secret itself).',
} as const;
const statusCode = { type: 'integer', minimum: 100, maximum: 599 } as const;

/**
 * One health check of wait-healthy; `type` says which keys apply ({app} {env} {version} {region} {commit} are
 * filled in).
 */
const healthCheck = {
  type: 'object',
  additionalProperties: false,
  required: ['type'],
  properties: {
    type: { type: 'string', enum: ['http', 'prometheus', 'argocd', 'flux', 'kubernetes', 'rollout'] },
    label: { type: 'string', minLength: 1, description: 'A label for the summary (default: the URL or object).' },
    url: {
      type: 'string', minLength: 1,
      description: 'http: the URL to GET; prometheus: the server; argocd: the Argo CD server. '
        + '{region} makes one per region.',
    },
    urls: {
      type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1,
      description: 'http: several URLs (e.g. one per region).',
    },
    expectStatus: {
      oneOf: [statusCode, { type: 'array', items: statusCode, minItems: 1 }],
      description: 'http: the status(es) that pass (default 200).',
    },
    versionField: {
      type: 'string', minLength: 1,
      description: 'http: dotted JSON path of the version in the body, e.g. version or build.tag (default version).',
    },
    expectVersion: {
      type: 'string', minLength: 1,
      description: 'http/kubernetes/rollout: the version that must be live (default: the promoted version).',
    },
    bodyMatch: { type: 'string', minLength: 1, description: 'http: a regular expression the body must match.' },
    headers: {
      type: 'object', additionalProperties: { type: 'string' },
      description: 'Request headers; ${VAR} is read from the environment. Values are treated as secrets.',
    },
    query: { type: 'string', minLength: 1, description: 'prometheus: a PromQL instant query.' },
    successCondition: {
      type: 'string', minLength: 1,
      description: 'prometheus: e.g. result >= 0.95, result[0] < 0.01, all(result, # < 0.5).',
    },
    failureCondition: { type: 'string', minLength: 1, description: 'prometheus: e.g. result > 0.05.' },
    bearerTokenEnv: { ...envVarName, description: 'prometheus: environment variable holding a bearer token.' },
    basicAuth: {
      type: 'object',
      additionalProperties: false,
      required: ['username', 'passwordEnv'],
      properties: { username: { type: 'string', minLength: 1 }, passwordEnv: envVarName },
    },
    app: { type: 'string', minLength: 1, description: 'argocd: the Application name (default {app}).' },
    appNamespace: {
      type: 'string', minLength: 1,
      description: 'argocd: the Application namespace (apps in any namespace).',
    },
    tokenEnv: {
      ...envVarName,
      description: 'argocd: environment variable holding the API token (default ARGOCD_TOKEN).',
    },
    kind: {
      type: 'string', enum: ['Kustomization', 'HelmRelease'],
      description: 'flux: the object kind (default Kustomization).',
    },
    name: { type: 'string', minLength: 1, description: 'flux: the Kustomization or HelmRelease name (default {app}).' },
    namespace: {
      type: 'string', minLength: 1,
      description: 'flux/kubernetes/rollout: the namespace (flux default flux-system, others default).',
    },
    deployment: {
      type: 'string', minLength: 1,
      description: 'kubernetes: the Deployment whose rollout must complete (default {app}).',
    },
    statefulset: {
      type: 'string', minLength: 1,
      description: 'kubernetes: a StatefulSet whose rollout must complete (instead of deployment).',
    },
    daemonset: {
      type: 'string', minLength: 1,
      description: 'kubernetes: a DaemonSet whose rollout must complete (instead of deployment).',
    },
    rollout: {
      type: 'string', minLength: 1,
      description: 'rollout: the Argo Rollouts Rollout that must be fully promoted (default {app}).',
    },
    container: {
      type: 'string', minLength: 1,
      description: 'kubernetes/rollout: the container whose image tag must be the version (default: any).',
    },
    kubeconfig: {
      type: 'string', minLength: 1,
      description: 'flux/kubernetes/rollout: path of the kubeconfig (default $KUBECONFIG).',
    },
    context: { type: 'string', minLength: 1, description: 'flux/kubernetes/rollout: kubeconfig context.' },
  },
} as const;

/** health.<env>: checks and timing for wait-healthy. */
export const HEALTH_ENV_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  description: 'What wait-healthy checks after a promotion to this environment.',
  properties: {
    checks: { type: 'array', items: healthCheck, minItems: 1 },
    initialDelay: { ...duration, description: 'Wait this long before the first sample (default 0s).' },
    interval: { ...duration, description: 'Between samples, jittered by ±10% (default 10s).' },
    timeout: { ...duration, description: 'Overall deadline (default 10m).' },
    requestTimeout: { ...duration, description: 'Per request (default 10s).' },
    successThreshold: {
      type: 'integer', minimum: 1, maximum: 1000,
      description: 'Consecutive samples in which every check passes (default 3).',
    },
    failureLimit: {
      type: 'integer', minimum: 0, maximum: 1000,
      description: 'Failed samples tolerated; one more is unhealthy (default 2).',
    },
    inconclusiveLimit: {
      type: 'integer', minimum: 0, maximum: 1000,
      description: 'Consecutive inconclusive samples tolerated (no data, NaN); '
        + 'one more is unhealthy (default: no limit).',
    },
  },
} as const;

export const CONFIG_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/gitops-promote/gitops-promote/blob/main/schema/gitops-promote.schema.json',
  title: 'gitops-promote.yaml',
  type: 'object',
  additionalProperties: false,
  properties: {
    version: { type: 'integer', enum: [1] },
    environments: {
      type: 'array',
      minItems: 1,
      description: 'Promotion order, first to last.',
      items: {
        oneOf: [
          name,
          {
            type: 'object',
            additionalProperties: false,
            required: ['name'],
            properties: { name, regions: nameList, staggered: { type: 'boolean' } },
          },
        ],
      },
    },
    targets: { type: 'array', items: target, description: 'Default targets of every app.' },
    apps: {
      type: 'object',
      description: 'Apps whose targets differ from the defaults, by name.',
      propertyNames: name,
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: { targets: { type: 'array', items: target, minItems: 1 } },
      },
    },
    policy: {
      type: 'object',
      additionalProperties: false,
      properties: {
        tagPattern: { type: 'string', description: '"semver" (v?MAJOR.MINOR.PATCH[-pre]) or a regular expression.' },
        allowDowngrade: { type: 'boolean' },
        requirePreviousEnv: {
          type: 'boolean',
          description: 'The version must run in the previous environment first (default true).',
        },
        freeze: { type: 'array', items: freezeWindow },
        parity: { type: 'string', pattern: '^(current|ever|soak:[0-9]+[smhdw])$' },
        allowSameChange: {
          type: 'boolean',
          description: 'Allow one change to move an env and its previous env to a new version together.',
        },
        render: {
          type: 'string',
          enum: ['auto', 'kustomize', 'kubectl', 'none'],
          description: 'How parity computes what an overlay deploys: '
            + 'render it (auto: kustomize, else kubectl, else static) or only read images: (none).',
        },
        parityIgnore: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description: 'Globs of files that never carry images: parity does not count their changes '
            + '(read from the base branch only).',
        },
      },
    },
    delivery: {
      type: 'object',
      additionalProperties: false,
      properties: {
        mode: { type: 'string', enum: ['push', 'pull-request'] },
        branch: { type: 'string', minLength: 1 },
        maxAttempts: { type: 'integer', minimum: 1, maximum: 100 },
        labels: { type: 'array', items: { type: 'string' } },
        autoMerge: { type: 'boolean' },
      },
    },
    drift: {
      type: 'object',
      additionalProperties: false,
      description: 'The scheduled drift report (verify-staging-parity on a schedule).',
      properties: {
        behindAfter: {
          type: 'string', pattern: '^([0-9]+(ms|s|m|h|d|w))+$',
          description: 'Report an environment whose previous environment has run a newer version '
            + 'for longer than this, e.g. 7d.',
        },
        live: {
          type: 'object',
          description: 'Per environment, where the running version can be read: '
            + 'a URL ({app}, {env}, {region} filled in) and the JSON field holding the version.',
          propertyNames: name,
          additionalProperties: {
            type: 'object',
            additionalProperties: false,
            required: ['url'],
            properties: { url: { type: 'string', minLength: 1 }, field: { type: 'string', minLength: 1 } },
          },
        },
      },
    },
    health: {
      type: 'object',
      description: 'Health checks per environment (used by wait-healthy).',
      propertyNames: name, additionalProperties: HEALTH_ENV_SCHEMA,
    },
  },
} as const;
