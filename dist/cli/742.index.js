export const id = 742;
export const ids = [742];
export const modules = {

/***/ 6916:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ab: () => (/* binding */ goParseOptions),
/* harmony export */   Av: () => (/* binding */ goValue),
/* harmony export */   JR: () => (/* binding */ goDocuments),
/* harmony export */   Rb: () => (/* binding */ isGoMap),
/* harmony export */   oy: () => (/* binding */ GoYamlError),
/* harmony export */   pU: () => (/* binding */ foldKey),
/* harmony export */   tY: () => (/* binding */ goField),
/* harmony export */   to: () => (/* binding */ goPlain)
/* harmony export */ });
/* unused harmony export toPlain */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
// Reads YAML the way kustomize does: go-yaml v2 builds a map in document order (a later key, or a later merge
// `<<`, overwrites an earlier one), sigs.k8s.io/yaml turns it into JSON (keys sorted), and encoding/json matches
// struct fields case-insensitively with Unicode simple folding, the last matching key winning. Reading kustomize's
// input by YAML's spec instead (explicit keys beat merged ones, case matters) is how a check gets walked around.

/** What go-yaml would refuse: the file is invalid for kustomize and Helm alike. */
class GoYamlError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
        this.name = 'GoYamlError';
    }
}
const isGoMap = (v) => typeof v === 'object' && v !== null && v.kind === 'map';
/** encoding/json's fold for ASCII field names: case, plus the two non-ASCII letters that fold onto s and k. */
const foldKey = (k) => k.replace(/\u017f/g, 's').replace(/\u212a/g, 'k').toLowerCase();
/** The value encoding/json would decode into the Go field `name`: keys folded, the byte-wise last key wins. */
function goField(m, name) {
    const want = foldKey(name);
    const keys = [...m.entries.keys()].filter((k) => foldKey(k) === want);
    if (!keys.length)
        return undefined;
    const key = keys.sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : 1)).pop();
    const e = m.entries.get(key);
    return { ...e, key };
}
/** Plain scalars go-yaml v2 resolves as numbers through strconv (base prefixes, underscores) that YAML 1.1 does not. */
const GO_NUMBER = /^[-+]?(0[xX][_0-9a-fA-F]+|0[oO][_0-7]+|0[bB][_01]+|\d[_\d]*|(\.\d+|\d+(\.\d*)?)([eE][-+]?\d+)?)$/;
/**
 * How to parse for goValue: YAML 1.1 (go-yaml v2's), duplicate keys kept (the later wins in goMapOf), and `<<` left
 * as a plain key so that goMapOf merges in go-yaml's order rather than the yaml package's.
 */
