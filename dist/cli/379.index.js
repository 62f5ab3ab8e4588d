export const id = 379;
export const ids = [379];
export const modules = {

/***/ 1379:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PROMOTE_USAGE: () => (/* binding */ PROMOTE_USAGE),
/* harmony export */   runPromoteCommand: () => (/* binding */ runPromoteCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8005);
/* harmony import */ var _core_promote_config_at_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7003);
/* harmony import */ var _core_promote_deliver_push_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8639);
/* harmony import */ var _core_promote_run_promote_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1343);
/* harmony import */ var _core_validate_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2525);
/* harmony import */ var _adapters_promote_session_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9480);
/* harmony import */ var _cli_logger_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9178);
/* harmony import */ var _repo_options_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1025);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1488);
// gitops-promote promote --app A --to ENV [--version V] [--mode push|pull-request] [--dry-run] [--repo DIR] …
// Run inside a clone whose origin is the config repo. Same rules and exit codes as the action.










const PROMOTE_USAGE = _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .USAGE */ .u.promote;
async function runPromoteCommand(argv, out) {
    const { values: v } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: argv, strict: true, allowPositionals: false,
        options: {
            app: { type: 'string' }, to: { type: 'string' }, version: { type: 'string' }, from: { type: 'string' },
            mode: { type: 'string' }, branch: { type: 'string' }, config: { type: 'string' }, 'dry-run': { type: 'boolean', default: false },
            'skip-gate': { type: 'string' }, 'allow-downgrade': { type: 'boolean', default: false }, 'freeze-override-reason': { type: 'string' },
            'max-attempts': { type: 'string' }, repo: { type: 'string' }, json: { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false },
        },
    });
    if (v.to === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`promote needs --to ENV; ${PROMOTE_USAGE}`);
    const to = (0,_core_validate_names_js__WEBPACK_IMPORTED_MODULE_5__/* .checkName */ .I3)('--to', v.to);
    const apps = v.app === undefined ? [] : (0,_core_validate_names_js__WEBPACK_IMPORTED_MODULE_5__/* .nameList */ .OD)('--app', v.app);
    if (v.mode !== undefined && v.mode !== 'push' && v.mode !== 'pull-request')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--mode ${JSON.stringify(v.mode)} is not a delivery mode; expected push or pull-request`);
    const maxAttempts = v['max-attempts'] === undefined ? undefined : Number(v['max-attempts']);
    if (maxAttempts !== undefined && (!Number.isInteger(maxAttempts) || maxAttempts < 1 || maxAttempts > 100))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--max-attempts ${JSON.stringify(v['max-attempts'])} is not allowed; expected a whole number from 1 to 100`);
    if (v['skip-gate'] !== undefined && !v['skip-gate'].trim())
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('--skip-gate needs a reason (it is recorded in the commit); expected e.g. --skip-gate "hotfix for INC-1234"');
    const logger = (0,_cli_logger_js__WEBPACK_IMPORTED_MODULE_7__/* .cliLogger */ .$)(out, v.verbose);
    const { git, root } = await (0,_repo_options_js__WEBPACK_IMPORTED_MODULE_8__.cliGit)(v.repo, logger, true);
    try {
        const branch = await (0,_adapters_promote_session_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveBranch */ .p)(git, v.branch, {});
        const config = await (0,_core_promote_config_at_js__WEBPACK_IMPORTED_MODULE_2__/* .configAt */ .E)(await git.snapshot(await (0,_core_promote_deliver_push_js__WEBPACK_IMPORTED_MODULE_3__/* .fetchTip */ .mC)(git, branch)), v.config);
        const mode = v.mode ?? config.delivery.mode ?? 'push';
        const result = await (0,_core_promote_run_promote_js__WEBPACK_IMPORTED_MODULE_4__/* .runPromote */ .E)({
            git,
            pullRequests: (0,_repo_options_js__WEBPACK_IMPORTED_MODULE_8__/* .cliPullRequests */ .GE)(git, logger),
            logger,
            request: {
                apps, to, version: v.version, from: v.from === undefined ? undefined : (0,_core_validate_names_js__WEBPACK_IMPORTED_MODULE_5__/* .checkName */ .I3)('--from', v.from), skipGate: v['skip-gate'],
                allowDowngrade: v['allow-downgrade'], freezeOverrideReason: v['freeze-override-reason'], now: new Date(), actor: await (0,_repo_options_js__WEBPACK_IMPORTED_MODULE_8__/* .actorName */ .ti)(git), singleAppName: (0,_repo_options_js__WEBPACK_IMPORTED_MODULE_8__/* .singleAppName */ .F7)(root),
            },
            mode, branch, configPath: v.config, dryRun: v['dry-run'],
            maxAttempts: maxAttempts ?? config.delivery.maxAttempts ?? 10, labels: config.delivery.labels ?? [], autoMerge: config.delivery.autoMerge ?? false,
        });
        out.stdout(v.json ? JSON.stringify({ status: result.outcome.status, attempts: result.outcome.attempts, ...result.outputs, files: JSON.parse(result.outputs.files), violations: result.outcome.plan.violations }) : result.summary.trimEnd());
        return result.exitCode;
    }
    finally {
        await git.dispose();
    }
}


/***/ })

};
