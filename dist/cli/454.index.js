export const id = 454;
export const ids = [454];
export const modules = {

/***/ 454:
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
// EXTERNAL MODULE: ./.build/core/verbs/file-verbs.js
var file_verbs = __webpack_require__(7396);
// EXTERNAL MODULE: ./.build/core/verbs/merge-reports.js
var merge_reports = __webpack_require__(2619);
// EXTERNAL MODULE: ./.build/core/verbs/parity.js
var parity = __webpack_require__(6756);
// EXTERNAL MODULE: ./.build/core/verbs/promote.js
var promote = __webpack_require__(2101);
// EXTERNAL MODULE: ./.build/core/verbs/read-verbs.js
var read_verbs = __webpack_require__(3638);
// EXTERNAL MODULE: ./.build/core/verbs/rollback.js
var rollback = __webpack_require__(9889);
// EXTERNAL MODULE: ./.build/core/verbs/wait-healthy.js
var wait_healthy = __webpack_require__(6144);
;// CONCATENATED MODULE: ./.build/core/verbs/actions.js





const PROMOTE_ACTION = {
    dir: 'promote',
    name: 'gitops-promote / promote',
    description: 'Promote an image version to a GitOps environment in one exact, policy-checked commit (or pull '
        + 'request).',
    branding: { icon: 'arrow-up-circle', color: 'green' },
    verbs: [promote/* PROMOTE */.R],
    outputs: [
        { name: 'version', description: 'The version promoted.' },
        { name: 'previous-version', description: 'What the targets ran before (comma-separated when regions differed).' },
        {
            name: 'changed',
            description: 'true when a commit or pull request was made; false when every target already ran the version.',
        },
        { name: 'commit-sha', description: 'The promotion commit (the last one when several apps were promoted).' },
        { name: 'pr-url', description: 'The pull request, in pull-request mode.' },
        { name: 'files', description: 'JSON list of every target, {app, env, file, region, line, old, new, changed}.' },
    ],
};
const ROLLBACK_ACTION = {
    dir: 'rollback',
    name: 'gitops-promote / rollback',
    description: 'Return an environment to its last good version with a forward commit (or pull request) in the config '
        + 'repo.',
    branding: { icon: 'rotate-ccw', color: 'orange' },
    verbs: [rollback/* ROLLBACK */.$],
    outputs: [
        { name: 'version', description: 'The version restored.' },
        { name: 'rolled-back-from', description: 'The version that was rolled back.' },
        { name: 'commit-sha', description: 'The rollback commit.' },
        { name: 'pr-url', description: 'The pull request, in pull-request mode.' },
        { name: 'changed', description: 'true when a commit or pull request was made.' },
    ],
};
const PARITY_ACTION = {
    dir: 'verify-staging-parity',
    name: 'gitops-promote / verify-staging-parity',
    description: 'Required check that blocks config changes whose versions skipped the previous environment; on a '
        + 'schedule, the drift report (whole, or in shards that a merge-reports step combines).',
    branding: { icon: 'shield', color: 'blue' },
    verbs: [parity/* PARITY */.I, parity/* DRIFT */.K, merge_reports/* MERGE_REPORTS */.T],
    outputs: [
        {
            name: 'ok',
            description: 'true when no violation (pull-request mode) or no drift (drift and merge-reports modes) was found.',
        },
        {
            name: 'violations',
            description: 'Pull-request mode, JSON list of the violations {app, env, region, file, line, oldImages, '
                + 'newImages, previousEnv, previousImages, rule, reason}.',
        },
        {
            name: 'drift',
            description: 'Drift and merge-reports modes, JSON list of findings {kind, app, env, region, file, line, '
                + 'message} (with shard: only that shard\'s apps).',
        },
        { name: 'issue-url', description: 'Drift or merge-reports mode with tracking-issue, the tracking issue.' },
        { name: 'report-file', description: 'Drift mode with shard, the path of the JSON shard report written.' },
    ],
};
const WAIT_HEALTHY_ACTION = {
    dir: 'wait-healthy',
    name: 'gitops-promote / wait-healthy',
    description: 'Prove the promoted version is live and healthy (HTTP version endpoints, Prometheus, Argo CD, Flux, '
        + 'Kubernetes rollouts, Argo Rollouts) before anything moves on; verdict healthy, unhealthy or unknown.',
    branding: { icon: 'activity', color: 'green' },
    verbs: [wait_healthy/* WAIT_HEALTHY */.M],
    outputs: [
        {
            name: 'verdict',
            description: 'healthy (exit 0); unhealthy (exit 1: a failure, or the promoted version never became healthy '
                + 'before the timeout: roll back); unknown (exit 3: no verdict, e.g. a refused token, an unknown app, an '
                + 'unreachable control plane, a bad query, only inconclusive samples, a paused Rollout: a person decides, do '
                + 'not roll back).',
        },
        { name: 'healthy', description: 'true only when the verdict is healthy.' },
        { name: 'reason', description: 'One line saying why, with the last evidence.' },
        { name: 'observed-version', description: 'Version(s) the URLs and Deployments reported in the last sample.' },
        {
            name: 'samples',
            description: 'The samples as JSON (bounded size): {outcome, timedOut, samples, shown, targets, list: [{n, atMs, '
                + 'verdict, counts, checks}]}.',
        },
    ],
};
const ACTIONS = [PROMOTE_ACTION, ROLLBACK_ACTION, PARITY_ACTION, WAIT_HEALTHY_ACTION];

;// CONCATENATED MODULE: ./.build/core/verbs/index.js









const VERBS = [
    file_verbs/* EDIT */.z, promote/* PROMOTE */.R, read_verbs/* HISTORY */.V, rollback/* ROLLBACK */.$, parity/* PARITY */.I, parity/* DRIFT */.K, merge_reports/* MERGE_REPORTS */.T, wait_healthy/* WAIT_HEALTHY */.M, read_verbs/* STATUS */.X, file_verbs/* SCHEMA */.y,
];
function verbDef(name) {
    return VERBS.find((v) => v.verb === name);
}

// EXTERNAL MODULE: ./.build/core/verbs/render-help.js + 2 modules
var render_help = __webpack_require__(2853);
;// CONCATENATED MODULE: ./.build/cli/version.js
// `gitops-promote --version`. scripts/build.mjs writes package.json's version into the CLI bundle in place of the
// placeholder below (and fails when it is not there exactly once); the TypeScript source, which only tests run,
// keeps the placeholder. Built in, not read from a file at run time: ncc would copy whatever file we read into
// dist/ anyway, and a version bump without a rebuild is caught by CI's stale-dist check.
const BUILT_VERSION = '0.1.0';
const packageVersion = () => BUILT_VERSION;

;// CONCATENATED MODULE: ./.build/cli/main.js
// The gitops-promote command: one verb per action and a few of its own, every flag, --help text and exit code
// generated from the verbs' definitions (src/core/verbs). Exit codes: 0 done, 1 refused / violation / unhealthy,
// 2 bad input, 3 could not decide.





// Each verb's code loads only when it runs: `edit` stays as quick to start as it can be.
const RUN = {
    edit: async (a, o) => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(395), __webpack_require__.e(817)]).then(__webpack_require__.bind(__webpack_require__, 2817))).runEdit(a, o),
    promote: async (a, o) => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(260), __webpack_require__.e(88), __webpack_require__.e(880), __webpack_require__.e(885), __webpack_require__.e(395), __webpack_require__.e(742), __webpack_require__.e(669), __webpack_require__.e(379)]).then(__webpack_require__.bind(__webpack_require__, 1379))).runPromoteCommand(a, o),
    history: async (a, o) => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(260), __webpack_require__.e(880), __webpack_require__.e(885), __webpack_require__.e(341)]).then(__webpack_require__.bind(__webpack_require__, 7341))).runHistoryCommand(a, o),
    rollback: async (a, o) => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(260), __webpack_require__.e(88), __webpack_require__.e(880), __webpack_require__.e(885), __webpack_require__.e(395), __webpack_require__.e(742), __webpack_require__.e(669), __webpack_require__.e(841)]).then(__webpack_require__.bind(__webpack_require__, 5841))).runRollbackCommand(a, o),
    parity: async (a, o) => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(260), __webpack_require__.e(88), __webpack_require__.e(880), __webpack_require__.e(885), __webpack_require__.e(395), __webpack_require__.e(742), __webpack_require__.e(890)]).then(__webpack_require__.bind(__webpack_require__, 4890))).runParityCommand(a, o),
    drift: async (a, o) => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(260), __webpack_require__.e(88), __webpack_require__.e(880), __webpack_require__.e(885), __webpack_require__.e(395), __webpack_require__.e(742), __webpack_require__.e(890)]).then(__webpack_require__.bind(__webpack_require__, 4890))).runDriftCommand(a, o),
    'merge-reports': async (a, o) => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(260), __webpack_require__.e(880), __webpack_require__.e(395), __webpack_require__.e(742), __webpack_require__.e(809)]).then(__webpack_require__.bind(__webpack_require__, 1809))).runMergeReportsCommand(a, o),
    'wait-healthy': async (a, o) => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(260), __webpack_require__.e(880), __webpack_require__.e(885), __webpack_require__.e(156)]).then(__webpack_require__.bind(__webpack_require__, 5156))).runWaitHealthyCommand(a, o),
    status: async (a, o) => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(260), __webpack_require__.e(880), __webpack_require__.e(885), __webpack_require__.e(395), __webpack_require__.e(742), __webpack_require__.e(753)]).then(__webpack_require__.bind(__webpack_require__, 1753))).runStatusCommand(a, o),
    schema: (_a, out) => {
        out.stdout(JSON.stringify(config_schema/* CONFIG_SCHEMA */.l, null, 2));
        return 0;
    },
};
function usage() {
    const width = Math.max(...VERBS.map((v) => v.verb.length)) + 4;
    const verbs = VERBS.flatMap((v) => (0,render_help/* wrap */.LV)(v.summary, 100, ' '.repeat(width), `  ${v.verb}`.padEnd(width)));
    return [
        'usage: gitops-promote VERB [options]', '       gitops-promote --version', '',
        'verbs:', ...verbs, '',
        'gitops-promote VERB --help: its options, defaults, environment variables and an example.', '',
        'exit codes:', ...(0,render_help/* exitCodeLines */.nW)(),
    ].join('\n');
}
async function runVerb(verb, run, rest, out) {
    try {
        return await run(rest, out);
    }
    catch (e) {
        if (e instanceof errors/* UserError */.y) {
            out.stderr(`error: ${e.format()}`);
            return 2;
        }
        const code = e.code;
        if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
            const def = VERBS.find((v) => v.verb === verb);
            out.stderr(`error: ${e.message.split('\n')[0]}; ${def ? (0,render_help/* usageLine */.U0)(def) : ''}`);
            return 2;
        }
        out.stderr(`error: ${e.message ?? String(e)}`);
        return 1;
    }
}
async function main(argv, out) {
    const [verb, ...rest] = argv;
    if (verb === undefined || verb === '--help' || verb === '-h' || verb === 'help') {
        out.stdout(usage());
        return verb === undefined ? 2 : 0;
    }
    // Only as the first argument: `promote --version V` keeps its meaning.
    if (verb === '--version') {
        out.stdout(packageVersion());
        return 0;
    }
    const def = VERBS.find((v) => v.verb === verb);
    const run = RUN[verb];
    if (!def || !run) {
        out.stderr(`error: unknown verb ${JSON.stringify(verb)}; expected one of: ${VERBS.map((v) => v.verb).join(', ')}`);
        return 2;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        out.stdout((0,render_help/* renderHelp */.W5)(def));
        return 0;
    }
    return runVerb(verb, run, rest, out);
}


