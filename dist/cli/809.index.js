export const id = 809;
export const ids = [809];
export const modules = {

/***/ 1809:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMergeReportsCommand: () => (/* binding */ runMergeReportsCommand)
});

// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
// EXTERNAL MODULE: ./.build/core/parity/report.js
var report = __webpack_require__(2752);
;// CONCATENATED MODULE: ./.build/core/parity/tracking-issue.js

async function syncTrackingIssue(issues, matrix, drift, runUrl) {
    const open = await issues.findOpen(report/* TRACKING_LABEL */.Bu);
    if (drift.length) {
        const body = (0,report/* trackingIssueBody */.BN)(matrix, drift, runUrl);
        if (open) {
            await issues.update(open.number, body);
            return { action: 'updated', url: open.url };
        }
        const made = await issues.create({ title: report/* TRACKING_TITLE */.jH, body, labels: [report/* TRACKING_LABEL */.Bu] });
        return { action: 'created', url: made.url };
    }
    if (!open)
        return { action: 'none' };
    await issues.close(open.number, `No drift any more${runUrl ? ` (checked by ${runUrl})` : ''}: closing.`);
    return { action: 'closed', url: open.url };
}

;// CONCATENATED MODULE: ./.build/core/scale/merge-reports.js
// Shard reports (drift --json, status --format json, each with --shard I/N) combined into the report one job would
// have written: every shard of one run present exactly once, all of the same commit, apps in the same order.

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const EXPECTED = 'expected the JSON of `drift --json --shard I/N` or `status --format json --shard I/N`';
function shardOfReport(file, data) {
    const s = data.shard;
    const index = isObject(s) ? s.index : undefined;
    const count = isObject(s) ? s.count : undefined;
    if (!Number.isInteger(index) || !Number.isInteger(count) || index < 1 || index > count) {
        throw new errors/* UserError */.y(`has no shard (index/count); ${EXPECTED}`, file, 1);
    }
    return { index: index, count: count };
}
/** Checks that the shards fit together: one kind, one commit, one N, each index once. */
function checkShards(inputs) {
    if (!inputs.length)
        throw new errors/* UserError */.y('merge-reports needs at least one shard report; expected FILE...');
    const first = inputs[0];
    const seen = new Map();
    let kind;
    let count = 0;
    for (const { file, data } of inputs) {
        const apps = isObject(data) ? (isObject(data.matrix) ? data.matrix.apps : data.apps) : undefined;
        if (!isObject(data) || typeof data.ref !== 'string' || !Array.isArray(apps)) {
            throw new errors/* UserError */.y(`is not a shard report; ${EXPECTED}`, file, 1);
        }
        // The commit is shown in the summary and the tracking issue: from an artifact, it must be a commit id.
        if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(data.ref)) {
            throw new errors/* UserError */.y(`has ref ${(0,errors/* quote */.h)(data.ref.slice(0, 80))}; expected a commit id (40 or 64 hex digits)`, file, 1);
        }
        const k = Array.isArray(data.drift) ? 'drift' : 'status';
        const s = shardOfReport(file, data);
        const ref = first.data.ref;
        const refuse = (why) => {
            throw new errors/* UserError */.y(why, file, 1);
        };
        if (kind && k !== kind)
            refuse(`is a ${k} report, ${first.file} a ${kind} report; expected reports of one kind`);
        const other = `${first.file} of ${(0,errors/* quote */.h)(String(ref))}`;
        if (data.ref !== ref)
            refuse(`is of commit ${(0,errors/* quote */.h)(data.ref)}, ${other}; expected the shards of one run`);
        if (count && s.count !== count)
            refuse(`is shard ${s.index}/${s.count}, ${first.file} one of ${count}; expected one N`);
        if (seen.has(s.index))
            refuse(`is shard ${s.index}/${s.count} again (also ${seen.get(s.index)}); expected each shard once`);
        seen.set(s.index, file);
        kind = k;
        count = s.count;
    }
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
    if (missing.length) {
        const names = missing.map((i) => `${i}/${count}`).join(', ');
        throw new errors/* UserError */.y(`shard${missing.length > 1 ? 's' : ''} ${names} missing; expected all ${count} shard reports`);
    }
    return { kind: kind, count };
}
const byApp = (a, b) => a.app.localeCompare(b.app);
function mergeReports(inputs) {
    const { kind, count } = checkShards(inputs);
    const indexOf = (i) => i.data.shard.index;
    const ordered = [...inputs].sort((a, b) => indexOf(a) - indexOf(b));
    const ref = (ordered[0]?.data).ref;
    if (kind === 'status') {
        const reports = ordered.map((i) => i.data);
        const apps = reports.flatMap((r) => r.apps).sort(byApp);
        return { kind, shards: count, report: { ref, shard: null, envs: reports[0]?.envs ?? [], apps } };
    }
    const reports = ordered.map((i) => i.data);
    const apps = reports.flatMap((r) => r.matrix.apps).sort(byApp);
    // One app's findings come from one shard, in the order a single job lists them: by app, then as found.
    const findings = new Map();
    for (const d of reports.flatMap((r) => r.drift)) {
        const list = findings.get(d.app);
        if (list)
            list.push(d);
        else
            findings.set(d.app, [d]);
    }
    const drift = apps.flatMap((a) => findings.get(a.app) ?? []);
    return { kind, shards: count, report: { ref, shard: null, matrix: { envs: reports[0]?.matrix.envs ?? [], apps }, drift } };
}
/** The line above a merged report, in the CLI's output and the action's job summary. */
const mergedTitle = (m) => `Merged ${m.shards} shard reports of ${m.report.ref.slice(0, 12)}`;

