export const id = 192;
export const ids = [192];
export const modules = {

/***/ 3192:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDriftCommand: () => (/* binding */ runDriftCommand),
  runParityCommand: () => (/* binding */ runParityCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
// EXTERNAL MODULE: ./.build/core/history/promotions.js
var promotions = __webpack_require__(7293);
// EXTERNAL MODULE: ./.build/core/config/environments.js
var environments = __webpack_require__(3597);
// EXTERNAL MODULE: ./.build/core/policy/versions.js
var policy_versions = __webpack_require__(6866);
;// CONCATENATED MODULE: ./.build/core/history/version-history.js
// Which versions each app ran in each environment, and since when, from promotion and rollback trailers.


class VersionHistory {
    records;
    constructor(records) {
        this.records = records;
    }
    /** Events of app in env, newest first. */
    events(app, env) {
        return this.records.filter((r) => r.app === app && (0,environments/* sameEnv */.cC)(r.env, env)).map((r) => ({ version: r.version, since: r.date, sha: r.sha, kind: r.kind }));
    }
    /** Whether the env ever ran the version: promoted there, rolled back to, or named as a previous version. */
    ran(app, env, version) {
        return this.records.some((r) => r.app === app && (0,environments/* sameEnv */.cC)(r.env, env) && ((0,policy_versions/* sameVersion */.r1)(r.version, version) || (r.previous ?? '').split(', ').some((p) => (0,policy_versions/* sameVersion */.r1)(p, version))));
    }
    /** When the env started running `version` in its latest stretch of running it, if trailers say so. */
    runningSince(app, env, version) {
        const ev = this.events(app, env);
        if (!ev.length || !(0,policy_versions/* sameVersion */.r1)(ev[0]?.version, version))
            return undefined;
        let since = ev[0]?.since;
        for (const e of ev) {
            if (!(0,policy_versions/* sameVersion */.r1)(e.version, version))
                break;
            since = e.since;
        }
        return since;
    }
    hasAny(app, env) {
        return this.records.some((r) => r.app === app && (0,environments/* sameEnv */.cC)(r.env, env));
    }
}

// EXTERNAL MODULE: ./.build/core/layout.js
var core_layout = __webpack_require__(7008);
// EXTERNAL MODULE: ./.build/core/policy/tag-policy.js
var tag_policy = __webpack_require__(5142);
// EXTERNAL MODULE: ./.build/core/promote/config-at.js + 2 modules
var config_at = __webpack_require__(969);
// EXTERNAL MODULE: ./.build/core/target-version.js
var target_version = __webpack_require__(5742);
;// CONCATENATED MODULE: ./.build/core/parity/duration.js
// Durations as people write them in config and inputs: 90s, 30m, 24h, 7d, 2w, 1h30m, 500ms.
const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
function parseDuration(text) {
    const t = text.trim();
    const parts = [...t.matchAll(/([0-9]+(?:\.[0-9]+)?)(ms|s|m|h|d|w)/g)];
    if (!parts.length || parts.map((p) => p[0]).join('') !== t) {
        throw new Error(`duration ${JSON.stringify(text)} is not valid; expected a number and unit such as 90s, 30m, 24h, 7d or 1h30m`);
    }
    return parts.reduce((ms, p) => ms + Number(p[1]) * UNITS[p[2]], 0);
}

;// CONCATENATED MODULE: ./.build/core/parity/check-parity.js









class Reader {
    snap;
    cache = new Map();
    constructor(snap) {
        this.snap = snap;
    }
    read(t) {
        const key = `${t.file}\0${t.image ?? ''}\0${t.path ?? ''}\0${t.document ?? ''}\0${t.app}`;
        let r = this.cache.get(key);
        if (!r) {
            r = (async () => {
                if (!this.snap.files.includes(t.file))
                    return { line: 1 };
                try {
                    return (0,target_version/* readTargetVersion */.e)(await this.snap.read(t.file), t);
                }
                catch (e) {
                    if (e instanceof errors/* UserError */.y)
                        return { line: e.line ?? 1, error: e };
                    throw e;
                }
            })();
            this.cache.set(key, r);
        }
        return r;
    }
}
const versionsText = (vs) => [...new Set(vs.map((v) => v ?? 'none'))].join(', ');
async function checkParity(git, base, head, opts) {
    const [baseSnap, headSnap, changed] = await Promise.all([git.snapshot(base), git.snapshot(head), git.changedFiles(base, head)]);
    const rows = [];
    let config;
    try {
        config = await (0,config_at/* configAt */.E)(headSnap, opts.configPath);
    }
    catch (e) {
        if (!(e instanceof errors/* UserError */.y))
            throw e;
        const row = { app: '-', env: '-', file: e.file ?? opts.configPath ?? 'gitops-promote.yaml', line: e.line ?? 1, verdict: 'violation', rule: 'invalid-file', reason: e.message };
        return { base, head, rows: [row], violations: [row], ok: false };
    }
    const layout = (0,core_layout/* discoverLayout */.CA)(config, headSnap.files, opts.singleAppName);
    const touched = new Set(changed);
    const candidates = layout.targets.filter((t) => touched.has(t.file));
    const atHead = new Reader(headSnap);
    const atBase = new Reader(baseSnap);
    // History only when something changed: one log walk, filtered by git.
    let history;
    let inChange = [];
    const loadHistory = async () => {
        if (!history) {
            history = new VersionHistory((0,promotions/* promotionRecords */.U)(await git.log(head, { grep: promotions/* PROMOTION_GREP */.D })));
            inChange = (0,promotions/* promotionRecords */.U)(await git.log(`${base}..${head}`, { grep: promotions/* PROMOTION_GREP */.D }));
        }
        return history;
    };
    const moved = [];
    for (const t of candidates) {
        const [now, before] = await Promise.all([atHead.read(t), atBase.read(t)]);
        if (now.error) {
            rows.push({ app: t.app, env: t.env, region: t.region, file: t.file, line: now.line, old: before.version, verdict: 'violation', rule: 'invalid-file', reason: now.error.message });
            continue;
        }
        if (now.version === before.version)
            continue; // the file changed, its version did not
        moved.push({ t, env: layout.envs.find((e) => e.name === t.env), now, before });
    }
    for (const { t, env, now, before } of moved) {
        const v = now.version;
        const row = { app: t.app, env: t.env, region: t.region, file: t.file, line: now.line, old: before.version, new: v, verdict: 'ok', reason: '' };
        rows.push(row);
        const fail = (rule, reason) => {
            row.verdict = 'violation';
            row.rule = rule;
            row.reason = reason;
        };
        if (v === undefined) {
            row.reason = 'version removed';
            continue;
        }
        const tag = (0,tag_policy/* checkTag */.B)(v, config.policy.tagPattern);
        if (tag) {
            fail(tag.rule, tag.message);
            continue;
        }
        const prev = (0,core_layout/* previousEnv */.tB)(layout, env);
        const h = await loadHistory();
        // Rollbacks pass: a version this env ran before, or a rollback commit in the change.
        const rollbackCommit = inChange.find((r) => r.kind === 'rollback' && r.app === t.app && r.env === t.env && (0,policy_versions/* sameVersion */.r1)(r.version, v));
        if (rollbackCommit || h.ran(t.app, t.env, v)) {
            row.verdict = 'rollback';
            row.reason = rollbackCommit ? `rollback commit ${rollbackCommit.sha.slice(0, 12)} (Rollback-Of ${rollbackCommit.rollbackOf?.slice(0, 12) ?? '?'})` : `${t.env} ran ${v} before`;
            continue;
        }
        if (!prev) {
            row.reason = `${t.env} is the first environment`;
            continue;
        }
        row.previousEnv = prev.name;
        const prevTargets = (0,core_layout/* targetsOf */.QR)(layout, t.app, prev.name);
        const prevNow = await Promise.all(prevTargets.map((p) => atHead.read(p)));
        const prevBefore = await Promise.all(prevTargets.map((p) => atBase.read(p)));
        row.previousVersion = prevTargets.length ? versionsText(prevNow.map((r) => r.version)) : undefined;
        const runsNow = prevTargets.length > 0 && prevNow.every((r) => (0,policy_versions/* sameVersion */.r1)(r.version, v));
        const movedTogether = prevTargets.some((_, i) => (0,policy_versions/* sameVersion */.r1)(prevNow[i]?.version, v) && !(0,policy_versions/* sameVersion */.r1)(prevBefore[i]?.version, v));
        if (movedTogether && !config.policy.allowSameChange) {
            fail('same-change', `this change moves ${prev.name} to ${v} too: ${t.env} and ${prev.name} changing together is a skip of ${prev.name} in disguise; expected ${prev.name} first, in its own change (or policy.allowSameChange)`);
            continue;
        }
        const parity = config.policy.parity;
        if (parity === 'current') {
            if (!runsNow)
                fail('parity', `${v} is not running in ${prev.name} (it runs ${row.previousVersion ?? 'nothing'}); expected ${prev.name} to run it first`);
            else
                row.reason = `${prev.name} runs ${v}`;
        }
        else if (parity === 'ever') {
            if (!runsNow && !h.ran(t.app, prev.name, v))
                fail('parity', `${v} never ran in ${prev.name}; expected it there first`);
            else
                row.reason = runsNow ? `${prev.name} runs ${v}` : `${prev.name} ran ${v}`;
        }
        else {
            const need = parseDuration(parity.slice('soak:'.length));
            const since = runsNow ? h.runningSince(t.app, prev.name, v) : undefined;
            if (!runsNow)
                fail('soak', `${v} is not running in ${prev.name} (it runs ${row.previousVersion ?? 'nothing'}); expected it to soak there for ${parity.slice(5)} first`);
            else if (!since)
                fail('soak', `${prev.name} runs ${v}, but no promotion commit says since when; expected it promoted there by gitops-promote, ${parity.slice(5)} ago at least`);
            else {
                const soaked = opts.now.getTime() - Date.parse(since);
                if (soaked < need)
                    fail('soak', `${v} has run in ${prev.name} for ${formatMs(soaked)} (since ${since}); policy needs ${parity.slice(5)}`);
                else
                    row.reason = `${v} has run in ${prev.name} for ${formatMs(soaked)}`;
            }
        }
    }
    // All regions of an env must agree after the change, unless the env is staggered.
    const envsMoved = new Map();
    for (const m of moved)
        envsMoved.set(`${m.t.app}\0${m.t.env}`, new Set());
    for (const key of envsMoved.keys()) {
        const [app, envName] = key.split('\0');
        const env = layout.envs.find((e) => e.name === envName);
        if (!env || env.staggered)
            continue;
        const ts = (0,core_layout/* targetsOf */.QR)(layout, app, envName);
        const vs = await Promise.all(ts.map((t) => atHead.read(t)));
        if (new Set(vs.map((r) => r.version ?? 'none')).size > 1) {
            for (const row of rows.filter((r) => r.app === app && r.env === envName && r.verdict !== 'violation')) {
                row.verdict = 'violation';
                row.rule = 'regions-disagree';
                row.reason = `the regions of ${envName} would run different versions (${ts.map((t, i) => `${t.region ?? t.file}: ${vs[i]?.version ?? 'none'}`).join(', ')}); expected them to agree (or environments: staggered: true)`;
            }
        }
    }
    const violations = rows.filter((r) => r.verdict === 'violation');
    return { base, head, rows, violations, ok: violations.length === 0 };
}
function formatMs(ms) {
    const m = Math.floor(ms / 60000);
    if (m < 60)
        return `${m}m`;
    const h = Math.floor(m / 60);
    return h < 48 ? `${h}h${m % 60 ? `${m % 60}m` : ''}` : `${Math.floor(h / 24)}d${h % 24 ? `${h % 24}h` : ''}`;
}

// EXTERNAL MODULE: ./.build/core/status/matrix.js
var status_matrix = __webpack_require__(2726);
;// CONCATENATED MODULE: ./.build/core/parity/drift.js
// The scheduled report: what runs where, and drift — an env running a version its previous env never ran,
// regions of one env disagreeing, an env behind its previous env for too long, and (optionally) a live
// service reporting a different version than git says.







async function computeDrift(git, head, opts) {
    const snapshot = await git.snapshot(head);
    const config = await (0,config_at/* configAt */.E)(snapshot, opts.configPath);
    const layout = (0,core_layout/* discoverLayout */.CA)(config, snapshot.files, opts.singleAppName);
    const matrix = await (0,status_matrix/* buildMatrix */.Kn)(snapshot, config, opts.singleAppName);
    const history = new VersionHistory((0,promotions/* promotionRecords */.U)(await git.log(head, { grep: promotions/* PROMOTION_GREP */.D })));
    const drift = [];
    for (const row of matrix.apps) {
        for (const env of layout.envs) {
            const cells = row.cells[env.name] ?? [];
            for (const c of cells.filter((x) => x.problem))
                drift.push({ kind: 'unreadable', app: row.app, env: env.name, region: c.region, file: c.file, line: c.line, message: c.problem });
            const ok = cells.filter((c) => !c.problem);
            if (!ok.length)
                continue;
            const versions = [...new Set(ok.map((c) => c.version ?? 'none'))];
            if (versions.length > 1 && !env.staggered) {
                drift.push({ kind: 'regions-disagree', app: row.app, env: env.name, file: ok[0]?.file, line: ok[0]?.line, message: `regions run different versions: ${ok.map((c) => `${c.region ?? c.file}: ${c.version ?? 'none'}`).join(', ')}` });
            }
            const prev = (0,core_layout/* previousEnv */.tB)(layout, env);
            const prevCells = prev ? (row.cells[prev.name] ?? []).filter((c) => !c.problem) : [];
            if (prev && prevCells.length) {
                for (const c of ok) {
                    if (!c.version)
                        continue;
                    const inPrevNow = prevCells.some((p) => (0,policy_versions/* sameVersion */.r1)(p.version, c.version));
                    if (!inPrevNow && !history.ran(row.app, prev.name, c.version) && !history.ran(row.app, env.name, c.version)) {
                        drift.push({ kind: 'never-in-previous', app: row.app, env: env.name, region: c.region, file: c.file, line: c.line, message: `${env.name} runs ${c.version}, which ${prev.name} never ran (it runs ${[...new Set(prevCells.map((p) => p.version ?? 'none'))].join(', ')})` });
                    }
                }
                if (opts.behindAfterMs !== undefined && prevCells.length) {
                    const prevVersion = prevCells[0]?.version;
                    const mine = ok[0]?.version;
                    const newer = prevVersion && mine && prevCells.every((p) => p.version === prevVersion) ? (0,policy_versions/* compareVersions */.Zy)(prevVersion, mine) : undefined;
                    const since = prevVersion ? history.runningSince(row.app, prev.name, prevVersion) : undefined;
                    if (newer !== undefined && newer > 0 && since && opts.now.getTime() - Date.parse(since) > opts.behindAfterMs) {
                        drift.push({ kind: 'behind', app: row.app, env: env.name, file: ok[0]?.file, line: ok[0]?.line, message: `${env.name} runs ${mine}; ${prev.name} has run ${prevVersion} for ${formatMs(opts.now.getTime() - Date.parse(since))}` });
                    }
                }
            }
            if (opts.live) {
                for (const c of ok) {
                    const got = await opts.live(row.app, env.name, c.region);
                    if (!got)
                        continue;
                    if (got.error)
                        drift.push({ kind: 'live-mismatch', app: row.app, env: env.name, region: c.region, file: c.file, line: c.line, message: `could not read the live version: ${got.error}` });
                    else if (!(0,policy_versions/* sameVersion */.r1)(got.version, c.version))
                        drift.push({ kind: 'live-mismatch', app: row.app, env: env.name, region: c.region, file: c.file, line: c.line, message: `git says ${c.version ?? 'none'}, the live service reports ${got.version ?? 'nothing'}` });
                }
            }
        }
    }
    return { matrix, drift };
}

;// CONCATENATED MODULE: ./.build/core/parity/report.js
// What the parity check and the drift report show people: job summary tables, outputs, a tracking issue body.

const cell = (s) => (s ?? '').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
const ICON = { ok: '✅', rollback: '↩️', violation: '⛔' };
function paritySummary(r) {
    const head = r.ok ? '### ✅ Staging parity: every version change has run in the previous environment' : `### ⛔ Staging parity: ${r.violations.length} change${r.violations.length === 1 ? '' : 's'} skipped the previous environment`;
    if (!r.rows.length)
        return `${head}\n\nThis change moves no version.\n`;
    const rows = r.rows.map((x) => `| ${cell(x.app)} | ${cell(x.env)}${x.region ? ` (${cell(x.region)})` : ''} | \`${cell(x.old ?? 'none')}\` → \`${cell(x.new ?? 'none')}\` | ${x.previousEnv ? `${cell(x.previousEnv)}: \`${cell(x.previousVersion ?? 'none')}\`` : '—'} | ${ICON[x.verdict]} ${x.verdict} | ${cell(x.reason)} |`);
    return [head, '', `Compared ${r.base.slice(0, 12)}..${r.head.slice(0, 12)}.`, '', '| app | env | change | previous env runs | verdict | reason |', '| --- | --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
}
function driftSummary(matrix, drift) {
    const out = [drift.length ? `### ⚠️ ${drift.length} drift finding${drift.length === 1 ? '' : 's'}` : '### ✅ No drift', ''];
    if (drift.length) {
        out.push('| app | env | kind | detail |', '| --- | --- | --- | --- |', ...drift.map((d) => `| ${cell(d.app)} | ${cell(d.env)}${d.region ? ` (${cell(d.region)})` : ''} | \`${d.kind}\` | ${cell(d.message)} |`), '');
    }
    out.push('#### What runs where', '', (0,status_matrix/* renderMatrix */.CW)(matrix, 'markdown'), '');
    return out.join('\n');
}
const TRACKING_LABEL = 'gitops-promote-drift';
const TRACKING_TITLE = 'Config drift: environments out of step';
function trackingIssueBody(matrix, drift, runUrl) {
    return `${driftSummary(matrix, drift)}\n${runUrl ? `Last checked by ${runUrl}.\n` : ''}\n<!-- gitops-promote: this issue is updated in place and closed when the drift is gone -->\n`;
}

// EXTERNAL MODULE: ./.build/core/config/templates.js
var templates = __webpack_require__(7196);
;// CONCATENATED MODULE: ./.build/adapters/live-version.js

function field(data, path) {
    return path.split('.').reduce((o, k) => (o && typeof o === 'object' ? o[k] : undefined), data);
}
function liveReader(live, timeoutMs = 10_000) {
    return async (app, env, region) => {
        const spec = live[env];
        if (!spec)
            return undefined;
        const url = (0,templates/* fill */.GS)(spec.url, { app, env, region }).replace('{region}', '');
        try {
            const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
            if (!res.ok)
                return { error: `${url} answered HTTP ${res.status}` };
            const v = field(await res.json(), spec.field ?? 'version');
            return typeof v === 'string' || typeof v === 'number' ? { version: String(v) } : { error: `${url} has no ${spec.field ?? 'version'} field` };
        }
        catch (e) {
            const cause = e.cause;
            return { error: `${url}: ${cause?.code ?? cause?.message ?? e.message}` };
        }
    };
}

// EXTERNAL MODULE: ./.build/cli/cli-logger.js
var cli_logger = __webpack_require__(9178);
// EXTERNAL MODULE: ./.build/cli/repo-options.js
var repo_options = __webpack_require__(3888);
// EXTERNAL MODULE: ./.build/cli/usage.js
var usage = __webpack_require__(1488);
;// CONCATENATED MODULE: ./.build/cli/parity-command.js
// gitops-promote parity --base REF --head REF [--repo DIR] [--json]: exit 1 on a violation, 0 otherwise.
// gitops-promote drift [--ref REF] [--live] [--behind-after 7d] [--repo DIR] [--json]











async function commit(git, ref, flag) {
    const sha = await git.resolveCommit(ref);
    if (!sha)
        throw new errors/* UserError */.y(`${flag} ${(0,errors/* quote */.h)(ref)} is not a commit in this repository; expected a branch, tag or sha`);
    return sha;
}
async function runParityCommand(argv, out) {
    const { values: v } = (0,external_node_util_.parseArgs)({ args: argv, strict: true, options: { base: { type: 'string' }, head: { type: 'string' }, config: { type: 'string' }, repo: { type: 'string' }, json: { type: 'boolean', default: false } } });
    if (!v.base || !v.head)
        throw new errors/* UserError */.y(`parity needs --base and --head; ${usage/* USAGE */.u.parity}`);
    const { git, root } = await (0,repo_options/* cliGit */.DS)(v.repo, (0,cli_logger/* cliLogger */.$)(out), false);
    try {
        const report = await checkParity(git, await commit(git, v.base, '--base'), await commit(git, v.head, '--head'), { now: new Date(), configPath: v.config, singleAppName: (0,repo_options/* singleAppName */.F7)(root) });
        if (v.json)
            out.stdout(JSON.stringify(report));
        else {
            out.stdout(paritySummary(report).trimEnd());
            for (const x of report.violations)
                out.stderr(`error: ${x.file}:${x.line}: ${x.app} ${x.env}${x.region ? ` (${x.region})` : ''}: ${x.reason}`);
        }
        return report.ok ? 0 : 1;
    }
    finally {
        await git.dispose();
    }
}
async function runDriftCommand(argv, out) {
    const { values: v } = (0,external_node_util_.parseArgs)({ args: argv, strict: true, options: { ref: { type: 'string', default: 'HEAD' }, live: { type: 'boolean', default: false }, 'behind-after': { type: 'string' }, config: { type: 'string' }, repo: { type: 'string' }, json: { type: 'boolean', default: false } } });
    const { git, root } = await (0,repo_options/* cliGit */.DS)(v.repo, (0,cli_logger/* cliLogger */.$)(out), false);
    try {
        const head = await commit(git, v.ref, '--ref');
        const config = await (0,config_at/* configAt */.E)(await git.snapshot(head), v.config);
        const behind = v['behind-after'] ?? config.drift.behindAfter;
        let behindAfterMs;
        try {
            behindAfterMs = behind ? parseDuration(behind) : undefined;
        }
        catch (e) {
            throw new errors/* UserError */.y(`--behind-after: ${e.message}`);
        }
        if (v.live && !config.drift.live)
            throw new errors/* UserError */.y('--live needs drift.live endpoints in gitops-promote.yaml; expected drift: {live: {prod: {url: ...}}}');
        const live = v.live && config.drift.live ? liveReader(config.drift.live) : undefined;
        const { matrix, drift } = await computeDrift(git, head, { now: new Date(), configPath: v.config, singleAppName: (0,repo_options/* singleAppName */.F7)(root), behindAfterMs, live });
        out.stdout(v.json ? JSON.stringify({ matrix, drift }) : driftSummary(matrix, drift).trimEnd());
        return 0;
    }
    finally {
        await git.dispose();
    }
}


/***/ }),

