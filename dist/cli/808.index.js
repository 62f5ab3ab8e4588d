export const id = 808;
export const ids = [808];
export const modules = {

/***/ 9178:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ cliLogger)
/* harmony export */ });
function cliLogger(out, verbose = false) {
    const where = (w) => (w?.file ? `${w.file}${w.line ? `:${w.line}` : ''}: ` : '');
    return {
        info: (m) => out.stderr(m),
        warning: (m, w) => out.stderr(`warning: ${where(w)}${m}`),
        error: (m, w) => out.stderr(`error: ${where(w)}${m}`),
        debug: (m) => { if (verbose)
            out.stderr(`debug: ${m}`); },
    };
}


/***/ }),

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
/* harmony import */ var _environments_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3597);
/* harmony import */ var _schema_check_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7889);
/* harmony import */ var _templates_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7196);
/* harmony import */ var _source_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1819);
// gitops-promote.yaml: loaded, validated (file, line and key in every error) and normalized; or zero-config
// defaults when the repository has no such file.









const CONFIG_FILE = 'gitops-promote.yaml';
const DEFAULT_POLICY = {
    tagPattern: 'semver', allowDowngrade: false, requirePreviousEnv: true, freeze: [], parity: 'current', allowSameChange: false,
    render: 'auto', parityIgnore: [],
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
        const pairs = n.items.filter((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key)).map((p) => ({ k: String(p.key.value), v: p.value }));
        const hit = pairs.filter(({ k }) => rest === k || rest.startsWith(`${k}.`) || rest.startsWith(`${k}[`)).sort((a, b) => b.k.length - a.k.length)[0];
        if (!hit)
            break;
        n = hit.v ?? n;
        rest = rest.slice(hit.k.length).replace(/^\./, '');
    }
    return n;
}
function loadConfig(text, file) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { prettyErrors: false, uniqueKeys: false });
    const src = new _source_text_js__WEBPACK_IMPORTED_MODULE_6__/* .SourceText */ .D(text);
    const err = doc.errors[0];
    if (err)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`not valid YAML: ${err.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}; expected a gitops-promote config`, file, src.lineOf(Math.min(err.pos[0], text.trimEnd().length)));
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
        if (at >= 0)
            throw fail(`environments[${at}]`, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(envNames[at])} is listed twice; expected each environment once`);
    }
    const checkEnvRefs = (key, list) => {
        for (const e of list ?? []) {
            if (envNames && !envNames.includes(e))
                throw fail(key, `unknown environment ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(e)}; expected one of ${envNames.join(', ')}`);
            if (!envNames && (0,_environments_js__WEBPACK_IMPORTED_MODULE_7__/* .knownRank */ .UC)(e) === undefined) {
                throw fail(key, `unknown environment ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(e)}; without environments: the known ones are dev, staging, prod (also development, stage, production)`);
            }
        }
    };
    const targetsOf = (key, list) => (list ?? []).map((t, i) => {
        const at = `${key}[${i}]`;
        if ((t.image === undefined) === (t.path === undefined))
            throw fail(at, 'needs exactly one of image (a kustomization images: entry) or path (a YAML path)');
        for (const p of t.file.matchAll(/\{([^}]*)\}/g)) {
            if (!['app', 'env', 'region'].includes(p[1]))
                throw fail(`${at}.file`, `unknown placeholder {${p[1]}}; expected {app}, {env} or {region}`);
        }
        if (t.file.startsWith('/') || t.file.split('/').includes('..'))
            throw fail(`${at}.file`, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(t.file)} must be a path inside the repository (no leading "/", no "..")`);
        if (!(0,_templates_js__WEBPACK_IMPORTED_MODULE_8__/* .placeholders */ .Ft)(t.file).includes('env') && t.env === undefined)
            throw fail(`${at}.file`, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(t.file)} has no {env}; expected {env} in the path, or env: naming the environment it is for`);
        const env = t.env === undefined ? undefined : Array.isArray(t.env) ? t.env : [t.env];
        checkEnvRefs(`${at}.env`, env);
        return { file: t.file, image: t.image, path: t.path, document: t.document, env };
    });
    const targets = targetsOf('targets', raw.targets);
    const apps = {};
    for (const [app, spec] of Object.entries(raw.apps ?? {})) {
        if (!(0,_environments_js__WEBPACK_IMPORTED_MODULE_7__/* .isSafeName */ .TE)(app))
            throw fail(`apps.${app}`, `app name ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(app)} is not allowed; expected letters, digits, ".", "_" and "-"`);
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
            throw fail('policy.tagPattern', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(policy.tagPattern)} is not a valid regular expression (${e.message}); expected "semver" or a regex`);
        }
    }
    (raw.policy?.freeze ?? []).forEach((w, i) => {
        const at = `policy.freeze[${i}]`;
        if ((w.cron === undefined) === (w.from === undefined && w.to === undefined))
            throw fail(at, 'needs either cron, or from and to');
        if (w.cron !== undefined) {
            try {
                (0,_policy_cron_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCron */ .E$)(w.cron);
            }
            catch (e) {
                throw fail(`${at}.cron`, e.message);
            }
        }
        else if (w.from === undefined || w.to === undefined) {
            throw fail(at, `needs both from and to (${w.from === undefined ? 'from' : 'to'} is missing); expected ISO dates such as 2026-12-20`);
        }
        else if (Number.isNaN(Date.parse(w.from)) || Number.isNaN(Date.parse(w.to))) {
            throw fail(at, `from ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(String(w.from))} and to ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(String(w.to))} must both be ISO dates such as 2026-12-20 or 2026-12-20T18:00`);
        }
        const timezone = w.timezone ?? 'UTC';
        if (!(0,_policy_cron_js__WEBPACK_IMPORTED_MODULE_2__/* .isValidTimeZone */ .Aq)(timezone))
            throw fail(`${at}.timezone`, `unknown time zone ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(timezone)}; expected an IANA name such as Europe/Berlin`);
        checkEnvRefs(`${at}.envs`, w.envs);
        policy.freeze.push({ ...w, timezone });
    });
    for (const env of Object.keys(raw.health ?? {}))
        checkEnvRefs(`health.${env}`, [env]);
    // wait-healthy's checks and timing: durations, conditions (with the column), URLs, placeholders, keys per type.
    for (const [env, h] of Object.entries(raw.health ?? {}))
        (0,_health_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeHealth */ .U)(h, `health.${env}`, (key, message) => fail(key, message));
    for (const env of Object.keys(raw.drift?.live ?? {}))
        checkEnvRefs(`drift.live.${env}`, [env]);
    return { file, environments, targets, apps, policy, delivery: raw.delivery ?? {}, drift: raw.drift ?? {}, health: raw.health ?? {} };
}