const goParseOptions = (lineCounter) => ({ version: '1.1', uniqueKeys: false, lineCounter, merge: false });
/** A document's contents as go-yaml v2 would decode them (aliases resolved, merges applied in order). */
function goValue(node, doc, lineOf, depth = 0) {
    if (depth > 64)
        throw new GoYamlError('nesting deeper than 64 levels (or an alias cycle)', 1);
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
        return goValue(node.resolve(doc), doc, lineOf, depth + 1);
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)) {
        const v = node.value;
        if (v === null || v === undefined)
            return null;
        // go-yaml v2 knows no sexagesimal numbers (1:20) and decodes timestamps into interface{} as strings.
        if (typeof v === 'number' && node.type === 'PLAIN' && node.source?.includes(':'))
            return node.source;
        if (typeof v === 'string' && node.type === 'PLAIN' && GO_NUMBER.test(v))
            return Number(v.replace(/_/g, '')) || 0;
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
            return v;
        return node.source ?? String(v);
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
        return node.items.map((it) => goValue(it, doc, lineOf, depth + 1));
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return goMapOf(node, doc, lineOf, depth);
    return null;
}
function goMapOf(node, doc, lineOf, depth) {
    const out = { kind: 'map', entries: new Map(), line: lineOf(node.range?.[0] ?? 0) };
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return out;
    for (const pair of node.items) {
        const keyNode = pair.key;
        const key = keyOf(keyNode, doc, lineOf, depth);
        const line = lineOf(keyNode?.range?.[0] ?? node.range?.[0] ?? 0);
        const plainMerge = key === '<<' && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(keyNode) && keyNode.type === 'PLAIN';
        if (plainMerge) {
            mergeInto(out, goValue(pair.value, doc, lineOf, depth + 1), line);
            continue;
        }
        out.entries.delete(key); // a later duplicate wins and takes the later position, as in go-yaml's map
        out.entries.set(key, { value: goValue(pair.value, doc, lineOf, depth + 1), line });
    }
    return out;
}
function keyOf(keyNode, doc, lineOf, depth) {
    // The yaml package marks a plain << key with a symbol in YAML 1.1 mode; go-yaml treats it as a merge.
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(keyNode))
        return typeof keyNode.value === 'symbol' ? '<<' : String(keyNode.value);
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(keyNode) ? String(goValue(keyNode, doc, lineOf, depth + 1)) : '';
}
/** go-yaml v2's merge: a map's keys overwrite; in a list of maps the first map has the last word. */
function mergeInto(out, v, line) {
    const maps = Array.isArray(v) ? [...v].reverse() : [v];
    for (const m of maps) {
        if (!isGoMap(m))
            throw new GoYamlError('a merge key << needs a map or a list of maps (go-yaml refuses it)', line);
        for (const [k, e] of m.entries)
            out.entries.set(k, e);
    }
}
/** A one-document text as plain JSON in go-yaml's reading (keys as written, sorted): to compare two versions. */
function goPlain(text) {
    const lc = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, goParseOptions(lc));
    if (doc.errors.length)
        throw new Error(doc.errors[0]?.message);
    return toPlain(goValue(doc.contents, doc, (o) => lc.linePos(o).line));
}
/** Every document of a text in go-yaml's reading (empty documents dropped), for Helm values and Applications. */
function goDocuments(text) {
    const lc = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, goParseOptions(lc));
    if (!Array.isArray(docs))
        return [];
    for (const d of docs) {
        const err = d.errors[0];
        if (err)
            throw new GoYamlError(err.message.split('\n')[0] ?? 'invalid YAML', lc.linePos(err.pos[0] ?? 0).line);
    }
    return docs.map((d) => goValue(d.contents, d, (o) => lc.linePos(o).line));
}
function toPlain(v) {
    if (Array.isArray(v))
        return v.map(toPlain);
    if (!isGoMap(v))
        return v;
    const keys = [...v.entries.keys()].sort();
    return Object.fromEntries(keys.map((k) => [k, toPlain(v.entries.get(k).value)]));
}


/***/ }),

/***/ 7075:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ parseKustomization),
/* harmony export */   eW: () => (/* binding */ effectiveReferences)
/* harmony export */ });
/* unused harmony export entryReference */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8005);
/* harmony import */ var _go_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6916);
// A kustomization as kustomize reads it, for the parts parity needs: its images: entries (with the deprecated
// imageTags: appended, as kustomize's FixKustomization does) and every reference to another file, directory or
// remote location (its load closure). Only the first document counts for kustomize; more than one is refused here.



/** What kustomize deploys for an images: entry over a container image of that name (api/filters/imagetag). */
function entryReference(e) {
    return effectiveReferences([e])[0];
}
/**
 * The images the entries produce, applied as kustomize applies them: in order, each to the image the ones before
 * it left (api/filters/imagetag/updater.go), so a later entry shadows an earlier one and a newName chains into
 * the next entry of that name. One result per image name the entries start from; a tag the resource supplies is
 * left out (the reference is then a name only, which no previous environment's full reference can equal).
 */
