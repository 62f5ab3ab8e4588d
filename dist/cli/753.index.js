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
/* harmony import */ var _core_status_matrix_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2726);
/* harmony import */ var _core_verbs_definition_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3068);
/* harmony import */ var _core_verbs_option_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(940);
/* harmony import */ var _core_verbs_read_verbs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3638);
/* harmony import */ var _cli_logger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9178);
/* harmony import */ var _flag_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2747);
/* harmony import */ var _read_ref_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6567);
/* harmony import */ var _repo_options_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1025);
// gitops-promote status: which version every app runs in every environment (and region), read from origin/BRANCH
// after a quiet fetch (src/cli/read-ref.ts), the config from the same commit.









async function runStatusCommand(argv, out) {
    const { source } = (0,_flag_source_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFlags */ .b)(_core_verbs_read_verbs_js__WEBPACK_IMPORTED_MODULE_3__/* .STATUS */ .X, argv);
    const flag = (name) => (0,_core_verbs_definition_js__WEBPACK_IMPORTED_MODULE_8__/* .optionOf */ .XD)(_core_verbs_read_verbs_js__WEBPACK_IMPORTED_MODULE_3__/* .STATUS */ .X, name);
    const format = (0,_core_verbs_option_source_js__WEBPACK_IMPORTED_MODULE_2__/* .readChoice */ .Kf)(source, flag('format')) ?? 'table';
    const logger = (0,_cli_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .cliLogger */ .$)(out, (0,_core_verbs_option_source_js__WEBPACK_IMPORTED_MODULE_2__/* .readBool */ .r5)(source, flag('verbose')));
    const { git, root } = await (0,_repo_options_js__WEBPACK_IMPORTED_MODULE_7__/* .cliGit */ .DS)((0,_core_verbs_option_source_js__WEBPACK_IMPORTED_MODULE_2__/* .readText */ .yR)(source, flag('repo')), logger, true);
    try {
        const at = await (0,_read_ref_js__WEBPACK_IMPORTED_MODULE_6__/* .readRef */ .sg)(git, (0,_core_verbs_option_source_js__WEBPACK_IMPORTED_MODULE_2__/* .readText */ .yR)(source, flag('ref')), (0,_core_verbs_option_source_js__WEBPACK_IMPORTED_MODULE_2__/* .readBool */ .r5)(source, flag('no-fetch')), logger);
        const snapshot = await git.snapshot(at.sha);
        const config = await (0,_core_promote_config_at_js__WEBPACK_IMPORTED_MODULE_0__/* .configAt */ .E)(snapshot, (0,_core_verbs_option_source_js__WEBPACK_IMPORTED_MODULE_2__/* .readText */ .yR)(source, flag('config')));
        const matrix = await (0,_core_status_matrix_js__WEBPACK_IMPORTED_MODULE_1__/* .buildMatrix */ .Kn)(snapshot, config, (0,_repo_options_js__WEBPACK_IMPORTED_MODULE_7__/* .singleAppName */ .F7)(root));
        out.stdout((0,_core_status_matrix_js__WEBPACK_IMPORTED_MODULE_1__/* .renderMatrix */ .CW)(matrix, format));
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
        if (path !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`config ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(path)} is not in the repository${snapshot.commit ? ` at ${snapshot.commit.slice(0, 12)}` : ''}; expected a path from the repository root`);
        return (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__/* .zeroConfig */ .dq)();
    }
    return (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z9)(await snapshot.read(file), file);
}


/***/ }),

/***/ 2726:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CW: () => (/* binding */ renderMatrix),
/* harmony export */   Kn: () => (/* binding */ buildMatrix),
/* harmony export */   lQ: () => (/* binding */ matrixOf)
/* harmony export */ });
/* unused harmony export cellText */
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7008);
/* harmony import */ var _target_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5742);


async function buildMatrix(snapshot, config, singleAppName) {
    return matrixOf(snapshot, (0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .discoverLayout */ .CA)(config, snapshot.files, singleAppName));
}
/** The matrix of a layout already discovered on this snapshot. */
async function matrixOf(snapshot, layout) {
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


/***/ }),