;// CONCATENATED MODULE: ./.build/core/scale/status-matrix.js
const entry = (c) => ({ file: c.file, region: c.region ?? undefined, version: c.version ?? undefined, line: 1, problem: c.problem });
const cells = (envs) => Object.fromEntries(Object.entries(envs).map(([env, list]) => [env, list.map(entry)]));
function statusMatrix(r) {
    return { envs: r.envs, apps: r.apps.map((a) => ({ app: a.app, cells: cells(a.envs) })) };
}

// EXTERNAL MODULE: ./.build/core/status/matrix.js
var status_matrix = __webpack_require__(2726);
// EXTERNAL MODULE: ./.build/core/verbs/definition.js
var definition = __webpack_require__(3068);
// EXTERNAL MODULE: ./.build/core/verbs/merge-reports.js
var merge_reports = __webpack_require__(2619);
// EXTERNAL MODULE: ./.build/core/verbs/option-source.js
var option_source = __webpack_require__(940);
;// CONCATENATED MODULE: ./.build/core/verbs/resolve-merge-reports.js
// merge-reports, read the same way by the CLI (flags, FILE...) and the action's merge-reports mode (inputs,
// `reports`): what the merged report may be used for once its kind (drift or status) is known.




const opt = (name) => (0,definition/* optionOf */.XD)(merge_reports/* MERGE_REPORTS */.T, name);
/** A status report has no drift: failing on drift or keeping the issue from one would silently do nothing. */
function resolveMergeRequest(src, kind) {
    const failOnDrift = (0,option_source/* readBool */.r5)(src, opt('fail-on-drift'));
    const trackingIssue = (0,option_source/* readBool */.r5)(src, opt('tracking-issue'));
    if (kind === 'status' && (failOnDrift || trackingIssue)) {
        const names = `${src.label(opt('fail-on-drift'))} and ${src.label(opt('tracking-issue'))}`;
        throw new errors/* UserError */.y(`${names} need drift reports; expected \`drift --json --shard I/N\` files`);
    }
    return { failOnDrift, trackingIssue };
}

// EXTERNAL MODULE: ./.build/core/verbs/render-help.js + 2 modules
var render_help = __webpack_require__(2853);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./.build/adapters/shard-report-file.js
// Shard report files: read for merge-reports (the CLI's FILE... and the action's `reports`), where an unreadable
// or non-JSON file is bad input naming the file, never a shorter merge; written by the action's drift mode.



/** `path` is read; `file` is how messages name it (as the user wrote it, or relative to the workspace). */
function readShardReport(path, file = path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (e) {
        const why = e.code ?? String(e);
        throw new errors/* UserError */.y(`cannot read: ${why}; expected a shard report (JSON)`, file);
    }
    try {
        return { file, data: JSON.parse(text) };
    }
    catch {
        throw new errors/* UserError */.y('is not JSON; expected a shard report from `drift --json --shard I/N`', file, 1);
    }
}
/** The JSON `drift --json --shard I/N` prints, to `path` (its directory made if need be). */
function writeShardReport(path, report) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(report));
}

// EXTERNAL MODULE: ./.build/cli/cli-logger.js
var cli_logger = __webpack_require__(9178);
// EXTERNAL MODULE: ./.build/cli/repo-options.js + 1 modules
var repo_options = __webpack_require__(1025);
// EXTERNAL MODULE: ./.build/cli/flag-source.js
var flag_source = __webpack_require__(2747);
;// CONCATENATED MODULE: ./.build/cli/merge-reports-command.js
// gitops-promote merge-reports FILE... (flags: src/core/verbs/merge-reports.ts): the shard reports of
// `drift --json --shard I/N` (or `status --format json --shard I/N`) as the one report a single job would have
// written. Only this step keeps the tracking issue and fails on drift: shards only report.