/***/ }),

/***/ 3597:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TE: () => (/* binding */ isSafeName),
/* harmony export */   UC: () => (/* binding */ knownRank),
/* harmony export */   cC: () => (/* binding */ sameEnv)
/* harmony export */ });
/* unused harmony export NAME_PATTERN */
// Environment names and their order. Zero-config knows dev → staging → prod under their common spellings.
const FAMILIES = [['dev', 'development'], ['staging', 'stage'], ['prod', 'production']];
/** 0 for dev-like, 1 staging-like, 2 prod-like, undefined for names zero-config does not know. */
function knownRank(name) {
    const i = FAMILIES.findIndex((f) => f.includes(name));
    return i < 0 ? undefined : i;
}
/** Does `asked` (what a user typed, e.g. "prod") name the env `name` (e.g. "production")? */
function sameEnv(asked, name) {
    if (asked === name)
        return true;
    const a = knownRank(asked);
    return a !== undefined && a === knownRank(name);
}
/** Names are used in paths, branch names and commit trailers: keep them to a safe alphabet. */
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
function isSafeName(s) {
    return NAME_PATTERN.test(s) && !s.includes('..');
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
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(n))
        return typeof n.value === 'number' ? (Number.isInteger(n.value) ? 'integer' : 'number') : typeof n.value;
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
        if (!ok)
            return fail(`expected ${schema.type === 'object' ? 'a mapping' : schema.type === 'array' ? 'a list' : article(String(schema.type))}, got ${kind === 'object' ? 'a mapping' : kind === 'array' ? 'a list' : kind === 'null' ? 'nothing' : `the ${kind} ${JSON.stringify((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(n) ? n.value : '')}`}`);
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(n)) {
        const v = n.value;
        if (schema.enum && !schema.enum.includes(v))
            return fail(`${JSON.stringify(v)} is not one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}`);
        if (typeof v === 'string') {
            if (typeof schema.minLength === 'number' && v.length < schema.minLength)
                return fail('must not be empty');
            if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(v))
                return fail(`${JSON.stringify(v)} does not match ${schema.pattern}`);
        }
        if (typeof v === 'number' && typeof schema.minimum === 'number' && v < schema.minimum)
            return fail(`${v} is below the minimum ${schema.minimum}`);
        if (typeof v === 'number' && typeof schema.maximum === 'number' && v > schema.maximum)
            return fail(`${v} is above the maximum ${schema.maximum}`);
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(n)) {
        if (typeof schema.minItems === 'number' && n.items.length < schema.minItems)
            return fail(`needs at least ${schema.minItems} item(s)`);
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
            const sub = props[k] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
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
        for (const r of (schema.required ?? []))
            if (!seen.has(r))
                return fail(`missing the required key "${r}"`);
    }
    return undefined;
}


/***/ }),

/***/ 7196:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ft: () => (/* binding */ placeholders),
/* harmony export */   GS: () => (/* binding */ fill),
/* harmony export */   wE: () => (/* binding */ compile)
/* harmony export */ });
// Target file templates: `apps/{app}/overlays/{env}-{region}/kustomization.yaml`. Matching them against the
// repository's file list discovers apps, envs and regions, so 500 apps need not be listed one by one.
const PLACEHOLDER = /\{(app|env|region)\}/g;
function placeholders(template) {
    return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}
/** Fill the placeholders that are bound; unbound ones stay as `{name}`. */
function fill(template, b) {
    return template.replace(PLACEHOLDER, (whole, name) => b[name] ?? whole);
}
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A matcher for a (partly filled) template. A placeholder with `choices` matches only those values (longest
 * first, so env "pre-prod" wins over "pre"); others match one path segment part.
 */
