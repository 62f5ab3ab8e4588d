export const id = 281;
export const ids = [281];
export const modules = {

/***/ 7281:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
// EXTERNAL MODULE: ./.build/core/config/config-schema.js
var config_schema = __webpack_require__(9145);
// EXTERNAL MODULE: ./.build/cli/usage.js
var usage = __webpack_require__(1488);
;// CONCATENATED MODULE: ./.build/cli/version.js
// `gitops-promote --version`. scripts/build.mjs writes package.json's version into the CLI bundle in place of the
// placeholder below (and fails when it is not there exactly once); the TypeScript source, which only tests run,
// keeps the placeholder. Built in, not read from a file at run time: ncc would copy whatever file we read into
// dist/ anyway, and a version bump without a rebuild is caught by CI's stale-dist check.
const BUILT_VERSION = '0.1.0';
const packageVersion = () => BUILT_VERSION;

;// CONCATENATED MODULE: ./.build/cli/main.js
// The gitops-promote command: one verb per action, the same rules, exit codes 0 ok, 1 refused/failed, 2 bad input.




const VERBS = {
    // Each verb's code loads only when it runs: `edit` stays as quick to start as it can be.
    edit: { usage: usage/* USAGE */.u.edit, run: async (a, o) => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(395), __webpack_require__.e(817)]).then(__webpack_require__.bind(__webpack_require__, 2817))).runEdit(a, o) },
    promote: { usage: usage/* USAGE */.u.promote, run: async (a, o) => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(260), __webpack_require__.e(88), __webpack_require__.e(66), __webpack_require__.e(395), __webpack_require__.e(885), __webpack_require__.e(183), __webpack_require__.e(343), __webpack_require__.e(379)]).then(__webpack_require__.bind(__webpack_require__, 1379))).runPromoteCommand(a, o) },
    history: { usage: usage/* USAGE */.u.history, run: async (a, o) => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(260), __webpack_require__.e(66), __webpack_require__.e(341)]).then(__webpack_require__.bind(__webpack_require__, 7341))).runHistoryCommand(a, o) },
    rollback: { usage: usage/* USAGE */.u.rollback, run: async (a, o) => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(260), __webpack_require__.e(88), __webpack_require__.e(66), __webpack_require__.e(395), __webpack_require__.e(885), __webpack_require__.e(183), __webpack_require__.e(343), __webpack_require__.e(841)]).then(__webpack_require__.bind(__webpack_require__, 5841))).runRollbackCommand(a, o) },
    parity: { usage: usage/* USAGE */.u.parity, run: async (a, o) => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(260), __webpack_require__.e(88), __webpack_require__.e(66), __webpack_require__.e(395), __webpack_require__.e(885), __webpack_require__.e(183), __webpack_require__.e(350)]).then(__webpack_require__.bind(__webpack_require__, 6350))).runParityCommand(a, o) },
    drift: { usage: usage/* USAGE */.u.drift, run: async (a, o) => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(260), __webpack_require__.e(88), __webpack_require__.e(66), __webpack_require__.e(395), __webpack_require__.e(885), __webpack_require__.e(183), __webpack_require__.e(350)]).then(__webpack_require__.bind(__webpack_require__, 6350))).runDriftCommand(a, o) },
    'wait-healthy': { usage: usage/* USAGE */.u['wait-healthy'], run: async (a, o) => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(260), __webpack_require__.e(66), __webpack_require__.e(885), __webpack_require__.e(353)]).then(__webpack_require__.bind(__webpack_require__, 5353))).runWaitHealthyCommand(a, o) },
    'merge-reports': { usage: usage/* USAGE */.u['merge-reports'], run: async (a, o) => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(260), __webpack_require__.e(66), __webpack_require__.e(395), __webpack_require__.e(183), __webpack_require__.e(225)]).then(__webpack_require__.bind(__webpack_require__, 976))).runMergeReportsCommand(a, o) },
    status: { usage: usage/* USAGE */.u.status, run: async (a, o) => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(260), __webpack_require__.e(66), __webpack_require__.e(395), __webpack_require__.e(885), __webpack_require__.e(183), __webpack_require__.e(753)]).then(__webpack_require__.bind(__webpack_require__, 1753))).runStatusCommand(a, o) },
    schema: {
        usage: usage/* USAGE */.u.schema,
        run: (_argv, out) => {
            out.stdout(JSON.stringify(config_schema/* CONFIG_SCHEMA */.l, null, 2));
            return 0;
        },
    },
};
const USAGE = ['usage: gitops-promote VERB [options]', '       gitops-promote --version', '', 'verbs:', ...Object.values(VERBS).map((v) => `  ${v.usage.replace(/^usage: gitops-promote /, '')}`)].join('\n');
async function main(argv, out) {
    const [verb, ...rest] = argv;
    if (verb === undefined || verb === '--help' || verb === '-h' || verb === 'help') {
        out.stdout(USAGE);
        return verb === undefined ? 2 : 0;
    }
    // Only as the first argument: `promote --version V` keeps its meaning.
    if (verb === '--version') {
        out.stdout(packageVersion());
        return 0;
    }
    const cmd = VERBS[verb];
    if (!cmd) {
        out.stderr(`error: unknown verb ${JSON.stringify(verb)}; expected one of: ${Object.keys(VERBS).join(', ')}`);
        return 2;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        out.stdout(cmd.usage);
        return 0;
    }
    try {
        return await cmd.run(rest, out);
    }
    catch (e) {
        if (e instanceof errors/* UserError */.y) {
            out.stderr(`error: ${e.format()}`);
            return 2;
        }
        const code = e.code;
        if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
            out.stderr(`error: ${e.message.split('\n')[0]}; ${cmd.usage}`);
            return 2;
        }
        out.stderr(`error: ${e.message ?? String(e)}`);
        return 1;
    }
}


