export const id = 885;
export const ids = [885];
export const modules = {

/***/ 2885:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   dq: () => (/* binding */ zeroConfig),
/* harmony export */   g2: () => (/* binding */ CONFIG_FILE),
/* harmony export */   oB: () => (/* binding */ nodeAt)
/* harmony export */ });
/* unused harmony exports DEFAULT_POLICY, ZERO_CONFIG_TARGETS */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8005);
/* harmony import */ var _policy_cron_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7431);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9145);
/* harmony import */ var _health_spec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1668);
/* harmony import */ var _environments_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3597);
/* harmony import */ var _schema_check_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7889);
/* harmony import */ var _templates_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7196);
/* harmony import */ var _source_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1819);
// gitops-promote.yaml: loaded, validated (file, line and key in every error) and normalized; or zero-config
// defaults when the repository has no such file.









const CONFIG_FILE = 'gitops-promote.yaml';
const DEFAULT_POLICY = {
    tagPattern: 'semver', allowDowngrade: false, requirePreviousEnv: true, freeze: [], parity: 'current',
    allowSameChange: false, render: 'auto', parityIgnore: [],
};
/** Zero-config layouts: apps/<app>/overlays/<env>[-<region>|/<region>]/, and a single-app overlays/<env>/. */
const ZERO_CONFIG_TARGETS = ['apps/{app}/overlays', 'overlays'].flatMap((base) => ['{env}', '{env}-{region}', '{env}/{region}'].flatMap((dir) => ['kustomization.yaml', 'kustomization.yml'].map((f) => ({ file: `${base}/${dir}/${f}`, image: 'auto' }))));
function zeroConfig() {
    return { targets: ZERO_CONFIG_TARGETS, apps: {}, policy: { ...DEFAULT_POLICY }, delivery: {}, drift: {}, health: {} };
}
/** The node at a key path as the checks name them ("apps.web.v2.targets[0]"); keys may contain dots. */
function nodeAt(root, key) {
    let n = root;
    let rest = key;
    while (rest && n) {
        const idx = /^\[(\d+)\]\.?/.exec(rest);
        if (idx && 'items' in n && Array.isArray(n.items) && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(n)) {
            n = n.items[Number(idx[1])] ?? n;
            rest = rest.slice(idx[0].length);
            continue;
        }
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(n))
            break;
        // The longest key that the path continues with.
        const pairs = n.items
            .filter((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key))
            .map((p) => ({ k: String(p.key.value), v: p.value }));
        const hit = pairs
            .filter(({ k }) => rest === k || rest.startsWith(`${k}.`) || rest.startsWith(`${k}[`))
            .sort((a, b) => b.k.length - a.k.length)[0];
        if (!hit)
            break;
        n = hit.v ?? n;
        rest = rest.slice(hit.k.length).replace(/^\./, '');
    }
    return n;
}
function loadConfig(text, file) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { prettyErrors: false, uniqueKeys: false });
    const src = new _source_text_js__WEBPACK_IMPORTED_MODULE_7__/* .SourceText */ .D(text);
    const err = doc.errors[0];
    if (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`not valid YAML: ${err.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}; `
            + 'expected a gitops-promote config', file, src.lineOf(Math.min(err.pos[0], text.trimEnd().length)));
    }
    const root = doc.contents;
    const fail = (key, message, node) => {
        const n = node === undefined ? nodeAt(root, key) : node;
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${key}: ${message}`, file, n?.range ? src.lineOf(n.range[0]) : 1);
    };
    if (root === null)
        return { ...zeroConfig(), file };
    const problem = (0,_schema_check_js__WEBPACK_IMPORTED_MODULE_5__/* .checkSchema */ ._)(root, _config_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_SCHEMA */ .l);
    if (problem)
        throw fail(problem.key, problem.message, problem.node);
    const raw = doc.toJS();
    const environments = raw.environments?.map((e) => (typeof e === 'string' ? { name: e } : { ...e }));
    const envNames = environments?.map((e) => e.name);
    if (envNames) {
        const at = envNames.findIndex((n, i) => envNames.indexOf(n) !== i);
        if (at >= 0) {
            throw fail(`environments[${at}]`, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(envNames[at])} is listed twice; expected each environment once`);
        }
    }
    const checkEnvRefs = (key, list) => {
        for (const e of list ?? []) {
            if (envNames && !envNames.includes(e)) {
                throw fail(key, `unknown environment ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(e)}; expected one of ${envNames.join(', ')}`);
            }
            if (!envNames && (0,_environments_js__WEBPACK_IMPORTED_MODULE_8__/* .knownRank */ .UC)(e) === undefined) {
                throw fail(key, `unknown environment ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(e)}; without environments: the known ones are dev, staging, prod `
                    + '(also development, stage, production)');
            }
        }
    };
    const targetsOf = (key, list) => (list ?? []).map((t, i) => {
        const at = `${key}[${i}]`;
        if ((t.image === undefined) === (t.path === undefined)) {
            throw fail(at, 'needs exactly one of image (a kustomization images: entry) or path (a YAML path)');
        }
        for (const p of t.file.matchAll(/\{([^}]*)\}/g)) {
            if (!['app', 'env', 'region'].includes(p[1])) {
                throw fail(`${at}.file`, `unknown placeholder {${p[1]}}; expected {app}, {env} or {region}`);
            }
        }
        if (t.file.startsWith('/') || t.file.split('/').includes('..')) {
            throw fail(`${at}.file`, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(t.file)} must be a path inside the repository (no leading "/", no "..")`);
        }
        if (!(0,_templates_js__WEBPACK_IMPORTED_MODULE_6__/* .placeholders */ .Ft)(t.file).includes('env') && t.env === undefined) {
            throw fail(`${at}.file`, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(t.file)} has no {env}; expected {env} in the path, or env: naming the environment it is for`);
        }
        const env = t.env === undefined ? undefined : Array.isArray(t.env) ? t.env : [t.env];
        checkEnvRefs(`${at}.env`, env);
        return { file: t.file, image: t.image, path: t.path, document: t.document, env };
    });
    const targets = targetsOf('targets', raw.targets);
    const apps = {};
    for (const [app, spec] of Object.entries(raw.apps ?? {})) {
        if (!(0,_environments_js__WEBPACK_IMPORTED_MODULE_8__/* .isSafeName */ .TE)(app)) {
            throw fail(`apps.${app}`, `app name ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(app)} is not allowed; expected letters, digits, ".", "_" and "-"`);
        }
        apps[app] = { targets: targetsOf(`apps.${app}.targets`, spec.targets) };
    }
    if (!targets.length && !Object.keys(apps).length) {
        // A config that only sets policy keeps the zero-config layouts.
        targets.push(...ZERO_CONFIG_TARGETS);
    }
    const policy = { ...DEFAULT_POLICY, ...raw.policy, freeze: [] };
    if (policy.tagPattern !== 'semver') {
        try {
            new RegExp(policy.tagPattern);
        }
        catch (e) {
            throw fail('policy.tagPattern', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(policy.tagPattern)} is not a valid regular expression `
                + `(${e.message}); expected "semver" or a regex`);
        }
    }
    (raw.policy?.freeze ?? []).forEach((w, i) => {
        const at = `policy.freeze[${i}]`;
        if ((w.cron === undefined) === (w.from === undefined && w.to === undefined)) {
            throw fail(at, 'needs either cron, or from and to');
        }
        if (w.cron !== undefined) {
            try {
                (0,_policy_cron_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCron */ .E$)(w.cron);
            }
            catch (e) {
                throw fail(`${at}.cron`, e.message);
            }
        }
        else if (w.from === undefined || w.to === undefined) {
            throw fail(at, `needs both from and to (${w.from === undefined ? 'from' : 'to'} is missing); `
                + 'expected ISO dates such as 2026-12-20');
        }
        else if (Number.isNaN(Date.parse(w.from)) || Number.isNaN(Date.parse(w.to))) {
            throw fail(at, `from ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(String(w.from))} and to ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(String(w.to))} `
                + 'must both be ISO dates such as 2026-12-20 or 2026-12-20T18:00');
        }
        const timezone = w.timezone ?? 'UTC';
        if (!(0,_policy_cron_js__WEBPACK_IMPORTED_MODULE_2__/* .isValidTimeZone */ .Aq)(timezone)) {
            throw fail(`${at}.timezone`, `unknown time zone ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(timezone)}; expected an IANA name such as Europe/Berlin`);
        }
        checkEnvRefs(`${at}.envs`, w.envs);
        policy.freeze.push({ ...w, timezone });
    });
    for (const env of Object.keys(raw.health ?? {}))
        checkEnvRefs(`health.${env}`, [env]);
    // wait-healthy's checks and timing: durations, conditions (with the column), URLs, placeholders, keys per type.
    for (const [env, h] of Object.entries(raw.health ?? {})) {
        (0,_health_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeHealth */ .U)(h, `health.${env}`, (key, message) => fail(key, message));
    }
    for (const env of Object.keys(raw.drift?.live ?? {}))
        checkEnvRefs(`drift.live.${env}`, [env]);
    return {
        file, environments, targets, apps, policy,
        delivery: raw.delivery ?? {}, drift: raw.drift ?? {}, health: raw.health ?? {},
    };
}


/***/ }),

/***/ 7889:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ checkSchema)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
// Validates a parsed YAML node against the subset of JSON Schema that CONFIG_SCHEMA uses, reporting the line
// and key of the first problem, so a config error reads `gitops-promote.yaml:12: policy.freeze[0].cron: …`.

function kindOf(n) {
    if (n === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(n) && (n.value === null || n.value === undefined)))
        return 'null';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(n))
        return 'object';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(n))
        return 'array';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(n)) {
        return typeof n.value === 'number' ? (Number.isInteger(n.value) ? 'integer' : 'number') : typeof n.value;
    }
    return 'alias';
}
const join = (key, k) => (typeof k === 'number' ? `${key}[${k}]` : key ? `${key}.${k}` : k);
function checkSchema(n, schema, key = '') {
    const fail = (message) => ({ node: n, key: key || '(top level)', message });
    if (schema.oneOf) {
        const branches = schema.oneOf;
        const results = branches.map((b) => checkSchema(n, b, key));
        if (results.some((r) => r === undefined))
            return undefined;
        // Report from the branch whose type fits, which is the one the author meant.
        const fitting = results.find((r, i) => (branches[i]?.type ?? '') === kindOf(n) || (branches[i]?.type === 'number' && kindOf(n) === 'integer'));
        return fitting ?? fail(`expected ${branches.map((b) => String(b.type)).join(' or ')}, got ${kindOf(n)}`);
    }
    const kind = kindOf(n);
    if (schema.type) {
        const ok = schema.type === kind || (schema.type === 'number' && kind === 'integer');
        const article = (w) => (/^[aeiou]/.test(w) ? `an ${w}` : `a ${w}`);
        if (!ok) {
            const want = schema.type === 'object' ? 'a mapping' : schema.type === 'array' ? 'a list'
                : article(String(schema.type));
            const got = kind === 'object' ? 'a mapping' : kind === 'array' ? 'a list' : kind === 'null' ? 'nothing'
                : `the ${kind} ${JSON.stringify((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(n) ? n.value : '')}`;
            return fail(`expected ${want}, got ${got}`);
        }
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(n)) {
        const v = n.value;
        if (schema.enum && !schema.enum.includes(v)) {
            return fail(`${JSON.stringify(v)} is not one of `
                + `${schema.enum.map((e) => JSON.stringify(e)).join(', ')}`);
        }
        if (typeof v === 'string') {
            if (typeof schema.minLength === 'number' && v.length < schema.minLength)
                return fail('must not be empty');
            if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(v)) {
                return fail(`${JSON.stringify(v)} does not match ${schema.pattern}`);
            }
        }
        if (typeof v === 'number' && typeof schema.minimum === 'number' && v < schema.minimum) {
            return fail(`${v} is below the minimum ${schema.minimum}`);
        }
        if (typeof v === 'number' && typeof schema.maximum === 'number' && v > schema.maximum) {
            return fail(`${v} is above the maximum ${schema.maximum}`);
        }
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(n)) {
        if (typeof schema.minItems === 'number' && n.items.length < schema.minItems) {
            return fail(`needs at least ${schema.minItems} item(s)`);
        }
        if (schema.items) {
            for (const [i, it] of n.items.entries()) {
                const p = checkSchema(it, schema.items, join(key, i));
                if (p)
                    return p;
            }
        }
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(n)) {
        const props = (schema.properties ?? {});
        const seen = new Set();
        for (const pair of n.items) {
            const k = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : '?';
            const at = join(key, k);
            if (seen.has(k))
                return { node: pair.key, key: at, message: 'appears twice' };
            seen.add(k);
            if (schema.propertyNames) {
                const p = checkSchema(pair.key, schema.propertyNames, at);
                if (p)
                    return { ...p, message: `the name ${p.message}` };
            }
            const sub = props[k]
                ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
            if (!sub) {
                if (schema.additionalProperties === false) {
                    return { node: pair.key, key: at, message: `unknown key; expected one of ${Object.keys(props).join(', ')}` };
                }
                continue;
            }
            const p = checkSchema(pair.value, sub, at);
            if (p)
                return p;
        }
        for (const r of (schema.required ?? [])) {
            if (!seen.has(r))
                return fail(`missing the required key "${r}"`);
        }
    }
    return undefined;
}


/***/ }),

/***/ 7105:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   l5: () => (/* binding */ policyDuration)
/* harmony export */ });
// Durations as people write them in configs and flags: `500ms`, `5s`, `10m`, `1h30m`, `2h`, `7d`, `2w`, `0`.
// Always a unit (a bare number other than 0 is refused: is `30` seconds or minutes?). Health checks wait at most
// a week (the default cap); policy durations (soak times, how long an env may lag) may be longer.
const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/y;
const WEEK = 7 * 24 * 3_600_000;
/** Milliseconds, or an error message saying what was expected. */
function parseDuration(text, max = WEEK) {
    const s = text.trim();
    const expected = 'expected a duration such as 500ms, 5s, 10m, 1h30m or 7d';
    if (s === '0')
        return 0;
    if (s === '')
        return { error: `is empty; ${expected}` };
    let ms = 0;
    let at = 0;
    PART.lastIndex = 0;
    while (at < s.length) {
        PART.lastIndex = at;
        const m = PART.exec(s);
        if (!m) {
            return { error: `${JSON.stringify(text)} is not a duration (at ${JSON.stringify(s.slice(at))}); ${expected}` };
        }
        ms += Number(m[1]) * UNITS[m[2]];
        at = PART.lastIndex;
    }
    if (!Number.isFinite(ms) || ms > max) {
        return {
            error: `${JSON.stringify(text)} is longer than `
                + `${max === WEEK ? 'a week' : `${Math.round(max / 86_400_000)} days`}; ${expected}`,
        };
    }
    return Math.round(ms);
}
/** A short human form: 500ms, 5s, 1m30s, 4m, 1h2m. Rounds to whole seconds from 10 s up. */
function formatDuration(ms) {
    if (ms < 0)
        ms = 0;
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 10_000)
        return `${Number((ms / 1000).toFixed(1))}s`;
    let s = Math.round(ms / 1000);
    // From an hour up, seconds are noise: round to minutes.
    if (s >= 3600)
        s = Math.round(s / 60) * 60;
    const h = Math.floor(s / 3600);
    s -= h * 3600;
    const m = Math.floor(s / 60);
    s -= m * 60;
    if (h >= 48)
        return `${Math.floor(h / 24)}d${h % 24 ? `${h % 24}h` : ''}`;
    return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s || (!h && !m) ? `${s}s` : ''}`;
}
/** For policy settings, where a bad value is the caller's to report: throws an Error with the message. */
function policyDuration(text) {
    const d = parseDuration(text, Number.MAX_SAFE_INTEGER);
    if (typeof d !== 'number')
        throw new Error(`duration ${d.error}`);
    return d;
}


