export const id = 379;
export const ids = [379];
export const modules = {

/***/ 1379:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPromoteCommand: () => (/* binding */ runPromoteCommand)
/* harmony export */ });
/* harmony import */ var _core_promote_branch_tip_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6527);
/* harmony import */ var _core_promote_run_promote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1343);
/* harmony import */ var _core_verbs_definition_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3068);
/* harmony import */ var _core_verbs_promote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2101);
/* harmony import */ var _core_verbs_resolve_delivery_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1778);
/* harmony import */ var _core_verbs_option_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(940);
/* harmony import */ var _adapters_promote_session_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4622);
/* harmony import */ var _adapters_test_backoff_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9650);
/* harmony import */ var _cli_logger_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9178);
/* harmony import */ var _flag_source_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2747);
/* harmony import */ var _repo_options_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1025);
// gitops-promote promote: the promote action's verb for a terminal. Flags are read as the action reads its inputs
// (src/core/verbs/resolve-delivery.ts); run inside a clone whose origin is the config repository.











async function runPromoteCommand(argv, out) {
    const { source } = (0,_flag_source_js__WEBPACK_IMPORTED_MODULE_8__/* .parseFlags */ .b)(_core_verbs_promote_js__WEBPACK_IMPORTED_MODULE_2__/* .PROMOTE */ .R, argv);
    const args = (0,_core_verbs_resolve_delivery_js__WEBPACK_IMPORTED_MODULE_3__/* .readPromoteArgs */ .E6)(source);
    const flag = (name) => (0,_core_verbs_definition_js__WEBPACK_IMPORTED_MODULE_10__/* .optionOf */ .XD)(_core_verbs_promote_js__WEBPACK_IMPORTED_MODULE_2__/* .PROMOTE */ .R, name);
    const json = (0,_core_verbs_option_source_js__WEBPACK_IMPORTED_MODULE_4__/* .readBool */ .r5)(source, flag('json'));
    const logger = (0,_cli_logger_js__WEBPACK_IMPORTED_MODULE_7__/* .cliLogger */ .$)(out, (0,_core_verbs_option_source_js__WEBPACK_IMPORTED_MODULE_4__/* .readBool */ .r5)(source, flag('verbose')));
    const { git, root } = await (0,_repo_options_js__WEBPACK_IMPORTED_MODULE_9__/* .cliGit */ .DS)((0,_core_verbs_option_source_js__WEBPACK_IMPORTED_MODULE_4__/* .readText */ .yR)(source, flag('repo')), logger, true);
    try {
        // The branch as the action finds it, minus the workflow's variables: the checkout's, else the remote's default.
        const branch = await (0,_adapters_promote_session_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveBranch */ .pd)(git, args.branch, {});
        const { tip, config } = await (0,_core_promote_branch_tip_js__WEBPACK_IMPORTED_MODULE_0__/* .branchTip */ .u)(git, branch, args.configPath);
        const delivery = (0,_core_verbs_resolve_delivery_js__WEBPACK_IMPORTED_MODULE_3__/* .settleDelivery */ .Qk)(args, config);
        const result = await (0,_core_promote_run_promote_js__WEBPACK_IMPORTED_MODULE_1__/* .runPromote */ .E)({
            git,
            backoffBaseMs: (0,_adapters_test_backoff_js__WEBPACK_IMPORTED_MODULE_6__/* .testBackoffBaseMs */ .m)(), // tests only: see src/adapters/test-backoff.ts
            pullRequests: (0,_repo_options_js__WEBPACK_IMPORTED_MODULE_9__/* .cliPullRequests */ .GE)(git, logger),
            logger,
            request: {
                apps: args.apps, to: args.to, version: args.version, from: args.from, skipGate: args.skipGate,
                allowDowngrade: args.allowDowngrade, freezeOverrideReason: args.freezeOverrideReason, now: new Date(),
                actor: await (0,_repo_options_js__WEBPACK_IMPORTED_MODULE_9__/* .actorName */ .ti)(git), singleAppName: (0,_repo_options_js__WEBPACK_IMPORTED_MODULE_9__/* .singleAppName */ .F7)(root),
            },
            ...delivery, branch, tip, configPath: args.configPath, dryRun: args.dryRun,
        });
        if (!json)
            out.stdout(result.summary.trimEnd());
        else {
            const { outcome, outputs } = result;
            const files = JSON.parse(outputs.files);
            const { status, attempts, plan } = outcome;
            out.stdout(JSON.stringify({ status, attempts, ...outputs, files, violations: plan.violations }));
        }
        return result.exitCode;
    }
    finally {
        await git.dispose();
    }
}


/***/ })

};