/***/ }),

/***/ 9145:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ CONFIG_SCHEMA),
/* harmony export */   v: () => (/* binding */ HEALTH_ENV_SCHEMA)
/* harmony export */ });
// The JSON Schema of gitops-promote.yaml. The loader validates with this object, and `gitops-promote schema`
// prints it (published as schema/gitops-promote.schema.json for editors): one source of truth.
const name = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$' };
const nameList = { type: 'array', items: name, minItems: 1 };
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
};
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
};
const duration = {
    type: 'string', pattern: '^(0|([0-9]+(\\.[0-9]+)?(ms|s|m|h))+)$', description: 'A duration: 500ms, 5s, 10m, 1h30m.',
};
const envVarName = {
    type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
    description: 'The name of an environment variable that holds the secret (never the secret itself).',
};
const statusCode = { type: 'integer', minimum: 100, maximum: 599 };
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


/***/ }),

/***/ 9537:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ DEFAULT_TIMING)
/* harmony export */ });
// How long wait-healthy waits and how many samples decide, and the defaults: a module of its own so the CLI's
// --help (generated from src/core/verbs/wait-healthy.ts) shows the numbers the run uses without loading the checks.
const DEFAULT_TIMING = {
    initialDelayMs: 0, intervalMs: 10_000, timeoutMs: 600_000, requestTimeoutMs: 10_000,
    successThreshold: 3, failureLimit: 2,
};


