export const id = 669;
export const ids = [669];
export const modules = {

/***/ 9650:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ testBackoffBaseMs)
/* harmony export */ });
/* unused harmony export TEST_BACKOFF_ENV */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8005);
/* harmony import */ var _core_promote_deliver_push_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8639);
// GITOPS_PROMOTE_TEST_BACKOFF_MS: for tests only. Integration tests run the built bundles as separate processes,
// so they cannot hand runPromote a fake sleep; twenty promotions racing one remote would otherwise sleep through
// seconds of real back-off per loser and the suite would measure the clock instead of the retry logic. The
// variable can only shorten the push retry back-off (a unit from 0 to 250 ms, the default), never lengthen it,
// so a stray value in a real workflow cannot slow or weaken a promotion. Not an input, not a flag, not in --help.


const TEST_BACKOFF_ENV = 'GITOPS_PROMOTE_TEST_BACKOFF_MS';
/** The push retry back-off unit the environment asks for, or undefined for the default. */
function testBackoffBaseMs(env = process.env) {
    const raw = env[TEST_BACKOFF_ENV];
    if (raw === undefined || raw === '')
        return undefined;
    if (!/^\d{1,3}$/.test(raw) || Number(raw) > _core_promote_deliver_push_js__WEBPACK_IMPORTED_MODULE_1__/* .BACKOFF_BASE_MS */ .UQ) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${TEST_BACKOFF_ENV} is ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(raw)}; expected a whole number of milliseconds from 0 to ${_core_promote_deliver_push_js__WEBPACK_IMPORTED_MODULE_1__/* .BACKOFF_BASE_MS */ .UQ}` +
            ' (a test-only setting: unset it)');
    }
    return Number(raw);
}


/***/ }),

/***/ 5803:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aw: () => (/* binding */ parseTrailers),
/* harmony export */   mb: () => (/* binding */ formatTrailers)
/* harmony export */ });
/* unused harmony export trailerValue */
// Git trailers ("Key: value" lines in the last paragraph of a commit message): how promotions and rollbacks
// record what they did, so history, parity and rollback can read it back without any other store.
/** A trailer value on one line, without control characters, of bounded length. */
function trailerValue(s) {
    const flat = s.replace(/[\x00-\x1f\x7f]+/g, ' ').replace(/\s+/g, ' ').trim();
    return flat.length > 300 ? `${flat.slice(0, 297)}...` : flat;
}
function formatTrailers(trailers) {
    return trailers
        .map(([k, v]) => [k, v === undefined ? '' : trailerValue(v)])
        .filter(([, v]) => v !== '')
        .map(([k, v]) => `${k}: ${v}`)
        .join('\n');
}
/** Trailers of a message: the last paragraph, if every line of it is "Key: value". */
function parseTrailers(message) {
    const paragraphs = message.replace(/\r\n/g, '\n').trimEnd().split(/\n{2,}/);
    const last = paragraphs.length > 1 ? paragraphs[paragraphs.length - 1] : '';
    const out = new Map();
    const lines = last.split('\n');
    if (!lines.every((l) => /^[A-Za-z0-9-]+: /.test(l)))
        return out;
    for (const l of lines) {
        const i = l.indexOf(': ');
        const k = l.slice(0, i);
        if (!out.has(k))
            out.set(k, l.slice(i + 2));
    }
    return out;
}


/***/ }),

/***/ 5142:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ checkTag)
/* harmony export */ });
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6866);
// The tag a promotion may carry: never `latest` or empty; semver v?MAJOR.MINOR.PATCH[-pre] by default, or the
// config's regular expression.

const SEMVER_TAG = /^v?(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;
function checkTag(version, tagPattern) {
    const tag = (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .tagOf */ .cO)(version);
    if (tag === '') {
        return {
            rule: 'no-latest',
            message: `version ${JSON.stringify(version)} has no tag; expected a tag such as v1.2.3 `
                + '(a digest alone cannot be checked against the tag policy)',
        };
    }
    if (tag.toLowerCase() === 'latest') {
        return {
            rule: 'no-latest',
            message: `tag "latest" is never promoted: it names no fixed image; expected a version such as v1.2.3`,
        };
    }
    if (tagPattern === 'semver') {
        if (!SEMVER_TAG.test(tag)) {
            return {
                rule: 'tag-pattern',
                message: `tag ${JSON.stringify(tag)} is not semver; `
                    + 'expected v?MAJOR.MINOR.PATCH[-pre] such as v1.2.3 or 1.4.0-rc.1 (policy.tagPattern)',
            };
        }
    }
    else if (!new RegExp(tagPattern).test(tag)) {
        return {
            rule: 'tag-pattern',
            message: `tag ${JSON.stringify(tag)} does not match policy.tagPattern ${tagPattern}`,
        };
    }
    return undefined;
}


/***/ }),

/***/ 6866:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   cO: () => (/* binding */ tagOf),
/* harmony export */   dM: () => (/* binding */ distinct),
/* harmony export */   r1: () => (/* binding */ sameVersion)
/* harmony export */ });
/* unused harmony export semverOf */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
// Version strings: `TAG`, `TAG@sha256:…` or `@sha256:…`. Comparisons look at the tag where only one side pins a digest.

const tagOf = (v) => {
    const at = v.indexOf('@');
    return at < 0 ? v : v.slice(0, at);
};
/** Same version: equal, or the same tag where only one side also pins a digest. */
function sameVersion(a, b) {
    if (a === undefined || b === undefined)
        return a === b;
    if (a === b)
        return true;
    const ta = tagOf(a);
    const tb = tagOf(b);
    return ta !== '' && ta === tb && (!a.includes('@') || !b.includes('@'));
}
/** semver of a tag like v1.2.3 or 1.2.3-rc.1; undefined for tags that are not semver. */
function semverOf(v) {
    const t = tagOf(v).replace(/^v/, '');
    return semver__WEBPACK_IMPORTED_MODULE_0__.valid(t) ?? undefined;
}
/** Negative when a < b by semver; undefined when either is not semver. */
function compareVersions(a, b) {
    const sa = semverOf(a);
    const sb = semverOf(b);
    return sa && sb ? semver__WEBPACK_IMPORTED_MODULE_0__.compare(sa, sb) : undefined;
}
function distinct(versions) {
    return [...new Set(versions.map((v) => v ?? '(none)'))];
}


/***/ }),

/***/ 6527:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ branchTip)
/* harmony export */ });
/* harmony import */ var _config_at_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7003);
/* harmony import */ var _deliver_push_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8639);


async function branchTip(git, branch, configPath) {
    const tip = await (0,_deliver_push_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchTip */ .mC)(git, branch);
    return { tip, config: await (0,_config_at_js__WEBPACK_IMPORTED_MODULE_0__/* .configAt */ .E)(await git.snapshot(tip), configPath) };
}


/***/ }),

/***/ 9684:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cO: () => (/* binding */ previousLabel),
/* harmony export */   dG: () => (/* binding */ NO_VERSION),
/* harmony export */   fv: () => (/* binding */ promotionMessage)
/* harmony export */ });
/* harmony import */ var _history_trailers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5803);
// The promotion commit: a subject people can scan, a body listing every target, and trailers tools can read.

const NO_VERSION = 'none';
function previousLabel(previous) {
    if (!previous.length)
        return NO_VERSION;
    return previous.length === 1 ? previous[0] : 'mixed';
}
function promotionMessage(f) {
    const subject = `promote(${f.app}): ${f.env} ${previousLabel(f.previous)} -> ${f.version}`;
    const changed = f.targets.filter((t) => t.old !== t.new);
    const lines = changed.map((t) => `- ${t.file}${t.region ? ` [${t.region}]` : ''}: ${t.old ?? NO_VERSION} -> ${t.new}`);
    const intro = `Promote ${f.app} ${f.version} to ${f.env}${f.from ? ` from ${f.from}` : ''} (${changed.length} target${changed.length === 1 ? '' : 's'}).`;
    const trailers = (0,_history_trailers_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTrailers */ .mb)([
        ['Promoted-App', f.app],
        ['Promoted-Env', f.env],
        ['Promoted-Version', f.version],
        ['Previous-Version', f.previous.length ? f.previous.join(', ') : NO_VERSION],
        ['Promoted-From', f.from],
        ['Promoted-By', f.by],
        ['Workflow-Run', f.runUrl],
        ['Gate-Skipped', f.gateSkipped],
        ['Freeze-Override', f.freezeOverride],
    ]);
    return `${subject}\n\n${intro}\n\n${lines.join('\n')}\n\n${trailers}\n`;
}


/***/ }),

/***/ 7003:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ configAt)
/* harmony export */ });
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2885);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8005);
// The config in force at a commit: gitops-promote.yaml (or the given path) from that commit, else zero-config.


async function configAt(snapshot, path) {
    const file = path ?? _config_config_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_FILE */ .g2;
    if (!snapshot.files.includes(file)) {
        if (path !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`config ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(path)} is not in the repository`
                + `${snapshot.commit ? ` at ${snapshot.commit.slice(0, 12)}` : ''}; expected a path from the repository root`);
        }
        return (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__/* .zeroConfig */ .dq)();
    }
    return (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z9)(await snapshot.read(file), file);
}


/***/ }),

/***/ 8639:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jl: () => (/* binding */ planAt),
/* harmony export */   UQ: () => (/* binding */ BACKOFF_BASE_MS),
/* harmony export */   X8: () => (/* binding */ deliverByPush),
/* harmony export */   ks: () => (/* binding */ defaultBackoff),
/* harmony export */   mC: () => (/* binding */ fetchTip)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8005);
/* harmony import */ var _config_at_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7003);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6017);
// mode: push. Plan on the remote tip, commit, push; when the push loses a race, fetch the new tip, plan again
// (the edit is idempotent, so another app's or region's promotion is kept) and retry with jittered backoff.
// After an ambiguous failure (a 500 mid-push) the next fetch tells whether our commit landed, so nothing is
// pushed twice and nothing is lost.



/** The unit of the push retry back-off: 250 ms, doubling per attempt up to 32 units (8 s). */
const BACKOFF_BASE_MS = 250;
const defaultBackoff = (attempt, random = Math.random, baseMs = BACKOFF_BASE_MS) => {
    const cap = Math.min(32 * baseMs, baseMs * 2 ** (attempt - 2));
    return Math.round(cap / 2 + random() * (cap / 2));
};
async function planAt(git, tip, request, configPath) {
    const snapshot = await git.snapshot(tip);
    return (0,_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .planPromotion */ .z)(snapshot, await (0,_config_at_js__WEBPACK_IMPORTED_MODULE_1__/* .configAt */ .E)(snapshot, configPath), request);
}
async function fetchTip(git, branch) {
    const tip = await git.fetchBranch(branch);
    if (!tip) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`branch ${JSON.stringify(branch)} does not exist on the remote; `
            + `expected the config repository's branch (input branch)`);
    }
    return tip;
}
async function deliverByPush(input) {
    const { git, logger, request, branch, retry } = input;
    // A push that failed ambiguously, with the plan and commits that made it.
    let pushed;
    const landed = async (tip) => !!pushed && (tip === pushed.commit || (await git.isAncestor(pushed.commit, tip)));
    let lastError = '';
    for (let attempt = 1; attempt <= retry.maxAttempts; attempt++) {
        if (attempt > 1) {
            const wait = retry.backoff(attempt);
            logger.info(`attempt ${attempt}/${retry.maxAttempts} in ${wait} ms: ${lastError}`);
            await retry.sleep(wait);
        }
        const tip = attempt === 1 && input.tip ? input.tip : await fetchTip(git, branch);
        if (pushed && (await landed(tip))) {
            logger.info(`the push of ${pushed.commit.slice(0, 12)} landed although it reported an error`);
            return {
                status: 'pushed', plan: pushed.plan, commit: pushed.commit, commits: pushed.commits, base: tip,
                attempts: attempt - 1, prUrls: [],
            };
        }
        const plan = await (input.planner ? input.planner(tip) : planAt(git, tip, request, input.configPath));
        if (plan.violations.length)
            return { status: 'refused', plan, commits: [], base: tip, attempts: attempt, prUrls: [] };
        const changed = (0,_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .changedPromotions */ .h)(plan);
        if (!changed.length)
            return { status: 'unchanged', plan, commits: [], base: tip, attempts: attempt, prUrls: [] };
        if (input.dryRun)
            return { status: 'dry-run', plan, commits: [], base: tip, attempts: attempt, prUrls: [] };
        // One commit per app, chained, pushed together: all land or none.
        const commits = [];
        let parent = tip;
        for (const p of changed) {
            parent = await git.commit(parent, p.files, p.message);
            commits.push(parent);
        }
        const result = await git.push(parent, branch);
        if (result.ok) {
            return { status: 'pushed', plan, commit: parent, commits, base: tip, attempts: attempt, prUrls: [] };
        }
        if (result.kind === 'fatal')
            throw new Error(`push to ${branch} failed: ${result.message}`);
        pushed = result.kind === 'transient' ? { commit: parent, plan, commits } : undefined;
        lastError = result.kind === 'rejected'
            ? `${branch} moved on the remote (push rejected)`
            : `push failed: ${result.message}`;
    }
    if (pushed) {
        const tip = await fetchTip(git, branch);
        if (await landed(tip)) {
            return {
                status: 'pushed', plan: pushed.plan, commit: pushed.commit, commits: pushed.commits, base: tip,
                attempts: retry.maxAttempts, prUrls: [],
            };
        }
    }
    throw new Error(`gave up after ${retry.maxAttempts} attempts to push to ${branch}: ${lastError}; `
        + 'nothing was changed on the remote by this run (raise max-attempts if many promotions run at once)');
}