function effectiveReferences(entries) {
    const out = new Set();
    for (const start of new Set(entries.map((e) => e.name))) {
        // An entry may name the image with its tag (web:v1): kustomize matches the resource's image with that tag.
        const tagged = /^(.*[^/:]):([\w.{}-]+)$/.exec(start);
        let cur = tagged ? { name: tagged[1], tag: tagged[2] } : { name: start };
        let touched = false;
        for (const e of entries) {
            if (e.name !== cur.name && e.name !== `${cur.name}:${cur.tag}`)
                continue;
            touched = true;
            cur = applyEntry(cur, e);
        }
        if (touched)
            out.add(referenceOf(cur));
    }
    return [...out];
}
const referenceOf = (i) => `${i.name}${i.tag !== undefined ? `:${i.tag}` : ''}${i.digest ? `@${i.digest}` : ''}`;
function applyEntry(cur, e) {
    const next = { ...cur, name: e.newName ?? cur.name };
    if (e.newTag && e.digest)
        Object.assign(next, { tag: e.newTag, digest: e.digest });
    else if (e.newTag)
        Object.assign(next, { tag: e.newTag, digest: undefined });
    else if (e.digest)
        Object.assign(next, { tag: undefined, digest: e.digest });
    // tagSuffix appends to whatever tag there is (the resource's when unknown: "*" never equals a real tag).
    if (e.tagSuffix)
        next.tag = `${next.tag ?? '*'}${e.tagSuffix}`;
    return next;
}
// The JSON names of kustomize's types.Kustomization and types.Image (api/types/kustomization.go, image.go): it
// decodes with DisallowUnknownFields, so any other key makes the kustomization invalid for it too.
const FIELDS = ['apiVersion', 'kind', 'metadata', 'openapi', 'namePrefix', 'nameSuffix', 'namespace', 'commonLabels',
    'labels', 'commonAnnotations', 'patchesStrategicMerge', 'patchesJson6902', 'patches', 'images', 'imageTags',
    'replacements', 'replicas', 'vars', 'sortOptions', 'resources', 'components', 'crds', 'bases', 'configMapGenerator',
    'secretGenerator', 'helmGlobals', 'helmCharts', 'helmChartInflationGenerator', 'generatorOptions', 'configurations',
    'generators', 'transformers', 'validators', 'inventory', 'buildMetadata'].map(_go_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .foldKey */ .pU);