/***/ }),

/***/ 3068:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GI: () => (/* binding */ flagName),
/* harmony export */   XD: () => (/* binding */ optionOf),
/* harmony export */   Zo: () => (/* binding */ flagsOf),
/* harmony export */   yu: () => (/* binding */ inputName)
/* harmony export */ });
/* unused harmony export inputsOf */
// One definition per verb, pure data: the action's inputs (action.yml), the CLI's flags and --help, and the docs'
// reference tables are all generated from it, so they cannot disagree. An entry that differs between the action
// and the CLI on purpose says so (only, inputName/flagName, inputDescription/flagDescription) and says why.
const inputName = (o) => (o.only === 'flag' ? undefined : o.inputName ?? o.name);
const flagName = (o) => (o.only === 'input' ? undefined : o.flagName ?? o.name);
/** The options of a verb that are action inputs / CLI flags. */
const inputsOf = (v) => v.options.filter((o) => inputName(o) !== undefined);
const flagsOf = (v) => v.options.filter((o) => flagName(o) !== undefined);
/** The option of a verb by its definition name (tests and resolvers ask for one that must exist). */
function optionOf(v, name) {
    const o = v.options.find((x) => x.name === name);
    if (!o)
        throw new Error(`verb ${v.verb} has no option ${name}`);
    return o;
}


/***/ }),

/***/ 7396:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ SCHEMA),
/* harmony export */   z: () => (/* binding */ EDIT)
/* harmony export */ });
/* harmony import */ var _shared_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3555);

