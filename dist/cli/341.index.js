export const id = 341;
export const ids = [341];
export const modules = {

/***/ 7341:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runHistoryCommand: () => (/* binding */ runHistoryCommand)
});

// EXTERNAL MODULE: ./.build/core/config/environments.js
var environments = __webpack_require__(3597);
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

// EXTERNAL MODULE: ./.build/core/layout.js
var core_layout = __webpack_require__(7008);
// EXTERNAL MODULE: ./.build/core/promote/config-at.js
var config_at = __webpack_require__(7003);
// EXTERNAL MODULE: ./.build/core/verbs/definition.js
var definition = __webpack_require__(3068);
// EXTERNAL MODULE: ./.build/core/verbs/option-source.js
var option_source = __webpack_require__(940);
// EXTERNAL MODULE: ./.build/core/verbs/read-verbs.js
var read_verbs = __webpack_require__(3638);
// EXTERNAL MODULE: ./.build/cli/cli-logger.js
var cli_logger = __webpack_require__(9178);
// EXTERNAL MODULE: ./.build/cli/flag-source.js
var flag_source = __webpack_require__(2747);
// EXTERNAL MODULE: ./.build/cli/read-ref.js
var read_ref = __webpack_require__(6567);
// EXTERNAL MODULE: ./.build/cli/repo-options.js + 1 modules
var repo_options = __webpack_require__(1025);
;// CONCATENATED MODULE: ./.build/cli/history-command.js
// gitops-promote history: promotions and rollbacks, read from commit trailers of origin/BRANCH after a quiet fetch
// (src/cli/read-ref.ts). --app and --env are checked against the layout of that commit, as every verb checks them.











const flag = (name) => (0,definition/* optionOf */.XD)(read_verbs/* HISTORY */.V, name);
async function checkNames(git, sha, root, names) {
    if (names.app === undefined && names.env === undefined)
        return;
    const snapshot = await git.snapshot(sha);
    const layout = (0,core_layout/* discoverLayout */.CA)(await (0,config_at/* configAt */.E)(snapshot, names.config), snapshot.files, (0,repo_options/* singleAppName */.F7)(root));
    if (names.env !== undefined)
        (0,core_layout/* findEnv */.z9)(layout, names.env);
    if (names.app !== undefined)
        (0,core_layout/* findApp */.J0)(layout, names.app);
}
function table(records) {
    const how = (r) => {
        if (r.kind === 'rollback')
            return `rollback${r.reason ? `: ${r.reason}` : ''}`;
        return r.from ? `from ${r.from}${r.gateSkipped ? ' (gate skipped)' : ''}` : '';
    };
    const rows = records.map((r) => [
        r.date.replace('T', ' ').slice(0, 16), r.app, r.env, `${r.previous ?? '?'} -> ${r.version}`, how(r), r.by ?? '',
        r.sha.slice(0, 10),
    ]);
    const head = ['when', 'app', 'env', 'version', 'how', 'by', 'commit'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    return [head, ...rows].map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd());
}
async function runHistoryCommand(argv, out) {
    const { source } = (0,flag_source/* parseFlags */.b)(read_verbs/* HISTORY */.V, argv);
    const app = (0,option_source/* readName */.MQ)(source, flag('app'));
    const env = (0,option_source/* readName */.MQ)(source, flag('env'));
    const max = (0,option_source/* readInt */.Uk)(source, flag('max')) ?? Number(flag('max').default);
    const logger = (0,cli_logger/* cliLogger */.$)(out, (0,option_source/* readBool */.r5)(source, flag('verbose')));
    const { git, root } = await (0,repo_options/* cliGit */.DS)((0,option_source/* readText */.yR)(source, flag('repo')), logger, true);
    try {
        const at = await (0,read_ref/* readRef */.sg)(git, (0,option_source/* readText */.yR)(source, flag('ref')), (0,option_source/* readBool */.r5)(source, flag('no-fetch')), logger);
        await checkNames(git, at.sha, root, { app, env, config: (0,option_source/* readText */.yR)(source, flag('config')) });
        // Reads back only as far as it needs: the newest `max` records, not every promotion commit.
        const keep = (r) => (!app || r.app === app) && (!env || (0,environments/* sameEnv */.cC)(env, r.env));
        const records = await latestRecords(git, at.sha, keep, max);
        if ((0,option_source/* readBool */.r5)(source, flag('json')))
            out.stdout(JSON.stringify(records));
        else if (records.length)
            for (const line of table(records))
                out.stdout(line);
        else
            out.stdout(`no promotions${app ? ` of ${app}` : ''}${env ? ` to ${env}` : ''} in ${at.name}`);
        return 0;
    }
    finally {
        await git.dispose();
    }
}