/***/ }),

/***/ 9768:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tj: () => (/* reexport */ ExpressionError),
  vs: () => (/* reexport */ compileCondition),
  S4: () => (/* reexport */ judge),
  WU: () => (/* reexport */ show)
});

// UNUSED EXPORTS: EvalError, evaluate, showNumber, tokenize

;// CONCATENATED MODULE: ./.build/core/health/expr/errors.js
// The two ways a condition goes wrong: it is not a condition (found before any request, exit 2), or it cannot be
// evaluated on this result (Argo Rollouts' Error phase).
/** A condition that does not parse or cannot work whatever the result: names the place in the text. */
class ExpressionError extends Error {
    reason;
    offset;
    source;
    constructor(reason, 
    /** 0-based offset into the source. */
    offset, source) {
        const snippet = JSON.stringify(source.slice(offset, offset + 12));
        const near = offset >= source.length ? 'at the end' : `at column ${offset + 1} (${snippet})`;
        super(`${reason} ${near}`);
        this.reason = reason;
        this.offset = offset;
        this.source = source;
        this.name = 'ExpressionError';
    }
}
/**
 * A condition that fails on this result (a missing sample, a list where a number is needed, a type that does not
 * fit). `waitable`: the error comes from how much data the query returned, so a later sample may not have it (Argo
 * Rollouts retries such measurements up to consecutiveErrorLimit); otherwise it is the same for every sample.
 */
class EvalError extends Error {
    waitable;
    constructor(message, waitable) {
        super(message);
        this.waitable = waitable;
        this.name = 'EvalError';
    }
}
/** An error that depends on the amount of data: no sample, an index past the end, several samples for one number. */
const dataError = (message) => new EvalError(message, true);
/** An error that no other sample can fix: a type that does not fit. */
const typeError = (message) => new EvalError(message, false);

;// CONCATENATED MODULE: ./.build/core/health/expr/functions-spec.js
// Which functions a condition may call, how many arguments each takes and what they may be. The functions are
// expr-lang's builtins (docs/language-definition.md) and the ones Argo Rollouts adds in utils/evaluate/evaluate.go
// (asInt, asFloat, isNaN, isInf, isNil, default); bodies are in functions.ts and predicates.ts.
// A number, or a list: a one-sample list stands for its number (see values.ts).
const NUM = ['number', 'list'];
const LIST = ['list'];
const ANY = ['number', 'bool', 'string', 'list', 'nil'];
const pred = (returns, min = 2) => ({ min, max: 2, predicate: 1, args: [LIST, ANY], returns });
const num = (returns, args = NUM) => ({ min: 1, max: 1, args: [args], returns });
const FUNCTIONS = {
    len: num('number', ['list', 'string']),
    all: pred('bool'),
    any: pred('bool'),
    none: pred('bool'),
    one: pred('bool'),
    filter: pred('list'),
    map: pred('list'),
    count: pred('number', 1),
    sum: pred('number', 1),
    find: pred('any'),
    findIndex: pred('number'),
    findLast: pred('any'),
    findLastIndex: pred('number'),
    min: { min: 1, max: Infinity, args: [NUM], returns: 'any' },
    max: { min: 1, max: Infinity, args: [NUM], returns: 'any' },
    mean: { min: 1, max: Infinity, args: [NUM], returns: 'number' },
    median: { min: 1, max: Infinity, args: [NUM], returns: 'number' },
    abs: num('number'),
    ceil: num('number'),
    floor: num('number'),
    round: num('number'),
    int: num('number', ['number', 'string', 'list']),
    float: num('number', ['number', 'string', 'list']),
    first: num('any', LIST),
    last: num('any', LIST),
    isNaN: num('bool'),
    isInf: num('bool'),
    asInt: num('number', ['number', 'string', 'list']),
    asFloat: num('number', ['number', 'string', 'list']),
    isNil: num('bool', ANY),
    default: { min: 2, max: 2, args: [ANY, ANY], returns: 'any' },
};
const LIST_ADVICE = 'use all(), any(), none(), one(), filter(), map(), count(), len(), sum(), mean(), min() or max()';
const TEXT_ADVICE = 'a Prometheus result holds numbers: compare numbers, e.g. result[0] >= 0.95';
/** expr functions that conditions here do not evaluate, with what to write instead. */
const UNSUPPORTED_FUNCTIONS = {
    ...Object.fromEntries(['reduce', 'groupBy', 'sortBy', 'sort', 'uniq', 'concat', 'flatten', 'take', 'reverse', 'get',
        'keys', 'values', 'toPairs', 'fromPairs'].map((f) => [f, LIST_ADVICE])),
    ...Object.fromEntries(['now', 'duration', 'date', 'timezone'].map((f) => [f,
        'times are the query\'s business: put the window in PromQL (rate(x[5m]), offset) and compare the number'])),
    ...Object.fromEntries(['trim', 'trimPrefix', 'trimSuffix', 'upper', 'lower', 'split', 'splitAfter', 'replace',
        'repeat', 'indexOf', 'lastIndexOf', 'hasPrefix', 'hasSuffix', 'join', 'string', 'type', 'toJSON', 'fromJSON',
        'toBase64', 'fromBase64'].map((f) => [f, TEXT_ADVICE])),
    ...Object.fromEntries(['bitand', 'bitor', 'bitxor', 'bitnand', 'bitnot', 'bitshl', 'bitshr', 'bitushr'].map((f) => [f,
        'compute bits in PromQL and compare the number it returns'])),
};

;// CONCATENATED MODULE: ./.build/core/health/expr/check.js


