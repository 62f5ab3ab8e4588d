// The JSON Schema of gitops-promote.yaml. The loader validates with this object, and `gitops-promote schema`
// prints it (published as schema/gitops-promote.schema.json for editors): one source of truth.

const name = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$' } as const;
const nameList = { type: 'array', items: name, minItems: 1 } as const;

const target = {
  type: 'object',
  description: 'A file to edit. `{app}`, `{env}` and `{region}` are filled in; a template matches the files that exist.',
  additionalProperties: false,
  required: ['file'],
  properties: {
    file: { type: 'string', minLength: 1, description: 'Path from the repository root, e.g. apps/{app}/overlays/{env}/kustomization.yaml' },
    image: { type: 'string', minLength: 1, description: 'Edit the kustomization images: entry with this name (may use {app}).' },
    path: { type: 'string', minLength: 1, description: 'Edit the scalar at this path, e.g. image.tag or spec.source.helm.parameters[name=image.tag].value' },
    document: { type: 'integer', minimum: 0, description: '0-based document index in a multi-document file.' },
    env: { oneOf: [name, nameList], description: 'Only for these environments.' },
  },
} as const;

const freezeWindow = {
  type: 'object',
  additionalProperties: false,
  properties: {
    cron: { type: 'string', description: 'Five-field cron; every minute it matches is frozen, e.g. "* * * * 5,0" (Fridays and Sundays).' },
    from: { type: 'string', description: 'Start of a frozen period, ISO date or date-time (local to timezone).' },
    to: { type: 'string', description: 'End of a frozen period (exclusive), ISO date or date-time.' },
    timezone: { type: 'string', description: 'IANA time zone, e.g. Europe/Berlin. Default UTC.' },
    reason: { type: 'string' },
    envs: { ...nameList, description: 'Environments the window applies to. Default: every environment but the first.' },
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
        requirePreviousEnv: { type: 'boolean', description: 'The version must run in the previous environment first (default true).' },
        freeze: { type: 'array', items: freezeWindow },
        parity: { type: 'string', pattern: '^(current|ever|soak:[0-9]+[smhdw])$' },
        allowSameChange: { type: 'boolean', description: 'Allow one change to move an env and its previous env to a new version together.' },
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
        behindAfter: { type: 'string', pattern: '^([0-9]+(ms|s|m|h|d|w))+$', description: 'Report an environment whose previous environment has run a newer version for longer than this, e.g. 7d.' },
        live: {
          type: 'object',
          description: 'Per environment, where the running version can be read: a URL ({app}, {env}, {region} filled in) and the JSON field holding the version.',
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
    health: { type: 'object', description: 'Health checks per environment (used by wait-healthy).', propertyNames: name },
  },
} as const;