/***/ }),

/***/ 6567:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ commitOf),
/* harmony export */   lu: () => (/* binding */ trackingRef),
/* harmony export */   sg: () => (/* binding */ readRef)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8005);
// What a read verb (status, history, drift, parity) reads when no ref is given: origin/BRANCH after a quiet fetch,
// so that what was just pushed (by a promotion from this CLI, or anyone) is what is shown. --no-fetch reads HEAD
// and says how far it is behind origin/BRANCH as last fetched.

/** An explicit ref, or an error naming the flag it came from. */
async function commitOf(git, ref, flag) {
    const sha = await git.resolveCommit(ref);
    if (sha)
        return sha;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${flag} ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(ref)} is not a commit in this repository; expected a branch, tag or sha `
        + 'such as HEAD or origin/main');
}
/**
 * The branch origin/BRANCH names. Read verbs: HEAD's upstream on origin, else origin's default branch, else HEAD's
 * branch. parity (`target`): origin's default branch first, the one a pull request would merge into.
 */
async function remoteBranch(git, target) {
    const ask = async (args) => {
        const r = await git.run(args, { allowFail: true });
        return r.code === 0 ? r.stdout.trim() : '';
    };
    const onRemote = (ref) => (ref.startsWith(`${git.remote}/`) ? ref.slice(git.remote.length + 1) : '');
    const upstream = async () => onRemote(await ask(['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{u}']));
    const def = async () => onRemote(await ask(['symbolic-ref', '-q', '--short', `refs/remotes/${git.remote}/HEAD`]));
    const found = target ? (await def()) || (await upstream()) : (await upstream()) || (await def());
    return found || (await ask(['symbolic-ref', '--quiet', '--short', 'HEAD'])) || undefined;
}
async function behindBy(git, tracking) {
    const r = await git.run(['rev-list', '--count', `HEAD..${tracking}`], { allowFail: true });
    return r.code === 0 ? Number(r.stdout.trim()) : 0;
}
/** origin/BRANCH, fetched quietly first unless `fetch` is false; undefined without an origin or such a branch. */
async function trackingRef(git, fetch, logger, target = false) {
    const branch = (await git.remoteUrl()) ? await remoteBranch(git, target) : undefined;
    if (!branch)
        return undefined;
    const tracking = `${git.remote}/${branch}`;
    if (fetch) {
        const refspec = `+refs/heads/${branch}:refs/remotes/${tracking}`;
        const r = await git.run(['fetch', '--quiet', '--no-tags', git.remote, refspec], { allowFail: true });
        const why = r.stderr.trim().split('\n').pop();
        if (r.code !== 0) {
            logger.warning(`could not fetch ${branch} from ${git.remote} (${why}); reading ${tracking} as last fetched`);
        }
    }
    return (await git.resolveCommit(tracking)) ? tracking : undefined;
}
/** `asked` (the --ref given), else origin/BRANCH after a quiet fetch, else HEAD; --no-fetch: HEAD, how far behind. */
async function readRef(git, asked, noFetch, logger, flag = '--ref') {
    if (asked !== undefined)
        return { name: asked, sha: await commitOf(git, asked, flag) };
    const tracking = await trackingRef(git, !noFetch, logger);
    if (tracking && !noFetch)
        return { name: tracking, sha: await commitOf(git, tracking, tracking) };
    if (tracking) {
        const behind = await behindBy(git, tracking);
        const commits = `${behind} commit${behind === 1 ? '' : 's'}`;
        if (behind)
            logger.warning(`reading HEAD (--no-fetch), ${commits} behind ${tracking} as last fetched`);
    }
    return { name: 'HEAD', sha: await commitOf(git, 'HEAD', 'HEAD') };
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
        if (path !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`config ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(path)} is not in the repository`
                + `${snapshot.commit ? ` at ${snapshot.commit.slice(0, 12)}` : ''}; expected a path from the repository root`);
        }
        return (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__/* .zeroConfig */ .dq)();
    }
    return (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z9)(await snapshot.read(file), file);
}


/***/ })

};