const IMAGE_FIELDS = ['name', 'newName', 'newTag', 'digest', 'tagSuffix'].map(_go_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .foldKey */ .pU);
function refuseUnknown(m, known, file, at) {
    for (const [k, e] of m.entries) {
        if (known.includes((0,_go_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .foldKey */ .pU)(k)))
            continue;
        const why = 'which kustomize does not know (it refuses the file); expected one of its fields';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${at}has the field ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(k)}, ${why}`, file, e.line);
    }
}
const KUSTOMIZATION_REFS = [
    ['resources', 'file-or-kustomization'], ['bases', 'kustomization'], ['components', 'kustomization'],
    ['crds', 'file'], ['configurations', 'file'], ['generators', 'file-or-kustomization'],
    ['transformers', 'file-or-kustomization'], ['validators', 'file-or-kustomization'],
    // An entry that names no file is an inline patch to kustomize, which closure.ts lets pass for this field alone.
    ['patchesStrategicMerge', 'file'],
];
function str(v, what, file, line) {
    if (v === null || v === undefined || v === '')
        return undefined;
    if (typeof v !== 'string') {
        const why = 'not a string (kustomize refuses it); expected a quoted string';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${what} is ${JSON.stringify(v)}, ${why}`, file, line);
    }
    return v;
}
const isEmptyDoc = (d) => d.contents === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(d.contents) && d.contents.value === null);
function docsOf(text, file) {
    const lc = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, (0,_go_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .goParseOptions */ .Ab)(lc));
    if (!Array.isArray(docs))
        return { lc };
    const nonEmpty = docs.filter((d) => !isEmptyDoc(d));
    if (docs.length > 1 && docs[0] && isEmptyDoc(docs[0]) && nonEmpty.length) {
        const why = 'kustomize reads only the first, so this kustomization is empty for it';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`has an empty first YAML document; ${why}`, file, 1);
    }
    for (const d of docs) {
        const err = d.errors[0];
        if (err)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`is not valid YAML: ${err.message.split('\n')[0]}`, file, lc.linePos(err.pos[0]).line);
    }
    if (nonEmpty.length > 1) {
        const at = lc.linePos(nonEmpty[1]?.range[0] ?? 0).line;
        const expected = 'expected one kustomization per file (kustomize reads only the first)';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`has more than one YAML document; ${expected}`, file, at);
    }
    return { doc: nonEmpty[0], lc };
}
function parseKustomization(text, file) {
    const { doc, lc } = docsOf(text, file);
    const lineOf = (o) => lc.linePos(o).line;
    let root;
    try {
        root = doc ? (0,_go_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .goValue */ .Av)(doc.contents, doc, lineOf) : null;
    }
    catch (e) {
        if (e instanceof _go_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .GoYamlError */ .oy)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(e.message, file, e.line);
        throw e;
    }
    if (root === null)
        return { images: [], refs: [], helm: false };
    if (!(0,_go_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .isGoMap */ .Rb)(root))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('is not a mapping; expected a kustomization', file, 1);
    refuseUnknown(root, FIELDS, file, '');
    const images = [...imageList(root, 'images', file), ...imageList(root, 'imageTags', file)];
    const helm = ['helmCharts', 'helmChartInflationGenerator', 'helmGlobals'].some((f) => (0,_go_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .goField */ .tY)(root, f));
    return { images, refs: references(root, file), helm };
}
function imageList(root, field, file) {
    const f = (0,_go_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .goField */ .tY)(root, field);
    if (!f || f.value === null)
        return [];
    if (!Array.isArray(f.value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${f.key} is not a list; expected a list of images`, file, f.line);
    return f.value.map((it, i) => {
        if (!(0,_go_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .isGoMap */ .Rb)(it))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${f.key}[${i}] is not a mapping; expected name/newTag/digest`, file, f.line);
        refuseUnknown(it, IMAGE_FIELDS, file, `${f.key}[${i}] `);
        const get = (k) => {
            const g = (0,_go_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .goField */ .tY)(it, k);
            return g ? str(g.value, `${f.key}[${i}].${g.key}`, file, g.line) : undefined;
        };
        return {
            name: get('name') ?? '', newName: get('newName'), newTag: get('newTag'), digest: get('digest'),
            line: it.line, tagSuffix: get('tagSuffix'),
        };
    });
}
function references(root, file) {
    const refs = [];
    const add = (v, kind, field, line) => {
        const p = typeof v === 'string' ? v.trim() : '';
        // Inline content (a patch or generator written in place, JSON or YAML) is not a path.
        if (p && !p.includes('\n') && !/^[{[]/.test(p))
            refs.push({ path: p, kind, field, line });
    };
    const list = (field) => {
        const f = (0,_go_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .goField */ .tY)(root, field);
        return { items: f && Array.isArray(f.value) ? f.value : [], line: f?.line ?? 1 };
    };
    for (const [field, kind] of KUSTOMIZATION_REFS) {
        const { items, line } = list(field);
        for (const it of items)
            add(it, kind, field, line);
    }
    for (const field of ['patches', 'patchesJson6902', 'replacements']) {
        for (const it of list(field).items)
            if ((0,_go_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .isGoMap */ .Rb)(it))
                add((0,_go_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .goField */ .tY)(it, 'path')?.value, 'file', field, it.line);
    }
    for (const field of ['configMapGenerator', 'secretGenerator', 'helmCharts']) {
        for (const it of list(field).items)
            if ((0,_go_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .isGoMap */ .Rb)(it))
                generatorFiles(it, field, add);
    }
    const openapi = (0,_go_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .goField */ .tY)(root, 'openapi');
    if (openapi && (0,_go_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .isGoMap */ .Rb)(openapi.value))
        add((0,_go_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .goField */ .tY)(openapi.value, 'path')?.value, 'file', 'openapi', openapi.line);
    const r = refs.find((x) => x.path.startsWith('/'));
    if (r) {
        const message = `${r.field} names the absolute path ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(r.path)}; expected a path inside the repository`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(message, file, r.line);
    }
    return refs;
}
function generatorFiles(g, field, add) {
    const files = (0,_go_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .goField */ .tY)(g, 'files')?.value;
    const envs = (0,_go_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .goField */ .tY)(g, 'envs')?.value;
    for (const f of Array.isArray(files) ? files : []) {
        if (typeof f === 'string')
            add(f.includes('=') ? f.slice(f.indexOf('=') + 1) : f, 'file', field, g.line);
    }
    for (const e of Array.isArray(envs) ? envs : [])
        add(e, 'file', field, g.line);
    add((0,_go_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .goField */ .tY)(g, 'env')?.value, 'file', field, g.line);
    add((0,_go_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .goField */ .tY)(g, 'valuesFile')?.value, 'file', field, g.line);
}


/***/ }),