const EDIT = {
    verb: 'edit',
    summary: 'Change one image tag or YAML value in place, keeping every other byte of the file.',
    details: ['Several files are checked first and written only when every one of them can be edited.'],
    positionals: { arg: 'FILE...', description: 'YAML files to edit (kustomization.yaml, Helm values, manifests).' },
    synopsis: 'FILE... (--image NAME | --path PATH) [--document N] --to VALUE [--json]',
    options: [
        { name: 'image', type: 'string', arg: 'NAME', description: 'The name of the kustomization images: entry to set.' },
        {
            name: 'path', type: 'string', arg: 'PATH',
            description: 'The path of the scalar to set, e.g. image.tag or spec.source.targetRevision.',
        },
        {
            name: 'document', type: 'string', arg: 'N',
            description: 'Which document of a multi-document file (0-based).', defaultText: 'the one document that matches',
        },
        {
            name: 'to', type: 'string', arg: 'VALUE', required: true,
            description: 'The new value: TAG, TAG@sha256:..., @sha256:... or any scalar.',
        },
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .JSON_OUT */ .An,
    ],
    env: [],
    examples: ['gitops-promote edit overlays/prod/kustomization.yaml --image ghcr.io/acme/web --to v1.4.0'],
};
const SCHEMA = {
    verb: 'schema',
    summary: 'Print the JSON Schema of gitops-promote.yaml (for editors).',
    options: [],
    env: [],
    examples: ['gitops-promote schema > gitops-promote.schema.json'],
};


/***/ }),

/***/ 2619:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ MERGE_REPORTS)
/* harmony export */ });
/* harmony import */ var _shared_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3555);

const MERGE_REPORTS = {
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
            name: 'reports', type: 'list', arg: 'FILE', only: 'input',
            description: 'Mode merge-reports: the shard reports (JSON) to combine, in any order, as paths or globs inside '
                + 'the workspace, newline-separated.',
            why: 'the CLI takes them as arguments (FILE...)',
        },
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .FAIL_ON_DRIFT */ .NF,
        {
            name: 'tracking-issue', type: 'boolean', default: 'false',
            description: 'Keep one tracking issue up to date (needs issues write permission).',
            flagDescription: 'Keep one tracking issue up to date from the merged drift report (needs a token with issues '
                + 'write permission and GITHUB_REPOSITORY).',
            why: 'the CLI reads the token and the repository from the environment; the action has both',
        },
        {
            name: 'run-url', type: 'string', arg: 'URL', only: 'flag',
            description: "The workflow run's link, for the tracking issue.",
            why: "the action knows the workflow run's link",
        },
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .JSON_OUT */ .An,
    ],
    env: [
        ..._shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKEN_ENV */ .o4,
        { name: 'GITHUB_REPOSITORY', description: 'owner/name of the repository whose tracking issue is kept' },
        { name: 'GITHUB_API_URL', description: 'the GitHub API (default https://api.github.com)' },
    ],
    examples: [
        'gitops-promote merge-reports drift-*.json --fail-on-drift', 'gitops-promote merge-reports --json status-*.json',
    ],
};


/***/ }),

/***/ 6756:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ PARITY),
/* harmony export */   K: () => (/* binding */ DRIFT)
/* harmony export */ });
/* harmony import */ var _shared_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3555);

/** One token input for both modes of the action. */
const PARITY_TOKEN = {
    ..._shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKEN */ .CV,
    description: 'Token, used only to fetch missing commits and (drift mode, tracking-issue) to manage the tracking '
        + 'issue.',
};
/** The options both read verbs end with: where the repository is and how to talk about it. */
const READ_OPTIONS = [_shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG */ .PI, _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .PATH */ .gI, _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .REPO */ .NO, PARITY_TOKEN, _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .NO_FETCH */ .T9, _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .JSON_OUT */ .An, _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .VERBOSE */ .vJ];
const READ_DETAILS = [
    'Without --ref (drift) or --base (parity), origin/BRANCH is fetched quietly and read; --no-fetch reads HEAD.',
    'The config comes from the commit being read (for parity, the base), never from the working tree.',
];
const PARITY = {
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
            defaultText: `the pull_request or merge_group event's base (action); ${_shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .REF_DEFAULT */ .Az} (CLI)`,
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
    env: _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKEN_ENV */ .o4,
    examples: ['gitops-promote parity', 'gitops-promote parity --base origin/main --head HEAD --render none --json'],
};
const DRIFT = {
    verb: 'drift',
    summary: 'What runs where, and drift: environments behind, regions that disagree, live versions that differ.',
    details: READ_DETAILS,
    options: [
        {
            name: 'ref', type: 'string', arg: 'REF', only: 'flag', description: 'The commit to report on.',
            defaultText: _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .REF_DEFAULT */ .Az,
            why: "the action's head input says it (shared with the pull-request check)",
        },
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .FAIL_ON_DRIFT */ .NF,
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
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .SHARD */ .hh,
        {
            name: 'report-file', type: 'string', arg: 'FILE', only: 'input',
            description: 'With {{shard}}: where the JSON shard report is written (a relative path is from the workspace); '
                + 'the output report-file names it, for actions/upload-artifact.',
            defaultText: '$RUNNER_TEMP/gitops-promote-drift-shard-I-of-N.json',
            why: 'the CLI prints the report on stdout with --json',
        },
        ...READ_OPTIONS,
    ],
    env: _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKEN_ENV */ .o4,
    examples: [
        'gitops-promote drift', 'gitops-promote drift --live --behind-after 7d --json',
        'gitops-promote drift --json --shard 2/4 > drift-2.json',
    ],
};


/***/ }),

