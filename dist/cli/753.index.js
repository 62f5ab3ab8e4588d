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
/* harmony import */ var _core_promote_config_at_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7003);
/* harmony import */ var _core_status_matrix_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2726);
/* harmony import */ var _cli_logger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9178);
/* harmony import */ var _repo_options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1025);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1488);
// gitops-promote status [--ref REF] [--format table|json|markdown] [--config PATH] [--repo DIR]: which version
// every app runs in every environment (and region).







const STATUS_USAGE = _usage_js__WEBPACK_IMPORTED_MODULE_6__/* .USAGE */ .u.status;
async function runStatusCommand(argv, out) {
    const { values: v } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: argv, strict: true, allowPositionals: false,
        options: { ref: { type: 'string', default: 'HEAD' }, format: { type: 'string', default: 'table' }, config: { type: 'string' }, repo: { type: 'string' } },
    });
    if (!['table', 'json', 'markdown'].includes(v.format))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--format ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(v.format)} is not a format; expected table, json or markdown`);
    const { git, root } = await (0,_repo_options_js__WEBPACK_IMPORTED_MODULE_5__.cliGit)(v.repo, (0,_cli_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .cliLogger */ .$)(out), false);
    try {
        const snapshot = await (0,_repo_options_js__WEBPACK_IMPORTED_MODULE_5__.snapshotAt)(git, v.ref);
        const matrix = await (0,_core_status_matrix_js__WEBPACK_IMPORTED_MODULE_3__/* .buildMatrix */ .Kn)(snapshot, await (0,_core_promote_config_at_js__WEBPACK_IMPORTED_MODULE_2__/* .configAt */ .E)(snapshot, v.config), (0,_repo_options_js__WEBPACK_IMPORTED_MODULE_5__/* .singleAppName */ .F7)(root));
        out.stdout((0,_core_status_matrix_js__WEBPACK_IMPORTED_MODULE_3__/* .renderMatrix */ .CW)(matrix, v.format));
        return 0;
    }
    finally {
        await git.dispose();
    }
}


/***/ }),

/***/ 7008:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ discoverLayout),
/* harmony export */   J0: () => (/* binding */ findApp),
/* harmony export */   QR: () => (/* binding */ targetsOf),
/* harmony export */   tB: () => (/* binding */ previousEnv),
/* harmony export */   z9: () => (/* binding */ findEnv)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8005);
/* harmony import */ var _config_environments_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3597);
/* harmony import */ var _config_templates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7196);
// The repository's layout: which apps exist, in which environments and regions, and the files (targets) that
// hold their versions. Found by matching the config's templates against the file list of one commit.



const ALL_KNOWN = ['dev', 'development', 'staging', 'stage', 'prod', 'production'];
function discoverLayout(config, files, singleAppName) {
    const declared = config.environments;
    const envChoices = declared ? declared.map((e) => e.name) : ALL_KNOWN;
    const found = [];
    const seen = new Set();
    const add = (t) => {
        const key = JSON.stringify([t.app, t.env, t.file, t.image ?? '', t.path ?? '', t.document ?? '']);
        if (!seen.has(key)) {
            seen.add(key);
            found.push(t);
        }
    };
    const overridden = new Set(Object.keys(config.apps));
    const scan = (tpl, fixedApp) => {
        const template = fixedApp ? (0,_config_templates_js__WEBPACK_IMPORTED_MODULE_1__/* .fill */ .GS)(tpl.file, { app: fixedApp }) : tpl.file;
        const envs = tpl.env ?? envChoices;
        const hasEnv = (0,_config_templates_js__WEBPACK_IMPORTED_MODULE_1__/* .placeholders */ .Ft)(template).includes('env');
        const match = (0,_config_templates_js__WEBPACK_IMPORTED_MODULE_1__/* .compile */ .wE)(template, { env: envs });
        for (const f of files) {
            const b = match(f);
            if (!b)
                continue;
            const app = fixedApp ?? b.app ?? singleAppName;
            if (!fixedApp && overridden.has(app))
                continue;
            if (!(0,_config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .isSafeName */ .TE)(app))
                continue;
            const targetEnvs = hasEnv ? [b.env] : envs;
            for (const env of targetEnvs) {
                add({ app, env, region: b.region, file: f, image: tpl.image ? (0,_config_templates_js__WEBPACK_IMPORTED_MODULE_1__/* .fill */ .GS)(tpl.image, { app, env }) : undefined, path: tpl.path, document: tpl.document, template: (0,_config_templates_js__WEBPACK_IMPORTED_MODULE_1__/* .fill */ .GS)(template, { app, env }) });
            }
        }
    };
    for (const tpl of config.targets)
        scan(tpl);
    for (const [app, spec] of Object.entries(config.apps))
        for (const tpl of spec.targets)
            scan(tpl, app);
    let envs;
    if (declared)
        envs = declared;
    else {
        const names = [...new Set(found.map((t) => t.env))].filter((n) => (0,_config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .knownRank */ .UC)(n) !== undefined);
        names.sort((a, b) => (0,_config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .knownRank */ .UC)(a) - (0,_config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .knownRank */ .UC)(b));
        for (let i = 1; i < names.length; i++) {
            if ((0,_config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .knownRank */ .UC)(names[i]) === (0,_config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .knownRank */ .UC)(names[i - 1])) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`the repository has overlays for both ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(names[i - 1])} and ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(names[i])}, which zero-config reads as the same environment; add ${'gitops-promote.yaml'} with environments: to say which is which`);
            }
        }
        envs = names.map((name) => ({ name }));
    }
    const missing = [];
    for (const env of envs) {
        if (!env.regions)
            continue;
        const byApp = new Map();
        for (const t of found)
            if (t.env === env.name && t.region !== undefined)
                byApp.set(t.app, [...(byApp.get(t.app) ?? []), t]);
        for (const [app, ts] of byApp) {
            for (const region of env.regions) {
                if (!ts.some((t) => t.region === region)) {
                    const like = ts[0];
                    missing.push({ app, env: env.name, region, file: (0,_config_templates_js__WEBPACK_IMPORTED_MODULE_1__/* .fill */ .GS)(like.template ?? like.file, { region }) });
                }
            }
        }
    }
    const targets = found.filter((t) => envs.some((e) => e.name === t.env) && (t.region === undefined || !envs.find((e) => e.name === t.env)?.regions || envs.find((e) => e.name === t.env)?.regions?.includes(t.region)));
    targets.sort((a, b) => a.app.localeCompare(b.app) || a.file.localeCompare(b.file));
    return { envs, apps: [...new Set(targets.map((t) => t.app))].sort(), targets, missing };
}
/** The env a user means by `asked` ("prod" finds "production"), or a UserError listing the ones there are. */
function findEnv(layout, asked) {
    const env = layout.envs.find((e) => e.name === asked) ?? layout.envs.find((e) => (0,_config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .sameEnv */ .cC)(asked, e.name));
    if (!env)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`unknown environment ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(asked)}; expected one of: ${layout.envs.map((e) => e.name).join(', ') || '(none found: no overlays or targets match)'}`);
    return env;
}
function previousEnv(layout, env) {
    const i = layout.envs.indexOf(env);
    return i > 0 ? layout.envs[i - 1] : undefined;
}
function findApp(layout, asked) {
    if (layout.apps.includes(asked))
        return asked;
    const near = layout.apps.filter((a) => a.includes(asked) || asked.includes(a)).slice(0, 5);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`unknown app ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(asked)}; ${near.length ? `did you mean ${near.join(', ')}? ` : ''}expected one of the ${layout.apps.length} apps found${layout.apps.length <= 10 ? `: ${layout.apps.join(', ')}` : ''}`);
}
function targetsOf(layout, app, env) {
    return layout.targets.filter((t) => t.app === app && t.env === env);
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