function compile(template, choices = {}) {
    const names = [];
    let re = '^';
    let last = 0;
    for (const m of template.matchAll(PLACEHOLDER)) {
        re += escape(template.slice(last, m.index));
        const name = m[1];
        if (names.includes(name))
            re += `\\k<${name}>`;
        else {
            names.push(name);
            const options = choices[name];
            // Non-greedy so "{env}-{region}" splits "prod-eu-west-1" as prod / eu-west-1.
            re += options ? `(?<${name}>${[...options].sort((a, b) => b.length - a.length).map(escape).join('|')})` : `(?<${name}>[^/]+?)`;
        }
        last = (m.index ?? 0) + m[0].length;
    }
    re += `${escape(template.slice(last))}$`;
    const rx = new RegExp(re);
    return (path) => {
        const m = rx.exec(path);
        if (!m)
            return undefined;
        const out = {};
        for (const n of names)
            out[n] = m.groups?.[n];
        return out;
    };
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
        if (!m)
            return { error: `${JSON.stringify(text)} is not a duration (at ${JSON.stringify(s.slice(at))}); ${expected}` };
        ms += Number(m[1]) * UNITS[m[2]];
        at = PART.lastIndex;
    }
    if (!Number.isFinite(ms) || ms > max)
        return { error: `${JSON.stringify(text)} is longer than ${max === WEEK ? 'a week' : `${Math.round(max / 86_400_000)} days`}; ${expected}` };
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