/***/ 2101:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ PROMOTE)
/* harmony export */ });
/* harmony import */ var _shared_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3555);

const PROMOTE = {
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
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .MODE */ .g,
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .BRANCH */ .dI,
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKEN */ .CV,
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG */ .PI,
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .PATH */ .gI,
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .REPO */ .NO,
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .DRY_RUN */ .yE,
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
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_ATTEMPTS */ .m,
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .JSON_OUT */ .An,
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .VERBOSE */ .vJ,
    ],
    env: [..._shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKEN_ENV */ .o4, ..._shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .API_ENV */ .DC],
    examples: [
        'gitops-promote promote --app web --to prod --dry-run',
        'gitops-promote promote --app web,api --to staging --version v1.4.0 --mode pull-request',
    ],
};


/***/ }),

/***/ 3638:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ HISTORY),
/* harmony export */   X: () => (/* binding */ STATUS)
/* harmony export */ });
/* harmony import */ var _shared_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3555);

const REF = {
    name: 'ref', type: 'string', arg: 'REF', description: 'The commit to read (a branch, tag or sha).',
    defaultText: _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .REF_DEFAULT */ .Az,
};
const READ_DETAILS = [
    'Without --ref, origin/BRANCH is fetched quietly and read (BRANCH: the upstream of the checked-out branch, else '
        + "origin's default branch); --no-fetch reads HEAD and says how far it is behind.",
    'The config comes from the commit being read, never from the working tree.',
];
const STATUS = {
    verb: 'status',
    summary: 'Which version every app runs in every environment (and region).',
    details: READ_DETAILS,
    options: [
        REF,
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .NO_FETCH */ .T9,
        {
            name: 'format', type: 'string', arg: 'FORMAT', choices: ['table', 'json', 'markdown'], default: 'table',
            description: 'table, json or markdown.',
        },
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .SHARD */ .hh,
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG */ .PI,
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .REPO */ .NO,
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .VERBOSE */ .vJ,
    ],
    env: _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKEN_ENV */ .o4,
    examples: [
        'gitops-promote status', 'gitops-promote status --no-fetch --format markdown',
        'gitops-promote status --format json --shard 1/4 > status-1.json',
    ],
};
const HISTORY = {
    verb: 'history',
    summary: 'Promotions and rollbacks, newest first, read from commit trailers.',
    details: READ_DETAILS,
    options: [
        { name: 'app', type: 'string', arg: 'A', description: 'Only this app.' },
        { name: 'env', type: 'string', arg: 'E', description: 'Only this environment ("prod" also finds "production").' },
        REF,
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .NO_FETCH */ .T9,
        {
            name: 'max', type: 'int', arg: 'N', range: [1, 100_000], default: '50',
            description: 'At most this many entries.',
        },
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG */ .PI,
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .REPO */ .NO,
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .JSON_OUT */ .An,
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .VERBOSE */ .vJ,
    ],
    env: _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKEN_ENV */ .o4,
    examples: ['gitops-promote history --app web --env prod', 'gitops-promote history --max 5 --json'],
};


/***/ }),

/***/ 2853:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nW: () => (/* binding */ exitCodeLines),
  W5: () => (/* binding */ renderHelp),
  U0: () => (/* binding */ usageLine),
  LV: () => (/* binding */ wrap)
});

// EXTERNAL MODULE: ./.build/core/verbs/definition.js
var definition = __webpack_require__(3068);
;// CONCATENATED MODULE: ./.build/core/verbs/describe.js
// The words every rendering shares (action.yml, --help, docs): an option's description and default, for one side.

/** {{name}} → `name` (an input) or --name (a flag); the other side's name when the option is only there. */
function mention(verb, text, side) {
    return text.replace(/\{\{([a-z][a-z-]*)\}\}/g, (whole, name) => {
        const o = verb.options.find((x) => x.name === name);
        if (!o)
            throw new Error(`${verb.verb}: the text ${JSON.stringify(text)} names ${whole}, which is not an option`);
        const input = (0,definition/* inputName */.yu)(o);
        const flag = (0,definition/* flagName */.GI)(o);
        if (side === 'input')
            return input ? `\`${input}\`` : `--${flag}`;
        return flag ? `--${flag}` : `\`${input}\``;
    });
}
function descriptionOf(verb, o, side) {
    const own = side === 'input' ? o.inputDescription : o.flagDescription;
    return mention(verb, own ?? o.description, side);
}
/** The default in words, e.g. "delivery.mode in the config, else push"; undefined when there is none. */
function defaultOf(verb, o, side) {
    if (o.defaultText !== undefined)
        return mention(verb, o.defaultText, side);
    if (o.configKey !== undefined) {
        return `${o.configKey} in the config${o.default !== undefined ? `, else ${o.default}` : ''}`;
    }
    return o.default;
}
/** What the option takes: its choices, or its range. */
function valuesOf(o) {
    if (o.choices)
        return o.choices.join(', ');
    if (o.range)
        return `${o.range[0]} to ${o.range[1]}`;
    return undefined;
}

