export const id = 525;
export const ids = [525];
export const modules = {

/***/ 1525:
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
// EXTERNAL MODULE: ./.build/core/config/environments.js
var environments = __webpack_require__(3597);
// EXTERNAL MODULE: ./.build/core/history/promotions.js
var promotions = __webpack_require__(7293);
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
    /** Whether the version was promoted into the env through the gate (so the previous env ran it then). */
    passedGate(app, env, version) {
        return this.records.some((r) => r.kind === 'promotion' && !r.gateSkipped && r.app === app && (0,environments/* sameEnv */.cC)(r.env, env) && (0,policy_versions/* sameVersion */.r1)(r.version, version));
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
// EXTERNAL MODULE: ./.build/core/promote/config-at.js
var config_at = __webpack_require__(7003);
// EXTERNAL MODULE: ./.build/core/target-version.js
var target_version = __webpack_require__(5742);
// EXTERNAL MODULE: ./.build/core/durations.js
var durations = __webpack_require__(7105);
;// CONCATENATED MODULE: ./.build/core/parity/check-parity.js
// The required check on config-repo PRs: every target whose version a change moves must have that version in
// the previous environment first (policy parity: current | ever | soak:<duration>), unless it is a rollback.
// Only files the change touches are read, so a 5,000-app repository is checked in the time of a few files.










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
    // A PR may be behind its base branch: its own change is fork-point..head, and after merging, the files it
    // touches come from head and every other file from base. (For merge_group, head contains base: fork = base.)
    const fork = (await git.mergeBase(base, head)) ?? base;
    const [baseSnap, headSnap, forkSnap, changed] = await Promise.all([git.snapshot(base), git.snapshot(head), git.snapshot(fork), git.changedFiles(fork, head)]);
    const touched = new Set(changed);
    const rows = [];
    const configFile = opts.configPath ?? 'gitops-promote.yaml';
    const configProblem = (e) => {
        if (!(e instanceof errors/* UserError */.y))
            throw e;
        const row = { app: '(config)', env: '-', file: e.file ?? configFile, line: e.line ?? 1, verdict: 'violation', rule: 'invalid-file', reason: e.message };
        return { base, head, rows: [row], violations: [row], ok: false };
    };
    // A config the change breaks is a violation of its own...
    if (touched.has(configFile) && headSnap.files.includes(configFile)) {
        try {
            await (0,config_at/* configAt */.E)(headSnap, opts.configPath);
        }
        catch (e) {
            return configProblem(e);
        }
    }
    // ...but the rules come from the base branch: a change cannot loosen the check that judges it.
    let config;
    try {
        config = await (0,config_at/* configAt */.E)(baseSnap.files.includes(configFile) ? baseSnap : headSnap, opts.configPath);
    }
    catch (e) {
        return configProblem(e);
    }
    // Targets as the merge would leave the repository: base's files plus the change's.
    const mergedFiles = [...new Set([...baseSnap.files.filter((f) => !touched.has(f) || headSnap.files.includes(f)), ...headSnap.files.filter((f) => touched.has(f))])];
    const layout = (0,core_layout/* discoverLayout */.CA)(config, mergedFiles, opts.singleAppName);
    const candidates = layout.targets.filter((t) => touched.has(t.file));
    const atHead = new Reader(headSnap);
    const atBase = new Reader(baseSnap);
    const atFork = new Reader(forkSnap);
    const merged = { read: (t) => (touched.has(t.file) ? atHead : atBase).read(t) };
    // History only when something changed: what ran before is read from the base branch, never from the change
    // (a commit in the change could claim anything); only rollback commits in the change count from it.
    let history;
    let inChange = [];
    const loadHistory = async () => {
        if (!history) {
            history = new VersionHistory((0,promotions/* promotionRecords */.U)(await git.log(base, { grep: promotions/* PROMOTION_GREP */.D })));
            inChange = (0,promotions/* promotionRecords */.U)(await git.log(`${fork}..${head}`, { grep: promotions/* PROMOTION_GREP */.D })).filter((r) => r.kind === 'rollback');
        }
        return history;
    };
    const moved = [];
    for (const t of candidates) {
        // "old" is the value where the change branched off: what the PR's diff shows.
        const [now, before] = await Promise.all([atHead.read(t), atFork.read(t)]);
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
        const rollbackCommit = inChange.find((r) => r.app === t.app && (0,environments/* sameEnv */.cC)(r.env, t.env) && (0,policy_versions/* sameVersion */.r1)(r.version, v));
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
        const prevNow = await Promise.all(prevTargets.map((p) => merged.read(p)));
        const prevBefore = await Promise.all(prevTargets.map((p) => atFork.read(p)));
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
            const need = (0,durations/* policyDuration */.l5)(parity.slice('soak:'.length));
            const since = runsNow ? h.runningSince(t.app, prev.name, v) : undefined;
            if (!runsNow)
                fail('soak', `${v} is not running in ${prev.name} (it runs ${row.previousVersion ?? 'nothing'}); expected it to soak there for ${parity.slice(5)} first`);
            else if (!since)
                fail('soak', `${prev.name} runs ${v}, but no promotion commit says since when; expected it promoted there by gitops-promote, ${parity.slice(5)} ago at least`);
            else {
                const soaked = opts.now.getTime() - Date.parse(since);
                if (soaked < need)
                    fail('soak', `${v} has run in ${prev.name} for ${(0,durations/* formatDuration */.a3)(soaked)} (since ${since}); policy needs ${parity.slice(5)}`);
                else
                    row.reason = `${v} has run in ${prev.name} for ${(0,durations/* formatDuration */.a3)(soaked)}`;
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
        const vs = await Promise.all(ts.map((t) => merged.read(t)));
        // An unreadable file is its own violation; it says nothing about whether the regions agree.
        if (vs.some((r) => r.error))
            continue;
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
    const matrix = await (0,status_matrix/* matrixOf */.lQ)(snapshot, layout);
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
                    // A promotion through the gate proves the previous env ran it; a gate-skipped one proves nothing.
                    if (!inPrevNow && !history.ran(row.app, prev.name, c.version) && !history.passedGate(row.app, env.name, c.version)) {
                        drift.push({ kind: 'never-in-previous', app: row.app, env: env.name, region: c.region, file: c.file, line: c.line, message: `${env.name} runs ${c.version}, which ${prev.name} never ran (it runs ${[...new Set(prevCells.map((p) => p.version ?? 'none'))].join(', ')})` });
                    }
                }
                if (opts.behindAfterMs !== undefined && prevCells.length) {
                    const prevVersion = prevCells[0]?.version;
                    const mine = ok[0]?.version;
                    const newer = prevVersion && mine && prevCells.every((p) => p.version === prevVersion) ? (0,policy_versions/* compareVersions */.Zy)(prevVersion, mine) : undefined;
                    const since = prevVersion ? history.runningSince(row.app, prev.name, prevVersion) : undefined;
                    if (newer !== undefined && newer > 0 && since && opts.now.getTime() - Date.parse(since) > opts.behindAfterMs) {
                        drift.push({ kind: 'behind', app: row.app, env: env.name, file: ok[0]?.file, line: ok[0]?.line, message: `${env.name} runs ${mine}; ${prev.name} has run ${prevVersion} for ${(0,durations/* formatDuration */.a3)(opts.now.getTime() - Date.parse(since))}` });
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
    const { git, root } = await (0,repo_options.cliGit)(v.repo, (0,cli_logger/* cliLogger */.$)(out), false);
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
    const { git, root } = await (0,repo_options.cliGit)(v.repo, (0,cli_logger/* cliLogger */.$)(out), false);
    try {
        const head = await commit(git, v.ref, '--ref');
        const config = await (0,config_at/* configAt */.E)(await git.snapshot(head), v.config);
        const behind = v['behind-after'] ?? config.drift.behindAfter;
        let behindAfterMs;
        try {
            behindAfterMs = behind ? (0,durations/* policyDuration */.l5)(behind) : undefined;
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
        if (path !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`config ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(path)} is not in the repository${snapshot.commit ? ` at ${snapshot.commit.slice(0, 12)}` : ''}; expected a path from the repository root`);
        return (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__/* .zeroConfig */ .dq)();
    }
    return (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z9)(await snapshot.read(file), file);
}


/***/ }),

/***/ 2726:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CW: () => (/* binding */ renderMatrix),
/* harmony export */   Kn: () => (/* binding */ buildMatrix),
/* harmony export */   lQ: () => (/* binding */ matrixOf)
/* harmony export */ });
/* unused harmony export cellText */
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7008);
/* harmony import */ var _target_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5742);


async function buildMatrix(snapshot, config, singleAppName) {
    return matrixOf(snapshot, (0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .discoverLayout */ .CA)(config, snapshot.files, singleAppName));
}
/** The matrix of a layout already discovered on this snapshot. */
async function matrixOf(snapshot, layout) {
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
