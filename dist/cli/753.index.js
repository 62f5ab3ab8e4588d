export const id = 753;
export const ids = [753];
export const modules = {

/***/ 1753:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   STATUS_USAGE: () => (/* binding */ STATUS_USAGE),
/* harmony export */   runStatusCommand: () => (/* binding */ runStatusCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8005);
/* harmony import */ var _core_promote_config_at_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(969);
/* harmony import */ var _core_status_matrix_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2726);
/* harmony import */ var _cli_logger_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9178);
/* harmony import */ var _repo_options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3888);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1488);
// gitops-promote status [--ref REF] [--format table|json|markdown] [--config PATH] [--repo DIR]: which version
// every app runs in every environment (and region).







const STATUS_USAGE = _usage_js__WEBPACK_IMPORTED_MODULE_5__/* .USAGE */ .u.status;
async function runStatusCommand(argv, out) {
    const { values: v } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: argv, strict: true, allowPositionals: false,
        options: { ref: { type: 'string', default: 'HEAD' }, format: { type: 'string', default: 'table' }, config: { type: 'string' }, repo: { type: 'string' } },
    });
    if (!['table', 'json', 'markdown'].includes(v.format))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--format ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(v.format)} is not a format; expected table, json or markdown`);
    const { git, root } = await (0,_repo_options_js__WEBPACK_IMPORTED_MODULE_4__/* .cliGit */ .DS)(v.repo, (0,_cli_logger_js__WEBPACK_IMPORTED_MODULE_6__/* .cliLogger */ .$)(out), false);
    try {
        const snapshot = await (0,_repo_options_js__WEBPACK_IMPORTED_MODULE_4__/* .snapshotAt */ .e6)(git, v.ref);
        const matrix = await (0,_core_status_matrix_js__WEBPACK_IMPORTED_MODULE_3__/* .buildMatrix */ .Kn)(snapshot, await (0,_core_promote_config_at_js__WEBPACK_IMPORTED_MODULE_2__/* .configAt */ .E)(snapshot, v.config), (0,_repo_options_js__WEBPACK_IMPORTED_MODULE_4__/* .singleAppName */ .F7)(root));
        out.stdout((0,_core_status_matrix_js__WEBPACK_IMPORTED_MODULE_3__/* .renderMatrix */ .CW)(matrix, v.format));
        return 0;
    }
    finally {
        await git.dispose();
    }
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