async function trackingIssue(out, matrix, drift, runUrl) {
    const token = (0,repo_options/* tokenFromEnv */.B)();
    const repository = process.env.GITHUB_REPOSITORY;
    if (!token || !repository) {
        throw new errors/* UserError */.y('--tracking-issue needs GITOPS_PROMOTE_TOKEN (or GITHUB_TOKEN) and GITHUB_REPOSITORY in the '
            + 'environment; expected both (a workflow step has GITHUB_REPOSITORY)');
    }
    const logger = (0,cli_logger/* cliLogger */.$)(out);
    const { fetchClient } = await __webpack_require__.e(/* import() */ 419).then(__webpack_require__.bind(__webpack_require__, 8419));
    const { issuesOver } = await __webpack_require__.e(/* import() */ 213).then(__webpack_require__.bind(__webpack_require__, 7213));
    const client = fetchClient(token, process.env.GITHUB_API_URL || 'https://api.github.com', { logger });
    const r = await syncTrackingIssue(issuesOver(client.request, repository, logger), matrix, drift, runUrl);
    out.stderr(r.action === 'none' ? 'tracking issue: nothing to do' : `tracking issue ${r.action}: ${r.url}`);
}
const flag = (name) => (0,definition/* optionOf */.XD)(merge_reports/* MERGE_REPORTS */.T, name);
async function runMergeReportsCommand(argv, out) {
    const { source, positionals } = (0,flag_source/* parseFlags */.b)(merge_reports/* MERGE_REPORTS */.T, argv);
    const json = (0,option_source/* readBool */.r5)(source, flag('json'));
    if (!positionals.length)
        throw new errors/* UserError */.y(`merge-reports needs the shard reports; ${(0,render_help/* usageLine */.U0)(merge_reports/* MERGE_REPORTS */.T)}`);
    const merged = mergeReports(positionals.map((f) => readShardReport(f)));
    const req = resolveMergeRequest(source, merged.kind);
    if (merged.kind === 'status') {
        out.stdout(json ? JSON.stringify(merged.report) : (0,status_matrix/* renderMatrix */.CW)(statusMatrix(merged.report), 'markdown'));
        return 0;
    }
    const { matrix, drift } = merged.report;
    if (req.trackingIssue)
        await trackingIssue(out, matrix, drift, (0,option_source/* readText */.yR)(source, flag('run-url')));
    const text = () => `${mergedTitle(merged)}\n\n${(0,report/* driftSummary */.gv)(matrix, drift).trimEnd()}`;
    out.stdout(json ? JSON.stringify(merged.report) : text());
    return req.failOnDrift && drift.length ? 1 : 0;
}


/***/ }),

/***/ 2752:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ trackingIssueBody),
/* harmony export */   Bu: () => (/* binding */ TRACKING_LABEL),
/* harmony export */   W_: () => (/* binding */ paritySummary),
/* harmony export */   gv: () => (/* binding */ driftSummary),
/* harmony export */   jH: () => (/* binding */ TRACKING_TITLE)
/* harmony export */ });
/* harmony import */ var _health_untrusted_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7381);
/* harmony import */ var _status_matrix_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2726);
// What the parity check and the drift report show people: job summary tables, outputs, a tracking issue body.


