export const id = 817;
export const ids = [817];
export const modules = {

/***/ 2817:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EDIT_USAGE: () => (/* binding */ EDIT_USAGE),
  runEdit: () => (/* binding */ runEdit)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./.build/core/edit.js + 1 modules
var edit = __webpack_require__(395);
// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
// EXTERNAL MODULE: ./.build/core/yaml-documents.js
var yaml_documents = __webpack_require__(1814);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./.build/adapters/atomic-file.js
// Files are replaced whole: write a temp file beside the target, copy its mode, fsync, rename.
// A crash or a refused edit never leaves a half-written file behind.



async function writeFileAtomic(file, text) {
    const target = await (0,promises_.realpath)(file); // write through a symlink, never replace the link itself
    const { mode } = await (0,promises_.stat)(target);
    const tmp = (0,external_node_path_.join)((0,external_node_path_.dirname)(target), `.${(0,external_node_path_.basename)(target)}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    const fh = await (0,promises_.open)(tmp, 'wx', mode & 0o7777);
    try {
        await fh.chmod(mode & 0o7777); // the umask may have narrowed the mode open() set
        await fh.writeFile(text);
        await fh.sync();
        await fh.close();
        await (0,promises_.rename)(tmp, target);
    }
    catch (e) {
        await fh.close().catch(() => { });
        await (0,promises_.rm)(tmp, { force: true });
        throw e;
    }
}
/** Write many files, `limit` at a time: fsync latency overlaps instead of adding up. */
async function writeFilesAtomic(files, limit = 16) {
    let next = 0;
    const worker = async () => {
        while (next < files.length) {
            const f = files[next++];
            await writeFileAtomic(f.file, f.text);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, files.length) }, worker));
}

// EXTERNAL MODULE: ./.build/cli/usage.js
var usage = __webpack_require__(1488);
;// CONCATENATED MODULE: ./.build/cli/edit-command.js
// `gitops-promote edit FILE... (--image NAME | --path PATH) [--document N] --to VALUE [--json]`
// Several files are validated first and written only when every one of them can be edited.







const EDIT_USAGE = usage/* USAGE */.u.edit;
function readFile(file) {
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(file);
    }
    catch (e) {
        const code = e.code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(code);
        throw new errors/* UserError */.y(`cannot read: ${why}; expected a YAML file`, file);
    }
    return (0,yaml_documents/* decodeText */.g)(bytes, file);
}
async function runEdit(argv, out) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: argv,
        allowPositionals: true,
        strict: true,
        options: {
            image: { type: 'string' },
            path: { type: 'string' },
            document: { type: 'string' },
            to: { type: 'string' },
            json: { type: 'boolean', default: false },
        },
    });
    if (!positionals.length)
        throw new errors/* UserError */.y(`edit needs a FILE; ${EDIT_USAGE}`);
    if ((values.image === undefined) === (values.path === undefined))
        throw new errors/* UserError */.y(`edit needs exactly one of --image NAME or --path PATH; ${EDIT_USAGE}`);
    if (values.to === undefined)
        throw new errors/* UserError */.y(`edit needs --to VALUE; ${EDIT_USAGE}`);
    let document;
    if (values.document !== undefined) {
        if (!/^[0-9]{1,6}$/.test(values.document))
            throw new errors/* UserError */.y(`--document ${(0,errors/* quote */.h)(values.document)} is not a document index; expected a 0-based number such as 0`);
        document = Number(values.document);
    }
    const target = values.image !== undefined ? { kind: 'image', name: values.image } : { kind: 'path', path: values.path };
    const results = [];
    for (const file of positionals) {
        const text = readFile(file);
        results.push({ file, result: (0,edit/* editYamlText */.h)(text, { target, value: values.to, document }, file) });
    }
    await writeFilesAtomic(results.filter((r) => r.result.changed).map(({ file, result }) => ({ file, text: result.text })));
    if (values.json) {
        out.stdout(JSON.stringify(results.map(({ file, result: r }) => ({ file, changed: r.changed, changes: r.changes, anchor: r.anchor ?? null, sharedByAliases: r.sharedByAliases }))));
        return 0;
    }
    for (const { file, result: r } of results) {
        if (!r.changed) {
            out.stdout(`${file}: unchanged (already ${values.to})`);
            continue;
        }
        for (const c of r.changes) {
            const what = c.from === null ? `inserted ${c.field}: ${c.to}` : c.to === null ? `removed ${c.field}: ${c.from}` : `${c.field}: ${c.from === '' ? '(empty)' : c.from} -> ${c.to}`;
            out.stdout(`${file}:${c.line}: ${what}`);
        }
        if (r.anchor)
            out.stdout(`${file}: the edited value is anchor &${r.anchor}, shared by ${r.sharedByAliases === 1 ? '1 alias that changes' : `${r.sharedByAliases} aliases that change`} with it`);
    }
    return 0;
}


/***/ })

};