/***/ }),

/***/ 6017:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ changedPromotions),
  z: () => (/* binding */ planPromotion)
});

// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
// EXTERNAL MODULE: ./.build/core/edit-value.js
var edit_value = __webpack_require__(66);
// EXTERNAL MODULE: ./.build/core/layout.js
var core_layout = __webpack_require__(7008);
// EXTERNAL MODULE: ./.build/core/policy/cron.js
var cron = __webpack_require__(7431);
// EXTERNAL MODULE: ./.build/core/config/environments.js
var environments = __webpack_require__(3597);
;// CONCATENATED MODULE: ./.build/core/policy/freeze.js


/** The window that freezes `env` at `now`, if any. `firstEnv` is exempt unless a window names it. */
function activeFreeze(windows, env, firstEnv, now) {
    return windows.find((w) => {
        const applies = w.envs ? w.envs.some((e) => (0,environments/* sameEnv */.cC)(e, env)) : env !== firstEnv;
        if (!applies)
            return false;
        const t = (0,cron/* localTime */.HJ)(now, w.timezone);
        if (w.cron)
            return (0,cron/* cronMatches */.CV)((0,cron/* parseCron */.E$)(w.cron), t);
        const pad = (n) => String(n).padStart(2, '0');
        const local = `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}`;
        const norm = (s) => (s.length === 10 ? `${s}T00:00` : s.slice(0, 16));
        return local >= norm(w.from) && local < norm(w.to);
    });
}
function describeWindow(w) {
    const when = w.cron ? `cron "${w.cron}"` : `${w.from} to ${w.to}`;
    return `${when} (${w.timezone})${w.reason ? `: ${w.reason}` : ''}`;
}

