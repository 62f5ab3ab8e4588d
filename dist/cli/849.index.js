export const id = 849;
export const ids = [849];
export const modules = {

/***/ 9178:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ cliLogger)
/* harmony export */ });
function cliLogger(out, verbose = false) {
    const where = (w) => (w?.file ? `${w.file}${w.line ? `:${w.line}` : ''}: ` : '');
    return {
        info: (m) => out.stderr(m),
        warning: (m, w) => out.stderr(`warning: ${where(w)}${m}`),
        error: (m, w) => out.stderr(`error: ${where(w)}${m}`),
        debug: (m) => { if (verbose)
            out.stderr(`debug: ${m}`); },
    };
}


/***/ }),

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
/* harmony import */ var _cli_logger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9178);
/* harmony import */ var _repo_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1025);
/* harmony import */ var _core_config_environments_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3597);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1488);
// gitops-promote history --app A [--env E] [--ref REF] [--repo DIR] [--max N] [--json]: promotions and
// rollbacks, read from commit trailers.








const HISTORY_USAGE = _usage_js__WEBPACK_IMPORTED_MODULE_4__/* .USAGE */ .u.history;
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
    const { git } = await (0,_repo_options_js__WEBPACK_IMPORTED_MODULE_3__.cliGit)(v.repo, (0,_cli_logger_js__WEBPACK_IMPORTED_MODULE_5__/* .cliLogger */ .$)(out), false);
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

/***/ 3597:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TE: () => (/* binding */ isSafeName),
/* harmony export */   UC: () => (/* binding */ knownRank),
/* harmony export */   cC: () => (/* binding */ sameEnv)
/* harmony export */ });
/* unused harmony export NAME_PATTERN */
// Environment names and their order. Zero-config knows dev → staging → prod under their common spellings.
const FAMILIES = [['dev', 'development'], ['staging', 'stage'], ['prod', 'production']];
/** 0 for dev-like, 1 staging-like, 2 prod-like, undefined for names zero-config does not know. */
function knownRank(name) {
    const i = FAMILIES.findIndex((f) => f.includes(name));
    return i < 0 ? undefined : i;
}
/** Does `asked` (what a user typed, e.g. "prod") name the env `name` (e.g. "production")? */
function sameEnv(asked, name) {
    if (asked === name)
        return true;
    const a = knownRank(asked);
    return a !== undefined && a === knownRank(name);
}
/** Names are used in paths, branch names and commit trailers: keep them to a safe alphabet. */
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
function isSafeName(s) {
    return NAME_PATTERN.test(s) && !s.includes('..');
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

/***/ 1819:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ SourceText)
/* harmony export */ });
// Offsets <-> lines for one YAML source text, and the facts about its bytes an exact edit must keep.
class SourceText {
    text;
    lineStarts = [0];
    /** The line ending most lines use: new lines are written with it. */
    eol;
    bomLength;
    constructor(text) {
        this.text = text;
        let crlf = 0;
        let lf = 0;
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (i > 0 && text.charCodeAt(i - 1) === 13)
                crlf++;
            else
                lf++;
            this.lineStarts.push(i + 1);
        }
        this.eol = crlf > lf ? '\r\n' : '\n';
        this.bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    }
    /** 1-based line of an offset. */
    lineOf(offset) {
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    /** Offset where a 1-based line's text starts (after the BOM on line 1). */
    lineStart(line) {
        return line === 1 ? this.bomLength : this.lineStarts[line - 1];
    }
    /** Offset of the end of a line's text, before its line ending. */
    lineEnd(line) {
        const next = this.lineStarts[line];
        if (next === undefined)
            return this.text.length;
        return next - (next >= 2 && this.text.charCodeAt(next - 2) === 13 ? 2 : 1);
    }
    /** Offset just past a line's ending (the next line's start, or the end of the text). */
    lineNext(line) {
        return this.lineStarts[line] ?? this.text.length;
    }
    /** The line ending that ends a line: '' for a last line without one. */
    eolOf(line) {
        return this.text.slice(this.lineEnd(line), this.lineNext(line));
    }
    column(offset) {
        return offset - this.lineStart(this.lineOf(offset));
    }
    lineCount() {
        return this.lineStarts.length;
    }
}


/***/ }),

/***/ 2525:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ checkBranch),
/* harmony export */   I3: () => (/* binding */ checkName),
/* harmony export */   OD: () => (/* binding */ nameList)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8005);
/* harmony import */ var _config_environments_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3597);
// Names that end up in refs, paths and commit trailers are checked before anything runs.


function checkName(kind, value) {
    if (!(0,_config_environments_js__WEBPACK_IMPORTED_MODULE_1__/* .isSafeName */ .TE)(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${kind} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(value)} is not allowed; expected letters, digits, ".", "_" or "-" (not starting with "-" or ".", no "..", at most 63 characters)`);
    }
    return value;
}
/** A branch name git accepts and no option parser can mistake for a flag. */
function checkBranch(kind, value) {
    const bad = value === '' || value.startsWith('-') || value.startsWith('/') || value.endsWith('/') || value.endsWith('.') || value.endsWith('.lock') ||
        value.includes('..') || value.includes('//') || value.includes('@{') || value === '@' ||
        /[\x00-\x20\x7f~^:?*[\\]/.test(value) || value.split('/').some((p) => p.startsWith('.')) || value.length > 200;
    if (bad)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${kind} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(value)} is not a valid branch name; expected something like main or release/2026-11 (no "..", spaces, ~^:?*[\\, not starting with "-")`);
    return value;
}
/** "a, b\nc" → ["a", "b", "c"], each checked. */
function nameList(kind, value) {
    return value.split(/[,\n]/).map((s) => s.trim()).filter(Boolean).map((s) => checkName(kind, s));
}


/***/ })

};
