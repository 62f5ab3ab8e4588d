export const id = 307;
export const ids = [307];
export const modules = {

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

/***/ 7008:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ discoverLayout),
/* harmony export */   J0: () => (/* binding */ findApp),
/* harmony export */   QR: () => (/* binding */ targetsOf),
/* harmony export */   tB: () => (/* binding */ previousEnv),
/* harmony export */   z9: () => (/* binding */ findEnv)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8005);
/* harmony import */ var _config_environments_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3597);
/* harmony import */ var _config_templates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7196);
// The repository's layout: which apps exist, in which environments and regions, and the files (targets) that
// hold their versions. Found by matching the config's templates against the file list of one commit.



const ALL_KNOWN = ['dev', 'development', 'staging', 'stage', 'prod', 'production'];
function discoverLayout(config, files, singleAppName) {
    const declared = config.environments;
    const envChoices = declared ? declared.map((e) => e.name) : ALL_KNOWN;
    const found = [];
    const seen = new Set();
    const add = (t) => {
        const key = JSON.stringify([t.app, t.env, t.file, t.image ?? '', t.path ?? '', t.document ?? '']);
        if (!seen.has(key)) {
            seen.add(key);
            found.push(t);
        }
    };
    const overridden = new Set(Object.keys(config.apps));
    const scan = (tpl, fixedApp) => {
        const template = fixedApp ? (0,_config_templates_js__WEBPACK_IMPORTED_MODULE_1__/* .fill */ .GS)(tpl.file, { app: fixedApp }) : tpl.file;
        const envs = tpl.env ?? envChoices;
        const hasEnv = (0,_config_templates_js__WEBPACK_IMPORTED_MODULE_1__/* .placeholders */ .Ft)(template).includes('env');
        const match = (0,_config_templates_js__WEBPACK_IMPORTED_MODULE_1__/* .compile */ .wE)(template, { env: envs });
        for (const f of files) {
            const b = match(f);
            if (!b)
                continue;
            const app = fixedApp ?? b.app ?? singleAppName;
            if (!fixedApp && overridden.has(app))
                continue;
            if (!(0,_config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .isSafeName */ .TE)(app))
                continue;
            const targetEnvs = hasEnv ? [b.env] : envs;
            for (const env of targetEnvs) {
                add({ app, env, region: b.region, file: f, image: tpl.image ? (0,_config_templates_js__WEBPACK_IMPORTED_MODULE_1__/* .fill */ .GS)(tpl.image, { app, env }) : undefined, path: tpl.path, document: tpl.document, template: (0,_config_templates_js__WEBPACK_IMPORTED_MODULE_1__/* .fill */ .GS)(template, { app, env }) });
            }
        }
    };
    for (const tpl of config.targets)
        scan(tpl);
    for (const [app, spec] of Object.entries(config.apps))
        for (const tpl of spec.targets)
            scan(tpl, app);
    let envs;
    if (declared)
        envs = declared;
    else {
        const names = [...new Set(found.map((t) => t.env))].filter((n) => (0,_config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .knownRank */ .UC)(n) !== undefined);
        names.sort((a, b) => (0,_config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .knownRank */ .UC)(a) - (0,_config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .knownRank */ .UC)(b));
        for (let i = 1; i < names.length; i++) {
            if ((0,_config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .knownRank */ .UC)(names[i]) === (0,_config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .knownRank */ .UC)(names[i - 1])) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`the repository has overlays for both ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(names[i - 1])} and ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(names[i])}, which zero-config reads as the same environment; add ${'gitops-promote.yaml'} with environments: to say which is which`);
            }
        }
        envs = names.map((name) => ({ name }));
    }
    const missing = [];
    for (const env of envs) {
        if (!env.regions)
            continue;
        const byApp = new Map();
        for (const t of found)
            if (t.env === env.name && t.region !== undefined)
                byApp.set(t.app, [...(byApp.get(t.app) ?? []), t]);
        for (const [app, ts] of byApp) {
            for (const region of env.regions) {
                if (!ts.some((t) => t.region === region)) {
                    const like = ts[0];
                    missing.push({ app, env: env.name, region, file: (0,_config_templates_js__WEBPACK_IMPORTED_MODULE_1__/* .fill */ .GS)(like.template ?? like.file, { region }) });
                }
            }
        }
    }
    const targets = found.filter((t) => envs.some((e) => e.name === t.env) && (t.region === undefined || !envs.find((e) => e.name === t.env)?.regions || envs.find((e) => e.name === t.env)?.regions?.includes(t.region)));
    targets.sort((a, b) => a.app.localeCompare(b.app) || a.file.localeCompare(b.file));
    return { envs, apps: [...new Set(targets.map((t) => t.app))].sort(), targets, missing };
}
/** The env a user means by `asked` ("prod" finds "production"), or a UserError listing the ones there are. */
function findEnv(layout, asked) {
    const env = layout.envs.find((e) => e.name === asked) ?? layout.envs.find((e) => (0,_config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .sameEnv */ .cC)(asked, e.name));
    if (!env)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`unknown environment ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(asked)}; expected one of: ${layout.envs.map((e) => e.name).join(', ') || '(none found: no overlays or targets match)'}`);
    return env;
}
function previousEnv(layout, env) {
    const i = layout.envs.indexOf(env);
    return i > 0 ? layout.envs[i - 1] : undefined;
}
function findApp(layout, asked) {
    if (layout.apps.includes(asked))
        return asked;
    const near = layout.apps.filter((a) => a.includes(asked) || asked.includes(a)).slice(0, 5);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`unknown app ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(asked)}; ${near.length ? `did you mean ${near.join(', ')}? ` : ''}expected one of the ${layout.apps.length} apps found${layout.apps.length <= 10 ? `: ${layout.apps.join(', ')}` : ''}`);
}
function targetsOf(layout, app, env) {
    return layout.targets.filter((t) => t.app === app && t.env === env);
}


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