/***/ }),

/***/ 1488:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ USAGE)
/* harmony export */ });
// One line per verb, kept apart from the verbs' code so `--help` loads none of it.
const USAGE = {
    edit: 'usage: gitops-promote edit FILE... (--image NAME | --path PATH) [--document N] --to VALUE [--json]',
    promote: 'usage: gitops-promote promote --app A[,B] --to ENV [--version V] [--from ENV] [--mode push|pull-request] [--branch B] [--config PATH] [--dry-run] [--skip-gate REASON] [--allow-downgrade] [--freeze-override-reason R] [--max-attempts N] [--repo DIR] [--json]',
    history: 'usage: gitops-promote history [--app A] [--env E] [--ref REF] [--repo DIR] [--max N] [--json]',
    status: 'usage: gitops-promote status [--ref REF] [--format table|json|markdown] [--shard I/N] [--config PATH] [--repo DIR]',
    rollback: 'usage: gitops-promote rollback --app A --env E [--to VERSION | --to-commit SHA] [--region R] [--reason TEXT] [--force REASON] [--mode push|pull-request] [--branch B] [--config PATH] [--dry-run] [--max-attempts N] [--repo DIR] [--json]',
    parity: 'usage: gitops-promote parity --base REF --head REF [--render auto|kustomize|kubectl|none] [--history-ref REF] [--config PATH] [--repo DIR] [--json]',
    drift: 'usage: gitops-promote drift [--ref REF] [--live] [--behind-after 7d] [--shard I/N] [--config PATH] [--repo DIR] [--json]',
    'merge-reports': 'usage: gitops-promote merge-reports FILE... [--json] [--fail-on-drift] [--tracking-issue] [--run-url URL]   (combines --shard reports)',
    'wait-healthy': 'usage: gitops-promote wait-healthy --env ENV [--app APP] [--version V] [--commit SHA] [--config PATH] [--repo DIR] [--ref REF] [--url URL]... [--expect-version V] [--version-field F] [--expect-status N] [--body-match RE] [--header "Name: value"]... [--prometheus URL --query Q --success-condition C --failure-condition C] [--argocd-url URL --argocd-app A] [--flux-kind K --flux-name N --flux-namespace NS] [--deployment D | --statefulset S | --daemonset D | --rollout R] [--namespace NS] [--kubeconfig F] [--context C] [--initial-delay 0s] [--interval 10s] [--timeout 10m] [--request-timeout 10s] [--success-threshold 3] [--failure-limit 2] [--inconclusive-limit N] [--summary FILE] [--json]',
    schema: 'usage: gitops-promote schema   (prints the JSON Schema of gitops-promote.yaml)',
};