// Text from the repository (file names, image names, renderer messages) is the PR author's: inert in Markdown/HTML
// (no HTML, no links or images, no way out of a code span or a cell).
const cell = (s) => (0,_health_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .summaryText */ .g5)(s ?? '');
const ICON = { ok: '✅', rollback: '↩️', violation: '⛔' };
const images = (xs) => (xs?.length ? xs.map((x) => `\`${cell(x)}\``).join(', ') : 'none');
/** A Markdown table row of cells already made inert. */
const tableRow = (cells) => `| ${cells.join(' | ')} |`;
/** The environment, with its region when the row is one region's. */
const where = (env, region) => `${cell(env)}${region ? ` (${cell(region)})` : ''}`;
const counted = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;
function change(x) {
    const gone = (x.oldImages ?? []).filter((i) => !(x.newImages ?? []).includes(i));
    const added = (x.newImages ?? []).filter((i) => !(x.oldImages ?? []).includes(i));
    if (!gone.length && !added.length)
        return '—';
    return `${images(gone)} → ${images(added)}`;
}
const PARITY_HEADER = [
    '| app | env | images: old → new | previous env runs | verdict | reason |',
    '| --- | --- | --- | --- | --- | --- |',
];
function paritySummary(r) {
    const n = r.violations.length;
    const head = r.ok ? '### ✅ Staging parity: every image this change deploys has run in the previous environment'
        : `### ⛔ Staging parity: ${counted(n, 'violation')}`;
    const how = r.mode === 'render' ? `Rendered with ${cell(r.renderer)}`
        : 'Static model (images: only; no renderer), unexplained changes refused';
    const compared = `Compared ${r.base.slice(0, 12)}..${r.head.slice(0, 12)}. ${how}.`;
    const intro = [head, '', compared, ...r.notices.map((m) => `\n> ${cell(m)}`), ''];
    if (!r.rows.length)
        return [...intro, 'This change moves no image.', ''].join('\n');
    return [...intro, ...PARITY_HEADER, ...r.rows.map(parityRow), ''].join('\n');
}
function parityRow(x) {
    const previous = x.previousEnv ? `${cell(x.previousEnv)}: ${images(x.previousImages)}` : '—';
    const verdict = `${ICON[x.verdict]} ${x.rule ? `\`${x.rule}\`` : x.verdict}`;
    return tableRow([cell(x.app), where(x.env, x.region), change(x), previous, verdict, cell(x.reason)]);
}
function driftSummary(matrix, drift) {
    const out = [drift.length ? `### ⚠️ ${counted(drift.length, 'drift finding')}` : '### ✅ No drift', ''];
    if (drift.length) {
        const rows = drift.map((d) => tableRow([cell(d.app), where(d.env, d.region), `\`${d.kind}\``, cell(d.message)]));
        out.push('| app | env | kind | detail |', '| --- | --- | --- | --- |', ...rows, '');
    }
    out.push('#### What runs where', '', (0,_status_matrix_js__WEBPACK_IMPORTED_MODULE_1__/* .renderMatrix */ .CW)(matrix, 'markdown'), '');
    return out.join('\n');
}
const TRACKING_LABEL = 'gitops-promote-drift';
const TRACKING_TITLE = 'Config drift: environments out of step';
function trackingIssueBody(matrix, drift, runUrl) {
    const checked = runUrl ? `Last checked by ${runUrl}.\n` : '';
    return `${driftSummary(matrix, drift)}\n${checked}\n`
        + '<!-- gitops-promote: this issue is updated in place and closed when the drift is gone -->\n';
}


/***/ }),

/***/ 2726:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CW: () => (/* binding */ renderMatrix),
/* harmony export */   lQ: () => (/* binding */ matrixOf)
/* harmony export */ });
/* unused harmony exports buildMatrix, cellText */
/* harmony import */ var _health_untrusted_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7381);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7008);
/* harmony import */ var _target_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5742);
// What runs where: the app × environment version matrix at one commit, with regions.



async function buildMatrix(snapshot, config, singleAppName) {
    return matrixOf(snapshot, discoverLayout(config, snapshot.files, singleAppName));
}
const SLICE = 2000;
async function cellOf(snapshot, t) {
    try {
        const v = (0,_target_version_js__WEBPACK_IMPORTED_MODULE_2__/* .readTargetVersion */ .eS)(await snapshot.read(t.file), t);
        return { t, e: { file: t.file, region: t.region, version: v.version, line: v.line } };
    }
    catch (err) {
        return { t, e: { file: t.file, region: t.region, line: 1, problem: err.message } };
    }
}
/** The matrix of a layout already discovered on this snapshot. */
async function matrixOf(snapshot, layout) {
    const entries = [];
    // In slices: each slice's reads reach git together, and 80,000 blobs are never all in memory at once.
    for (let i = 0; i < layout.targets.length; i += SLICE) {
        entries.push(...(await Promise.all(layout.targets.slice(i, i + SLICE).map((t) => cellOf(snapshot, t)))));
    }
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
    return entries
        .map((e) => `${e.problem ? 'error' : e.version ?? 'none'}${e.region ? ` (${e.region})` : ''}`)
        .join(', ');
}
function renderMatrix(m, format) {
    if (format === 'json') {
        return JSON.stringify({
            envs: m.envs,
            apps: m.apps.map((a) => ({
                app: a.app,
                envs: Object.fromEntries(m.envs.map((e) => [e, (a.cells[e] ?? []).map((c) => ({
                        file: c.file, region: c.region ?? null, version: c.version ?? null,
                        ...(c.problem ? { problem: c.problem } : {}),
                    }))])),
            })),
        });
    }
    const rows = m.apps.map((a) => [a.app, ...m.envs.map((e) => cellText(a.cells[e]))]);
    const head = ['app', ...m.envs];
    if (format === 'markdown') {
        // Versions and names come from the repository (or a shard report's artifact): inert in the job summary.
        const rowText = (r) => `| ${r.map(_health_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .summaryText */ .g5).join(' | ')} |`;
        return [
            `| ${head.map(_health_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .summaryText */ .g5).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map(rowText),
        ].join('\n');
    }
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
    return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}


/***/ })

};