/***/ 969:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ configAt)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
// EXTERNAL MODULE: ./.build/core/policy/cron.js
var cron = __webpack_require__(7431);
// EXTERNAL MODULE: ./.build/core/config/config-schema.js
var config_schema = __webpack_require__(9145);
// EXTERNAL MODULE: ./.build/core/config/environments.js
var config_environments = __webpack_require__(3597);
;// CONCATENATED MODULE: ./.build/core/config/schema-check.js
// Validates a parsed YAML node against the subset of JSON Schema that CONFIG_SCHEMA uses, reporting the line
// and key of the first problem, so a config error reads `gitops-promote.yaml:12: policy.freeze[0].cron: …`.

function kindOf(n) {
    if (n === null || ((0,dist/* isScalar */.jn)(n) && (n.value === null || n.value === undefined)))
        return 'null';
    if ((0,dist/* isMap */.jh)(n))
        return 'object';
    if ((0,dist/* isSeq */.oP)(n))
        return 'array';
    if ((0,dist/* isScalar */.jn)(n))
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
            return fail(`expected ${schema.type === 'object' ? 'a mapping' : schema.type === 'array' ? 'a list' : article(String(schema.type))}, got ${kind === 'object' ? 'a mapping' : kind === 'array' ? 'a list' : kind === 'null' ? 'nothing' : `the ${kind} ${JSON.stringify((0,dist/* isScalar */.jn)(n) ? n.value : '')}`}`);
    }
    if ((0,dist/* isScalar */.jn)(n)) {
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
    if ((0,dist/* isSeq */.oP)(n)) {
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
    if ((0,dist/* isMap */.jh)(n)) {
        const props = (schema.properties ?? {});
        const seen = new Set();
        for (const pair of n.items) {
            const k = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '?';
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

// EXTERNAL MODULE: ./.build/core/config/templates.js
var templates = __webpack_require__(7196);
// EXTERNAL MODULE: ./.build/core/source-text.js
var source_text = __webpack_require__(1819);
;// CONCATENATED MODULE: ./.build/core/config/config.js
// gitops-promote.yaml: loaded, validated (file, line and key in every error) and normalized; or zero-config
// defaults when the repository has no such file.








const CONFIG_FILE = 'gitops-promote.yaml';
const DEFAULT_POLICY = {
    tagPattern: 'semver', allowDowngrade: false, requirePreviousEnv: true, freeze: [], parity: 'current', allowSameChange: false,
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
        if (idx && 'items' in n && Array.isArray(n.items) && !(0,dist/* isMap */.jh)(n)) {
            n = n.items[Number(idx[1])] ?? n;
            rest = rest.slice(idx[0].length);
            continue;
        }
        if (!(0,dist/* isMap */.jh)(n))
            break;
        // The longest key that the path continues with.
        const pairs = n.items.filter((p) => (0,dist/* isScalar */.jn)(p.key)).map((p) => ({ k: String(p.key.value), v: p.value }));
        const hit = pairs.filter(({ k }) => rest === k || rest.startsWith(`${k}.`) || rest.startsWith(`${k}[`)).sort((a, b) => b.k.length - a.k.length)[0];
        if (!hit)
            break;
        n = hit.v ?? n;
        rest = rest.slice(hit.k.length).replace(/^\./, '');
    }
    return n;
}
function loadConfig(text, file) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false, uniqueKeys: false });
    const src = new source_text/* SourceText */.D(text);
    const err = doc.errors[0];
    if (err)
        throw new errors/* UserError */.y(`not valid YAML: ${err.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}; expected a gitops-promote config`, file, src.lineOf(Math.min(err.pos[0], text.trimEnd().length)));
    const root = doc.contents;
    const fail = (key, message, node) => {
        const n = node === undefined ? nodeAt(root, key) : node;
        return new errors/* UserError */.y(`${key}: ${message}`, file, n?.range ? src.lineOf(n.range[0]) : 1);
    };
    if (root === null)
        return { ...zeroConfig(), file };
    const problem = checkSchema(root, config_schema/* CONFIG_SCHEMA */.l);
    if (problem)
        throw fail(problem.key, problem.message, problem.node);
    const raw = doc.toJS();
    const environments = raw.environments?.map((e) => (typeof e === 'string' ? { name: e } : { ...e }));
    const envNames = environments?.map((e) => e.name);
    if (envNames) {
        const at = envNames.findIndex((n, i) => envNames.indexOf(n) !== i);
        if (at >= 0)
            throw fail(`environments[${at}]`, `${(0,errors/* quote */.h)(envNames[at])} is listed twice; expected each environment once`);
    }
    const checkEnvRefs = (key, list) => {
        for (const e of list ?? []) {
            if (envNames && !envNames.includes(e))
                throw fail(key, `unknown environment ${(0,errors/* quote */.h)(e)}; expected one of ${envNames.join(', ')}`);
            if (!envNames && (0,config_environments/* knownRank */.UC)(e) === undefined) {
                throw fail(key, `unknown environment ${(0,errors/* quote */.h)(e)}; without environments: the known ones are dev, staging, prod (also development, stage, production)`);
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
            throw fail(`${at}.file`, `${(0,errors/* quote */.h)(t.file)} must be a path inside the repository (no leading "/", no "..")`);
        if (!(0,templates/* placeholders */.Ft)(t.file).includes('env') && t.env === undefined)
            throw fail(`${at}.file`, `${(0,errors/* quote */.h)(t.file)} has no {env}; expected {env} in the path, or env: naming the environment it is for`);
        const env = t.env === undefined ? undefined : Array.isArray(t.env) ? t.env : [t.env];
        checkEnvRefs(`${at}.env`, env);
        return { file: t.file, image: t.image, path: t.path, document: t.document, env };
    });
    const targets = targetsOf('targets', raw.targets);
    const apps = {};
    for (const [app, spec] of Object.entries(raw.apps ?? {})) {
        if (!(0,config_environments/* isSafeName */.TE)(app))
            throw fail(`apps.${app}`, `app name ${(0,errors/* quote */.h)(app)} is not allowed; expected letters, digits, ".", "_" and "-"`);
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
            throw fail('policy.tagPattern', `${(0,errors/* quote */.h)(policy.tagPattern)} is not a valid regular expression (${e.message}); expected "semver" or a regex`);
        }
    }
    (raw.policy?.freeze ?? []).forEach((w, i) => {
        const at = `policy.freeze[${i}]`;
        if ((w.cron === undefined) === (w.from === undefined && w.to === undefined))
            throw fail(at, 'needs either cron, or from and to');
        if (w.cron !== undefined) {
            try {
                (0,cron/* parseCron */.E$)(w.cron);
            }
            catch (e) {
                throw fail(`${at}.cron`, e.message);
            }
        }
        else if (w.from === undefined || w.to === undefined) {
            throw fail(at, `needs both from and to (${w.from === undefined ? 'from' : 'to'} is missing); expected ISO dates such as 2026-12-20`);
        }
        else if (Number.isNaN(Date.parse(w.from)) || Number.isNaN(Date.parse(w.to))) {
            throw fail(at, `from ${(0,errors/* quote */.h)(String(w.from))} and to ${(0,errors/* quote */.h)(String(w.to))} must both be ISO dates such as 2026-12-20 or 2026-12-20T18:00`);
        }
        const timezone = w.timezone ?? 'UTC';
        if (!(0,cron/* isValidTimeZone */.Aq)(timezone))
            throw fail(`${at}.timezone`, `unknown time zone ${(0,errors/* quote */.h)(timezone)}; expected an IANA name such as Europe/Berlin`);
        checkEnvRefs(`${at}.envs`, w.envs);
        policy.freeze.push({ ...w, timezone });
    });
    for (const env of Object.keys(raw.health ?? {}))
        checkEnvRefs(`health.${env}`, [env]);
    for (const env of Object.keys(raw.drift?.live ?? {}))
        checkEnvRefs(`drift.live.${env}`, [env]);
    return { file, environments, targets, apps, policy, delivery: raw.delivery ?? {}, drift: raw.drift ?? {}, health: raw.health ?? {} };
}

