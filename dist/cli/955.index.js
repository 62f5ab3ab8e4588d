export const id = 955;
export const ids = [955];
export const modules = {

/***/ 8955:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  STATUS_USAGE: () => (/* binding */ STATUS_USAGE),
  runStatusCommand: () => (/* binding */ runStatusCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
// EXTERNAL MODULE: ./.build/core/promote/config-at.js + 2 modules
var config_at = __webpack_require__(969);
// EXTERNAL MODULE: ./.build/core/layout.js
var core_layout = __webpack_require__(7008);
// EXTERNAL MODULE: ./.build/core/target-version.js
var target_version = __webpack_require__(5742);
;// CONCATENATED MODULE: ./.build/core/status/matrix.js


async function buildMatrix(snapshot, config, singleAppName) {
    const layout = (0,core_layout/* discoverLayout */.CA)(config, snapshot.files, singleAppName);
    const entries = await Promise.all(layout.targets.map(async (t) => {
        try {
            const v = (0,target_version/* readTargetVersion */.e)(await snapshot.read(t.file), t);
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

// EXTERNAL MODULE: ./.build/cli/cli-logger.js
var cli_logger = __webpack_require__(9178);
// EXTERNAL MODULE: ./.build/cli/repo-options.js
var repo_options = __webpack_require__(3888);
// EXTERNAL MODULE: ./.build/cli/usage.js
var usage = __webpack_require__(1488);
;// CONCATENATED MODULE: ./.build/cli/status-command.js
// gitops-promote status [--ref REF] [--format table|json|markdown] [--config PATH] [--repo DIR]: which version
// every app runs in every environment (and region).







const STATUS_USAGE = usage/* USAGE */.u.status;
async function runStatusCommand(argv, out) {
    const { values: v } = (0,external_node_util_.parseArgs)({
        args: argv, strict: true, allowPositionals: false,
        options: { ref: { type: 'string', default: 'HEAD' }, format: { type: 'string', default: 'table' }, config: { type: 'string' }, repo: { type: 'string' } },
    });
    if (!['table', 'json', 'markdown'].includes(v.format))
        throw new errors/* UserError */.y(`--format ${(0,errors/* quote */.h)(v.format)} is not a format; expected table, json or markdown`);
    const { git, root } = await (0,repo_options/* cliGit */.DS)(v.repo, (0,cli_logger/* cliLogger */.$)(out), false);
    try {
        const snapshot = await (0,repo_options/* snapshotAt */.e6)(git, v.ref);
        const matrix = await buildMatrix(snapshot, await (0,config_at/* configAt */.E)(snapshot, v.config), (0,repo_options/* singleAppName */.F7)(root));
        out.stdout(renderMatrix(matrix, v.format));
        return 0;
    }
    finally {
        await git.dispose();
    }
}


/***/ })

};