/***/ 3449:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S4: () => (/* binding */ judge),
/* harmony export */   tj: () => (/* binding */ ExpressionError),
/* harmony export */   vs: () => (/* binding */ compileCondition)
/* harmony export */ });
/* unused harmony exports tokenize, evaluate */
// The condition language of metric checks (`success-condition: result >= 0.95`): a tokenizer, a parser with a
// static type check, and an evaluator over a Prometheus result. Nothing is ever handed to eval or Function.
//
//   expr := or ;  or := and (("||" | "or") and)* ;  and := not (("&&" | "and") not)* ;  not := ("!" | "not") not | cmp
//   cmp  := sum [("==" | "!=" | "<" | "<=" | ">" | ">=") sum] ;  sum := product (("+" | "-") product)*
//   product := unary (("*" | "/") unary)* ;  unary := "-" unary | postfix ;  postfix := primary ("[" expr "]")*
//   primary := number | "true" | "false" | name | name "(" [expr ("," expr)*] ")" | "(" expr ")"
//
// Names: `result` (the samples; as a number, the first sample's value, or the scalar), and `x` (the sample inside
// all()/any()). Functions: len(v), isNaN(n), all(v, cond), any(v, cond), min(v), max(v).
// Missing data and NaN never make a condition true by accident: a comparison that touches no data (an empty
// result, an index past the end) or NaN is *unknown*, and unknown follows three-valued logic (false && unknown is
// false, true || unknown is true, not unknown is unknown). A condition that ends unknown is inconclusive.
class ExpressionError extends Error {
    reason;
    offset;
    source;
    constructor(reason, 
    /** 0-based offset into the source. */
    offset, source) {
        const near = offset >= source.length ? 'at the end' : `at column ${offset + 1} (${JSON.stringify(source.slice(offset, offset + 12))})`;
        super(`${reason} ${near}`);
        this.reason = reason;
        this.offset = offset;
        this.source = source;
        this.name = 'ExpressionError';
    }
}
const OPS = ['&&', '||', '==', '!=', '<=', '>=', '<', '>', '!', '+', '-', '*', '/', '(', ')', '[', ']', ','];
function tokenize(src) {
    const out = [];
    let i = 0;
    while (i < src.length) {
        const c = src[i];
        if (/\s/.test(c)) {
            i++;
            continue;
        }
        const num = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(src.slice(i));
        if (num) {
            if (/^[A-Za-z_]/.test(src.slice(i + num[0].length)))
                throw new ExpressionError('a number runs into a name', i, src);
            out.push({ kind: 'num', text: num[0], at: i });
            i += num[0].length;
            continue;
        }
        const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
        if (name) {
            out.push({ kind: 'name', text: name[0], at: i });
            i += name[0].length;
            continue;
        }
        const op = OPS.find((o) => src.startsWith(o, i));
        if (op) {
            out.push({ kind: 'op', text: op, at: i });
            i += op.length;
            continue;
        }
        if (c === '=')
            throw new ExpressionError('"=" is not an operator; expected "==" to compare', i, src);
        if (c === '&' || c === '|')
            throw new ExpressionError(`"${c}" alone is not an operator; expected "${c}${c}"`, i, src);
        throw new ExpressionError(`unexpected character ${JSON.stringify(c)}`, i, src);
    }
    out.push({ kind: 'end', text: '', at: src.length });
    return out;
}
const FUNCTIONS = {
    len: { args: ['samples'], returns: 'number' },
    isNaN: { args: ['number'], returns: 'boolean' },
    all: { args: ['samples', 'boolean'], returns: 'boolean', binds: true },
    any: { args: ['samples', 'boolean'], returns: 'boolean', binds: true },
    min: { args: ['samples'], returns: 'number' },
    max: { args: ['samples'], returns: 'number' },
};
const KEYWORDS = { and: '&&', or: '||', not: '!' };
class Parser {
    src;
    i = 0;
    toks;
    constructor(src) {
        this.src = src;
        this.toks = tokenize(src).map((t) => (t.kind === 'name' && KEYWORDS[t.text] ? { ...t, kind: 'op', text: KEYWORDS[t.text] } : t));
    }
    peek() {
        return this.toks[this.i];
    }
    take() {
        return this.toks[this.i++];
    }
    isOp(...ops) {
        const t = this.peek();
        return t.kind === 'op' && ops.includes(t.text);
    }
    fail(reason, t = this.peek()) {
        throw new ExpressionError(reason, t.at, this.src);
    }
    expect(op, what) {
        if (!this.isOp(op))
            this.fail(`expected ${what}`);
        return this.take();
    }
    parse() {
        if (this.peek().kind === 'end')
            this.fail('the condition is empty; expected something like result >= 0.95');
        const n = this.or();
        if (this.peek().kind !== 'end')
            this.fail(`unexpected ${JSON.stringify(this.peek().text)}; expected an operator or the end`);
        return n;
    }
    or() {
        let n = this.and();
        while (this.isOp('||')) {
            const t = this.take();
            n = { t: 'binary', op: '||', left: n, right: this.and(), at: t.at };
        }
        return n;
    }
    and() {
        let n = this.not();
        while (this.isOp('&&')) {
            const t = this.take();
            n = { t: 'binary', op: '&&', left: n, right: this.not(), at: t.at };
        }
        return n;
    }
    not() {
        if (this.isOp('!')) {
            const t = this.take();
            return { t: 'unary', op: '!', arg: this.not(), at: t.at };
        }
        return this.cmp();
    }
    cmp() {
        const left = this.sum();
        if (this.isOp('==', '!=', '<', '<=', '>', '>=')) {
            const t = this.take();
            const n = { t: 'binary', op: t.text, left, right: this.sum(), at: t.at };
            if (this.isOp('==', '!=', '<', '<=', '>', '>='))
                this.fail('comparisons do not chain; expected "and" between two comparisons');
            return n;
        }
        return left;
    }
    sum() {
        let n = this.product();
        while (this.isOp('+', '-')) {
            const t = this.take();
            n = { t: 'binary', op: t.text, left: n, right: this.product(), at: t.at };
        }
        return n;
    }
    product() {
        let n = this.unary();
        while (this.isOp('*', '/')) {
            const t = this.take();
            n = { t: 'binary', op: t.text, left: n, right: this.unary(), at: t.at };
        }
        return n;
    }
    unary() {
        if (this.isOp('-')) {
            const t = this.take();
            return { t: 'unary', op: '-', arg: this.unary(), at: t.at };
        }
        return this.postfix();
    }
    postfix() {
        let n = this.primary();
        while (this.isOp('[')) {
            const t = this.take();
            const index = this.or();
            this.expect(']', '"]" to close the index');
            n = { t: 'index', target: n, index, at: t.at };
        }
        return n;
    }
    primary() {
        const t = this.peek();
        if (t.kind === 'num') {
            this.take();
            return { t: 'num', value: Number(t.text), at: t.at };
        }
        if (t.kind === 'name') {
            this.take();
            if (t.text === 'true' || t.text === 'false')
                return { t: 'bool', value: t.text === 'true', at: t.at };
            if (this.isOp('(')) {
                if (!FUNCTIONS[t.text])
                    this.fail(`unknown function ${JSON.stringify(t.text)}; expected one of ${Object.keys(FUNCTIONS).join(', ')}`, t);
                this.take();
                const args = [];
                if (!this.isOp(')')) {
                    args.push(this.or());
                    while (this.isOp(',')) {
                        this.take();
                        args.push(this.or());
                    }
                }
                this.expect(')', `"," or ")" in the call of ${t.text}`);
                return { t: 'call', fn: t.text, args, at: t.at };
            }
            if (t.text === 'result' || t.text === 'x')
                return { t: 'name', name: t.text, at: t.at };
            this.fail(`unknown name ${JSON.stringify(t.text)}; expected result, a number, true, false or a function`, t);
        }
        if (this.isOp('(')) {
            this.take();
            const n = this.or();
            this.expect(')', '")" to close "("');
            return n;
        }
        if (t.kind === 'end')
            this.fail('the condition ends too early; expected a number, result, a function or "("');
        this.fail(`unexpected ${JSON.stringify(t.text)}; expected a number, result, a function or "("`);
    }
}
/** The static type of a node; throws ExpressionError where types do not fit. `inBinding`: inside all()/any(). */
function typeOf(n, src, inBinding) {
    const fail = (reason, at = n.at) => {
        throw new ExpressionError(reason, at, src);
    };
    const num = (c) => {
        const t = typeOf(c, src, inBinding);
        if (t === 'boolean')
            fail('expected a number here, got a true/false value', c.at);
    };
    const bool = (c) => {
        if (typeOf(c, src, inBinding) !== 'boolean')
            fail('expected a condition (a comparison, true or false) here, got a number', c.at);
    };
    switch (n.t) {
        case 'num':
            return 'number';
        case 'bool':
            return 'boolean';
        case 'name':
            if (n.name === 'x' && !inBinding)
                fail('"x" is only defined inside all(result, …) and any(result, …)');
            return n.name === 'result' ? 'samples' : 'number';
        case 'index':
            if (typeOf(n.target, src, inBinding) !== 'samples')
                fail('only result can be indexed');
            num(n.index);
            return 'number';
        case 'call': {
            const spec = FUNCTIONS[n.fn];
            if (n.args.length !== spec.args.length)
                fail(`${n.fn}() takes ${spec.args.length} argument${spec.args.length === 1 ? '' : 's'}, got ${n.args.length}`);
            spec.args.forEach((want, i) => {
                const a = n.args[i];
                if (want === 'boolean') {
                    if (typeOf(a, src, true) !== 'boolean')
                        fail(`the second argument of ${n.fn}() must be a condition on x, e.g. x >= 0.95`, a.at);
                }
                else if (want === 'samples') {
                    if (typeOf(a, src, inBinding) !== 'samples')
                        fail(`${n.fn}() takes result`, a.at);
                }
                else
                    num(a);
            });
            return spec.returns;
        }
        case 'unary':
            if (n.op === '-') {
                num(n.arg);
                return 'number';
            }
            bool(n.arg);
            return 'boolean';
        case 'binary':
            if (n.op === '&&' || n.op === '||') {
                bool(n.left);
                bool(n.right);
                return 'boolean';
            }
            if (n.op === '==' || n.op === '!=') {
                const l = typeOf(n.left, src, inBinding) === 'boolean';
                const r = typeOf(n.right, src, inBinding) === 'boolean';
                if (l !== r)
                    fail(`${n.op} compares a number with a true/false value`);
                return 'boolean';
            }
            num(n.left);
            num(n.right);
            return ['+', '-', '*', '/'].includes(n.op) ? 'number' : 'boolean';
    }
}
/** Parses and type-checks a condition; throws ExpressionError with the offending position. */
function compileCondition(source) {
    const ast = new Parser(source).parse();
    if (typeOf(ast, source, false) !== 'boolean')
        throw new ExpressionError('the condition is a number, not true/false; expected a comparison such as result >= 0.95', 0, source);
    return { source, ast };
}
const isUnknown = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function evalNode(n, result, x) {
    const asNumber = (v) => {
        if (isUnknown(v))
            return v;
        if (Array.isArray(v))
            return v.length ? v[0] : { unknown: 'the query returned no data' };
        return v;
    };
    switch (n.t) {
        case 'num':
        case 'bool':
            return n.value;
        case 'name':
            return n.name === 'result' ? result : x;
        case 'index': {
            const i = asNumber(evalNode(n.index, result, x));
            if (isUnknown(i))
                return i;
            if (!Number.isInteger(i) || i < 0)
                return { unknown: `result[${i}] is not a sample (indexes are 0, 1, 2, …)` };
            return i < result.length ? result[i] : { unknown: result.length ? `result[${i}] does not exist (the query returned ${result.length} sample${result.length === 1 ? '' : 's'})` : 'the query returned no data' };
        }
        case 'call': {
            const [a, b] = n.args;
            if (n.fn === 'len')
                return result.length;
            if (n.fn === 'isNaN') {
                const v = asNumber(evalNode(a, result, x));
                return isUnknown(v) ? v : Number.isNaN(v);
            }
            if (n.fn === 'min' || n.fn === 'max') {
                if (!result.length)
                    return { unknown: 'the query returned no data' };
                if (result.some((v) => Number.isNaN(v)))
                    return { unknown: 'a sample is NaN' };
                return n.fn === 'min' ? Math.min(...result) : Math.max(...result);
            }
            // all / any over the samples, three-valued; an empty result is unknown, never vacuously true.
            if (!result.length)
                return { unknown: 'the query returned no data' };
            let unknown;
            for (const v of result) {
                const t = evalNode(b, result, v);
                if (isUnknown(t))
                    unknown ??= t;
                else if (n.fn === 'all' && t === false)
                    return false;
                else if (n.fn === 'any' && t === true)
                    return true;
            }
            return unknown ?? n.fn === 'all';
        }
        case 'unary': {
            const v = evalNode(n.arg, result, x);
            if (n.op === '!')
                return isUnknown(v) ? v : !v;
            const num = asNumber(v);
            return isUnknown(num) ? num : -num;
        }
        case 'binary': {
            if (n.op === '&&' || n.op === '||') {
                const l = evalNode(n.left, result, x);
                const dominant = n.op === '||';
                if (l === dominant)
                    return dominant;
                const r = evalNode(n.right, result, x);
                if (r === dominant)
                    return dominant;
                if (isUnknown(l))
                    return l;
                if (isUnknown(r))
                    return r;
                return !dominant;
            }
            const lv = evalNode(n.left, result, x);
            const rv = evalNode(n.right, result, x);
            if (typeof lv === 'boolean' && typeof rv === 'boolean')
                return n.op === '==' ? lv === rv : lv !== rv;
            const l = asNumber(lv);
            const r = asNumber(rv);
            if (isUnknown(l))
                return l;
            if (isUnknown(r))
                return r;
            switch (n.op) {
                case '+': return l + r;
                case '-': return l - r;
                case '*': return l * r;
                case '/': return l / r;
            }
            if (Number.isNaN(l) || Number.isNaN(r))
                return { unknown: 'the value is NaN (e.g. 0/0: no requests in the window)' };
            switch (n.op) {
                case '==': return l === r;
                case '!=': return l !== r;
                case '<': return l < r;
                case '<=': return l <= r;
                case '>': return l > r;
                default: return l >= r;
            }
        }
    }
}
function evaluate(c, result) {
    const v = evalNode(c.ast, result, undefined);
    if (typeof v === 'boolean')
        return v;
    if (isUnknown(v))
        return v;
    return { unknown: 'the condition did not give true or false' };
}
/**
 * Argo Rollouts' rule over both conditions: failure true → fail; success true → pass; with only a success
 * condition, false → fail; with only a failure condition, false → pass; both false → inconclusive. Unknown
 * (no data, NaN) on a condition that decides → inconclusive; an empty result is never a pass.
 */
