export const id = 753;
export const ids = [753];
export const modules = {

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

/***/ 1753:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runStatusCommand: () => (/* binding */ runStatusCommand)
/* harmony export */ });
/* harmony import */ var _core_promote_config_at_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7003);
/* harmony import */ var _core_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7008);
/* harmony import */ var _core_scale_shard_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6605);
/* harmony import */ var _core_status_matrix_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2726);
/* harmony import */ var _core_verbs_definition_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3068);
/* harmony import */ var _core_verbs_option_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(940);
/* harmony import */ var _core_verbs_read_verbs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3638);
/* harmony import */ var _cli_logger_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9178);
/* harmony import */ var _flag_source_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2747);
/* harmony import */ var _read_ref_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6567);
/* harmony import */ var _repo_options_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1025);
// gitops-promote status: which version every app runs in every environment (and region), read from origin/BRANCH
// after a quiet fetch (src/cli/read-ref.ts), the config from the same commit.











async function runStatusCommand(argv, out) {
    const { source } = (0,_flag_source_js__WEBPACK_IMPORTED_MODULE_7__/* .parseFlags */ .b)(_core_verbs_read_verbs_js__WEBPACK_IMPORTED_MODULE_5__/* .STATUS */ .X, argv);
    const flag = (name) => (0,_core_verbs_definition_js__WEBPACK_IMPORTED_MODULE_10__/* .optionOf */ .XD)(_core_verbs_read_verbs_js__WEBPACK_IMPORTED_MODULE_5__/* .STATUS */ .X, name);
    const format = (0,_core_verbs_option_source_js__WEBPACK_IMPORTED_MODULE_4__/* .readChoice */ .Kf)(source, flag('format')) ?? 'table';
    const shardText = (0,_core_verbs_option_source_js__WEBPACK_IMPORTED_MODULE_4__/* .readText */ .yR)(source, flag('shard'));
    const shard = shardText === undefined ? undefined : (0,_core_scale_shard_js__WEBPACK_IMPORTED_MODULE_2__/* .parseShard */ .uK)(shardText, '--shard');
    const logger = (0,_cli_logger_js__WEBPACK_IMPORTED_MODULE_6__/* .cliLogger */ .$)(out, (0,_core_verbs_option_source_js__WEBPACK_IMPORTED_MODULE_4__/* .readBool */ .r5)(source, flag('verbose')));
    const { git, root } = await (0,_repo_options_js__WEBPACK_IMPORTED_MODULE_9__/* .cliGit */ .DS)((0,_core_verbs_option_source_js__WEBPACK_IMPORTED_MODULE_4__/* .readText */ .yR)(source, flag('repo')), logger, true);
    try {
        const at = await (0,_read_ref_js__WEBPACK_IMPORTED_MODULE_8__/* .readRef */ .sg)(git, (0,_core_verbs_option_source_js__WEBPACK_IMPORTED_MODULE_4__/* .readText */ .yR)(source, flag('ref')), (0,_core_verbs_option_source_js__WEBPACK_IMPORTED_MODULE_4__/* .readBool */ .r5)(source, flag('no-fetch')), logger);
        const snapshot = await git.snapshot(at.sha);
        const config = await (0,_core_promote_config_at_js__WEBPACK_IMPORTED_MODULE_0__/* .configAt */ .E)(snapshot, (0,_core_verbs_option_source_js__WEBPACK_IMPORTED_MODULE_4__/* .readText */ .yR)(source, flag('config')));
        const layout = (0,_core_scale_shard_js__WEBPACK_IMPORTED_MODULE_2__/* .shardLayout */ .d)((0,_core_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .discoverLayout */ .CA)(config, snapshot.files, (0,_repo_options_js__WEBPACK_IMPORTED_MODULE_9__/* .singleAppName */ .F7)(root)), shard);
        const text = (0,_core_status_matrix_js__WEBPACK_IMPORTED_MODULE_3__/* .renderMatrix */ .CW)(await (0,_core_status_matrix_js__WEBPACK_IMPORTED_MODULE_3__/* .matrixOf */ .lQ)(snapshot, layout), format);
        // A shard's JSON names its commit and shard, for merge-reports; unsharded output stays as it was.
        const tagged = () => JSON.stringify({ ref: at.sha, shard, ...JSON.parse(text) });
        out.stdout(shard && format === 'json' ? tagged() : text);
        return 0;
    }
    finally {
        await git.dispose();
    }
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


/***/ }),

/***/ 6605:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ shardLayout),
/* harmony export */   uK: () => (/* binding */ parseShard)
/* harmony export */ });
/* unused harmony exports nameHash, shardOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8005);
// `--shard I/N`: one of N jobs takes the apps whose name hashes to it. The hash is of the app's name alone, so
// adding or removing apps moves no other app between shards (changing N moves them, as it must).

/** "2/4" → { index: 2, count: 4 } (1-based, as people count jobs); a UserError otherwise. */
function parseShard(text, flag) {
    const m = /^([0-9]{1,4})\/([0-9]{1,4})$/.exec(text);
    const index = Number(m?.[1]);
    const count = Number(m?.[2]);
    if (!m || count < 1 || index < 1 || index > count) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${flag} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(text)} is not a shard; expected I/N with 1 ≤ I ≤ N ≤ 9999, such as 1/4`);
    }
    return { index, count };
}
/** FNV-1a (32 bits) of the name's UTF-8 bytes: stable across runs, machines and Node versions. */
function nameHash(name) {
    let h = 0x811c9dc5;
    for (const byte of Buffer.from(name, 'utf8'))
        h = Math.imul(h ^ byte, 0x01000193) >>> 0;
    return h;
}
const shardOf = (app, count) => (nameHash(app) % count) + 1;
/** The layout cut down to the shard's apps (environments stay: they are the whole repository's). */
function shardLayout(layout, shard) {
    if (!shard || shard.count === 1)
        return layout;
    const mine = (app) => shardOf(app, shard.count) === shard.index;
    return {
        envs: layout.envs,
        apps: layout.apps.filter(mine),
        targets: layout.targets.filter((t) => mine(t.app)),
        missing: layout.missing.filter((m) => mine(m.app)),
    };
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
