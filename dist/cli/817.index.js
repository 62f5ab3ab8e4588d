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
;// CONCATENATED MODULE: ./.build/adapters/atomic-file.js
// Files are replaced whole: write a temp file beside the target, copy its mode, fsync, rename.
// A crash or a refused edit never leaves a half-written file behind.


// Unique per process and call; 'wx' refuses an existing file anyway. (node:crypto would cost `edit` its start-up.)
let seq = 0;
const tmpSuffix = () => `${process.pid.toString(36)}${(++seq).toString(36)}${Date.now().toString(36).slice(-4)}`;
async function writeFileAtomic(file, text) {
    const target = await (0,promises_.realpath)(file); // write through a symlink, never replace the link itself
    const { mode } = await (0,promises_.stat)(target);
    const tmp = (0,external_node_path_.join)((0,external_node_path_.dirname)(target), `.${(0,external_node_path_.basename)(target)}.${tmpSuffix()}.tmp`);
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

// EXTERNAL MODULE: ./.build/core/verbs/definition.js
var definition = __webpack_require__(3068);
// EXTERNAL MODULE: ./.build/core/verbs/file-verbs.js
var file_verbs = __webpack_require__(7396);
// EXTERNAL MODULE: ./.build/core/verbs/render-help.js + 2 modules
var render_help = __webpack_require__(2853);
// EXTERNAL MODULE: ./.build/cli/flag-source.js
var flag_source = __webpack_require__(2747);
;// CONCATENATED MODULE: ./.build/cli/edit-command.js
// `gitops-promote edit FILE... (--image NAME | --path PATH) [--document N] --to VALUE [--json]` (src/core/verbs).
// Several files are validated first and written only when every one of them can be edited.









const EDIT_USAGE = (0,render_help/* usageLine */.U0)(file_verbs/* EDIT */.z);
function readFile(file) {
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(file);
    }
    catch (e) {
        const code = e.code;
        const why = code === 'ENOENT' ? 'no such file'
            : code === 'EISDIR' ? 'is a directory'
                : code === 'EACCES' ? 'permission denied' : String(code);
        throw new errors/* UserError */.y(`cannot read: ${why}; expected a YAML file`, file);
    }
    return (0,yaml_documents/* decodeText */.g)(bytes, file);
}
async function runEdit(argv, out) {
    const { source, positionals } = (0,flag_source/* parseFlags */.b)(file_verbs/* EDIT */.z, argv);
    const given = (name) => source.value((0,definition/* optionOf */.XD)(file_verbs/* EDIT */.z, name));
    const values = { image: given('image'), path: given('path'), document: given('document'), to: given('to') };
    if (!positionals.length)
        throw new errors/* UserError */.y(`edit needs a FILE; ${EDIT_USAGE}`);
    if ((values.image === undefined) === (values.path === undefined)) {
        throw new errors/* UserError */.y(`edit needs exactly one of --image NAME or --path PATH; ${EDIT_USAGE}`);
    }
    if (values.to === undefined)
        throw new errors/* UserError */.y(source.missing((0,definition/* optionOf */.XD)(file_verbs/* EDIT */.z, 'to')));
    let document;
    if (values.document !== undefined) {
        if (!/^[0-9]{1,6}$/.test(values.document)) {
            throw new errors/* UserError */.y(`--document ${(0,errors/* quote */.h)(values.document)} is not a document index; `
                + 'expected a 0-based number such as 0');
        }
        document = Number(values.document);
    }
    const target = values.image !== undefined
        ? { kind: 'image', name: values.image }
        : { kind: 'path', path: values.path };
    const results = [];
    for (const file of positionals) {
        const text = readFile(file);
        results.push({ file, result: (0,edit/* editYamlText */.h)(text, { target, value: values.to, document }, file) });
    }
    await writeFilesAtomic(results
        .filter((r) => r.result.changed)
        .map(({ file, result }) => ({ file, text: result.text })));
    if (source.value((0,definition/* optionOf */.XD)(file_verbs/* EDIT */.z, 'json')) === 'true') {
        out.stdout(JSON.stringify(results.map(({ file, result: r }) => ({
            file, changed: r.changed, changes: r.changes, anchor: r.anchor ?? null, sharedByAliases: r.sharedByAliases,
        }))));
        return 0;
    }
    for (const { file, result: r } of results) {
        if (!r.changed) {
            out.stdout(`${file}: unchanged (already ${values.to})`);
            continue;
        }
        for (const c of r.changes) {
            const what = c.from === null ? `inserted ${c.field}: ${c.to}`
                : c.to === null ? `removed ${c.field}: ${c.from}`
                    : `${c.field}: ${c.from === '' ? '(empty)' : c.from} -> ${c.to}`;
            out.stdout(`${file}:${c.line}: ${what}`);
        }
        if (r.anchor) {
            out.stdout(`${file}: the edited value is anchor &${r.anchor}, shared by `
                + `${r.sharedByAliases === 1 ? '1 alias that changes' : `${r.sharedByAliases} aliases that change`} with it`);
        }
    }
    return 0;
}