// EXTERNAL MODULE: ./.build/core/policy/tag-policy.js
var tag_policy = __webpack_require__(5142);
// EXTERNAL MODULE: ./.build/core/policy/versions.js
var versions = __webpack_require__(6866);
// EXTERNAL MODULE: ./.build/core/target-version.js
var target_version = __webpack_require__(5742);
// EXTERNAL MODULE: ./.build/core/promote/commit-message.js
var commit_message = __webpack_require__(9684);
;// CONCATENATED MODULE: ./.build/core/promote/plan.js
// Plan a promotion on one commit of the config repo: resolve every target, read what runs where, apply the
// policy, and compute the new file texts. Nothing is written here; delivery commits the plan (and re-plans on
// a newer commit when a push loses a race, which is why planning is a pure function of the snapshot).








async function readAll(snapshot, targets) {
    return Promise.all(targets.map(async (target) => {
        const text = await snapshot.read(target.file);
        return { target, text, ...(0,target_version/* readTargetVersion */.eS)(text, target) };
    }));
}
async function planPromotion(snapshot, config, request) {
    // A reason of only spaces is no reason: the audit trail must say something.
    const req = {
        ...request,
        skipGate: request.skipGate?.trim() || undefined,
        freezeOverrideReason: request.freezeOverrideReason?.trim() || undefined,
    };
    const layout = (0,core_layout/* discoverLayout */.CA)(config, snapshot.files, req.singleAppName);
    const env = (0,core_layout/* findEnv */.z9)(layout, req.to);
    const prev = (0,core_layout/* previousEnv */.tB)(layout, env);
    const from = req.from !== undefined ? (0,core_layout/* findEnv */.z9)(layout, req.from) : prev;
    if (from === env) {
        throw new errors/* UserError */.y(`--from ${(0,errors/* quote */.h)(req.from ?? '')} is the environment being promoted to; `
            + 'expected an earlier one');
    }
    const apps = req.apps.length ? req.apps.map((a) => (0,core_layout/* findApp */.J0)(layout, a)) : layout.apps.length === 1 ? layout.apps : [];
    if (!apps.length) {
        throw new errors/* UserError */.y(`no app given; expected --app with one of: ${layout.apps.slice(0, 10).join(', ')}`
            + `${layout.apps.length > 10 ? ', …' : ''}`);
    }
    const promotions = [];
    const violations = [];
    for (const app of apps) {
        const missing = layout.missing.filter((m) => m.app === app && m.env === env.name);
        if (missing.length) {
            throw new errors/* UserError */.y(`app ${(0,errors/* quote */.h)(app)} has no target for declared region(s) `
                + `${missing.map((m) => m.region).join(', ')} of ${env.name} `
                + `(expected ${missing.map((m) => m.file).join(', ')}); `
                + 'add the overlay or remove the region from environments:');
        }
        const targets = (0,core_layout/* targetsOf */.QR)(layout, app, env.name);
        if (!targets.length) {
            throw new errors/* UserError */.y(`app ${(0,errors/* quote */.h)(app)} has no target in environment ${(0,errors/* quote */.h)(env.name)}; `
                + 'expected an overlay or a configured target for it');
        }
        const here = await readAll(snapshot, targets);
        const fromReads = from ? await readAll(snapshot, (0,core_layout/* targetsOf */.QR)(layout, app, from.name)) : [];
        const prevReads = prev && prev !== from ? await readAll(snapshot, (0,core_layout/* targetsOf */.QR)(layout, app, prev.name)) : fromReads;
        // The version: given, or what the source env runs (all its targets agreeing).
        let version = req.version;
        if (version === undefined || version === '') {
            if (!from) {
                throw new errors/* UserError */.y(`no version given for ${(0,errors/* quote */.h)(env.name)}, the first environment; `
                    + 'expected --version (there is no earlier environment to take it from)');
            }
            if (!fromReads.length) {
                throw new errors/* UserError */.y(`app ${(0,errors/* quote */.h)(app)} has no target in ${(0,errors/* quote */.h)(from.name)} to take the version from; `
                    + 'expected --version');
            }
            const vs = (0,versions/* distinct */.dM)(fromReads.map((r) => r.version));
            if (vs.length !== 1 || fromReads[0]?.version === undefined) {
                throw new errors/* UserError */.y(`cannot take the version from ${from.name}: its targets disagree `
                    + `(${fromReads.map((r) => `${r.target.file}: ${r.version ?? 'none'}`).join('; ')}); expected --version`);
            }
            version = fromReads[0].version;
        }
        if (targets.some((t) => t.image !== undefined)) {
            (0,edit_value/* parseImageValue */.s)(version, targets[0]?.file, here[0]?.line, 'version');
        }
        else
            (0,edit_value/* checkValue */.S)(version, targets[0]?.file, here[0]?.line, 'version');
        const found = [];
        const tagProblem = (0,tag_policy/* checkTag */.B)(version, config.policy.tagPattern);
        if (tagProblem)
            found.push(tagProblem);
        if (prev && config.policy.requirePreviousEnv && !req.skipGate) {
            const off = prevReads.filter((r) => !(0,versions/* sameVersion */.r1)(r.version, version));
            if (!prevReads.length) {
                found.push({
                    rule: 'gate',
                    message: `${app} has no target in ${prev.name}, so ${version} cannot have run there; `
                        + 'expected it there first, or skip-gate with a reason',
                });
            }
            else if (off.length) {
                const first = off[0];
                const runs = off
                    .map((r) => `${r.target.file}${r.target.region ? ` [${r.target.region}]` : ''} runs ${r.version ?? 'nothing'}`)
                    .join('; ');
                found.push({
                    rule: 'gate',
                    message: `${version} is not running in ${prev.name}`
                        + `${prevReads.length > 1 ? ` (all ${prevReads.length} targets must run it)` : ''}: `
                        + `${runs}; `
                        + `expected ${prev.name} to run it first, or skip-gate with a reason`,
                    file: first.target.file, line: first.line,
                });
            }
        }
        if (!req.allowDowngrade && !config.policy.allowDowngrade) {
            for (const r of here) {
                const c = r.version ? (0,versions/* compareVersions */.Zy)(version, r.version) : undefined;
                if (c !== undefined && c < 0) {
                    found.push({
                        rule: 'downgrade',
                        message: `${version} is older than ${r.version} in ${r.target.file}; `
                            + 'expected a newer version (use allow-downgrade, or the rollback action)',
                        file: r.target.file, line: r.line,
                    });
                    break;
                }
            }
        }
        const freeze = activeFreeze(config.policy.freeze, env.name, layout.envs[0]?.name, req.now);
        if (freeze && !req.freezeOverrideReason) {
            found.push({
                rule: 'freeze',
                message: `${env.name} is frozen by ${describeWindow(freeze)}; `
                    + 'expected a promotion outside the window, or freeze-override-reason',
            });
        }
        if (found.length) {
            violations.push(...found.map((v) => ({ ...v, app })));
            continue;
        }
        // Edit every target; several targets may share a file.
        const files = new Map();
        const changes = [];
        for (const r of here) {
            const text = files.get(r.target.file) ?? r.text;
            const res = (0,target_version/* setTargetVersion */.Qw)(text, r.target, r.imageName, version);
            if (res.changed)
                files.set(r.target.file, res.text);
            changes.push({ target: r.target, line: r.line, old: r.version, new: version });
        }
        const previous = [...new Set(here.map((r) => r.version).filter((v) => v !== undefined))];
        const facts = {
            app, env: env.name, version, previous, from: from?.name, by: req.actor, runUrl: req.runUrl,
            gateSkipped: req.skipGate && prev ? req.skipGate : undefined,
            freezeOverride: freeze ? req.freezeOverrideReason : undefined,
            targets: changes.map((c) => ({ file: c.target.file, region: c.target.region, old: c.old, new: c.new })),
        };
        promotions.push({
            app, env: env.name, from: from?.name, version, previous, changes, files, message: (0,commit_message/* promotionMessage */.fv)(facts), facts,
        });
    }
    return { promotions, violations, layout };
}
/** Promotions that change at least one file. */
const changedPromotions = (plan) => plan.promotions.filter((p) => p.files.size > 0);