const DESCRIBE = {
    number: 'a number', bool: 'true/false', string: 'a string', list: 'a list', nil: 'nil', any: 'a value',
};
const NUMERIC = ['number', 'list', 'any'];
const ORDINAL = ['first', 'second', 'third', 'fourth'];
/** Can a value of type a ever be compared for equality with one of type b? */
function comparable(a, b) {
    if (a === b || a === 'any' || b === 'any' || a === 'nil' || b === 'nil')
        return true;
    // A one-sample list stands for its number.
    return (a === 'list' && b === 'number') || (a === 'number' && b === 'list');
}
class Checker {
    src;
    constructor(src) {
        this.src = src;
    }
    fail(reason, at) {
        throw new ExpressionError(reason, at, this.src);
    }
    /** The whole condition: it must be able to give true or false. */
    condition(n) {
        const t = this.type(n);
        if (t !== 'bool' && t !== 'any') {
            this.fail(`the condition is ${DESCRIBE[t]}, not true/false; expected a comparison such as result >= 0.95`, 0);
        }
    }
    type(n) {
        switch (n.t) {
            case 'num': return 'number';
            case 'str': return 'string';
            case 'bool': return 'bool';
            case 'nil': return 'nil';
            case 'result':
            case 'it': return 'any';
            case 'array':
                n.items.forEach((i) => this.type(i));
                return 'list';
            case 'member': return this.member(n.target, n.at);
            case 'index': return this.index(n.target, n.index, n.at);
            case 'slice': return this.slice(n);
            case 'predicate': return this.type(n.body);
            case 'call': return this.call(n);
            case 'unary': return this.unary(n);
            case 'binary': return this.binary(n);
            case 'cond': {
                this.want(n.test, ['bool', 'any'], 'the test of ? :');
                const a = this.type(n.then);
                return a === this.type(n.else) ? a : 'any';
            }
        }
    }
    /** Checks that n has one of `ok` (or 'any'), naming `what` in the message. */
    want(n, ok, what) {
        const t = this.type(n);
        if (t !== 'any' && !ok.includes(t)) {
            const allowed = ok.filter((o) => o !== 'any').map((o) => DESCRIBE[o]).join(' or ');
            this.fail(`${what} must be ${allowed}, got ${DESCRIBE[t]}`, n.at);
        }
        return t;
    }
    member(target, at) {
        const t = this.type(target);
        if (t !== 'any' && t !== 'nil')
            this.fail(`${DESCRIBE[t]} has no fields`, at);
        return 'any';
    }
    index(target, index, at) {
        const t = this.type(target);
        if (t === 'number' || t === 'bool' || t === 'nil') {
            this.fail(`${DESCRIBE[t]} cannot be indexed; expected a list such as result`, at);
        }
        this.want(index, ['number', 'string', 'any'], 'an index');
        return 'any';
    }
    slice(n) {
        const t = this.want(n.target, ['list', 'string'], 'what is sliced');
        if (n.from)
            this.want(n.from, NUMERIC, 'a slice bound');
        if (n.to)
            this.want(n.to, NUMERIC, 'a slice bound');
        return t;
    }
    call(n) {
        const spec = FUNCTIONS[n.fn];
        if (!spec)
            return this.fail(`unknown function ${JSON.stringify(n.fn)}`, n.at);
        if (n.args.length < spec.min || n.args.length > spec.max) {
            const range = spec.max === Infinity ? `at least ${spec.min}` : `${spec.min} or ${spec.max}`;
            const want = spec.min === spec.max ? `${spec.min}` : range;
            this.fail(`${n.fn}() takes ${want} argument${want === '1' ? '' : 's'}, got ${n.args.length}`, n.at);
        }
        n.args.forEach((a, i) => {
            const what = `the ${ORDINAL[i] ?? `#${i + 1}`} argument of ${n.fn}()`;
            if (a.t === 'predicate') {
                const filters = !['map', 'sum'].includes(n.fn);
                if (filters)
                    this.want(a.body, ['bool', 'any'], `${what} (a condition on #, e.g. # < 0.05)`);
                else
                    this.type(a.body);
                return;
            }
            this.want(a, [...spec.args[Math.min(i, spec.args.length - 1)], 'any'], what);
        });
        return spec.returns;
    }
    unary(n) {
        if (n.op !== 'not') {
            this.want(n.arg, NUMERIC, `the operand of ${n.op}`);
            return 'number';
        }
        const t = this.type(n.arg);
        if (t !== 'bool' && t !== 'any')
            this.fail(`"not" applies to true/false, got ${DESCRIBE[t]}`, n.at);
        return 'bool';
    }
    binary(n) {
        const { op } = n;
        if (op === '&&' || op === '||') {
            const word = op === '&&' ? 'and' : 'or';
            this.want(n.left, ['bool'], `the left side of ${word} (a condition such as result > 1)`);
            this.want(n.right, ['bool'], `the right side of ${word} (a condition such as result > 1)`);
            return 'bool';
        }
        if (op === '??') {
            this.type(n.left);
            this.type(n.right);
            return 'any';
        }
        const l = this.type(n.left);
        const r = this.type(n.right);
        if (n.left.t === 'unary' && n.left.op === 'not' && !(['==', '!='].includes(op) && ['bool', 'any'].includes(r))) {
            // expr binds `not` tighter than comparisons: `not result > 1` is `(not result) > 1`.
            const why = `so not a ${op} b is (not a) ${op} b; write not (a ${op} b)`;
            this.fail(`"not" binds tighter than ${op}, ${why}`, n.left.at);
        }
        return this.operands(op, l, r, n.at);
    }
    operands(op, l, r, at) {
        const bad = () => this.fail(`${op} does not apply to ${DESCRIBE[l]} and ${DESCRIBE[r]}`, at);
        const num = (t) => NUMERIC.includes(t);
        const str = (t) => t === 'string' || t === 'any';
        switch (op) {
            case '==':
            case '!=':
                if (!comparable(l, r))
                    this.fail(`${op} compares ${DESCRIBE[l]} with ${DESCRIBE[r]}: they are never equal`, at);
                return 'bool';
            case '<':
            case '>':
            case '<=':
            case '>=':
                return (num(l) && num(r)) || (str(l) && str(r)) ? 'bool' : bad();
            case 'in':
                return ['list', 'string', 'any'].includes(r) ? 'bool' : bad();
            case 'contains':
            case 'startsWith':
            case 'endsWith':
                return str(l) && str(r) ? 'bool' : bad();
            case '..':
                return num(l) && num(r) ? 'list' : bad();
            case '+':
                if (l === 'string' && r === 'string')
                    return 'string';
                if (num(l) && num(r))
                    return l === 'any' || r === 'any' ? 'any' : 'number';
                return (l === 'any' && str(r)) || (r === 'any' && str(l)) ? 'any' : bad();
            default:
                return num(l) && num(r) ? 'number' : bad();
        }
    }
}

;// CONCATENATED MODULE: ./.build/core/health/expr/values.js
// Values at evaluation time, and the conversions between them. Numbers follow Go's float64 as Argo Rollouts
// evaluates them: NaN compares false with everything (and != true), +Inf is larger than every number.

function kindOf(v) {
    if (v === null)
        return 'nil';
    if (Array.isArray(v))
        return 'list';
    return typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'bool' : 'string';
}
const A = {
    number: 'a number', bool: 'true/false', string: 'a string', nil: 'nil', list: 'a list',
};
/** "a number (0.97)", "a list of 3 samples": for messages. */
function describe(v) {
    if (Array.isArray(v))
        return v.length === 1 ? 'a list of 1 sample' : `a list of ${v.length} samples`;
    return v === null ? 'nil' : `${A[kindOf(v)]} (${show(v)})`;
}
/** A number as Prometheus writes it (NaN, +Inf, -Inf), at most 6 significant digits. */
function showNumber(n) {
    if (Number.isNaN(n))
        return 'NaN';
    if (!Number.isFinite(n))
        return n > 0 ? '+Inf' : '-Inf';
    return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(6)));
}
/** A value for a log line: lists show their first few items. */
function show(v, items = 5) {
    if (v === null)
        return 'nil';
    if (typeof v === 'number')
        return showNumber(v);
    if (typeof v === 'string')
        return JSON.stringify(v);
    if (typeof v === 'boolean')
        return String(v);
    const shown = v.slice(0, items).map((x) => show(x, items));
    return `[${shown.join(', ')}${v.length > items ? ', …' : ''}]`;
}
/**
 * v where a number is needed. A list of exactly one number stands for that number: a comparison such as
 * `result >= 0.95` on a one-sample vector means what it meant before expr compatibility (Argo Rollouts refuses
 * it). An empty list or several samples depend on the data (waitable); other kinds never fit.
 */
function toNumber(v, what) {
    if (typeof v === 'number')
        return v;
    if (Array.isArray(v)) {
        if (v.length === 1 && typeof v[0] === 'number')
            return v[0];
        if (v.length === 0) {
            const advice = 'write len(result) > 0 && result[0] >= …, or default(result, 0)';
            throw dataError(`${what} is empty where a number is needed (no data); ${advice}`);
        }
        if (v.every((x) => typeof x === 'number')) {
            const advice = 'write all(result, # >= …) for every sample, or result[0] for the first';
            throw dataError(`${what} holds ${v.length} samples where one number is needed; ${advice}`);
        }
    }
    if (v === null) {
        const why = '(max(), first() or find() of no data); write default(…, 0)';
        throw dataError(`${what} is nil where a number is needed ${why}`);
    }
    throw typeError(`${what} must be a number, got ${describe(v)}`);
}
/** Go's int64(f) for a float: truncation toward zero; NaN and ±Inf give the smallest int64, as on amd64. */
const truncate = (n) => (Number.isFinite(n) ? Math.trunc(n) : -9223372036854775808);
const SIDES = ['the left side of ==', 'the right side of =='];
/**
 * == as Argo Rollouts evaluates it with a typed result: same kinds compare, nil compares with anything (equal only
 * to nil), a one-sample list compares as its number, and different kinds are an error (expr: "mismatched types").
 * `names`: how the two sides are named in messages.
 */
function equal(a, b, names = SIDES) {
    const ka = kindOf(a);
    const kb = kindOf(b);
    if (ka === 'nil' || kb === 'nil')
        return ka === kb;
    if (ka === 'list' && kb === 'list') {
        const la = a;
        const lb = b;
        return la.length === lb.length && la.every((x, i) => equal(x, lb[i], names));
    }
    if ((ka === 'list' && kb === 'number') || (ka === 'number' && kb === 'list')) {
        return toNumber(a, names[0]) === toNumber(b, names[1]);
    }
    if (ka !== kb)
        throw typeError(`== compares ${describe(a)} with ${describe(b)}: mismatched types`);
    return a === b;
}
/** Parses a number the way Go's strconv.ParseFloat does for the forms metrics use. */
function parseNumber(s, fn) {
    const t = s.trim();
    if (/^[+-]?(inf|infinity)$/i.test(t))
        return t.startsWith('-') ? -Infinity : Infinity;
    if (/^nan$/i.test(t))
        return Number.NaN;
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t))
        return Number(t);
    throw typeError(`${fn}(${JSON.stringify(s)}): not a number`);
}

;// CONCATENATED MODULE: ./.build/core/health/expr/functions.js
// The bodies of the functions that take values (the predicate ones are in predicates.ts): expr-lang's builtins
// (builtin/builtin.go, builtin/lib.go) and Argo Rollouts' own (utils/evaluate/evaluate.go).