/***/ }),

/***/ 2747:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ parseFlags)
/* harmony export */ });
/* unused harmony export cliOptions */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var _core_verbs_definition_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3068);
/* harmony import */ var _core_verbs_render_help_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2853);
// The CLI's flags, parsed with the options the verb's definition lists, as an OptionSource: the verbs' readers
// (src/core/verbs) see them as the action's inputs are seen.



/** parseArgs' options for a verb: every flag of its definition, and nothing else. */
function cliOptions(v) {
    const out = {};
    for (const o of (0,_core_verbs_definition_js__WEBPACK_IMPORTED_MODULE_2__/* .flagsOf */ .Zo)(v)) {
        const name = (0,_core_verbs_definition_js__WEBPACK_IMPORTED_MODULE_2__/* .flagName */ .GI)(o);
        out[name] = o.type === 'boolean' ? { type: 'boolean' } : { type: 'string', multiple: o.type === 'list' };
    }
    return out;
}
function parseFlags(v, argv) {
    const options = cliOptions(v);
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, strict: true, allowPositionals: !!v.positionals, options });
    const get = (o) => {
        const name = (0,_core_verbs_definition_js__WEBPACK_IMPORTED_MODULE_2__/* .flagName */ .GI)(o);
        return name === undefined ? undefined : values[name];
    };
    const many = (o) => {
        const x = get(o);
        return Array.isArray(x) ? x : typeof x === 'string' ? [x] : [];
    };
    const source = {
        value: (o) => {
            const x = get(o);
            if (x === undefined || x === false)
                return undefined;
            if (x === true)
                return 'true';
            // As typed: a terminal passes exactly what was meant (edit --to keeps its spaces to refuse them).
            return Array.isArray(x) ? x.join('\n') : x;
        },
        values: (o) => many(o).filter((s) => s.trim() !== ''),
        label: (o) => `--${(0,_core_verbs_definition_js__WEBPACK_IMPORTED_MODULE_2__/* .flagName */ .GI)(o) ?? o.name}`,
        name: (o) => `--${(0,_core_verbs_definition_js__WEBPACK_IMPORTED_MODULE_2__/* .flagName */ .GI)(o) ?? o.name}`,
        missing: (o) => `${v.verb} needs --${(0,_core_verbs_definition_js__WEBPACK_IMPORTED_MODULE_2__/* .flagName */ .GI)(o) ?? o.name} ${o.arg ?? 'VALUE'}; ${(0,_core_verbs_render_help_js__WEBPACK_IMPORTED_MODULE_1__/* .usageLine */ .U0)(v)}`,
    };
    return { source, positionals, given: (o) => get(o) !== undefined && get(o) !== false };
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

/***/ 1814:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ decodeText),
/* harmony export */   h: () => (/* binding */ parseYaml)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8005);
/* harmony import */ var _source_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1819);
// Parse a YAML text into documents whose nodes carry exact source ranges. The failsafe schema keeps every
// scalar as the string written in the file, so `1.10` stays "1.10" and keys like `on` stay "on".



// One decoder for every file: a whole-buffer decode keeps no state between calls.
const DECODER = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
/** Refuses what is not UTF-8 YAML text: the message names the file and line of the first problem. */
function decodeText(bytes, file) {
    if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('is UTF-16 text; expected a UTF-8 YAML file', file, 1);
    const nul = bytes.indexOf(0);
    const text = DECODER.decode(bytes);
    if (nul >= 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('contains a NUL byte (binary data); expected a YAML file', file, lineAt(text, text.indexOf('\0')));
    }
    const bad = text.indexOf('\ufffd');
    if (bad >= 0 && !Buffer.from(text, 'utf8').equals(Buffer.from(bytes))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('is not valid UTF-8; expected a UTF-8 YAML file', file, lineAt(text, bad));
    }
    return text;
}
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
function parseYaml(text, file) {
    const source = new _source_text_js__WEBPACK_IMPORTED_MODULE_2__/* .SourceText */ .D(text);
    // An empty text gives an EmptyStream, which is an empty array.
    const documents = [
        ...(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, { schema: 'failsafe', uniqueKeys: false, prettyErrors: false }),
    ];
    for (const doc of documents) {
        const err = doc.errors[0];
        if (err) {
            // Errors found at the end of the text (an unclosed "[") belong on the last line that has content.
            const line = source.lineOf(Math.min(err.pos[0], text.trimEnd().length));
            const what = err.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'parse error';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`not valid YAML: ${what}; expected a YAML file`, file, line);
        }
        // The parser accepts an alias whose anchor does not exist; every consumer (kustomize, Helm) refuses it.
        if (!text.includes('*'))
            continue;
        (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
            Alias(_, alias) {
                if (alias.resolve(doc) === undefined) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`not valid YAML: the alias *${alias.source} has no anchor &${alias.source} before it; expected a YAML file`, file, source.lineOf(alias.range?.[0] ?? 0));
                }
            },
        });
    }
    return { source, documents };
}


/***/ })

};