/***/ }),

/***/ 9145:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ CONFIG_SCHEMA)
/* harmony export */ });
/* unused harmony export HEALTH_ENV_SCHEMA */
// The JSON Schema of gitops-promote.yaml. The loader validates with this object, and `gitops-promote schema`
// prints it (published as schema/gitops-promote.schema.json for editors): one source of truth.
const name = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$' };
const nameList = { type: 'array', items: name, minItems: 1 };
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
};
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
};
const duration = { type: 'string', pattern: '^(0|([0-9]+(\\.[0-9]+)?(ms|s|m|h))+)$', description: 'A duration: 500ms, 5s, 10m, 1h30m.' };
const envVarName = { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$', description: 'The name of an environment variable that holds the secret (never the secret itself).' };
const statusCode = { type: 'integer', minimum: 100, maximum: 599 };
/** One health check of wait-healthy; `type` says which keys apply ({app} {env} {version} {region} {commit} are filled in). */
const healthCheck = {
    type: 'object',
    additionalProperties: false,
    required: ['type'],
    properties: {
        type: { type: 'string', enum: ['http', 'prometheus', 'argocd', 'flux', 'kubernetes', 'rollout'] },
        label: { type: 'string', minLength: 1, description: 'A label for the summary (default: the URL or object).' },
        url: { type: 'string', minLength: 1, description: 'http: the URL to GET; prometheus: the server; argocd: the Argo CD server. {region} makes one per region.' },
        urls: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, description: 'http: several URLs (e.g. one per region).' },
        expectStatus: { oneOf: [statusCode, { type: 'array', items: statusCode, minItems: 1 }], description: 'http: the status(es) that pass (default 200).' },
        versionField: { type: 'string', minLength: 1, description: 'http: dotted JSON path of the version in the body, e.g. version or build.tag (default version).' },
        expectVersion: { type: 'string', minLength: 1, description: 'http/kubernetes/rollout: the version that must be live (default: the promoted version).' },
        bodyMatch: { type: 'string', minLength: 1, description: 'http: a regular expression the body must match.' },
        headers: { type: 'object', additionalProperties: { type: 'string' }, description: 'Request headers; ${VAR} is read from the environment. Values are treated as secrets.' },
        query: { type: 'string', minLength: 1, description: 'prometheus: a PromQL instant query.' },
        successCondition: { type: 'string', minLength: 1, description: 'prometheus: e.g. result >= 0.95, result[0] < 0.01, all(result, # < 0.5).' },
        failureCondition: { type: 'string', minLength: 1, description: 'prometheus: e.g. result > 0.05.' },
        bearerTokenEnv: { ...envVarName, description: 'prometheus: environment variable holding a bearer token.' },
        basicAuth: {
            type: 'object',
            additionalProperties: false,
            required: ['username', 'passwordEnv'],
            properties: { username: { type: 'string', minLength: 1 }, passwordEnv: envVarName },
        },
        app: { type: 'string', minLength: 1, description: 'argocd: the Application name (default {app}).' },
        appNamespace: { type: 'string', minLength: 1, description: 'argocd: the Application namespace (apps in any namespace).' },
        tokenEnv: { ...envVarName, description: 'argocd: environment variable holding the API token (default ARGOCD_TOKEN).' },
        kind: { type: 'string', enum: ['Kustomization', 'HelmRelease'], description: 'flux: the object kind (default Kustomization).' },
        name: { type: 'string', minLength: 1, description: 'flux: the Kustomization or HelmRelease name (default {app}).' },
        namespace: { type: 'string', minLength: 1, description: 'flux/kubernetes/rollout: the namespace (flux default flux-system, others default).' },
        deployment: { type: 'string', minLength: 1, description: 'kubernetes: the Deployment whose rollout must complete (default {app}).' },
        statefulset: { type: 'string', minLength: 1, description: 'kubernetes: a StatefulSet whose rollout must complete (instead of deployment).' },
        daemonset: { type: 'string', minLength: 1, description: 'kubernetes: a DaemonSet whose rollout must complete (instead of deployment).' },
        rollout: { type: 'string', minLength: 1, description: 'rollout: the Argo Rollouts Rollout that must be fully promoted (default {app}).' },
        container: { type: 'string', minLength: 1, description: 'kubernetes/rollout: the container whose image tag must be the version (default: any).' },
        kubeconfig: { type: 'string', minLength: 1, description: 'flux/kubernetes/rollout: path of the kubeconfig (default $KUBECONFIG).' },
        context: { type: 'string', minLength: 1, description: 'flux/kubernetes/rollout: kubeconfig context.' },
    },
};
/** health.<env>: checks and timing for wait-healthy. */
const HEALTH_ENV_SCHEMA = {
    type: 'object',
    additionalProperties: false,
    description: 'What wait-healthy checks after a promotion to this environment.',
    properties: {
        checks: { type: 'array', items: healthCheck, minItems: 1 },
        initialDelay: { ...duration, description: 'Wait this long before the first sample (default 0s).' },
        interval: { ...duration, description: 'Between samples, jittered by ±10% (default 10s).' },
        timeout: { ...duration, description: 'Overall deadline (default 10m).' },
        requestTimeout: { ...duration, description: 'Per request (default 10s).' },
        successThreshold: { type: 'integer', minimum: 1, maximum: 1000, description: 'Consecutive samples in which every check passes (default 3).' },
        failureLimit: { type: 'integer', minimum: 0, maximum: 1000, description: 'Failed samples tolerated; one more is unhealthy (default 2).' },
        inconclusiveLimit: { type: 'integer', minimum: 0, maximum: 1000, description: 'Consecutive inconclusive samples tolerated (no data, NaN); one more is unhealthy (default: no limit).' },
    },
};
const CONFIG_SCHEMA = {
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
                render: {
                    type: 'string',
                    enum: ['auto', 'kustomize', 'kubectl', 'none'],
                    description: 'How parity computes what an overlay deploys: render it (auto: kustomize, else kubectl, else static) or only read images: (none).',
                },
                parityIgnore: {
                    type: 'array',
                    items: { type: 'string', minLength: 1 },
                    description: 'Globs of files that never carry images: parity does not count their changes (read from the base branch only).',
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
        health: { type: 'object', description: 'Health checks per environment (used by wait-healthy).', propertyNames: name, additionalProperties: HEALTH_ENV_SCHEMA },
    },
};


/***/ }),

/***/ 8005:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ quote),
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
// Errors the user can fix: they carry the file and line they are about, and map to exit code 2.
class UserError extends Error {
    file;
    line;
    constructor(message, file, line) {
        super(message);
        this.file = file;
        this.line = line;
        this.name = 'UserError';
    }
    /** One line: `FILE:LINE: message`, or less when file or line is unknown. */
    format() {
        const where = this.file ? (this.line ? `${this.file}:${this.line}: ` : `${this.file}: `) : '';
        return `${where}${this.message}`.replace(/[\r\n]+/g, ' ');
    }
}
/** JSON-quoted, so whitespace and control characters in a bad value are visible in the message. */
const quote = (s) => JSON.stringify(s);


/***/ })

};
