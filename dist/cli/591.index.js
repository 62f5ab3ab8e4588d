export const id = 591;
export const ids = [591];
export const modules = {

/***/ 2591:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HISTORY_USAGE: () => (/* binding */ HISTORY_USAGE),
/* harmony export */   runHistoryCommand: () => (/* binding */ runHistoryCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var _core_history_promotions_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7293);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8005);
/* harmony import */ var _core_validate_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2525);
/* harmony import */ var _cli_logger_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9178);
/* harmony import */ var _repo_options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1025);
/* harmony import */ var _core_config_environments_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3597);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1488);
// gitops-promote history --app A [--env E] [--ref REF] [--repo DIR] [--max N] [--json]: promotions and
// rollbacks, read from commit trailers.








const HISTORY_USAGE = _usage_js__WEBPACK_IMPORTED_MODULE_5__/* .USAGE */ .u.history;
async function runHistoryCommand(argv, out) {
    const { values: v } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: argv, strict: true, allowPositionals: false,
        options: { app: { type: 'string' }, env: { type: 'string' }, ref: { type: 'string', default: 'HEAD' }, repo: { type: 'string' }, max: { type: 'string' }, json: { type: 'boolean', default: false } },
    });
    const app = v.app === undefined ? undefined : (0,_core_validate_names_js__WEBPACK_IMPORTED_MODULE_2__/* .checkName */ .I3)('--app', v.app);
    const env = v.env === undefined ? undefined : (0,_core_validate_names_js__WEBPACK_IMPORTED_MODULE_2__/* .checkName */ .I3)('--env', v.env);
    const max = v.max === undefined ? 50 : Number(v.max);
    if (!Number.isInteger(max) || max < 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--max ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(v.max ?? '')} is not allowed; expected a whole number of at least 1`);
    const { git } = await (0,_repo_options_js__WEBPACK_IMPORTED_MODULE_4__.cliGit)(v.repo, (0,_cli_logger_js__WEBPACK_IMPORTED_MODULE_3__/* .cliLogger */ .$)(out), false);
    try {
        if (!(await git.resolveCommit(v.ref)))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--ref ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(v.ref)} is not a commit in this repository; expected a branch, tag or sha such as HEAD or origin/main`);
        const records = (0,_core_history_promotions_js__WEBPACK_IMPORTED_MODULE_6__/* .promotionRecords */ .U)(await git.log(v.ref, { grep: _core_history_promotions_js__WEBPACK_IMPORTED_MODULE_6__/* .PROMOTION_GREP */ .D }))
            .filter((r) => (!app || r.app === app) && (!env || (0,_core_config_environments_js__WEBPACK_IMPORTED_MODULE_7__/* .sameEnv */ .cC)(env, r.env)))
            .slice(0, max);
        if (v.json) {
            out.stdout(JSON.stringify(records));
            return 0;
        }
        if (!records.length) {
            out.stdout(`no promotions${app ? ` of ${app}` : ''}${env ? ` to ${env}` : ''} in ${v.ref}`);
            return 0;
        }
        const rows = records.map((r) => [r.date.replace('T', ' ').slice(0, 16), r.app, r.env, `${r.previous ?? '?'} -> ${r.version}`, r.kind === 'rollback' ? `rollback${r.reason ? `: ${r.reason}` : ''}` : r.from ? `from ${r.from}${r.gateSkipped ? ' (gate skipped)' : ''}` : '', r.by ?? '', r.sha.slice(0, 10)]);
        const head = ['when', 'app', 'env', 'version', 'how', 'by', 'commit'];
        const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
        for (const r of [head, ...rows])
            out.stdout(r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd());
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


/***/ })

};