const arg0 = (args) => args[0];
const number = (args, name) => toNumber(arg0(args), `the argument of ${name}()`);
/** The numbers of min/max/mean/median arguments: numbers and (nested) lists of numbers, flattened. */
function numbers(args, name) {
    const out = [];
    const add = (v) => {
        if (Array.isArray(v))
            v.forEach(add);
        else if (typeof v === 'number')
            out.push(v);
        else
            throw typeError(`${name}() takes numbers and lists of numbers, got ${describe(v)}`);
    };
    args.forEach(add);
    return out;
}
/** expr's minMax: the first value wins unless a later one is strictly better, so NaN behaves as in Go. */
function extreme(args, name) {
    let best = null;
    for (const n of numbers(args, name))
        if (best === null || (name === 'max' ? best < n : best > n))
            best = n;
    return best;
}
function median(args, name) {
    const v = numbers(args, name).sort((a, b) => a - b);
    if (!v.length)
        return 0;
    const mid = Math.floor(v.length / 2);
    return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
function len(args) {
    const v = arg0(args);
    if (Array.isArray(v))
        return v.length;
    if (typeof v === 'string')
        return [...v].length;
    const scalar = typeof v === 'number' ? ' (the query returned a scalar: compare result directly)' : '';
    throw typeError(`len() takes a list or a string, got ${describe(v)}${scalar}`);
}
function asInt(args, name) {
    const v = arg0(args);
    if (typeof v === 'string') {
        if (/^[+-]?\d+$/.test(v.trim()))
            return Number.parseInt(v, 10);
        throw typeError(`${name}(${JSON.stringify(v)}): not a whole number; write asFloat() for decimals`);
    }
    return truncate(toNumber(v, `the argument of ${name}()`));
}
function asFloat(args, name) {
    const v = arg0(args);
    return typeof v === 'string' ? parseNumber(v, name) : toNumber(v, `the argument of ${name}()`);
}
function functions_element(args, name) {
    const v = arg0(args);
    if (!Array.isArray(v))
        throw typeError(`${name}() takes a list, got ${describe(v)}`);
    return (name === 'first' ? v[0] : v[v.length - 1]) ?? null;
}
/** Go's math.Round: halves away from zero (JavaScript's Math.round rounds -2.5 to -2). */
const goRound = (n) => Math.sign(n) * Math.round(Math.abs(n));
const BUILTINS = {
    len,
    min: extreme,
    max: extreme,
    mean: (args, name) => {
        const v = numbers(args, name);
        return v.length ? v.reduce((a, b) => a + b, 0) / v.length : 0;
    },
    median,
    abs: (args, name) => Math.abs(number(args, name)),
    ceil: (args, name) => Math.ceil(number(args, name)),
    floor: (args, name) => Math.floor(number(args, name)),
    round: (args, name) => goRound(number(args, name)),
    int: asInt,
    float: asFloat,
    first: functions_element,
    last: functions_element,
    isNaN: (args, name) => Number.isNaN(number(args, name)),
    isInf: (args, name) => {
        const n = number(args, name);
        return n === Infinity || n === -Infinity;
    },
    asInt,
    asFloat,
    // Argo Rollouts' isNil looks at the whole result; a Prometheus result is never nil, so an empty one counts.
    isNil: (args) => arg0(args) === null || (Array.isArray(arg0(args)) && arg0(args).length === 0),
};

;// CONCATENATED MODULE: ./.build/core/health/expr/predicates.js
// all/any/none/one/filter/map/count/sum/find… with a predicate on `#`, as expr-lang defines them
// (docs/language-definition.md): all() and none() of an empty list are true, any() and one() false.


function truth(v, name) {
    if (typeof v !== 'boolean')
        throw typeError(`the predicate of ${name}() must give true/false, got ${describe(v)}`);
    return v;
}
function list(v, name) {
    if (Array.isArray(v))
        return v;
    const scalar = typeof v === 'number' ? '; the query returned a scalar: compare result directly' : '';
    throw typeError(`${name}() takes a list, got ${describe(v)}${scalar}`);
}
function countOf(items, test, name) {
    return items.filter((x) => truth(test ? test(x) : x, name)).length;
}
function sumOf(items, test, name) {
    return items.reduce((acc, x) => acc + toNumber(test ? test(x) : x, `an element in ${name}()`), 0);
}
function findIn(items, test, name) {
    const last = name.startsWith('findLast');
    const order = last ? [...items.keys()].reverse() : [...items.keys()];
    const i = order.find((k) => truth(test(items[k]), name));
    if (name.endsWith('Index'))
        return i ?? -1;
    return i === undefined ? null : items[i];
}
/** Calls the predicate function `name` on the list v; `test` is undefined for count(list) and sum(list). */
function callPredicate(name, v, test) {
    const items = list(v, name);
    const t = test;
    switch (name) {
        case 'all': return items.every((x) => truth(t(x), name));
        case 'any': return items.some((x) => truth(t(x), name));
        case 'none': return !items.some((x) => truth(t(x), name));
        case 'one': return countOf(items, t, name) === 1;
        case 'filter': return items.filter((x) => truth(t(x), name));
        case 'map': return items.map((x) => t(x));
        case 'count': return countOf(items, test, name);
        case 'sum': return sumOf(items, test, name);
        default: return findIn(items, t, name);
    }
}

;// CONCATENATED MODULE: ./.build/core/health/expr/evaluate.js




/** The longest list `a..b` may build: a condition never needs more, and memory stays bounded. */
const MAX_RANGE = 100_000;
/** How a node is named in messages: `result`, `result[0]`, `max(…)`, else "the value". */
function label(n) {
    if (n.t === 'result')
        return 'result';
    if (n.t === 'it')
        return '#';
    if (n.t === 'index' && n.index.t === 'num')
        return `${label(n.target)}[${n.index.value}]`;
    if (n.t === 'call')
        return `${n.fn}(…)`;
    return 'the value';
}
function evalNode(n, s) {
    switch (n.t) {
        case 'num':
        case 'str':
        case 'bool': return n.value;
        case 'nil': return null;
        case 'result': return s.result;
        case 'it': return s.it ?? null;
        case 'array': return n.items.map((i) => evalNode(i, s));
        case 'member': return member(n, evalNode(n.target, s));
        case 'index': return index(n, evalNode(n.target, s), evalNode(n.index, s));
        case 'slice': return slice(n, s);
        case 'predicate': return evalNode(n.body, s);
        case 'call': return call(n, s);
        case 'unary': return unary(n, evalNode(n.arg, s));
        case 'binary': return binary(n, s);
        case 'cond': return evaluate_truth(evalNode(n.test, s), 'the test of ? :') ? evalNode(n.then, s) : evalNode(n.else, s);
    }
}
function evaluate_truth(v, what) {
    if (typeof v !== 'boolean')
        throw typeError(`${what} must be true/false, got ${describe(v)}`);
    return v;
}
function member(n, target) {
    if (target === null) {
        if (n.optional)
            return null;
        throw dataError(`${label(n.target)} is nil, so it has no field ${n.name}`);
    }
    const advice = 'a Prometheus result is a number or a list of numbers, write result or result[0]';
    throw typeError(`${label(n.target)}.${n.name}: ${describe(target)} has no fields; ${advice}`);
}
function index(n, target, at) {
    const what = label(n.target);
    if (target === null) {
        if (n.optional)
            return null;
        throw dataError(`${what} is nil, so it has no item ${show(at)}`);
    }
    if (typeof target === 'number') {
        const advice = `write ${what}, not ${what}[${show(at)}]`;
        throw typeError(`${what} is a number (the query returned a scalar), it has no items; ${advice}`);
    }
    if (!Array.isArray(target) && typeof target !== 'string')
        throw typeError(`${describe(target)} cannot be indexed`);
    if (typeof at !== 'number') {
        throw typeError(`${what}[${show(at)}]: an index must be a number such as 0, got ${describe(at)}`);
    }
    const items = typeof target === 'string' ? [...target] : target;
    const i = truncate(at) < 0 ? items.length + truncate(at) : truncate(at);
    if (i < 0 || i >= items.length) {
        const count = `${items.length} ${what === 'result' ? 'sample' : 'item'}${items.length === 1 ? '' : 's'}`;
        const returned = items.length ? `the query returned ${count}` : 'the query returned no data';
        const had = what === 'result' ? returned : `${what} has ${count}`;
        throw dataError(`${what}[${show(at)}] does not exist: ${had}`);
    }
    return items[i];
}
function slice(n, s) {
    const target = evalNode(n.target, s);
    if (!Array.isArray(target) && typeof target !== 'string') {
        throw typeError(`${describe(target)} cannot be sliced; expected a list`);
    }
    const items = typeof target === 'string' ? [...target] : target;
    const bound = (b, dflt) => {
        if (!b)
            return dflt;
        const v = truncate(toNumber(evalNode(b, s), 'a slice bound'));
        return Math.min(Math.max(v < 0 ? items.length + v : v, 0), items.length);
    };
    const out = items.slice(bound(n.from, 0), bound(n.to, items.length));
    return typeof target === 'string' ? out.join('') : out;
}
function call(n, s) {
    if (n.fn === 'default')
        return defaultOf(n, s);
    const pred = n.args.find((a) => a.t === 'predicate');
    if (pred || n.fn === 'count' || n.fn === 'sum') {
        // count(list) and sum(list) take no predicate: test stays undefined.
        const test = pred && ((x) => evalNode(pred, { result: s.result, it: x }));
        return callPredicate(n.fn, evalNode(n.args[0], s), test);
    }
    const fn = BUILTINS[n.fn];
    if (!fn)
        throw typeError(`${n.fn}() cannot be evaluated`);
    return fn(n.args.map((a) => evalNode(a, s)), n.fn);
}
/**
 * default(v, d): d when v is nil, as in Argo Rollouts. A Prometheus result is never nil, so no data counts as nil
 * here: an empty list, or a first argument that fails for want of data (default(result[0], 0) on no samples).
 */
function defaultOf(n, s) {
    const [v, d] = n.args;
    let value;
    try {
        value = evalNode(v, s);
    }
    catch (e) {
        if (e instanceof EvalError && e.waitable)
            return evalNode(d, s);
        throw e;
    }
    return value === null || (Array.isArray(value) && value.length === 0) ? evalNode(d, s) : value;
}
function unary(n, v) {
    if (n.op === 'not')
        return !evaluate_truth(v, 'the operand of not');
    const x = toNumber(v, label(n.arg));
    return n.op === '-' ? -x : x;
}
function binary(n, s) {
    const { op } = n;
    if (op === '&&' || op === '||') {
        const word = op === '&&' ? 'and' : 'or';
        const l = evaluate_truth(evalNode(n.left, s), `the left side of ${word}`);
        if (l === (op === '||'))
            return l;
        return evaluate_truth(evalNode(n.right, s), `the right side of ${word}`);
    }
    const l = evalNode(n.left, s);
    if (op === '??')
        return l === null ? evalNode(n.right, s) : l;
    const r = evalNode(n.right, s);
    if (op === '==' || op === '!=')
        return equal(l, r, [label(n.left), label(n.right)]) === (op === '==');
    if (op === 'in')
        return membership(n, l, r);
    if (op === 'contains' || op === 'startsWith' || op === 'endsWith')
        return evaluate_text(op, l, r);
    if (typeof l === 'string' && typeof r === 'string')
        return strings(op, l, r);
    return evaluate_numbers(op, toNumber(l, label(n.left)), toNumber(r, label(n.right)));
}
function membership(n, l, r) {
    if (Array.isArray(r))
        return r.some((x) => kindOf(x) === kindOf(l) && equal(l, x));
    if (typeof r === 'string' && typeof l === 'string')
        return r.includes(l);
    if (r === null)
        throw dataError(`${label(n.right)} is nil, so nothing is in it`);
    const scalar = typeof r === 'number' ? ' (the query returned a scalar): write result == …' : '';
    throw typeError(`"in" needs a list on its right, got ${describe(r)}${scalar}`);
}
function evaluate_text(op, l, r) {
    if (typeof l !== 'string' || typeof r !== 'string') {
        throw typeError(`${op} takes two strings, got ${describe(l)} and ${describe(r)}`);
    }
    return op === 'contains' ? l.includes(r) : op === 'startsWith' ? l.startsWith(r) : l.endsWith(r);
}
function strings(op, l, r) {
    switch (op) {
        case '+': return l + r;
        case '<': return l < r;
        case '>': return l > r;
        case '<=': return l <= r;
        case '>=': return l >= r;
        default: throw typeError(`${op} does not apply to strings`);
    }
}
function evaluate_numbers(op, l, r) {
    switch (op) {
        case '<': return l < r;
        case '>': return l > r;
        case '<=': return l <= r;
        case '>=': return l >= r;
        case '+': return l + r;
        case '-': return l - r;
        case '*': return l * r;
        case '/': return l / r;
        case '**': return l ** r;
        case '%':
            if (!Number.isInteger(l) || !Number.isInteger(r)) {
                throw typeError(`% takes whole numbers, got ${show(l)} and ${show(r)}`);
            }
            if (r === 0)
                throw typeError('% by zero');
            return l % r;
        default: return range(l, r);
    }
}
function range(from, to) {
    if (!Number.isInteger(from) || !Number.isInteger(to)) {
        throw typeError(`.. takes whole numbers, got ${show(from)} and ${show(to)}`);
    }
    if (to - from >= MAX_RANGE)
        throw typeError(`${from}..${to} has more than ${MAX_RANGE} numbers`);
    return to < from ? [] : Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

;// CONCATENATED MODULE: ./.build/core/health/expr/tokenize.js
// The tokenizer of the condition language: expr-lang's tokens (github.com/expr-lang/expr, parser/lexer), as
// Argo Rollouts uses them. Comments (// and /* */) are skipped as expr skips them.

/** Words that are operators in expr, not names. */
const WORD_OPS = new Set([
    'not', 'in', 'and', 'or', 'matches', 'contains', 'startsWith', 'endsWith', 'let', 'if', 'else',
]);
// Longest first, so "**" wins over "*" and "?." over "?".
const OPS = ['**', '==', '!=', '<=', '>=', '&&', '||', '..', '?.', '??', '::', '<', '>', '!', '+', '-', '*', '/', '%',
    '^', '(', ')', '[', ']', '{', '}', ',', '.', '#', '?', ':', ';', '|', '='];
// Hexadecimal, octal, binary, or decimal (a `.` followed by another is the range operator, as in 1..3).
const NUMBER = new RegExp('^(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|' +
    '(?:\\d[\\d_]*(?:\\.(?!\\.)[\\d_]*)?|\\.\\d[\\d_]*)(?:[eE][+-]?\\d[\\d_]*)?)');
const NAME = /^[A-Za-z_$][A-Za-z0-9_$]*/;
const ESCAPES = {
    n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', a: '\x07', '\\': '\\', "'": "'", '"': '"', '`': '`',
};
function numberValue(text) {
    const t = text.replace(/_/g, '');
    const base = { x: 16, o: 8, b: 2 }[t[1]?.toLowerCase()];
    if (/^0[xob]/i.test(t))
        return Number.parseInt(t.slice(2), base);
    return Number(t);
}
/** A quoted string from `at` (the quote); returns its value and where it ends. */
function readString(src, at) {
    const q = src[at];
    let value = '';
    let i = at + 1;
    while (i < src.length && src[i] !== q) {
        if (src[i] !== '\\' || q === '`') {
            value += src[i++];
            continue;
        }
        const e = src[i + 1] ?? '';
        const digits = e === 'u' ? 4 : e === 'x' ? 2 : 0;
        const hex = digits ? new RegExp(`^[0-9a-fA-F]{${digits}}`).exec(src.slice(i + 2)) : null;
        if (hex) {
            value += String.fromCharCode(Number.parseInt(hex[0], 16));
            i += 2 + hex[0].length;
        }
        else if (ESCAPES[e] !== undefined) {
            value += ESCAPES[e];
            i += 2;
        }
        else {
            const why = `unknown escape "\\${e}" in a string; expected \\n, \\t, \\\\, \\${q} or \\uXXXX`;
            throw new ExpressionError(why, i, src);
        }
    }
    if (i >= src.length)
        throw new ExpressionError(`the string is not closed; expected a closing ${q}`, at, src);
    return { value, end: i + 1 };
}
/** Skips blanks and comments from i; returns the next position. */
function skipBlank(src, i) {
    for (;;) {
        if (/\s/.test(src[i] ?? ''))
            i++;
        else if (src.startsWith('//', i))
            i = src.includes('\n', i) ? src.indexOf('\n', i) + 1 : src.length;
        else if (src.startsWith('/*', i)) {
            const end = src.indexOf('*/', i + 2);
            if (end < 0)
                throw new ExpressionError('the comment is not closed; expected */', i, src);
            i = end + 2;
        }
        else
            return i;
    }
}
/** The token at i and where it ends. */
function nextToken(src, i) {
    const rest = src.slice(i);
    const num = NUMBER.exec(rest);
    if (num) {
        if (/^[A-Za-z0-9_$.]/.test(rest.slice(num[0].length)) && !rest.slice(num[0].length).startsWith('..')) {
            const bad = JSON.stringify(rest.match(/^[A-Za-z0-9_$.]+/)?.[0]);
            throw new ExpressionError(`bad number ${bad}; expected digits such as 0.95 or 1e-3`, i, src);
        }
        return { tok: { kind: 'num', text: num[0], at: i, num: numberValue(num[0]) }, end: i + num[0].length };
    }
    const name = NAME.exec(rest);
    if (name) {
        return { tok: { kind: WORD_OPS.has(name[0]) ? 'op' : 'name', text: name[0], at: i }, end: i + name[0].length };
    }
    const c = src[i];
    if (c === '"' || c === "'" || c === '`') {
        const s = readString(src, i);
        return { tok: { kind: 'str', text: s.value, at: i }, end: s.end };
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (op)
        return { tok: { kind: 'op', text: op, at: i }, end: i + op.length };
    if (c === '&')
        throw new ExpressionError('"&" alone is not an operator; expected "&&" (or and)', i, src);
    throw new ExpressionError(`unexpected character ${JSON.stringify(c)}`, i, src);
}
function tokenize(src) {
    const out = [];
    let i = skipBlank(src, 0);
    while (i < src.length) {
        const { tok, end } = nextToken(src, i);
        out.push(tok);
        i = skipBlank(src, end);
    }
    out.push({ kind: 'end', text: '', at: src.length });
    return out;
}

;// CONCATENATED MODULE: ./.build/core/health/expr/parser.js



/** expr's binary operators: precedence, and whether the right side binds at the same level (right-associative). */
const BINARY = {
    or: { prec: 10, op: '||' }, '||': { prec: 10, op: '||' },
    and: { prec: 15, op: '&&' }, '&&': { prec: 15, op: '&&' },
    '==': { prec: 20, op: '==' }, '!=': { prec: 20, op: '!=' }, '<': { prec: 20, op: '<' }, '>': { prec: 20, op: '>' },
    '<=': { prec: 20, op: '<=' }, '>=': { prec: 20, op: '>=' }, in: { prec: 20, op: 'in' },
    contains: { prec: 20, op: 'contains' }, startsWith: { prec: 20, op: 'startsWith' },
    endsWith: { prec: 20, op: 'endsWith' },
    '..': { prec: 25, op: '..' }, '+': { prec: 30, op: '+' }, '-': { prec: 30, op: '-' },
    '*': { prec: 60, op: '*' }, '/': { prec: 60, op: '/' }, '%': { prec: 60, op: '%' },
    '**': { prec: 100, right: true, op: '**' }, '^': { prec: 100, right: true, op: '**' }, '??': { prec: 500, op: '??' },
};
const UNARY = {
    not: { prec: 50, op: 'not' }, '!': { prec: 50, op: 'not' }, '-': { prec: 90, op: '-' }, '+': { prec: 90, op: '+' },
};
const CHAINED = new Set(['<', '>', '<=', '>=']);
const NEGATABLE = new Set(['in', 'contains', 'startsWith', 'endsWith', 'matches']);
/** Deeper nesting than this is refused, so a hostile or generated condition cannot exhaust the stack. */
const MAX_NESTING = 64;
const MAX_LENGTH = 4096;
const UNSUPPORTED_WORDS = {
    let: 'variables (let) are not supported; write the expression where the variable is used',
    if: 'if/else is not supported; write test ? a : b',
    else: 'if/else is not supported; write test ? a : b',
    matches: 'regular expressions (matches) are not supported; a Prometheus result holds numbers: compare numbers',
    ';': 'sequences (;) are not supported; write one expression',
    '=': '"=" is not an operator; expected "==" to compare',
    '::': 'expr\'s :: calls are not supported; call the function by its name',
    '{': 'map literals are not supported; a Prometheus result is a number or a list of numbers',
};
class Parser {
    src;
    i = 0;
    toks;
    /** How many predicates we are inside: `#` and `.name` mean the current element only there. */
    predicates = 0;
    nesting = 0;
    constructor(src) {
        this.src = src;
        if (src.length > MAX_LENGTH) {
            const why = `the condition is ${src.length} characters long; expected at most ${MAX_LENGTH}`;
            throw new ExpressionError(why, 0, src);
        }
        this.toks = tokenize(src);
    }
    peek(ahead = 0) {
        return this.toks[Math.min(this.i + ahead, this.toks.length - 1)];
    }
    take() {
        return this.toks[this.i++];
    }
    is(text, t = this.peek()) {
        return t.kind === 'op' && t.text === text;
    }
    fail(reason, t = this.peek()) {
        throw new ExpressionError(reason, t.at, this.src);
    }
    expect(text, what) {
        if (!this.is(text)) {
            this.fail(this.peek().kind === 'end' ? `the condition ends too early; expected ${what}` : `expected ${what}`);
        }
        return this.take();
    }
    refuseUnsupported(t = this.peek()) {
        const why = t.kind === 'op' || t.kind === 'name' ? UNSUPPORTED_WORDS[t.text] : undefined;
        if (why)
            this.fail(why, t);
    }
    parse() {
        if (this.peek().kind === 'end')
            this.fail('the condition is empty; expected something like result[0] >= 0.95');
        this.refuseUnsupported();
        const n = this.expression(0);
        const t = this.peek();
        if (t.kind !== 'end') {
            this.refuseUnsupported(t);
            this.fail(`unexpected ${JSON.stringify(t.text)}; expected an operator or the end`);
        }
        return n;
    }
    /** Precedence climbing as expr's parseExpression: binary operators at `prec` or tighter. */
    expression(prec) {
        if (++this.nesting > MAX_NESTING)
            this.fail(`the condition nests more than ${MAX_NESTING} levels deep`);
        let left = this.primary();
        for (;;) {
            if (this.is('|') && prec === 0) {
                // expr's pipe: `result | len()` is len(result).
                this.take();
                const fn = this.peek().kind === 'name' ? this.take() : this.fail('expected a function name after "|"');
                left = this.call(fn, [left]);
                continue;
            }
            const negated = this.is('not') && NEGATABLE.has(this.peek(1).text) && this.peek(1).kind === 'op';
            const t = this.peek(negated ? 1 : 0);
            if (t.text === 'matches' && t.kind === 'op')
                this.refuseUnsupported(t);
            const b = t.kind === 'op' ? BINARY[t.text] : undefined;
            if (!b || b.prec < prec)
                break;
            if (negated)
                this.take();
            this.take();
            left = this.binary(left, t, b, negated);
        }
        if (prec === 0)
            left = this.conditional(left);
        this.nesting--;
        return left;
    }
    binary(left, t, b, negated) {
        if (CHAINED.has(b.op))
            return this.comparison(left, t, b.prec);
        const right = this.expression(b.right ? b.prec : b.prec + 1);
        const n = { t: 'binary', op: b.op, left, right, at: t.at };
        return negated ? { t: 'unary', op: 'not', arg: n, at: t.at } : n;
    }
    /** `a < b <= c` is `a < b && b <= c`, as in expr. */
    comparison(left, t, prec) {
        let root;
        for (;;) {
            const right = this.expression(prec + 1);
            const cmp = { t: 'binary', op: BINARY[t.text]?.op, left, right, at: t.at };
            root = root ? { t: 'binary', op: '&&', left: root, right: cmp, at: t.at } : cmp;
            left = right;
            if (!(this.peek().kind === 'op' && CHAINED.has(this.peek().text)))
                return root;
            t = this.take();
        }
    }
    /** `test ? a : b`, and expr's `a ?: b`. */
    conditional(test) {
        while (this.is('?')) {
            const q = this.take();
            if (this.is(':')) {
                this.take();
                test = { t: 'cond', test, then: test, else: this.expression(0), at: q.at };
                continue;
            }
            const then = this.expression(0);
            this.expect(':', '":" of test ? a : b');
            test = { t: 'cond', test, then, else: this.expression(0), at: q.at };
        }
        return test;
    }
    primary() {
        const t = this.peek();
        const u = t.kind === 'op' ? UNARY[t.text] : undefined;
        if (u) {
            this.take();
            return this.postfix({ t: 'unary', op: u.op, arg: this.expression(u.prec), at: t.at });
        }
        if (this.is('(')) {
            this.take();
            const n = this.expression(0);
            this.refuseUnsupported();
            this.expect(')', '")" to close "("');
            return this.postfix(n);
        }
        if (this.is('#') || (this.is('.') && this.peek(1).kind === 'name'))
            return this.pointer(t);
        return this.postfix(this.secondary());
    }
    /** `#` (the current element) and `.name` (its field) inside a predicate. */
    pointer(t) {
        if (!this.predicates) {
            this.fail(this.is('#') ? '"#" is the current element inside all(), any(), filter() and the like; write result'
                : 'a field without a value before it; expected something like result[0]', t);
        }
        if (this.is('#')) {
            this.take();
            const n = this.peek();
            if (n.kind === 'name' && n.at === t.at + 1) {
                this.fail(`"#${n.text}" is not supported; expected # alone, the current element`, t);
            }
        }
        return this.postfix({ t: 'it', at: t.at });
    }
    secondary() {
        const t = this.take();
        if (t.kind === 'num')
            return { t: 'num', value: t.num, at: t.at };
        if (t.kind === 'str')
            return { t: 'str', value: t.text, at: t.at };
        if (t.kind === 'name')
            return this.name(t);
        if (this.is('[', t))
            return this.array(t);
        this.refuseUnsupported(t);
        if (t.kind === 'end')
            this.fail('the condition ends too early; expected a number, result, a function or "("', t);
        return this.fail(`unexpected ${JSON.stringify(t.text)}; expected a number, result, a function or "("`, t);
    }
    name(t) {
        if (t.text === 'true' || t.text === 'false')
            return { t: 'bool', value: t.text === 'true', at: t.at };
        if (t.text === 'nil')
            return { t: 'nil', at: t.at };
        if (this.is('('))
            return this.call(t, []);
        if (t.text === 'result')
            return { t: 'result', at: t.at };
        // Conditions written for this tool before expr compatibility named the element of all()/any() `x`.
        if (t.text === 'x' && this.predicates)
            return { t: 'it', at: t.at };
        if (t.text === '$env')
            this.fail('$env is not supported; the only variable is result', t);
        const hint = /^results?$/i.test(t.text) || /^res/i.test(t.text) ? 'did you mean result? ' : '';
        const expected = 'expected result, a number, a string, true, false, nil or a function call';
        return this.fail(`unknown name ${JSON.stringify(t.text)}; ${hint}${expected}`, t);
    }
    array(open) {
        const items = [];
        while (!this.is(']')) {
            if (items.length)
                this.expect(',', '"," or "]" in the list');
            if (this.is(']'))
                break;
            items.push(this.expression(0));
        }
        this.take();
        return { t: 'array', items, at: open.at };
    }
    /** A function call; `leading` holds the left side of a pipe (`result | len()`). */
    call(name, leading) {
        const spec = FUNCTIONS[name.text];
        if (!spec) {
            const advice = UNSUPPORTED_FUNCTIONS[name.text];
            if (advice)
                this.fail(`${name.text}() is not supported in conditions; ${advice}`, name);
            const known = Object.keys(FUNCTIONS).join(', ');
            this.fail(`unknown function ${JSON.stringify(name.text)}; expected one of ${known}`, name);
        }
        this.expect('(', `"(" after ${name.text}`);
        const args = [...leading];
        while (!this.is(')')) {
            if (args.length > leading.length)
                this.expect(',', `"," or ")" in the call of ${name.text}`);
            if (this.is(')'))
                break;
            args.push(args.length === spec.predicate ? this.predicate() : this.expression(0));
        }
        this.take();
        return { t: 'call', fn: name.text, args, at: name.at };
    }
    /** A predicate: `# > 1` or `{# > 1}`, with `#` in scope. */
    predicate() {
        const open = this.peek();
        const braces = this.is('{');
        if (braces)
            this.take();
        this.predicates++;
        const body = this.expression(0);
        this.predicates--;
        if (braces) {
            this.refuseUnsupported();
            this.expect('}', '"}" to close the predicate');
        }
        return { t: 'predicate', body, at: open.at };
    }
    postfix(n) {
        for (;;) {
            if (this.is('.') || this.is('?.'))
                n = this.member(n);
            else if (this.is('['))
                n = this.bracket(n, false);
            else
                return n;
            if (this.is('('))
                this.fail('method calls are not supported; call a function, e.g. len(result)');
        }
    }
    member(target) {
        const dot = this.take();
        const optional = dot.text === '?.';
        if (optional && this.is('['))
            return this.bracket(target, true);
        const name = this.take();
        const word = name.kind === 'name' || (name.kind === 'op' && /^[A-Za-z]/.test(name.text));
        if (!word)
            this.fail('expected a field name after "."', name);
        return { t: 'member', target, name: name.text, optional, at: name.at };
    }
    /** `a[i]`, `a[i:j]`, `a[:j]`, `a[i:]`. */
    bracket(target, optional) {
        const open = this.take();
        const from = this.is(':') ? undefined : this.expression(0);
        if (this.is(':')) {
            this.take();
            const to = this.is(']') ? undefined : this.expression(0);
            this.expect(']', '"]" to close the slice');
            return { t: 'slice', target, from, to, at: open.at };
        }
        this.expect(']', '"]" to close the index');
        return { t: 'index', target, index: from, optional, at: open.at };
    }
}

;// CONCATENATED MODULE: ./.build/core/health/expr/condition.js





/** Parses and checks a condition; throws ExpressionError naming the place. */
function compileCondition(source) {
    const ast = new Parser(source).parse();
    new Checker(source).condition(ast);
    return { source, ast };
}
/** true or false, or the EvalError that stopped it (Argo Rollouts' Error phase). */
function evaluate(c, result) {
    try {
        const v = evalNode(c.ast, { result });
        if (typeof v === 'boolean')
            return v;
        // As Argo Rollouts' EvalCondition: "expected bool, but got …".
        return new EvalError(`the condition gives ${describe(v)}, not true or false`, false);
    }
    catch (e) {
        if (e instanceof EvalError)
            return e;
        if (e instanceof RangeError)
            return new EvalError('the condition is too deeply nested to evaluate', false);
        throw e;
    }
}

;// CONCATENATED MODULE: ./.build/core/health/expr/judge.js
// Argo Rollouts' verdict over both conditions (utils/evaluate/evaluate.go, EvaluateResult), phase for phase:
// Successful → pass, Failed → fail, Inconclusive → inconclusive, Error → error.

function failed(which, c, e, result) {
    const empty = result === null || (Array.isArray(result) && result.length === 0);
    // Argo Rollouts' formatEvalError says so when the result is empty, whatever the expression error was.
    const why = empty && !/no data/.test(e.message) ? `the query returned no data: ${e.message}` : e.message;
    return { verdict: 'error', why: `could not evaluate ${which} condition ${c.source}: ${why}`, waitable: e.waitable };
}
/**
 * Both conditions are evaluated, success first; an error in either is the verdict. Without conditions: pass. With
 * only a success condition, false fails; with only a failure condition, false passes; failure true fails; success
 * true passes; both false is inconclusive. NaN compares false (so `result >= 0.95` alone fails on NaN, and with
 * `result < 0.95` as failure condition it is inconclusive); `all()` of no samples is true, as in Argo Rollouts.
 */
function judge(success, failure, result) {
    const s = success ? evaluate(success, result) : undefined;
    if (typeof s === 'object')
        return failed('success', success, s, result);
    const f = failure ? evaluate(failure, result) : undefined;
    if (typeof f === 'object')
        return failed('failure', failure, f, result);
    if (f === true)
        return { verdict: 'fail', why: `failure condition ${failure?.source} is true` };
    if (s === true)
        return { verdict: 'pass', why: `success condition ${success?.source} is true` };
    if (s === false && !failure)
        return { verdict: 'fail', why: `success condition ${success?.source} is false` };
    if (f === false && !success)
        return { verdict: 'pass', why: `failure condition ${failure?.source} is false` };
    if (s === undefined && f === undefined)
        return { verdict: 'pass', why: 'no condition' };
    return { verdict: 'inconclusive', why: 'neither the success nor the failure condition is true' };
}

;// CONCATENATED MODULE: ./.build/core/health/expression.js
// The condition language of metric checks (`successCondition: result[0] >= 0.95`): Argo Rollouts' expressions
// (expr-lang, as utils/evaluate/evaluate.go sets it up), implemented under ./expr/ as a tokenizer, a parser, a static
// check and an evaluator. Nothing is ever handed to eval or Function.







/***/ }),

/***/ 1668:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KR: () => (/* binding */ resolveChecks),
/* harmony export */   OK: () => (/* binding */ durationAt),
/* harmony export */   Qy: () => (/* binding */ displayUrl),
/* harmony export */   R0: () => (/* binding */ mergeTiming),
/* harmony export */   U: () => (/* binding */ normalizeHealth),
/* harmony export */   yg: () => (/* binding */ normalizeCheck)
/* harmony export */ });
/* unused harmony exports CHECK_TYPES, WORKLOAD_KEYS, PLACEHOLDERS, parseFieldPath, targetLabel, failPlain */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8005);
/* harmony import */ var _config_environments_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3597);
/* harmony import */ var _durations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7105);
/* harmony import */ var _expression_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9768);
/* harmony import */ var _timing_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9537);
// What wait-healthy checks and how long it waits: `health.<env>` of gitops-promote.yaml, the `checks` input, or
// flags, validated into one form (templates not yet filled), then resolved for one run into probe targets.