;// CONCATENATED MODULE: ./.build/core/verbs/exit-codes.js
// One exit-code table for every verb and action, printed by every --help and generated into the docs.
const EXIT_CODES = [
    {
        code: 0,
        meaning: 'done: promoted, rolled back, in parity, healthy, or read (also a dry run, or nothing to change)',
    },
    {
        code: 1,
        meaning: 'refused or unhealthy: a policy said no, a parity violation, drift with fail-on-drift, a push that could '
            + "not land, wait-healthy's verdict unhealthy",
    },
    { code: 2, meaning: 'bad input: one error: line naming the file, line and value, and nothing changed' },
    {
        code: 3,
        meaning: "could not decide: wait-healthy's verdict unknown (a refused token, an unknown app, an unreachable "
            + 'control plane, a query that does not parse, only inconclusive samples, a paused Rollout); nothing should be '
            + 'rolled back on it',
    },
];

;// CONCATENATED MODULE: ./.build/core/verbs/render-help.js
// `gitops-promote VERB --help` and the usage line of error messages, generated from the verb's definition.



const WIDTH = 100;
const COLUMN = 28;
/** Words wrapped to `width`, every line after the first indented by `indent`; `first` starts the first line. */
function wrap(text, width, indent, first = '') {
    const lines = [];
    let line = first;
    let empty = true;
    for (const word of text.split(/\s+/).filter(Boolean)) {
        if (!empty && line.length + 1 + word.length > width) {
            lines.push(line);
            line = indent + word;
        }
        else
            line += (empty ? '' : ' ') + word;
        empty = false;
    }
    lines.push(line.trimEnd());
    return lines;
}
function flagUsage(o) {
    const name = `--${(0,definition/* flagName */.GI)(o)}`;
    if (o.type === 'boolean')
        return name;
    return `${name} ${o.arg ?? 'VALUE'}`;
}
/** The usage line's words: the verb, its arguments, then each option as one unbreakable group. */
function usageParts(v) {
    if (v.synopsis)
        return [v.verb, v.synopsis];
    const parts = (0,definition/* flagsOf */.Zo)(v).map((o) => {
        const u = flagUsage(o);
        if (o.required)
            return u;
        return o.type === 'list' ? `[${u}]...` : `[${u}]`;
    });
    return [v.verb, ...(v.positionals ? [v.positionals.arg] : []), ...parts];
}
/** `usage: gitops-promote promote [--app A[,B]]... --to ENV ...` on one line. */
function usageLine(v) {
    return ['usage: gitops-promote', ...usageParts(v)].join(' ');
}
/** Unbreakable groups laid out like words: `first` on the first line, `indent` on the others. */
function layout(groups, width, indent, first) {
    const lines = [];
    let line = first;
    for (const g of groups) {
        if (line.trim() !== first.trim() && line.length + 1 + g.length > width) {
            lines.push(line);
            line = indent + g;
        }
        else
            line += (line.endsWith(' ') ? '' : ' ') + g;
    }
    return [...lines, line];
}
/** Two columns: `head` (indented two), then `text` wrapped; a head too wide for its column gets a line of its own. */
function columns(head, text) {
    const pad = ' '.repeat(COLUMN);
    const h = `  ${head}`;
    if (h.length >= COLUMN - 1)
        return [h, ...wrap(text, WIDTH, pad, pad)];
    return wrap(text, WIDTH, pad, h.padEnd(COLUMN));
}
function optionLines(v, o) {
    const values = o.choices ? `One of: ${valuesOf(o)}.` : o.range ? `From ${valuesOf(o)}.` : '';
    const dflt = defaultOf(v, o, 'flag');
    const text = [
        o.required ? '(required)' : '',
        descriptionOf(v, o, 'flag'),
        values,
        dflt !== undefined && !(o.type === 'boolean' && dflt === 'false') ? `Default: ${dflt}.` : '',
        o.type === 'list' ? 'Repeatable.' : '',
    ].filter(Boolean).join(' ');
    return columns(flagUsage(o), text);
}
function exitCodeLines() {
    return EXIT_CODES.flatMap((e) => wrap(e.meaning, WIDTH, ' '.repeat(7), `  ${e.code}    `));
}
function renderHelp(v) {
    const out = [...layout(usageParts(v), WIDTH, '    ', 'usage: gitops-promote'), ''];
    out.push(...wrap(v.summary, WIDTH, ''));
    for (const d of v.details ?? [])
        out.push(...wrap(d, WIDTH, ''));
    if (v.positionals)
        out.push('', 'arguments:', ...columns(v.positionals.arg, v.positionals.description));
    const flags = (0,definition/* flagsOf */.Zo)(v);
    if (flags.length)
        out.push('', 'options:', ...flags.flatMap((o) => optionLines(v, o)));
    if (v.env.length) {
        out.push('', 'environment:');
        for (const e of v.env)
            out.push(...columns(e.name, e.description));
    }
    out.push('', 'exit codes:', ...exitCodeLines());
    if (v.examples.length) {
        out.push('', v.examples.length > 1 ? 'examples:' : 'example:', ...v.examples.map((e) => `  ${e}`));
    }
    return out.join('\n');
}


/***/ }),