/***/ }),

/***/ 1343:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ runPromote)
});

// EXTERNAL MODULE: ./.build/core/promote/deliver-push.js
var deliver_push = __webpack_require__(8639);
// EXTERNAL MODULE: ./.build/core/promote/plan.js + 1 modules
var promote_plan = __webpack_require__(6017);
// EXTERNAL MODULE: ./.build/core/promote/commit-message.js
var commit_message = __webpack_require__(9684);
;// CONCATENATED MODULE: ./.build/core/promote/summary.js
// What a person reads after a promotion: the job summary, the PR body; and the outputs later steps read.

const cell = (s) => (s ?? '').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
const code = (s) => (s === undefined ? `_${commit_message/* NO_VERSION */.dG}_` : `\`${cell(s)}\``);
function changeTable(p) {
    const rows = p.changes.map((c) => `| ${cell(c.target.file)} | ${cell(c.target.region ?? '')} `
        + `| ${code(c.old)} | ${code(c.new)} | ${c.old === c.new ? 'unchanged' : 'changed'} |`);
    return ['| file | region | old | new | |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}
function promotionSummary(o, links = {}, diffs = []) {
    const out = [];
    if (o.status === 'refused') {
        out.push('### ⛔ Promotion refused by policy', '', '| app | rule | reason |', '| --- | --- | --- |');
        for (const v of o.plan.violations)
            out.push(`| ${cell(v.app)} | \`${v.rule}\` | ${cell(v.message)} |`);
        out.push('', 'Nothing was written.');
        return `${out.join('\n')}\n`;
    }
    for (const p of o.plan.promotions) {
        const verb = o.status === 'dry-run' ? 'Would promote'
            : o.status === 'unchanged' || !p.files.size ? 'Already promoted'
                : o.status === 'pull-request' ? 'Proposed' : 'Promoted';
        const icon = o.status === 'dry-run' ? '🔍' : p.files.size ? '✅' : '☑️';
        out.push(`### ${icon} ${verb} ${p.app} to ${p.env}: ${(0,commit_message/* previousLabel */.cO)(p.previous)} → ${p.version}`, '');
        if (p.from) {
            out.push(`From ${p.from}.`
                + `${p.facts.gateSkipped ? ` **Gate skipped:** ${cell(p.facts.gateSkipped)}.` : ''}`
                + `${p.facts.freezeOverride ? ` **Freeze overridden:** ${cell(p.facts.freezeOverride)}.` : ''}`, '');
        }
        out.push(changeTable(p), '');
    }
    if (o.status === 'dry-run') {
        out.push('**Dry run:** nothing was written. The change would be:', '');
        for (const d of diffs)
            out.push('```diff', d.diff.trimEnd(), '```', '');
    }
    if (o.commit && o.status === 'pushed') {
        const commitRef = links.commitUrl
            ? `[${o.commit.slice(0, 12)}](${links.commitUrl(o.commit)})`
            : `\`${o.commit.slice(0, 12)}\``;
        out.push(`Commit: ${commitRef} (after ${o.attempts} attempt${o.attempts === 1 ? '' : 's'})`);
    }
    for (const url of o.prUrls)
        out.push(`Pull request: ${url}`);
    if (o.status === 'unchanged')
        out.push('Every target already runs this version: no commit was made.');
    return `${out.join('\n').trimEnd()}\n`;
}
function pullRequestBody(p, runUrl) {
    return [
        `Promotes **${p.app}** to **${p.env}**: ${(0,commit_message/* previousLabel */.cO)(p.previous)} → \`${p.version}\``
            + `${p.from ? ` (running in ${p.from})` : ''}.`,
        '',
        changeTable(p),
        '',
        ...(p.facts.gateSkipped ? [`> **Gate skipped:** ${cell(p.facts.gateSkipped)}`, ''] : []),
        ...(runUrl ? [`Opened by [this workflow run](${runUrl}).`, ''] : []),
        '<!-- gitops-promote: this branch is rewritten by the next promotion of this app and environment -->',
    ].join('\n');
}
function promotionOutputs(o) {
    const ps = o.plan?.promotions ?? [];
    const files = ps.flatMap((p) => p.changes.map((c) => ({
        app: p.app, env: p.env, file: c.target.file, region: c.target.region ?? null, line: c.line,
        old: c.old ?? null, new: c.new, changed: c.old !== c.new,
    })));
    const wrote = o.status === 'pushed' || o.status === 'pull-request';
    return {
        version: [...new Set(ps.map((p) => p.version))].join(','),
        'previous-version': [...new Set(ps.flatMap((p) => p.previous))].join(','),
        changed: String(wrote && ps.some((p) => p.files.size > 0)),
        'commit-sha': wrote ? (o.commit ?? '') : '',
        'pr-url': o.prUrls.join(','),
        files: JSON.stringify(files),
    };
}

;// CONCATENATED MODULE: ./.build/core/promote/deliver-pr.js



const promotionBranch = (app, env) => `gitops-promote/${app}/${env}`;
async function restoreBranch(git, logger, branch, pushed, before) {
    const r = before ? await git.push(before, branch, { expect: pushed }) : await git.deleteBranch(branch, pushed);
    if (!r.ok)
        logger.warning(`could not restore ${branch} after the failure (${r.message}); delete it by hand`);
}
async function deliverByPullRequest(input) {
    const { git, logger, request, branch: base, prs } = input;
    // The tip the caller fetched for the config, else a fetch: this mode makes one attempt either way.
    const tip = input.tip ?? (await (0,deliver_push/* fetchTip */.mC)(git, base));
    const plan = await (input.planner ? input.planner(tip) : (0,deliver_push/* planAt */.Jl)(git, tip, request, input.configPath));
    if (plan.violations.length)
        return { status: 'refused', plan, commits: [], base: tip, attempts: 1, prUrls: [] };
    const changed = (0,promote_plan/* changedPromotions */.h)(plan);
    if (!changed.length)
        return { status: 'unchanged', plan, commits: [], base: tip, attempts: 1, prUrls: [] };
    if (input.dryRun)
        return { status: 'dry-run', plan, commits: [], base: tip, attempts: 1, prUrls: [] };
    const commits = [];
    const prUrls = [];
    for (const p of changed) {
        const head = (input.headBranch ?? promotionBranch)(p.app, p.env);
        const before = await git.fetchBranch(head);
        let commit = await git.commit(tip, p.files, p.message);
        // Same tree on top of the current base: the open PR already shows exactly this; do not churn it.
        if (before && (await git.treeOf(before)) === (await git.treeOf(commit)) && (await git.isAncestor(tip, before))) {
            logger.info(`${head} already carries this change on ${base}'s tip; not pushing it again`);
            commit = before;
        }
        else {
            const r = await git.push(commit, head, { expect: before });
            if (!r.ok)
                throw new Error(`could not push ${head}: ${r.message}${r.kind === 'rejected' ? ' (someone else updated the branch; run again)' : ''}`);
        }
        const title = p.message.split('\n')[0];
        const body = p.prBody ?? pullRequestBody(p, request.runUrl);
        let pr;
        try {
            const open = await prs.findOpen(head, base);
            pr = open ? await prs.update(open.number, { title, body }) : await prs.create({ head, base, title, body });
        }
        catch (e) {
            // No PR carries the pushed branch: put it back, so nothing is left half-made.
            if (commit !== before)
                await restoreBranch(git, logger, head, commit, before);
            throw e;
        }
        if (input.labels.length) {
            try {
                await prs.addLabels(pr.number, input.labels);
            }
            catch (e) {
                logger.warning(`labels could not be added to #${pr.number}: ${e.message}`);
            }
        }
        if (input.autoMerge) {
            try {
                await prs.enableAutoMerge(pr);
            }
            catch (e) {
                logger.warning(`auto-merge could not be enabled on #${pr.number}: ${e.message}`);
            }
        }
        commits.push(commit);
        prUrls.push(pr.url);
    }
    return { status: 'pull-request', plan, commit: commits[commits.length - 1], commits, base: tip, attempts: 1, prUrls };
}

;// CONCATENATED MODULE: ./.build/core/promote/run-promote.js



const realSleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function runPromote(input) {
    const base = {
        git: input.git, logger: input.logger, request: input.request, branch: input.branch, configPath: input.configPath,
        dryRun: input.dryRun, planner: input.planner, tip: input.tip,
        retry: {
            maxAttempts: input.maxAttempts, sleep: input.sleep ?? realSleep,
            backoff: (n) => (0,deliver_push/* defaultBackoff */.ks)(n, Math.random, input.backoffBaseMs),
        },
    };
    const outcome = input.mode === 'pull-request'
        ? await deliverByPullRequest({
            ...base,
            prs: await input.pullRequests(),
            labels: input.labels, autoMerge: input.autoMerge, headBranch: input.headBranch,
        })
        : await (0,deliver_push/* deliverByPush */.X8)(base);
    const diffs = [];
    if (outcome.status === 'dry-run' && outcome.base && input.git.diff) {
        const snap = await input.git.snapshot(outcome.base);
        for (const p of outcome.plan.promotions) {
            for (const [file, text] of p.files) {
                diffs.push({ file, diff: await input.git.diff(file, await snap.read(file), text) });
            }
        }
    }
    for (const v of outcome.plan?.violations ?? []) {
        input.logger.error(`${v.app}: ${v.rule}: ${v.message}`, { file: v.file, line: v.line });
    }
    return {
        outcome,
        summary: (input.summarize ?? promotionSummary)(outcome, input.links, diffs),
        outputs: promotionOutputs(outcome),
        exitCode: outcome.status === 'refused' ? 1 : 0,
    };
}


/***/ }),