// Timing and its defaults live in timing.ts (the CLI's --help reads them without loading the checks).


const CHECK_TYPES = ['http', 'prometheus', 'argocd', 'flux', 'kubernetes', 'rollout'];
const KEYS = {
    http: ['url', 'urls', 'expectStatus', 'versionField', 'expectVersion', 'bodyMatch', 'headers'],
    prometheus: ['url', 'query', 'successCondition', 'failureCondition', 'bearerTokenEnv', 'basicAuth', 'headers'],
    argocd: ['url', 'app', 'appNamespace', 'tokenEnv'],
    flux: ['kind', 'name', 'namespace', 'kubeconfig', 'context'],
    kubernetes: [
        'deployment', 'statefulset', 'daemonset', 'namespace', 'container', 'expectVersion', 'kubeconfig', 'context',
    ],
    rollout: ['rollout', 'namespace', 'container', 'expectVersion', 'kubeconfig', 'context'],
};
/** The workload keys of a kubernetes check and the kind each names. */
const WORKLOAD_KEYS = {
    deployment: 'Deployment', statefulset: 'StatefulSet', daemonset: 'DaemonSet',
};
const PLACEHOLDERS = ['app', 'env', 'version', 'region', 'commit'];
const PLACEHOLDER = /\{(app|env|version|region|commit)\}/g;
const TIMING_KEYS = {
    initialDelay: 'initialDelayMs', interval: 'intervalMs', timeout: 'timeoutMs', requestTimeout: 'requestTimeoutMs',
};
/** An HTTP header name (RFC 9110 token). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Validates a duration value; the key is what the error names. */
function durationAt(value, key, fail) {
    const d = (0,_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(value);
    if (typeof d === 'object')
        throw fail(key, d.error);
    return d;
}
function checkTemplate(value, key, fail) {
    for (const m of value.matchAll(/\{([A-Za-z_]+)\}/g)) {
        if (!PLACEHOLDERS.includes(m[1])) {
            throw fail(key, `unknown placeholder {${m[1]}} in ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(value)}; ` +
                'expected {app}, {env}, {version}, {region} or {commit}');
        }
    }
}
function checkUrl(value, key, fail) {
    checkTemplate(value, key, fail);
    let u;
    try {
        u = new URL(value.replace(PLACEHOLDER, 'x'));
    }
    catch {
        throw fail(key, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(value)} is not a URL; expected e.g. https://web.example.com/api/version`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') {
        throw fail(key, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(value)} is not an http(s) URL; expected http:// or https://`);
    }
}
/** Where in the expression, as part of a one-line message. */
function conditionAt(src, key, fail) {
    try {
        return (0,_expression_js__WEBPACK_IMPORTED_MODULE_2__/* .compileCondition */ .vs)(src);
    }
    catch (e) {
        if (e instanceof _expression_js__WEBPACK_IMPORTED_MODULE_2__/* .ExpressionError */ .tj)
            throw fail(key, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(src)} is not a condition: ${e.message}`);
        throw e;
    }
}
/** A dotted JSON path: version, build.tag, items[0].version, ["app.version"]. */
function parseFieldPath(path) {
    const out = [];
    let i = 0;
    while (i < path.length) {
        const rest = path.slice(i);
        let m;
        if ((m = /^\[(\d+)\]/.exec(rest)))
            out.push(Number(m[1]));
        else if ((m = /^\["((?:[^"\\]|\\.)*)"\]/.exec(rest)))
            out.push(JSON.parse(`"${m[1]}"`));
        else if ((m = (out.length ? /^\.([A-Za-z0-9_$-]+)/ : /^([A-Za-z0-9_$-]+)/).exec(rest)))
            out.push(m[1]);
        else
            return undefined;
        i += m[0].length;
    }
    return out.length ? out : undefined;
}
function checkName(value, key, fail) {
    checkTemplate(value, key, fail);
    const probe = value.replace(PLACEHOLDER, 'x');
    if (!(0,_config_environments_js__WEBPACK_IMPORTED_MODULE_4__/* .isSafeName */ .TE)(probe))
        throw fail(key, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(value)} is not allowed; expected letters, digits, ".", "_" or "-"`);
}
function checkKubeNames(spec, key, fail) {
    for (const k of ['name', 'namespace', 'deployment', 'statefulset', 'daemonset', 'rollout', 'container']) {
        if (spec[k] !== undefined)
            checkName(spec[k], `${key}.${k}`, fail);
    }
    if (spec.context !== undefined)
        checkTemplate(spec.context, `${key}.context`, fail);
}
/**
 * Validates health.<env> (already of the schema's shape) into a HealthSpec. Every problem is one error naming its
 * key: durations, conditions (with the column), regular expressions, URLs, placeholders, which keys a type takes.
 */
function normalizeHealth(raw, key, fail) {
    const r = (raw ?? {});
    const timing = {};
    for (const [k, field] of Object.entries(TIMING_KEYS)) {
        if (typeof r[k] === 'string')
            timing[field] = durationAt(r[k], `${key}.${k}`, fail);
    }
    for (const k of ['successThreshold', 'failureLimit', 'inconclusiveLimit']) {
        if (typeof r[k] === 'number')
            timing[k] = r[k];
    }
    if (timing.intervalMs === 0)
        throw fail(`${key}.interval`, 'is 0; expected at least 100ms');
    if (timing.timeoutMs === 0)
        throw fail(`${key}.timeout`, 'is 0; expected a deadline such as 10m');
    if (timing.requestTimeoutMs === 0)
        throw fail(`${key}.requestTimeout`, 'is 0; expected e.g. 10s');
    const checks = (r.checks ?? [])
        .map((c, i) => normalizeCheck(c, `${key}.checks[${i}]`, fail));
    return { checks, timing };
}
function normalizeCheck(c, key, fail) {
    const type = c.type;
    if (!CHECK_TYPES.includes(type)) {
        throw fail(`${key}.type`, `unknown check type ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(String(c.type))}; expected one of ${CHECK_TYPES.join(', ')}`);
    }
    for (const k of Object.keys(c)) {
        if (k !== 'type' && k !== 'label' && !KEYS[type].includes(k)) {
            throw fail(`${key}.${k}`, `is not a key of a ${type} check; expected ${KEYS[type].join(', ')}`);
        }
    }
    const spec = { ...c, type, key };
    if (typeof c.expectStatus === 'number')
        spec.expectStatus = [c.expectStatus];
    const need = (k, what) => {
        if (spec[k] === undefined)
            throw fail(key, `a ${type} check needs ${k} (${what})`);
    };
    for (const [k, v] of Object.entries(spec.headers ?? {})) {
        if (!HEADER_NAME.test(k)) {
            throw fail(`${key}.headers`, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(k)} is not a header name; expected letters, digits and -`);
        }
        if (/[\r\n\0]/.test(v))
            throw fail(`${key}.headers.${k}`, 'has a line break; expected one line');
    }
    switch (type) {
        case 'http':
            if ((spec.url === undefined) === (spec.urls === undefined)) {
                throw fail(key, 'an http check needs url (one URL, {region} makes one per region) or urls (a list), not both');
            }
            (spec.urls ?? [spec.url])
                .forEach((u, i) => checkUrl(u, spec.urls ? `${key}.urls[${i}]` : `${key}.url`, fail));
            if (spec.bodyMatch !== undefined) {
                try {
                    new RegExp(spec.bodyMatch);
                }
                catch (e) {
                    throw fail(`${key}.bodyMatch`, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(spec.bodyMatch)} is not a valid regular expression ` +
                        `(${e.message.replace(/^Invalid regular expression: /, '')})`);
                }
            }
            if (spec.versionField !== undefined && !parseFieldPath(spec.versionField)) {
                throw fail(`${key}.versionField`, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(spec.versionField)} is not a field path; expected e.g. version, build.tag or items[0].version`);
            }
            break;
        case 'prometheus':
            need('url', 'the Prometheus server, e.g. http://prometheus:9090');
            checkUrl(spec.url, `${key}.url`, fail);
            need('query', 'a PromQL instant query');
            if (spec.successCondition === undefined && spec.failureCondition === undefined) {
                throw fail(key, 'a prometheus check needs successCondition or failureCondition (or both), ' +
                    'e.g. successCondition: result >= 0.95');
            }
            if (spec.successCondition !== undefined)
                conditionAt(spec.successCondition, `${key}.successCondition`, fail);
            if (spec.failureCondition !== undefined)
                conditionAt(spec.failureCondition, `${key}.failureCondition`, fail);
            break;
        case 'argocd':
            need('url', 'the Argo CD server, e.g. https://argocd.example.com');
            checkUrl(spec.url, `${key}.url`, fail);
            if (spec.app !== undefined)
                checkName(spec.app, `${key}.app`, fail);
            if (spec.appNamespace !== undefined)
                checkName(spec.appNamespace, `${key}.appNamespace`, fail);
            break;
        case 'kubernetes': {
            const given = Object.keys(WORKLOAD_KEYS).filter((k) => spec[k] !== undefined);
            if (given.length > 1) {
                throw fail(key, 'a kubernetes check names one workload; ' +
                    `expected one of deployment, statefulset or daemonset, not ${given.join(' and ')}`);
            }
            checkKubeNames(spec, key, fail);
            break;
        }
        case 'flux':
        case 'rollout':
            checkKubeNames(spec, key, fail);
            break;
    }
    return spec;
}
/** Hides user:password@ in a URL shown to people. */
function displayUrl(url) {
    try {
        const u = new URL(url);
        if (u.username || u.password) {
            u.username = '';
            u.password = '';
            return u.toString();
        }
    }
    catch {
        // not a URL: shown as is
    }
    return url;
}
/** The label of a target in progress lines and the summary. */
function targetLabel(t) {
    const where = t.region ? ` [${t.region}]` : '';
    switch (t.type) {
        case 'http': return displayUrl(t.url);
        case 'prometheus': return `prometheus ${t.query.length > 60 ? `${t.query.slice(0, 57)}...` : t.query}${where}`;
        case 'argocd': return `argocd app ${t.appNamespace ? `${t.appNamespace}/` : ''}${t.app}${where}`;
        case 'flux': return `${t.kind} ${t.namespace}/${t.name}${where}`;
        case 'kubernetes': return `${t.kind} ${t.namespace}/${t.name}${where}`;
        case 'rollout': return `Rollout ${t.namespace}/${t.name}${where}`;
    }
}
/** What a kubernetes and a rollout check share once resolved. */
function workload(c, fill, ctx) {
    return {
        namespace: fill(c.namespace ?? 'default', `${c.key}.namespace`), container: c.container,
        expectVersion: c.expectVersion !== undefined ? fill(c.expectVersion, `${c.key}.expectVersion`) : ctx.version,
        kubeconfig: c.kubeconfig !== undefined ? fill(c.kubeconfig, `${c.key}.kubeconfig`) : ctx.kubeconfig,
        context: c.context !== undefined ? fill(c.context, `${c.key}.context`) : undefined,
    };
}
function resolveChecks(spec, ctx) {
    const secrets = new Set();
    const targets = [];
    const labels = [];
    const { fail } = ctx;
    const values = {
        app: ctx.app, env: ctx.env, version: ctx.version, commit: ctx.commit, region: undefined,
    };
    const what = {
        app: 'an app (--app / input app)', env: 'an env', version: 'a version (--version / input version)',
        commit: 'a commit (--commit / input commit)', region: 'regions',
    };
    const envVar = (name, key) => {
        const v = ctx.environ[name];
        if (!v)
            throw fail(key, `the environment variable ${name} is not set; expected it to hold the secret`);
        secrets.add(v);
        return v;
    };
    spec.checks.forEach((c, check) => {
        const strings = JSON.stringify(c);
        const perRegion = strings.includes('{region}');
        if (perRegion && !ctx.regions?.length) {
            throw fail(c.key, `uses {region}, but environment ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(ctx.env)} has no regions; ` +
                'expected regions: under the environment in gitops-promote.yaml');
        }
        for (const region of perRegion ? ctx.regions : [undefined]) {
            const fill = (s, key) => s.replace(PLACEHOLDER, (_w, name) => {
                const v = name === 'region' ? region : values[name];
                if (v === undefined) {
                    throw fail(key, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(s)} uses {${name}}, but no ${name} was given; expected ${what[name]}`);
                }
                return v;
            });
            const headers = () => {
                const out = {};
                for (const [k, v] of Object.entries(c.headers ?? {})) {
                    const filled = v.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_w, name) => envVar(name, `${c.key}.headers.${k}`));
                    out[k] = filled;
                    secrets.add(filled);
                }
                return out;
            };
            const base = { check, key: c.key, region, id: '' };
            switch (c.type) {
                case 'http': {
                    const expectVersion = c.expectVersion !== undefined
                        ? fill(c.expectVersion, `${c.key}.expectVersion`) : ctx.version;
                    const versionField = c.versionField ?? (expectVersion !== undefined ? 'version' : undefined);
                    const urls = c.urls ?? [c.url];
                    urls.forEach((u, i) => {
                        targets.push({
                            ...base, type: 'http', url: fill(u, c.urls ? `${c.key}.urls[${i}]` : `${c.key}.url`), headers: headers(),
                            expectStatus: c.expectStatus ?? [200], versionField,
                            versionPath: versionField ? parseFieldPath(versionField) : undefined,
                            expectVersion, bodyMatch: c.bodyMatch !== undefined ? new RegExp(c.bodyMatch) : undefined,
                        });
                    });
                    break;
                }
                case 'prometheus': {
                    const h = headers();
                    if (c.bearerTokenEnv)
                        h.Authorization = `Bearer ${envVar(c.bearerTokenEnv, `${c.key}.bearerTokenEnv`)}`;
                    if (c.basicAuth) {
                        const basic = Buffer.from(`${c.basicAuth.username}:${envVar(c.basicAuth.passwordEnv, `${c.key}.basicAuth.passwordEnv`)}`).toString('base64');
                        secrets.add(basic);
                        h.Authorization = `Basic ${basic}`;
                    }
                    targets.push({
                        ...base, type: 'prometheus', url: fill(c.url, `${c.key}.url`),
                        query: fill(c.query, `${c.key}.query`), headers: h,
                        success: c.successCondition !== undefined ? (0,_expression_js__WEBPACK_IMPORTED_MODULE_2__/* .compileCondition */ .vs)(c.successCondition) : undefined,
                        failure: c.failureCondition !== undefined ? (0,_expression_js__WEBPACK_IMPORTED_MODULE_2__/* .compileCondition */ .vs)(c.failureCondition) : undefined,
                    });
                    break;
                }
                case 'argocd': {
                    const token = envVar(c.tokenEnv ?? 'ARGOCD_TOKEN', c.tokenEnv ? `${c.key}.tokenEnv` : c.key);
                    const app = fill(c.app ?? '{app}', `${c.key}.app`);
                    targets.push({
                        ...base, type: 'argocd', url: fill(c.url, `${c.key}.url`), app,
                        headers: { Authorization: `Bearer ${token}` }, commit: ctx.commit,
                        appNamespace: c.appNamespace !== undefined ? fill(c.appNamespace, `${c.key}.appNamespace`) : undefined,
                    });
                    break;
                }
                case 'flux':
                    targets.push({
                        ...base, type: 'flux', kind: c.kind ?? 'Kustomization', name: fill(c.name ?? '{app}', `${c.key}.name`),
                        namespace: fill(c.namespace ?? 'flux-system', `${c.key}.namespace`),
                        kubeconfig: c.kubeconfig !== undefined ? fill(c.kubeconfig, `${c.key}.kubeconfig`) : ctx.kubeconfig,
                        context: c.context !== undefined ? fill(c.context, `${c.key}.context`) : undefined, commit: ctx.commit,
                    });
                    break;
                case 'kubernetes': {
                    const field = Object.keys(WORKLOAD_KEYS)
                        .find((k) => c[k] !== undefined) ?? 'deployment';
                    targets.push({
                        ...base, ...workload(c, fill, ctx), type: 'kubernetes', kind: WORKLOAD_KEYS[field],
                        name: fill(c[field] ?? '{app}', `${c.key}.${field}`),
                    });
                    break;
                }
                case 'rollout':
                    targets.push({
                        ...base, ...workload(c, fill, ctx), type: 'rollout', name: fill(c.rollout ?? '{app}', `${c.key}.rollout`),
                    });
                    break;
            }
        }
        const count = targets.filter((t) => t.check === check).length;
        labels[check] = c.label ??
            `${targetLabel(targets[targets.length - 1])}${count > 1 ? ` (+${count - 1})` : ''}`;
    });
    // Unique ids, readable: the label, numbered when two targets share one.
    const seen = new Map();
    for (const t of targets) {
        const l = targetLabel(t);
        const n = (seen.get(l) ?? 0) + 1;
        seen.set(l, n);
        t.id = n === 1 ? l : `${l} #${n}`;
    }
    if (!targets.length)
        throw fail('checks', `no health checks for environment ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(ctx.env)}`);
    return { targets, secrets: [...secrets].filter((s) => s.length >= 3), labels };
}
/** Timing with defaults, later layers (flags, inputs) over earlier ones (config). */
function mergeTiming(...layers) {
    const t = { ..._timing_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_TIMING */ .f };
    for (const l of layers) {
        for (const [k, v] of Object.entries(l)) {
            if (v !== undefined)
                t[k] = v;
        }
    }
    return t;
}
/** A UserError maker for keys of a file (no line) — the `checks` input and flags use this. */
const failPlain = (prefix = '') => (key, message) => new UserError(`${prefix}${key}: ${message}`);