/***/ 9889:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ ROLLBACK)
/* harmony export */ });
/* harmony import */ var _shared_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3555);

const ROLLBACK = {
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
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .MODE */ .g,
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .BRANCH */ .dI,
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKEN */ .CV,
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG */ .PI,
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .PATH */ .gI,
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .REPO */ .NO,
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .DRY_RUN */ .yE,
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_ATTEMPTS */ .m,
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .JSON_OUT */ .An,
        _shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .VERBOSE */ .vJ,
    ],
    env: [..._shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKEN_ENV */ .o4, ..._shared_options_js__WEBPACK_IMPORTED_MODULE_0__/* .API_ENV */ .DC],
    examples: [
        'gitops-promote rollback --app web --env prod --reason "error rate 7%" --dry-run',
        'gitops-promote rollback --app web --env prod --to v1.3.2 --region eu-west-1',
    ],
};


/***/ }),

/***/ 3555:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ JSON_OUT),
/* harmony export */   Az: () => (/* binding */ REF_DEFAULT),
/* harmony export */   CV: () => (/* binding */ TOKEN),
/* harmony export */   DC: () => (/* binding */ API_ENV),
/* harmony export */   Gz: () => (/* binding */ DEFAULT_MAX_ATTEMPTS),
/* harmony export */   NF: () => (/* binding */ FAIL_ON_DRIFT),
/* harmony export */   NO: () => (/* binding */ REPO),
/* harmony export */   PI: () => (/* binding */ CONFIG),
/* harmony export */   T9: () => (/* binding */ NO_FETCH),
/* harmony export */   dI: () => (/* binding */ BRANCH),
/* harmony export */   g: () => (/* binding */ MODE),
/* harmony export */   gI: () => (/* binding */ PATH),
/* harmony export */   hh: () => (/* binding */ SHARD),
/* harmony export */   m: () => (/* binding */ MAX_ATTEMPTS),
/* harmony export */   o4: () => (/* binding */ TOKEN_ENV),
/* harmony export */   vJ: () => (/* binding */ VERBOSE),
/* harmony export */   yE: () => (/* binding */ DRY_RUN)
/* harmony export */ });
const DEFAULT_MAX_ATTEMPTS = 10;
const CONFIG = {
    name: 'config', type: 'string', arg: 'PATH',
    description: 'Path of the config file from the repository root, read from the commit being read (never the working '
        + 'tree), like every other file.',
    defaultText: 'gitops-promote.yaml, else the zero-config layouts',
};
const PATH = {
    name: 'path', type: 'string', only: 'input', arg: 'DIR',
    description: 'Where the config repository is checked out.', defaultText: 'the workspace',
    why: 'where actions/checkout put the clone; the CLI says --repo',
};
const REPO = {
    name: 'repo', type: 'string', only: 'flag', arg: 'DIR',
    description: 'A clone of the config repository (its origin is the config repository).',
    defaultText: 'the current directory',
    why: 'the action says path, after actions/checkout',
};
const TOKEN = {
    name: 'token', type: 'string', only: 'input',
    description: 'Token for git and the GitHub API. It is sent as an HTTP header, never put on a command line or in '
        + '.git/config.',
    inputDefault: '${{ github.token }}',
    why: 'a flag would show in ps and shell history; the CLI reads GITOPS_PROMOTE_TOKEN or GITHUB_TOKEN',
};
const JSON_OUT = {
    name: 'json', type: 'boolean', only: 'flag', default: 'false',
    description: 'Print the result as one JSON document on stdout.',
    why: "an action's results are its outputs",
};
const VERBOSE = {
    name: 'verbose', type: 'boolean', only: 'flag', default: 'false',
    description: 'Print debug lines (git commands, requests) on stderr.',
    why: 'the runner shows debug lines when the workflow runs with debug logging',
};
const DRY_RUN = {
    name: 'dry-run', type: 'boolean', default: 'false',
    description: 'Do everything but write; the report shows the diff.',
};
const BRANCH = {
    name: 'branch', type: 'string', arg: 'B',
    description: 'Branch of the config repository to write to.',
    defaultText: "the branch the workflow runs on, else the checked-out branch, else the remote's default branch",
};
const MODE = {
    name: 'mode', type: 'string', arg: 'MODE', choices: ['push', 'pull-request'],
    description: 'push (commit to {{branch}}) or pull-request (one pull request per app and environment).',
    configKey: 'delivery.mode', default: 'push',
};
const MAX_ATTEMPTS = {
    name: 'max-attempts', type: 'int', arg: 'N', range: [1, 100],
    description: 'How many times to fetch, re-apply and push when other changes land first.',
    configKey: 'delivery.maxAttempts', default: String(DEFAULT_MAX_ATTEMPTS),
};
/** drift and status: one of N matrix jobs (src/core/scale/shard.ts); merge-reports puts the shards together. */
const SHARD = {
    name: 'shard', type: 'string', arg: 'I/N',
    description: "Report only the apps of shard I of N (assigned by a hash of the app's name); merge-reports "
        + "combines the shards' JSON reports.",
    defaultText: 'every app',
};
/** drift and merge-reports: one option, so the action's drift and merge-reports modes share one input. */
const FAIL_ON_DRIFT = {
    name: 'fail-on-drift', type: 'boolean', default: 'false',
    description: 'Fail (exit 1) when drift is found; by default drift is only reported.',
};
/** What every read verb (status, history, drift, parity) reads by default, and how to read the clone instead. */
const NO_FETCH = {
    name: 'no-fetch', type: 'boolean', only: 'flag', default: 'false',
    description: 'Do not fetch: read HEAD and say how far it is behind origin/BRANCH as last fetched.',
    why: 'the action reads the commit actions/checkout fetched',
};
const REF_DEFAULT = 'origin/BRANCH after a quiet fetch when there is an origin (see --no-fetch), else HEAD';
const TOKEN_ENV = [
    { name: 'GITOPS_PROMOTE_TOKEN', description: 'token for git over HTTPS and the GitHub API (never a flag)' },
    { name: 'GITHUB_TOKEN', description: 'used when GITOPS_PROMOTE_TOKEN is not set' },
];
const API_ENV = [
    { name: 'GITHUB_API_URL', description: 'the GitHub API (GitHub Enterprise Server: https://HOST/api/v3)' },
    {
        name: 'GITOPS_PROMOTE_RATE_LIMIT_MAX_WAIT',
        description: 'the longest single wait for a GitHub rate limit to lift (a duration; default 15m)',
    },
];