function judge(success, failure, result) {
    const f = failure ? evaluate(failure, result) : undefined;
    const s = success ? evaluate(success, result) : undefined;
    if (f === true)
        return { verdict: 'fail', why: `failure condition ${failure?.source} is true` };
    if (f !== undefined && typeof f === 'object')
        return { verdict: 'inconclusive', why: f.unknown };
    // No data is never a pass, whatever a condition says (a failure condition such as len(result) == 0 can still fail it).
    if (!result.length)
        return { verdict: 'inconclusive', why: 'the query returned no data' };
    if (s === true)
        return { verdict: 'pass', why: `success condition ${success?.source} is true` };
    if (s !== undefined && typeof s === 'object')
        return { verdict: 'inconclusive', why: s.unknown };
    if (s === false && !failure)
        return { verdict: 'fail', why: `success condition ${success?.source} is false` };
    if (f === false && !success)
        return { verdict: 'pass', why: `failure condition ${failure?.source} is false` };
    return { verdict: 'inconclusive', why: 'neither the success nor the failure condition is true' };
}


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
/* unused harmony exports DEFAULT_TIMING, CHECK_TYPES, PLACEHOLDERS, parseFieldPath, targetLabel, failPlain */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8005);
/* harmony import */ var _config_environments_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3597);
/* harmony import */ var _durations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7105);
/* harmony import */ var _expression_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3449);
// What wait-healthy checks and how long it waits: `health.<env>` of gitops-promote.yaml, the `checks` input, or
// flags, validated into one form (templates not yet filled), then resolved for one run into probe targets.