/***/ }),

/***/ 7431:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aq: () => (/* binding */ isValidTimeZone),
/* harmony export */   CV: () => (/* binding */ cronMatches),
/* harmony export */   E$: () => (/* binding */ parseCron),
/* harmony export */   HJ: () => (/* binding */ localTime)
/* harmony export */ });
// Five-field cron (minute hour day-of-month month day-of-week) evaluated in an IANA time zone, for freeze
// windows such as "* * * * 5,0" (all of Friday and Sunday). Standard semantics: when both day fields are
// restricted, a day matches if either does.
const NAMES = {
    month: { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 },
    dow: { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 },
};
const FIELDS = [['minute', 0, 59], ['hour', 0, 23], ['dom', 1, 31], ['month', 1, 12], ['dow', 0, 7]];
/** Throws an Error whose message says which field is wrong and what was expected. */
function parseCron(expr) {
    const parts = expr.trim().split(/\s+/);
    if (parts.length !== 5) {
        throw new Error(`cron ${JSON.stringify(expr)} has ${parts.length} fields; `
            + 'expected 5 (minute hour day-of-month month day-of-week)');
    }
    const sets = [];
    FIELDS.forEach(([field, lo, hi], i) => {
        const text = parts[i].toLowerCase();
        const set = new Set();
        const num = (s) => {
            const v = NAMES[field]?.[s] ?? (/^[0-9]+$/.test(s) ? Number(s) : NaN);
            if (!(v >= lo && v <= hi)) {
                throw new Error(`cron ${JSON.stringify(expr)}: ${field} ${JSON.stringify(s)} `
                    + `is not a number from ${lo} to ${hi}`);
            }
            return v;
        };
        for (const item of text.split(',')) {
            const [range, stepText] = item.split('/');
            const step = stepText === undefined ? 1 : Number(stepText);
            if (!Number.isInteger(step) || step < 1) {
                throw new Error(`cron ${JSON.stringify(expr)}: ${field} step ${JSON.stringify(stepText)} `
                    + 'must be a positive whole number');
            }
            let a;
            let b;
            if (range === '*')
                [a, b] = [lo, hi];
            else if (range?.includes('-')) {
                const [x, y] = range.split('-');
                [a, b] = [num(x ?? ''), num(y ?? '')];
                if (a > b)
                    throw new Error(`cron ${JSON.stringify(expr)}: ${field} range ${range} runs backwards`);
            }
            else {
                a = num(range ?? '');
                b = stepText === undefined ? a : hi;
            }
            for (let v = a; v <= b; v += step)
                set.add(field === 'dow' && v === 7 ? 0 : v);
        }
        sets.push(set);
    });
    const [minute, hour, dom, month, dow] = sets;
    return { minute, hour, dom, month, dow, domAny: parts[2] === '*', dowAny: parts[4] === '*' };
}
/** Wall-clock fields of `at` in `timeZone`; throws RangeError for an unknown zone. */
function localTime(at, timeZone) {
    const parts = new Intl.DateTimeFormat('en-US', {
        timeZone, hourCycle: 'h23',
        year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', weekday: 'short',
    }).formatToParts(at);
    const get = (t) => parts.find((p) => p.type === t)?.value ?? '';
    return {
        year: Number(get('year')), month: Number(get('month')), day: Number(get('day')),
        hour: Number(get('hour')), minute: Number(get('minute')),
        weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday')),
    };
}
function cronMatches(c, t) {
    if (!c.minute.has(t.minute) || !c.hour.has(t.hour) || !c.month.has(t.month))
        return false;
    const dom = c.dom.has(t.day);
    const dow = c.dow.has(t.weekday);
    if (c.domAny && c.dowAny)
        return true;
    if (c.domAny)
        return dow;
    if (c.dowAny)
        return dom;
    return dom || dow;
}
function isValidTimeZone(tz) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: tz });
        return true;
    }
    catch {
        return false;
    }
}


/***/ })

};