/***/ }),

/***/ 6144:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ WAIT_HEALTHY)
/* harmony export */ });
/* harmony import */ var _health_timing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9537);
/* harmony import */ var _shared_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3555);
// wait-healthy: the definition its action inputs, CLI flags, --help and docs tables are generated from. Timing
// defaults are the numbers the run uses (DEFAULT_TIMING), written once.


/** 600000 → "10m", 10000 → "10s", 0 → "0s". */
const duration = (ms) => (ms >= 60_000 && ms % 60_000 === 0 ? `${ms / 60_000}m` : `${ms / 1000}s`);
const text = (name, arg, description, more = {}) => ({ name, type: 'string', arg, description, ...more });
const timing = (name, description, value, key) => text(name, /limit|threshold/.test(name) ? 'N' : 'DURATION', description, {
    configKey: `health.<env>.${key}`, ...(value === undefined ? { defaultText: 'no limit' } : { default: value }),
});
const ROLLOUT_CHECK = 'whose rollout must complete at the version (as kubectl rollout status decides).';
const CHECK_OPTIONS = [
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
const TIMING_OPTIONS = [
    timing('initial-delay', 'Wait this long before the first sample.', duration(_health_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TIMING */ .f.initialDelayMs), 'initialDelay'),
    timing('interval', 'Time between samples, jittered by ±10%.', duration(_health_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TIMING */ .f.intervalMs), 'interval'),
    timing('timeout', 'Overall deadline.', duration(_health_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TIMING */ .f.timeoutMs), 'timeout'),
    timing('request-timeout', 'Per request.', duration(_health_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TIMING */ .f.requestTimeoutMs), 'requestTimeout'),
    timing('success-threshold', 'Consecutive samples in which every check passes.', String(_health_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TIMING */ .f.successThreshold), 'successThreshold'),
    timing('failure-limit', 'Failed samples tolerated; one more is unhealthy.', String(_health_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TIMING */ .f.failureLimit), 'failureLimit'),
    timing('inconclusive-limit', 'Consecutive inconclusive samples (no data, NaN) tolerated; one more ends the run '
        + 'unknown.', undefined, 'inconclusiveLimit'),
];
const WAIT_HEALTHY = {
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
            ..._shared_options_js__WEBPACK_IMPORTED_MODULE_1__/* .TOKEN */ .CV,
            description: 'Token to fetch the config repository\'s branch when a commit Argo CD or Flux synced is not in the '
                + 'checkout yet. Masked.',
        },
        _shared_options_js__WEBPACK_IMPORTED_MODULE_1__/* .CONFIG */ .PI,
        _shared_options_js__WEBPACK_IMPORTED_MODULE_1__/* .PATH */ .gI,
        _shared_options_js__WEBPACK_IMPORTED_MODULE_1__/* .REPO */ .NO,
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
        _shared_options_js__WEBPACK_IMPORTED_MODULE_1__/* .JSON_OUT */ .An,
        _shared_options_js__WEBPACK_IMPORTED_MODULE_1__/* .VERBOSE */ .vJ,
    ],
    env: [
        ..._shared_options_js__WEBPACK_IMPORTED_MODULE_1__/* .TOKEN_ENV */ .o4,
        { name: 'ARGOCD_TOKEN', description: "Argo CD API token (a check's tokenEnv names another variable)" },
        { name: 'KUBECONFIG', description: 'kubeconfig for the flux, kubernetes and rollout checks' },
        { name: 'any ${VAR}', description: 'read by header values and config templates that name it' },
    ],
    examples: [
        'gitops-promote wait-healthy --env prod --app web --version v1.4.0',
        'gitops-promote wait-healthy --env prod --url https://web.example.com/version --expect-version v1.4.0 --timeout 5m',
    ],
};


/***/ })

};