/***/ 5742:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ setTargetVersion),
/* harmony export */   e: () => (/* binding */ readTargetVersion)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _edit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(395);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8005);
/* harmony import */ var _kustomize_image_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1591);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4976);
/* harmony import */ var _yaml_documents_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1814);
/* harmony import */ var _yaml_path_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9849);
// Read and set the version a target holds. For kustomize images the version is newTag, `tag@sha256:…` when a
// digest is pinned too, or `@sha256:…` for a digest alone.







function imageNames(docs, document) {
    const names = [];
    docs.forEach((doc, i) => {
        if (document !== undefined && i !== document)
            return;
        const images = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.contents) ? (0,_locate_js__WEBPACK_IMPORTED_MODULE_4__/* .pairsNamed */ .Vp)(doc.contents, 'images') : [];
        for (const p of images) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(p.value))
                continue;
            for (const it of p.value.items) {
                const n = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(it) ? (0,_locate_js__WEBPACK_IMPORTED_MODULE_4__/* .pairsNamed */ .Vp)(it, 'name')[0]?.value : undefined;
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(n))
                    names.push(String(n.value));
            }
        }
    });
    return names;
}
/** Zero-config's `image: auto`: the only images: entry, or the one whose last path segment is the app. */
function autoImage(docs, t) {
    const names = imageNames(docs, t.document);
    if (names.length === 1)
        return names[0];
    const byApp = names.filter((n) => n.split('/').pop()?.split(':')[0] === t.app);
    if (byApp.length === 1)
        return byApp[0];
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(names.length
        ? `cannot tell which images: entry is app ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .h)(t.app)} (entries: ${names.join(', ')}); expected one entry, or one named .../${t.app}; say which with image: in gitops-promote.yaml`
        : `has no images: entries; expected a kustomization with an images: entry for app ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .h)(t.app)}`, t.file, 1);
}
function readTargetVersion(text, t) {
    const { source: src, documents } = (0,_yaml_documents_js__WEBPACK_IMPORTED_MODULE_5__/* .parseYaml */ .h)(text, t.file);
    if (t.image !== undefined) {
        const name = t.image === 'auto' ? autoImage(documents, t) : t.image;
        const { map: entry, documentIndex } = (0,_kustomize_image_js__WEBPACK_IMPORTED_MODULE_3__/* .findEntry */ .w4)(documents, name, t.document, src, t.file);
        const doc = documents[documentIndex];
        const value = (k) => {
            const p = (0,_kustomize_image_js__WEBPACK_IMPORTED_MODULE_3__/* .onePair */ .VL)(entry, k, src, t.file);
            let v = p?.value;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(v))
                v = v.resolve(doc);
            return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(v) && String(v.value) !== '' ? String(v.value) : undefined;
        };
        const tag = value('newTag');
        const digest = value('digest');
        const line = src.lineOf(((0,_kustomize_image_js__WEBPACK_IMPORTED_MODULE_3__/* .onePair */ .VL)(entry, 'newTag', src, t.file) ?? (0,_kustomize_image_js__WEBPACK_IMPORTED_MODULE_3__/* .onePair */ .VL)(entry, 'digest', src, t.file))?.value?.range?.[0] ?? entry.range?.[0] ?? 0);
        const version = tag && digest ? `${tag}@${digest}` : tag ?? (digest ? `@${digest}` : undefined);
        return { version, line, imageName: name };
    }
    const pathText = t.path;
    const loc = (0,_locate_js__WEBPACK_IMPORTED_MODULE_4__/* .locatePath */ .oV)(documents, (0,_yaml_path_js__WEBPACK_IMPORTED_MODULE_6__/* .parsePath */ .R)(pathText), t.document, src, t.file, pathText);
    const node = loc.node;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${pathText} is not a scalar; expected a version value`, t.file, node.range ? src.lineOf(node.range[0]) : 1);
    const v = String(node.value);
    return { version: v === '' ? undefined : v, line: node.range ? src.lineOf(node.range[0]) : 1 };
}
function setTargetVersion(text, t, imageName, version) {
    const target = t.image !== undefined ? { kind: 'image', name: imageName ?? t.image } : { kind: 'path', path: t.path };
    return (0,_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .editYamlText */ .h)(text, { target, value: version, document: t.document }, t.file);
}


/***/ })

};