/***/ 3338:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ quickKustomizationImages),
  l: () => (/* binding */ quickTargetVersion)
});

// EXTERNAL MODULE: ./.build/core/deploy/kustomization.js
var kustomization = __webpack_require__(7075);
;// CONCATENATED MODULE: ./.build/core/simple-yaml.js
// A reader for the plainest YAML there is — block maps and lists of plain scalars, comments, nothing else — so that
// reading 80,000 overlays for a status matrix does not cost 80,000 full parses. It never guesses: anything outside
// that subset (quotes, flow collections, anchors, tags, multi-line scalars, tabs, several documents, duplicate
// keys, a value that YAML 1.1 or go-yaml would read as anything but a string) gives undefined, and the caller
// uses the full parser, whose answers (and errors) stay the reference. Tests compare the two on every shape.
// A key or value made only of these characters cannot be anything YAML would read specially.
const KEY = /^[A-Za-z_][A-Za-z0-9_./-]*$/;
const VALUE = /^([A-Za-z]|-[A-Za-z]|\.{1,2}\/)[A-Za-z0-9_./:@+=-]*$|^\d+\.\d+\.\d+([-+][A-Za-z0-9.+-]*)?$/;
// YAML 1.1 (go-yaml v2) booleans and nulls: strings to the failsafe schema, not to kustomize.
const SPECIAL = /^(y|yes|n|no|true|false|on|off|null)$/i;
/** The document as a tree, or undefined when the text is not in the subset. */
function readSimpleYaml(text) {
    if (/[\t\r\uFEFF]/.test(text))
        return undefined;
    const lines = [];
    let no = 0;
    for (const raw of text.split('\n')) {
        no++;
        const body = stripComment(raw);
        if (body === undefined)
            return undefined;
        if (!body.trim())
            continue;
        const indent = body.length - body.trimStart().length;
        lines.push({ indent, text: body.slice(indent).trimEnd(), no });
    }
    if (!lines.length || lines[0].indent !== 0)
        return undefined;
    const at = { i: 0 };
    const root = block(lines, at, 0);
    return root && at.i === lines.length ? root : undefined;
}
/** The line without its comment; undefined when a `#` or a quote could mean something else. */
function stripComment(raw) {
    const hash = raw.search(/(^|\s)#/);
    const body = hash < 0 ? raw : raw.slice(0, hash);
    if (/["'#&*!|>%`{}[\]?,\\]/.test(body))
        return undefined;
    if (/^(---|\.\.\.)(\s|$)/.test(body))
        return undefined;
    return body;
}
function block(lines, at, indent) {
    const first = lines[at.i];
    if (!first || first.indent !== indent)
        return undefined;
    return first.text.startsWith('-') ? seq(lines, at, indent) : map(lines, at, indent);
}
function scalar(text, no) {
    if (!VALUE.test(text) || SPECIAL.test(text) || text.endsWith(':'))
        return undefined;
    return { kind: 'scalar', value: text, line: no };
}
function map(lines, at, indent) {
    const m = { kind: 'map', entries: new Map(), line: lines[at.i].no };
    while (at.i < lines.length && lines[at.i].indent === indent) {
        const l = lines[at.i];
        const colon = l.text.indexOf(':');
        const key = l.text.slice(0, colon);
        const rest = l.text.slice(colon + 1);
        const plainKey = colon > 0 && KEY.test(key) && !SPECIAL.test(key) && !m.entries.has(key);
        if (!plainKey || (rest && !rest.startsWith(' ')))
            return undefined;
        at.i++;
        let value;
        if (rest.trim())
            value = scalar(rest.trim(), l.no);
        else {
            const next = lines[at.i];
            // A block below the key, or a list at the key's own indentation (YAML allows `key:\n- a`).
            const below = next && (next.indent > indent || (next.indent === indent && next.text.startsWith('- ')));
            if (below)
                value = block(lines, at, next.indent);
        }
        if (!value)
            return undefined;
        m.entries.set(key, value);
    }
    return m;
}
function seq(lines, at, indent) {
    const s = { kind: 'seq', items: [], line: lines[at.i].no };
    const more = () => {
        const l = lines[at.i];
        return l !== undefined && l.indent === indent && l.text.startsWith('- ');
    };
    while (more()) {
        const l = lines[at.i];
        const item = l.text.slice(2);
        const inner = item.length - item.trimStart().length;
        let value;
        if (!item.includes(':')) {
            value = scalar(item.trim(), l.no);
            at.i++;
        }
        else {
            // `- key: v` starts a map whose keys sit at the column after "- ".
            lines[at.i] = { indent: indent + 2 + inner, text: item.trimStart(), no: l.no };
            value = map(lines, at, indent + 2 + inner);
        }
        if (!value)
            return undefined;
        s.items.push(value);
    }
    return s;
}

;// CONCATENATED MODULE: ./.build/core/quick-read.js
// The two questions asked of every overlay of a big repository — which version does this target hold (status,
// drift's matrix) and which images does this kustomization deploy (drift, parity's previous environment) — answered
// from the simple-YAML tree when the file is that plain. undefined means "ask the full reader": whatever the quick
// reader cannot vouch for (an unusual key, a number-like tag, an image entry it cannot pick) goes there, errors too.


const SCALAR_FIELDS = new Set(['apiVersion', 'kind', 'namespace', 'namePrefix', 'nameSuffix']);
const PATH_LISTS = new Set(['resources', 'components', 'bases', 'crds']);
const IMAGE_FIELDS = new Set(['name', 'newName', 'newTag', 'digest', 'tagSuffix']);
/**
 * The last texts read and their entries: drift asks both questions of each overlay (its version for the matrix, its
 * images for the judge) moments apart, and the second answer then costs no parse. Entries are never changed by
 * their readers, so sharing them is safe; the bound keeps memory flat however many overlays pass through.
 */
const recent = new Map();
// One drift slice's overlays (1,000 apps × 4) fit; more only costs memory and time where each text is read once.
const RECENT = 4096;
function quickEntries(text) {
    if (recent.has(text))
        return recent.get(text);
    if (recent.size >= RECENT)
        recent.clear();
    const entries = readEntries(text);
    recent.set(text, entries);
    return entries;
}
/** The images: entries of a plain kustomization whose every key is one the quick readers know. */
function readEntries(text) {
    const root = readSimpleYaml(text);
    if (root?.kind !== 'map')
        return undefined;
    let entries;
    for (const [key, v] of root.entries) {
        const known = SCALAR_FIELDS.has(key) ? v.kind === 'scalar' : PATH_LISTS.has(key) ? plainPaths(v) : key === 'images';
        if (!known)
            return undefined;
        if (key !== 'images')
            continue;
        if (v.kind !== 'seq')
            return undefined;
        entries = [];
        for (const it of v.items) {
            if (it.kind !== 'map')
                return undefined;
            const values = new Map();
            for (const [k, x] of it.entries) {
                if (!IMAGE_FIELDS.has(k) || x.kind !== 'scalar')
                    return undefined;
                values.set(k, { value: x.value, line: x.line });
            }
            if (!values.has('name'))
                return undefined;
            entries.push({ map: it, values });
        }
    }
    return entries?.length ? entries : undefined;
}
/** A list of relative paths: kustomize would follow them, and nothing in them can change an images: reading. */
const plainPaths = (v) => v.kind === 'seq' && v.items.every((i) => i.kind === 'scalar' && !i.value.startsWith('/'));
/** readTargetVersion for an image target, when the file is plain enough; undefined otherwise. */
function quickTargetVersion(text, t) {
    if (t.image === undefined || t.document !== undefined)
        return undefined;
    const entries = quickEntries(text);
    if (!entries)
        return undefined;
    const names = entries.map((e) => e.values.get('name')?.value);
    let name = t.image;
    if (name === 'auto') {
        const byApp = names.filter((n) => n.split('/').pop()?.split(':')[0] === t.app);
        if (names.length === 1)
            name = names[0];
        else if (byApp.length === 1)
            name = byApp[0];
        else
            return undefined;
    }
    const found = entries.filter((e) => e.values.get('name')?.value === name);
    if (found.length !== 1)
        return undefined;
    const e = found[0].values;
    const tag = e.get('newTag');
    const digest = e.get('digest');
    const version = tag && digest ? `${tag.value}@${digest.value}` : tag?.value ?? (digest ? `@${digest.value}` : undefined);
    return { version, line: (tag ?? digest)?.line ?? found[0].map.line, imageName: name };
}
/** kustomizationImages for a plain kustomization; undefined otherwise. */
function quickKustomizationImages(text) {
    const entries = quickEntries(text);
    if (!entries)
        return undefined;
    const list = entries.map((e) => {
        const get = (k) => e.values.get(k)?.value;
        const tags = { newTag: get('newTag'), digest: get('digest'), tagSuffix: get('tagSuffix') };
        return { name: get('name'), newName: get('newName'), ...tags, line: e.map.line };
    });
    return { images: (0,kustomization/* effectiveReferences */.eW)(list).sort(), line: list[list.length - 1]?.line ?? 1 };
}


/***/ }),

/***/ 5742:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qw: () => (/* binding */ setTargetVersion),
/* harmony export */   eS: () => (/* binding */ readTargetVersion)
/* harmony export */ });
/* unused harmony export fullTargetVersion */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _edit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(395);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8005);
/* harmony import */ var _kustomize_image_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1591);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4976);
/* harmony import */ var _yaml_documents_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1814);
/* harmony import */ var _yaml_path_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9849);
/* harmony import */ var _quick_read_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3338);
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
        ? `cannot tell which images: entry is app ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .h)(t.app)} (entries: ${names.join(', ')}); `
            + `expected one entry, or one named .../${t.app}; say which with image: in gitops-promote.yaml`
        : `has no images: entries; expected a kustomization with an images: entry for app ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .h)(t.app)}`, t.file, 1);
}
function readTargetVersion(text, t) {
    // Most overlays are plain: read without a full parse (the same answer; anything else takes the full reader).
    return (0,_quick_read_js__WEBPACK_IMPORTED_MODULE_7__/* .quickTargetVersion */ .l)(text, t) ?? fullTargetVersion(text, t);
}
/** The reference reader: a full YAML parse with exact ranges. */
function fullTargetVersion(text, t) {
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
        const line = src.lineOf(((0,_kustomize_image_js__WEBPACK_IMPORTED_MODULE_3__/* .onePair */ .VL)(entry, 'newTag', src, t.file) ?? (0,_kustomize_image_js__WEBPACK_IMPORTED_MODULE_3__/* .onePair */ .VL)(entry, 'digest', src, t.file))?.value?.range?.[0]
            ?? entry.range?.[0] ?? 0);
        const version = tag && digest ? `${tag}@${digest}` : tag ?? (digest ? `@${digest}` : undefined);
        return { version, line, imageName: name };
    }
    const pathText = t.path;
    const loc = (0,_locate_js__WEBPACK_IMPORTED_MODULE_4__/* .locatePath */ .oV)(documents, (0,_yaml_path_js__WEBPACK_IMPORTED_MODULE_6__/* .parsePath */ .R)(pathText), t.document, src, t.file, pathText);
    const node = loc.node;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${pathText} is not a scalar; expected a version value`, t.file, node.range ? src.lineOf(node.range[0]) : 1);
    }
    const v = String(node.value);
    return { version: v === '' ? undefined : v, line: node.range ? src.lineOf(node.range[0]) : 1 };
}
function setTargetVersion(text, t, imageName, version) {
    const target = t.image !== undefined
        ? { kind: 'image', name: imageName ?? t.image }
        : { kind: 'path', path: t.path };
    return (0,_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .editYamlText */ .h)(text, { target, value: version, document: t.document }, t.file);
}


/***/ })

};