/***/ 7293:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ PROMOTION_GREP),
/* harmony export */   U: () => (/* binding */ promotionRecords)
/* harmony export */ });
/* harmony import */ var _trailers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5803);

/** Commits that carry promotion or rollback trailers, newest first. */
function promotionRecords(commits) {
    const out = [];
    for (const c of commits) {
        const t = (0,_trailers_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTrailers */ .aw)(c.message);
        const app = t.get('Promoted-App') ?? t.get('Rollback-App');
        const env = t.get('Promoted-Env') ?? t.get('Rollback-Env');
        const rollbackOf = t.get('Rollback-Of');
        const version = rollbackOf ? t.get('Restored-Version') : t.get('Promoted-Version');
        if (!app || !env || !version)
            continue;
        out.push({
            sha: c.sha, kind: rollbackOf ? 'rollback' : 'promotion', app, env, version,
            previous: rollbackOf ? t.get('Rolled-Back-Version') : t.get('Previous-Version'),
            from: t.get('Promoted-From'), by: t.get('Promoted-By') ?? c.authorName, run: t.get('Workflow-Run'), date: c.committerDate,
            gateSkipped: t.get('Gate-Skipped'), freezeOverride: t.get('Freeze-Override'), rollbackOf, reason: t.get('Reason'),
        });
    }
    return out;
}
/** The grep that finds those commits cheaply (git filters before we parse). */
const PROMOTION_GREP = '^(Promoted-App|Rollback-App): ';


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
    if (tag === '')
        return { rule: 'no-latest', message: `version ${JSON.stringify(version)} has no tag; expected a tag such as v1.2.3 (a digest alone cannot be checked against the tag policy)` };
    if (tag.toLowerCase() === 'latest')
        return { rule: 'no-latest', message: `tag "latest" is never promoted: it names no fixed image; expected a version such as v1.2.3` };
    if (tagPattern === 'semver') {
        if (!SEMVER_TAG.test(tag))
            return { rule: 'tag-pattern', message: `tag ${JSON.stringify(tag)} is not semver; expected v?MAJOR.MINOR.PATCH[-pre] such as v1.2.3 or 1.4.0-rc.1 (policy.tagPattern)` };
    }
    else if (!new RegExp(tagPattern).test(tag)) {
        return { rule: 'tag-pattern', message: `tag ${JSON.stringify(tag)} does not match policy.tagPattern ${tagPattern}` };
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

/***/ 2726:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CW: () => (/* binding */ renderMatrix),
/* harmony export */   Kn: () => (/* binding */ buildMatrix)
/* harmony export */ });
/* unused harmony export cellText */
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7008);
/* harmony import */ var _target_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5742);