const DEFAULT_TIMING = {
    initialDelayMs: 0, intervalMs: 10_000, timeoutMs: 600_000, requestTimeoutMs: 10_000, successThreshold: 3, failureLimit: 2,
};
const CHECK_TYPES = ['http', 'prometheus', 'argocd', 'flux', 'kubernetes'];
const KEYS = {
    http: ['url', 'urls', 'expectStatus', 'versionField', 'expectVersion', 'bodyMatch', 'headers'],
    prometheus: ['url', 'query', 'successCondition', 'failureCondition', 'bearerTokenEnv', 'basicAuth', 'headers'],
    argocd: ['url', 'app', 'appNamespace', 'tokenEnv'],
    flux: ['kind', 'name', 'namespace', 'kubeconfig', 'context'],
    kubernetes: ['deployment', 'namespace', 'container', 'expectVersion', 'kubeconfig', 'context'],
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
        if (!PLACEHOLDERS.includes(m[1]))
            throw fail(key, `unknown placeholder {${m[1]}} in ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(value)}; expected {app}, {env}, {version}, {region} or {commit}`);
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
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
        throw fail(key, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(value)} is not an http(s) URL; expected http:// or https://`);
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
    if (!(0,_config_environments_js__WEBPACK_IMPORTED_MODULE_3__/* .isSafeName */ .TE)(probe))
        throw fail(key, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(value)} is not allowed; expected letters, digits, ".", "_" or "-"`);
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
    for (const k of ['successThreshold', 'failureLimit', 'inconclusiveLimit'])
        if (typeof r[k] === 'number')
            timing[k] = r[k];
    if (timing.intervalMs === 0)
        throw fail(`${key}.interval`, 'is 0; expected at least 100ms');
    if (timing.timeoutMs === 0)
        throw fail(`${key}.timeout`, 'is 0; expected a deadline such as 10m');
    if (timing.requestTimeoutMs === 0)
        throw fail(`${key}.requestTimeout`, 'is 0; expected e.g. 10s');
    const checks = (r.checks ?? []).map((c, i) => normalizeCheck(c, `${key}.checks[${i}]`, fail));
    return { checks, timing };
}
function normalizeCheck(c, key, fail) {
    const type = c.type;
    if (!CHECK_TYPES.includes(type))
        throw fail(`${key}.type`, `unknown check type ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(String(c.type))}; expected one of ${CHECK_TYPES.join(', ')}`);
    for (const k of Object.keys(c)) {
        if (k !== 'type' && k !== 'label' && !KEYS[type].includes(k))
            throw fail(`${key}.${k}`, `is not a key of a ${type} check; expected ${KEYS[type].join(', ')}`);
    }
    const spec = { ...c, type, key };
    if (typeof c.expectStatus === 'number')
        spec.expectStatus = [c.expectStatus];
    const need = (k, what) => {
        if (spec[k] === undefined)
            throw fail(key, `a ${type} check needs ${k} (${what})`);
    };
    for (const [k, v] of Object.entries(spec.headers ?? {})) {
        if (!HEADER_NAME.test(k))
            throw fail(`${key}.headers`, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(k)} is not a header name; expected letters, digits and -`);
        if (/[\r\n\0]/.test(v))
            throw fail(`${key}.headers.${k}`, 'has a line break; expected one line');
    }
    switch (type) {
        case 'http':
            if ((spec.url === undefined) === (spec.urls === undefined))
                throw fail(key, 'an http check needs url (one URL, {region} makes one per region) or urls (a list), not both');
            (spec.urls ?? [spec.url]).forEach((u, i) => checkUrl(u, spec.urls ? `${key}.urls[${i}]` : `${key}.url`, fail));
            if (spec.bodyMatch !== undefined) {
                try {
                    new RegExp(spec.bodyMatch);
                }
                catch (e) {
                    throw fail(`${key}.bodyMatch`, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(spec.bodyMatch)} is not a valid regular expression (${e.message.replace(/^Invalid regular expression: /, '')})`);
                }
            }
            if (spec.versionField !== undefined && !parseFieldPath(spec.versionField))
                throw fail(`${key}.versionField`, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(spec.versionField)} is not a field path; expected e.g. version, build.tag or items[0].version`);
            break;
        case 'prometheus':
            need('url', 'the Prometheus server, e.g. http://prometheus:9090');
            checkUrl(spec.url, `${key}.url`, fail);
            need('query', 'a PromQL instant query');
            if (spec.successCondition === undefined && spec.failureCondition === undefined)
                throw fail(key, 'a prometheus check needs successCondition or failureCondition (or both), e.g. successCondition: result >= 0.95');
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
        case 'flux':
        case 'kubernetes':
            for (const k of ['name', 'namespace', 'deployment', 'container'])
                if (spec[k] !== undefined)
                    checkName(spec[k], `${key}.${k}`, fail);
            if (spec.context !== undefined)
                checkTemplate(spec.context, `${key}.context`, fail);
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
        case 'kubernetes': return `Deployment ${t.namespace}/${t.deployment}${where}`;
    }
}
function resolveChecks(spec, ctx) {
    const secrets = new Set();
    const targets = [];
    const labels = [];
    const { fail } = ctx;
    const values = { app: ctx.app, env: ctx.env, version: ctx.version, commit: ctx.commit, region: undefined };
    const what = { app: 'an app (--app / input app)', env: 'an env', version: 'a version (--version / input version)', commit: 'a commit (--commit / input commit)', region: 'regions' };
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
        if (perRegion && !ctx.regions?.length)
            throw fail(c.key, `uses {region}, but environment ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(ctx.env)} has no regions; expected regions: under the environment in gitops-promote.yaml`);
        for (const region of perRegion ? ctx.regions : [undefined]) {
            const fill = (s, key) => s.replace(PLACEHOLDER, (_w, name) => {
                const v = name === 'region' ? region : values[name];
                if (v === undefined)
                    throw fail(key, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(s)} uses {${name}}, but no ${name} was given; expected ${what[name]}`);
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
                    const expectVersion = c.expectVersion !== undefined ? fill(c.expectVersion, `${c.key}.expectVersion`) : ctx.version;
                    const versionField = c.versionField ?? (expectVersion !== undefined ? 'version' : undefined);
                    const urls = c.urls ?? [c.url];
                    urls.forEach((u, i) => {
                        targets.push({
                            ...base, type: 'http', url: fill(u, c.urls ? `${c.key}.urls[${i}]` : `${c.key}.url`), headers: headers(),
                            expectStatus: c.expectStatus ?? [200], versionField, versionPath: versionField ? parseFieldPath(versionField) : undefined,
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
                        ...base, type: 'prometheus', url: fill(c.url, `${c.key}.url`), query: fill(c.query, `${c.key}.query`), headers: h,
                        success: c.successCondition !== undefined ? (0,_expression_js__WEBPACK_IMPORTED_MODULE_2__/* .compileCondition */ .vs)(c.successCondition) : undefined,
                        failure: c.failureCondition !== undefined ? (0,_expression_js__WEBPACK_IMPORTED_MODULE_2__/* .compileCondition */ .vs)(c.failureCondition) : undefined,
                    });
                    break;
                }
                case 'argocd': {
                    const token = envVar(c.tokenEnv ?? 'ARGOCD_TOKEN', c.tokenEnv ? `${c.key}.tokenEnv` : c.key);
                    const app = fill(c.app ?? '{app}', `${c.key}.app`);
                    targets.push({
                        ...base, type: 'argocd', url: fill(c.url, `${c.key}.url`), app, headers: { Authorization: `Bearer ${token}` }, commit: ctx.commit,
                        appNamespace: c.appNamespace !== undefined ? fill(c.appNamespace, `${c.key}.appNamespace`) : undefined,
                    });
                    break;
                }
                case 'flux':
                    targets.push({
                        ...base, type: 'flux', kind: c.kind ?? 'Kustomization', name: fill(c.name ?? '{app}', `${c.key}.name`), namespace: fill(c.namespace ?? 'flux-system', `${c.key}.namespace`),
                        kubeconfig: c.kubeconfig !== undefined ? fill(c.kubeconfig, `${c.key}.kubeconfig`) : ctx.kubeconfig,
                        context: c.context !== undefined ? fill(c.context, `${c.key}.context`) : undefined, commit: ctx.commit,
                    });
                    break;
                case 'kubernetes':
                    targets.push({
                        ...base, type: 'kubernetes', deployment: fill(c.deployment ?? '{app}', `${c.key}.deployment`), namespace: fill(c.namespace ?? 'default', `${c.key}.namespace`),
                        container: c.container, expectVersion: c.expectVersion !== undefined ? fill(c.expectVersion, `${c.key}.expectVersion`) : ctx.version,
                        kubeconfig: c.kubeconfig !== undefined ? fill(c.kubeconfig, `${c.key}.kubeconfig`) : ctx.kubeconfig,
                        context: c.context !== undefined ? fill(c.context, `${c.key}.context`) : undefined,
                    });
                    break;
            }
        }
        labels[check] = c.label ?? `${targetLabel(targets[targets.length - 1])}${targets.filter((t) => t.check === check).length > 1 ? ` (+${targets.filter((t) => t.check === check).length - 1})` : ''}`;
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
    const t = { ...DEFAULT_TIMING };
    for (const l of layers)
        for (const [k, v] of Object.entries(l))
            if (v !== undefined)
                t[k] = v;
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
    if (parts.length !== 5)
        throw new Error(`cron ${JSON.stringify(expr)} has ${parts.length} fields; expected 5 (minute hour day-of-month month day-of-week)`);
    const sets = [];
    FIELDS.forEach(([field, lo, hi], i) => {
        const text = parts[i].toLowerCase();
        const set = new Set();
        const num = (s) => {
            const v = NAMES[field]?.[s] ?? (/^[0-9]+$/.test(s) ? Number(s) : NaN);
            if (!(v >= lo && v <= hi))
                throw new Error(`cron ${JSON.stringify(expr)}: ${field} ${JSON.stringify(s)} is not a number from ${lo} to ${hi}`);
            return v;
        };
        for (const item of text.split(',')) {
            const [range, stepText] = item.split('/');
            const step = stepText === undefined ? 1 : Number(stepText);
            if (!Number.isInteger(step) || step < 1)
                throw new Error(`cron ${JSON.stringify(expr)}: ${field} step ${JSON.stringify(stepText)} must be a positive whole number`);
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
        timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', weekday: 'short',
    }).formatToParts(at);
    const get = (t) => parts.find((p) => p.type === t)?.value ?? '';
    return {
        year: Number(get('year')), month: Number(get('month')), day: Number(get('day')), hour: Number(get('hour')), minute: Number(get('minute')),
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


/***/ }),

/***/ 1819:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ SourceText)
/* harmony export */ });
// Offsets <-> lines for one YAML source text, and the facts about its bytes an exact edit must keep.
class SourceText {
    text;
    lineStarts = [0];
    /** The line ending most lines use: new lines are written with it. */
    eol;
    bomLength;
    constructor(text) {
        this.text = text;
        let crlf = 0;
        let lf = 0;
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (i > 0 && text.charCodeAt(i - 1) === 13)
                crlf++;
            else
                lf++;
            this.lineStarts.push(i + 1);
        }
        this.eol = crlf > lf ? '\r\n' : '\n';
        this.bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    }
    /** 1-based line of an offset. */
    lineOf(offset) {
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    /** Offset where a 1-based line's text starts (after the BOM on line 1). */
    lineStart(line) {
        return line === 1 ? this.bomLength : this.lineStarts[line - 1];
    }
    /** Offset of the end of a line's text, before its line ending. */
    lineEnd(line) {
        const next = this.lineStarts[line];
        if (next === undefined)
            return this.text.length;
        return next - (next >= 2 && this.text.charCodeAt(next - 2) === 13 ? 2 : 1);
    }
    /** Offset just past a line's ending (the next line's start, or the end of the text). */
    lineNext(line) {
        return this.lineStarts[line] ?? this.text.length;
    }
    /** The line ending that ends a line: '' for a last line without one. */
    eolOf(line) {
        return this.text.slice(this.lineEnd(line), this.lineNext(line));
    }
    column(offset) {
        return offset - this.lineStart(this.lineOf(offset));
    }
    lineCount() {
        return this.lineStarts.length;
    }
}


/***/ }),

/***/ 2525:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ checkBranch),
/* harmony export */   I3: () => (/* binding */ checkName),
/* harmony export */   OD: () => (/* binding */ nameList)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8005);
/* harmony import */ var _config_environments_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3597);
// Names that end up in refs, paths and commit trailers are checked before anything runs.


function checkName(kind, value) {
    if (!(0,_config_environments_js__WEBPACK_IMPORTED_MODULE_1__/* .isSafeName */ .TE)(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${kind} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(value)} is not allowed; expected letters, digits, ".", "_" or "-" (not starting with "-" or ".", no "..", at most 63 characters)`);
    }
    return value;
}
/** A branch name git accepts and no option parser can mistake for a flag. */
function checkBranch(kind, value) {
    const bad = value === '' || value.startsWith('-') || value.startsWith('/') || value.endsWith('/') || value.endsWith('.') || value.endsWith('.lock') ||
        value.includes('..') || value.includes('//') || value.includes('@{') || value === '@' ||
        /[\x00-\x20\x7f~^:?*[\\]/.test(value) || value.split('/').some((p) => p.startsWith('.')) || value.length > 200;
    if (bad)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${kind} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(value)} is not a valid branch name; expected something like main or release/2026-11 (no "..", spaces, ~^:?*[\\, not starting with "-")`);
    return value;
}
/** "a, b\nc" → ["a", "b", "c"], each checked. */
function nameList(kind, value) {
    return value.split(/[,\n]/).map((s) => s.trim()).filter(Boolean).map((s) => checkName(kind, s));
}


/***/ })

};
