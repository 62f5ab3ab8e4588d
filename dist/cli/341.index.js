export const id = 341;
export const ids = [341];
export const modules = {

/***/ 7341:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HISTORY_USAGE: () => (/* binding */ HISTORY_USAGE),
  runHistoryCommand: () => (/* binding */ runHistoryCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./.build/core/history/promotions.js
var promotions = __webpack_require__(7293);
;// CONCATENATED MODULE: ./.build/core/history/latest-records.js

/** The `max` newest records that `keep` accepts, newest first; git is asked for 4× more commits each round. */
async function latestRecords(git, ref, keep, max) {
    for (let page = max;; page *= 4) {
        const commits = await git.log(ref, { grep: promotions/* PROMOTION_GREP */.D, max: page });
        const records = (0,promotions/* promotionRecords */.U)(commits).filter(keep);
        if (records.length >= max || commits.length < page)
            return records.slice(0, max);
    }
}

// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
// EXTERNAL MODULE: ./.build/core/validate-names.js
var validate_names = __webpack_require__(2525);
// EXTERNAL MODULE: ./.build/cli/cli-logger.js
var cli_logger = __webpack_require__(9178);
// EXTERNAL MODULE: ./.build/cli/repo-options.js + 1 modules
var repo_options = __webpack_require__(1025);
// EXTERNAL MODULE: ./.build/core/config/environments.js
var environments = __webpack_require__(3597);
// EXTERNAL MODULE: ./.build/cli/usage.js
var usage = __webpack_require__(1488);
;// CONCATENATED MODULE: ./.build/cli/history-command.js
// gitops-promote history --app A [--env E] [--ref REF] [--repo DIR] [--max N] [--json]: promotions and
// rollbacks, read from commit trailers.








const HISTORY_USAGE = usage/* USAGE */.u.history;
async function runHistoryCommand(argv, out) {
    const { values: v } = (0,external_node_util_.parseArgs)({
        args: argv, strict: true, allowPositionals: false,
        options: { app: { type: 'string' }, env: { type: 'string' }, ref: { type: 'string', default: 'HEAD' }, repo: { type: 'string' }, max: { type: 'string' }, json: { type: 'boolean', default: false } },
    });
    const app = v.app === undefined ? undefined : (0,validate_names/* checkName */.I3)('--app', v.app);
    const env = v.env === undefined ? undefined : (0,validate_names/* checkName */.I3)('--env', v.env);
    const max = v.max === undefined ? 50 : Number(v.max);
    if (!Number.isInteger(max) || max < 1)
        throw new errors/* UserError */.y(`--max ${(0,errors/* quote */.h)(v.max ?? '')} is not allowed; expected a whole number of at least 1`);
    const { git } = await (0,repo_options.cliGit)(v.repo, (0,cli_logger/* cliLogger */.$)(out), false);
    try {
        if (!(await git.resolveCommit(v.ref)))
            throw new errors/* UserError */.y(`--ref ${(0,errors/* quote */.h)(v.ref)} is not a commit in this repository; expected a branch, tag or sha such as HEAD or origin/main`);
        const records = await latestRecords(git, v.ref, (r) => (!app || r.app === app) && (!env || (0,environments/* sameEnv */.cC)(env, r.env)), max);
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