;// CONCATENATED MODULE: ./.build/core/promote/config-at.js
// The config in force at a commit: gitops-promote.yaml (or the given path) from that commit, else zero-config.


async function configAt(snapshot, path) {
    const file = path ?? CONFIG_FILE;
    if (!snapshot.files.includes(file)) {
        if (path !== undefined)
            throw new errors/* UserError */.y(`config ${(0,errors/* quote */.h)(path)} is not in the repository${snapshot.commit ? ` at ${snapshot.commit.slice(0, 12)}` : ''}; expected a path from the repository root`);
        return zeroConfig();
    }
    return loadConfig(await snapshot.read(file), file);
}


/***/ }),

/***/ 5742:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ setTargetVersion),
/* harmony export */   e: () => (/* binding */ readTargetVersion)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _edit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(395);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8005);
/* harmony import */ var _kustomize_image_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1591);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4976);
/* harmony import */ var _yaml_documents_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1814);
/* harmony import */ var _yaml_path_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9849);
// Read and set the version a target holds. For kustomize images the version is newTag, `tag@sha256:…` when a
// digest is pinned too, or `@sha256:…` for a digest alone.







function imageNames(docs, document) {
    const names = [];
    docs.forEach((doc, i) => {
        if (document !== undefined && i !== document)
            return;
        const images = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.contents) ? (0,_locate_js__WEBPACK_IMPORTED_MODULE_4__/* .pairsNamed */ .Vp)(doc.contents, 'images') : [];
        for (const p of images) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(p.value))
                continue;
            for (const it of p.value.items) {
                const n = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(it) ? (0,_locate_js__WEBPACK_IMPORTED_MODULE_4__/* .pairsNamed */ .Vp)(it, 'name')[0]?.value : undefined;
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(n))
                    names.push(String(n.value));
            }
        }
    });
    return names;
}
/** Zero-config's `image: auto`: the only images: entry, or the one whose last path segment is the app. */
function autoImage(docs, t) {
    const names = imageNames(docs, t.document);
    if (names.length === 1)
        return names[0];
    const byApp = names.filter((n) => n.split('/').pop()?.split(':')[0] === t.app);
    if (byApp.length === 1)
        return byApp[0];
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(names.length
        ? `cannot tell which images: entry is app ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .h)(t.app)} (entries: ${names.join(', ')}); expected one entry, or one named .../${t.app}; say which with image: in gitops-promote.yaml`
        : `has no images: entries; expected a kustomization with an images: entry for app ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .h)(t.app)}`, t.file, 1);
}
function readTargetVersion(text, t) {
    const { source: src, documents } = (0,_yaml_documents_js__WEBPACK_IMPORTED_MODULE_5__/* .parseYaml */ .h)(text, t.file);
    if (t.image !== undefined) {
        const name = t.image === 'auto' ? autoImage(documents, t) : t.image;
        const { map: entry, documentIndex } = (0,_kustomize_image_js__WEBPACK_IMPORTED_MODULE_3__/* .findEntry */ .w4)(documents, name, t.document, src, t.file);
        const doc = documents[documentIndex];
        const value = (k) => {
            const p = (0,_kustomize_image_js__WEBPACK_IMPORTED_MODULE_3__/* .onePair */ .VL)(entry, k, src, t.file);
            let v = p?.value;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(v))
                v = v.resolve(doc);
            return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(v) && String(v.value) !== '' ? String(v.value) : undefined;
        };
        const tag = value('newTag');
        const digest = value('digest');
        const line = src.lineOf(((0,_kustomize_image_js__WEBPACK_IMPORTED_MODULE_3__/* .onePair */ .VL)(entry, 'newTag', src, t.file) ?? (0,_kustomize_image_js__WEBPACK_IMPORTED_MODULE_3__/* .onePair */ .VL)(entry, 'digest', src, t.file))?.value?.range?.[0] ?? entry.range?.[0] ?? 0);
        const version = tag && digest && !tag.includes('@') ? `${tag}@${digest}` : tag ?? (digest ? `@${digest}` : undefined);
        return { version, line, imageName: name };
    }
    const pathText = t.path;
    const loc = (0,_locate_js__WEBPACK_IMPORTED_MODULE_4__/* .locatePath */ .oV)(documents, (0,_yaml_path_js__WEBPACK_IMPORTED_MODULE_6__/* .parsePath */ .R)(pathText), t.document, src, t.file, pathText);
    const node = loc.node;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${pathText} is not a scalar; expected a version value`, t.file, node.range ? src.lineOf(node.range[0]) : 1);
    const v = String(node.value);
    return { version: v === '' ? undefined : v, line: node.range ? src.lineOf(node.range[0]) : 1 };
}
function setTargetVersion(text, t, imageName, version) {
    const target = t.image !== undefined ? { kind: 'image', name: imageName ?? t.image } : { kind: 'path', path: t.path };
    return (0,_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .editYamlText */ .h)(text, { target, value: version, document: t.document }, t.file);
}


/***/ })

};