/***/ 1778:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E6: () => (/* binding */ readPromoteArgs),
/* harmony export */   M5: () => (/* binding */ readRollbackArgs),
/* harmony export */   Qk: () => (/* binding */ settleDelivery)
/* harmony export */ });
/* harmony import */ var _edit_value_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8005);
/* harmony import */ var _validate_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2525);
/* harmony import */ var _definition_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3068);
/* harmony import */ var _option_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(940);
/* harmony import */ var _promote_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2101);
/* harmony import */ var _rollback_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9889);
/* harmony import */ var _shared_options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3555);








function readDelivery(src, verb) {
    const o = (name) => (0,_definition_js__WEBPACK_IMPORTED_MODULE_7__/* .optionOf */ .XD)(verb, name);
    const branch = (0,_option_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readText */ .yR)(src, o('branch'));
    return {
        mode: (0,_option_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readChoice */ .Kf)(src, o('mode')),
        branch: branch === undefined ? undefined : (0,_validate_names_js__WEBPACK_IMPORTED_MODULE_2__/* .checkBranch */ .D)('branch', branch),
        configPath: (0,_option_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readText */ .yR)(src, o('config')),
        dryRun: (0,_option_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readBool */ .r5)(src, o('dry-run')),
        maxAttempts: (0,_option_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readInt */ .Uk)(src, o('max-attempts')),
    };
}
function readPromoteArgs(src) {
    const o = (name) => (0,_definition_js__WEBPACK_IMPORTED_MODULE_7__/* .optionOf */ .XD)(_promote_js__WEBPACK_IMPORTED_MODULE_4__/* .PROMOTE */ .R, name);
    return {
        ...readDelivery(src, _promote_js__WEBPACK_IMPORTED_MODULE_4__/* .PROMOTE */ .R),
        apps: (0,_option_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readNames */ .r6)(src, o('app')),
        to: (0,_option_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readName */ .MQ)(src, o('to')) ?? (0,_option_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readRequired */ .yu)(src, o('to')),
        version: (0,_option_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readText */ .yR)(src, o('version')),
        from: (0,_option_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readName */ .MQ)(src, o('from')),
        skipGate: (0,_option_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readReason */ .pk)(src, o('skip-gate')),
        allowDowngrade: (0,_option_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readBool */ .r5)(src, o('allow-downgrade')),
        freezeOverrideReason: (0,_option_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readText */ .yR)(src, o('freeze-override-reason')),
    };
}
function readRollbackArgs(src) {
    const o = (name) => (0,_definition_js__WEBPACK_IMPORTED_MODULE_7__/* .optionOf */ .XD)(_rollback_js__WEBPACK_IMPORTED_MODULE_5__/* .ROLLBACK */ .$, name);
    const app = (0,_option_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readName */ .MQ)(src, o('app')) ?? (0,_option_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readRequired */ .yu)(src, o('app'));
    const env = (0,_option_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readName */ .MQ)(src, o('env')) ?? (0,_option_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readRequired */ .yu)(src, o('env'));
    const toVersion = (0,_option_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readText */ .yR)(src, o('to'));
    if (toVersion !== undefined)
        (0,_edit_value_js__WEBPACK_IMPORTED_MODULE_0__/* .checkValue */ .S)(toVersion, undefined, undefined, src.label(o('to')));
    const toCommit = (0,_option_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readText */ .yR)(src, o('to-commit'));
    if (toCommit !== undefined && !/^[0-9a-f]{7,40}$/.test(toCommit)) {
        const label = src.label(o('to-commit'));
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${label} is ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(toCommit)}; expected a commit sha (7 to 40 hex digits)`);
    }
    if (toVersion !== undefined && toCommit !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${src.label(o('to'))} and ${src.label(o('to-commit'))} are both given; expected at most one`);
    }
    return {
        ...readDelivery(src, _rollback_js__WEBPACK_IMPORTED_MODULE_5__/* .ROLLBACK */ .$),
        app, env, toVersion, toCommit,
        region: (0,_option_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readName */ .MQ)(src, o('region')),
        reason: (0,_option_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readText */ .yR)(src, o('reason')),
        force: (0,_option_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readReason */ .pk)(src, o('force')),
        failedRunUrl: (0,_option_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readText */ .yR)(src, o('failed-run-url')),
    };
}
/** The config at the branch's tip fills what the options did not say. */
function settleDelivery(args, config) {
    return {
        mode: (0,_option_source_js__WEBPACK_IMPORTED_MODULE_3__/* .settle */ .G9)(args.mode, config.delivery.mode, 'push'),
        maxAttempts: (0,_option_source_js__WEBPACK_IMPORTED_MODULE_3__/* .settle */ .G9)(args.maxAttempts, config.delivery.maxAttempts, _shared_options_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_MAX_ATTEMPTS */ .Gz),
        labels: config.delivery.labels ?? [],
        autoMerge: config.delivery.autoMerge ?? false,
    };
}


/***/ })

};