async function buildMatrix(snapshot, config, singleAppName) {
    const layout = (0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .discoverLayout */ .CA)(config, snapshot.files, singleAppName);
    const entries = await Promise.all(layout.targets.map(async (t) => {
        try {
            const v = (0,_target_version_js__WEBPACK_IMPORTED_MODULE_1__/* .readTargetVersion */ .e)(await snapshot.read(t.file), t);
            return { t, e: { file: t.file, region: t.region, version: v.version, line: v.line } };
        }
        catch (err) {
            return { t, e: { file: t.file, region: t.region, line: 1, problem: err.message } };
        }
    }));
    const byApp = new Map();
    for (const { t, e } of entries) {
        const row = byApp.get(t.app) ?? {};
        (row[t.env] ??= []).push(e);
        byApp.set(t.app, row);
    }
    return { envs: layout.envs.map((e) => e.name), apps: [...byApp.entries()].map(([app, cells]) => ({ app, cells })) };
}
/** "v1.2.3", or "v1.2.3 (eu), v1.2.4 (us)" when regions disagree; "—" when the app is not in that env. */
function cellText(entries) {
    if (!entries?.length)
        return '—';
    const vs = new Set(entries.map((e) => e.problem ? '!' : e.version ?? 'none'));
    if (vs.size === 1 && !entries.some((e) => e.problem))
        return entries[0]?.version ?? 'none';
    return entries.map((e) => `${e.problem ? 'error' : e.version ?? 'none'}${e.region ? ` (${e.region})` : ''}`).join(', ');
}
function renderMatrix(m, format) {
    if (format === 'json') {
        return JSON.stringify({ envs: m.envs, apps: m.apps.map((a) => ({ app: a.app, envs: Object.fromEntries(m.envs.map((e) => [e, (a.cells[e] ?? []).map((c) => ({ file: c.file, region: c.region ?? null, version: c.version ?? null, ...(c.problem ? { problem: c.problem } : {}) }))])) })) });
    }
    const rows = m.apps.map((a) => [a.app, ...m.envs.map((e) => cellText(a.cells[e]))]);
    const head = ['app', ...m.envs];
    if (format === 'markdown') {
        const esc = (s) => s.replace(/\|/g, '\\|');
        return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
    }
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
    return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}


/***/ })

};
