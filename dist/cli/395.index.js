export const id = 395;
export const ids = [395];
export const modules = {

/***/ 66:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ checkValue),
/* harmony export */   s: () => (/* binding */ parseImageValue)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8005);
// What --to may be: one token with no whitespace or control characters; for --image, one of three forms.

const BAD_CHARS = /[\s\x00-\x1f\x7f\x85\u2028\u2029\ufeff]/u;
// Docker/OCI tag grammar: kustomize rejects anything else in newTag.
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;
/** Throws when `value` cannot be a version at all; `file`/`line` say where it was going. */
function checkValue(value, file, line, label = '--to') {
    if (value === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${label} is empty; expected a version such as v1.2.3`, file, line);
    const bad = BAD_CHARS.exec(value);
    if (bad) {
        const what = /\s/.test(bad[0]) ? 'whitespace' : 'a control character';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${label} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(value)} contains ${what}; expected one token such as v1.2.3`, file, line);
    }
}
function parseImageValue(value, file, line, label = '--to') {
    checkValue(value, file, line, label);
    const at = value.indexOf('@');
    const expected = 'expected TAG, TAG@sha256:<64 lowercase hex> or @sha256:<64 lowercase hex>';
    if (at < 0) {
        if (!TAG.test(value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${label} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(value)} is not a valid image tag `
                + `(letters, digits, "_", "." and "-", up to 128, not starting with "." or "-"); ${expected}`, file, line);
        }
        return { kind: 'tag', tag: value };
    }
    const tag = value.slice(0, at);
    const digest = value.slice(at + 1);
    if (!DIGEST.test(digest)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${label} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(value)} has a malformed digest ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(digest)}; ${expected}`, file, line);
    }
    if (tag === '')
        return { kind: 'digest', digest };
    if (!TAG.test(tag)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${label} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(value)} has an invalid tag ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(tag)}; ${expected}`, file, line);
    }
    return { kind: 'tag+digest', tag, digest };
}


/***/ }),

/***/ 395:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ editYamlText)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
// EXTERNAL MODULE: ./.build/core/edit-value.js
var edit_value = __webpack_require__(66);
// EXTERNAL MODULE: ./.build/core/kustomize-image.js
var kustomize_image = __webpack_require__(1591);
// EXTERNAL MODULE: ./.build/core/locate.js
var locate = __webpack_require__(4976);
// EXTERNAL MODULE: ./.build/core/scalar-edit.js
var scalar_edit = __webpack_require__(9983);
;// CONCATENATED MODULE: ./.build/core/splice.js
function applySplices(text, splices) {
    const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
    let out = '';
    let at = 0;
    for (const s of sorted) {
        if (s.start < at)
            throw new Error(`internal: overlapping edits at offset ${s.start}`);
        out += text.slice(at, s.start) + s.text;
        at = s.end;
    }
    return out + text.slice(at);
}

// EXTERNAL MODULE: ./.build/core/yaml-documents.js
var yaml_documents = __webpack_require__(1814);
// EXTERNAL MODULE: ./.build/core/yaml-path.js
var yaml_path = __webpack_require__(9849);
;// CONCATENATED MODULE: ./.build/core/edit.js
// `gitops-promote edit`: change one version in a YAML text, and nothing else.









function editYamlText(text, req, file) {
    const parsed = (0,yaml_documents/* parseYaml */.h)(text, file);
    const { source: src, documents } = parsed;
    let splices;
    let changes;
    let sharedByAliases = 0;
    let anchor;
    if (req.target.kind === 'image') {
        ({ splices, changes, anchor, sharedByAliases } = (0,kustomize_image/* planImageEdit */.h$)(documents, req.target.name, req.value, req.document, src, file));
    }
    else {
        const segments = (0,yaml_path/* parsePath */.R)(req.target.path);
        const loc = (0,locate/* locatePath */.oV)(documents, segments, req.document, src, file, req.target.path);
        const line = loc.node.range ? src.lineOf(loc.node.range[0]) : 1;
        (0,edit_value/* checkValue */.S)(req.value, file, line);
        const e = (0,scalar_edit/* editScalar */.t)(loc.node, loc.pair, req.value, loc.inFlow, src, file, req.target.path);
        const same = e.splice.text === text.slice(e.splice.start, e.splice.end);
        splices = same ? [] : [e.splice];
        changes = same ? [] : [{ line: e.line, field: req.target.path, from: e.from, to: req.value }];
        if ((0,dist/* isScalar */.jn)(loc.node) && loc.node.anchor && documents[loc.documentIndex]) {
            anchor = loc.node.anchor;
            sharedByAliases = (0,locate/* aliasesOf */.QI)(documents[loc.documentIndex], loc.node).length;
        }
    }
    if (!splices.length)
        return { text, changed: false, changes: [], sharedByAliases, anchor };
    const out = applySplices(text, splices);
    // Replacing one scalar token with a token the quoting rules made safe cannot break the file (the corpus
    // round-trip tests hold us to that). Inserting or removing lines can: re-parse those results, and never
    // write a file that no longer parses.
    if (changes.some((c) => c.from === null || c.to === null)) {
        try {
            (0,yaml_documents/* parseYaml */.h)(out, file);
        }
        catch (e) {
            throw new Error(`internal: the edit would produce invalid YAML (${e instanceof errors/* UserError */.y ? e.message : String(e)}); file left unchanged`);
        }
    }
    return { text: out, changed: true, changes, sharedByAliases, anchor };
}


/***/ }),

/***/ 1591:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VL: () => (/* binding */ onePair),
/* harmony export */   h$: () => (/* binding */ planImageEdit),
/* harmony export */   w4: () => (/* binding */ findEntry)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8005);
/* harmony import */ var _edit_value_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4976);
/* harmony import */ var _scalar_edit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9983);
/* harmony import */ var _scalar_style_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(362);
// --image NAME: set newTag/digest on the kustomization `images:` entry named NAME, inserting or removing
// their lines so that what kustomize deploys is exactly VALUE (it lets a digest win over a tag).






function findEntry(docs, name, document, src, file) {
    (0,_locate_js__WEBPACK_IMPORTED_MODULE_3__/* .checkDocumentIndex */ .QS)(document, docs.length, file);
    const found = [];
    const names = [];
    let lists = 0;
    let listLine = 1;
    docs.forEach((doc, documentIndex) => {
        if (document !== undefined && documentIndex !== document)
            return;
        const images = doc.contents && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.contents) ? (0,_locate_js__WEBPACK_IMPORTED_MODULE_3__/* .pairsNamed */ .Vp)(doc.contents, 'images') : [];
        for (const p of images) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(p.value))
                continue;
            if (!lists++)
                listLine = src.lineOf(p.key?.range?.[0] ?? 0);
            for (const item of p.value.items) {
                const n = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item) ? (0,_locate_js__WEBPACK_IMPORTED_MODULE_3__/* .pairsNamed */ .Vp)(item, 'name')[0]?.value : undefined;
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(n))
                    continue;
                names.push(String(n.value));
                if (String(n.value) === name)
                    found.push({ map: item, documentIndex });
            }
        }
    });
    if (!lists) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--image ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(name)}: no top-level "images:" list; `
            + `expected a kustomization with an images: entry named ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(name)}`, file, 1);
    }
    if (!found.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--image ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(name)}: no images: entry has name ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(name)} `
            + `(names found: ${names.slice(0, 10).join(', ') || 'none'}${names.length > 10 ? ', …' : ''})`, file, listLine);
    }
    if (found.length > 1) {
        const lines = found.map((e) => src.lineOf(e.map.range?.[0] ?? 0));
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--image ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(name)}: ${found.length} images: entries have that name `
            + `(lines ${lines.join(', ')}); expected exactly one`, file, lines[0]);
    }
    return found[0];
}
function onePair(entry, key, src, file) {
    const pairs = (0,_locate_js__WEBPACK_IMPORTED_MODULE_3__/* .pairsNamed */ .Vp)(entry, key);
    if (pairs.length > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`the images: entry has ${pairs.length} "${key}" keys; expected one`, file, src.lineOf(pairs[1]?.key?.range?.[0] ?? 0));
    }
    return pairs[0];
}
/** Offset where a pair's text ends (its value, or its key when the value is empty). */
function pairEnd(p) {
    return Math.max(p.value?.range?.[1] ?? 0, p.key?.range?.[1] ?? 0);
}
function removePair(entry, p, src, file) {
    const text = src.text;
    const items = entry.items;
    const k = items.indexOf(p);
    const keyStart = p.key?.range?.[0] ?? 0;
    if (entry.flow) {
        // `{name: a, digest: x}` -> `{name: a}`: drop the separator before the pair (or after it, if first).
        const prev = items[k - 1];
        const next = items[k + 1];
        if (prev)
            return [{ start: pairEnd(prev), end: pairEnd(p), text: '' }];
        return [{ start: keyStart, end: next?.key?.range?.[0] ?? pairEnd(p), text: '' }];
    }
    const keyLine = src.lineOf(keyStart);
    const endLine = src.lineOf(pairEnd(p));
    const prefix = text.slice(src.lineStart(keyLine), keyStart);
    const after = text.slice(pairEnd(p), src.lineEnd(endLine));
    if (!/^[ \t-]*$/.test(prefix) || !/^[ \t]*(#.*)?$/.test(after)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`cannot remove "${String(p.key.value)}": `
            + 'other content shares its line; expected one key per line', file, keyLine);
    }
    const splices = [];
    if (prefix.includes('-')) {
        // The removed key carried the entry's "- ": the next key takes it over.
        const next = items[k + 1];
        const nextStart = next?.key?.range?.[0];
        const nextLine = nextStart === undefined ? 0 : src.lineOf(nextStart);
        const nextPrefix = nextStart === undefined ? '' : text.slice(src.lineStart(nextLine), nextStart);
        if (nextStart === undefined || nextPrefix.length !== prefix.length || !/^ *$/.test(nextPrefix)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`cannot remove "${String(p.key.value)}": `
                + 'it starts the list item and no key below it can take over the "- "', file, keyLine);
        }
        splices.push({ start: src.lineStart(nextLine), end: nextStart, text: prefix });
    }
    const lastWithoutEol = src.eolOf(endLine) === '' && keyLine > 1;
    splices.push(lastWithoutEol
        ? { start: src.lineEnd(keyLine - 1), end: src.lineEnd(endLine), text: '' } // keep "no final newline"
        : { start: src.lineStart(keyLine), end: src.lineNext(endLine), text: '' });
    return splices;
}
function insertAfter(entry, anchor, lines, src) {
    if (entry.flow) {
        const at = pairEnd(anchor);
        return { start: at, end: at, text: lines.map(([k, v]) => `, ${k}: ${(0,_scalar_style_js__WEBPACK_IMPORTED_MODULE_5__/* .tokenFor */ .fn)(v, 'plain', true)}`).join('') };
    }
    const keyStart = anchor.key?.range?.[0] ?? 0;
    const line = src.lineOf(pairEnd(anchor));
    const at = src.lineEnd(line);
    const eol = src.eolOf(line) || src.eol;
    const indent = ' '.repeat(src.column(keyStart));
    return {
        start: at, end: at, text: lines.map(([k, v]) => `${eol}${indent}${k}: ${(0,_scalar_style_js__WEBPACK_IMPORTED_MODULE_5__/* .tokenFor */ .fn)(v, 'plain', false)}`).join(''),
    };
}
/**
 * Which of newTag/digest to set and which lines to drop so that kustomize deploys exactly VALUE. Its image
 * transformer appends `@digest` to whatever newTag holds, so a combined `newTag: tag@sha256:…` stays combined only
 * when no digest line sits beside it (that pair would deploy `tag@new@old`); otherwise the value is split, as
 * `kustomize edit set image` does.
 */
function imageKeys(want, value, tagPair, digestPair) {
    if (want.kind === 'digest')
        return { set: { digest: want.digest }, remove: tagPair ? [tagPair] : [] };
    if (want.kind === 'tag')
        return { set: { newTag: want.tag }, remove: digestPair ? [digestPair] : [] };
    const combined = !!tagPair && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(tagPair.value) && String(tagPair.value.value).includes('@');
    if (combined && !digestPair)
        return { set: { newTag: value }, remove: [] };
    return { set: { newTag: want.tag, digest: want.digest }, remove: [] };
}
function planImageEdit(docs, name, value, document, src, file) {
    const { map: entry, documentIndex } = findEntry(docs, name, document, src, file);
    const doc = docs[documentIndex];
    const entryLine = src.lineOf(entry.range?.[0] ?? 0);
    const want = (0,_edit_value_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageValue */ .s)(value, file, entryLine);
    const tagPair = onePair(entry, 'newTag', src, file);
    const digestPair = onePair(entry, 'digest', src, file);
    const { set, remove } = imageKeys(want, value, tagPair, digestPair);
    const splices = [];
    const changes = [];
    const inserts = [];
    let anchor;
    let sharedByAliases = 0;
    for (const p of [tagPair, digestPair]) {
        if (p && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(p.value)) {
            const key = String(p.key.value);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`images[name=${name}].${key} is the alias *${p.value.source}; ${(0,_locate_js__WEBPACK_IMPORTED_MODULE_3__/* .editInstead */ .Tl)(doc, p.value, [], src)}`, file, src.lineOf(p.value.range?.[0] ?? 0));
        }
    }
    for (const p of remove) {
        const users = p.value ? (0,_locate_js__WEBPACK_IMPORTED_MODULE_3__/* .aliasesOf */ .QI)(doc, p.value) : [];
        if (users.length) {
            const key = String(p.key.value);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`cannot remove ${key} of images[name=${name}]: it is the anchor &${p.value.anchor}, `
                + `used by ${users.length} alias${users.length === 1 ? '' : 'es'} `
                + `(line ${users.map((a) => src.lineOf(a.range?.[0] ?? 0)).join(', ')}); `
                + 'expected a value no alias depends on', file, src.lineOf(p.key?.range?.[0] ?? 0));
        }
    }
    for (const key of ['newTag', 'digest']) {
        const v = set[key];
        if (v === undefined)
            continue;
        const pair = key === 'newTag' ? tagPair : digestPair;
        if (!pair) {
            inserts.push([key, v]);
            continue;
        }
        const e = (0,_scalar_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .editScalar */ .t)(pair.value, pair, v, !!entry.flow, src, file, `images[name=${name}].${key}`);
        const shared = pair.value ? (0,_locate_js__WEBPACK_IMPORTED_MODULE_3__/* .aliasesOf */ .QI)(doc, pair.value) : [];
        if (shared.length) {
            anchor = pair.value.anchor;
            sharedByAliases = shared.length;
        }
        if (e.splice.text !== src.text.slice(e.splice.start, e.splice.end)) {
            splices.push(e.splice);
            changes.push({ line: e.line, field: key, from: e.from, to: v });
        }
    }
    if (inserts.length) {
        // newTag goes right after name/newName; a digest after newTag when there is one.
        const order = ['name', 'newName', ...(inserts[0]?.[0] === 'digest' ? ['newTag'] : [])];
        const anchors = order.map((k) => onePair(entry, k, src, file))
            .filter((p) => !!p && !remove.includes(p));
        const anchor = anchors.reduce((a, b) => (pairEnd(b) > pairEnd(a) ? b : a));
        splices.push(insertAfter(entry, anchor, inserts, src));
        const line = src.lineOf(pairEnd(anchor)) + 1;
        inserts.forEach(([k, v], i) => changes.push({ line: entry.flow ? line - 1 : line + i, field: k, from: null, to: v }));
    }
    for (const p of remove) {
        splices.push(...removePair(entry, p, src, file));
        changes.push({
            line: src.lineOf(p.key?.range?.[0] ?? 0),
            field: String(p.key.value),
            from: (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.value) ? String(p.value.value) : '',
            to: null,
        });
    }
    return { splices, changes, anchor, sharedByAliases };
}


/***/ }),

/***/ 4976:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QI: () => (/* binding */ aliasesOf),
/* harmony export */   QS: () => (/* binding */ checkDocumentIndex),
/* harmony export */   Tl: () => (/* binding */ editInstead),
/* harmony export */   Vp: () => (/* binding */ pairsNamed),
/* harmony export */   oV: () => (/* binding */ locatePath)
/* harmony export */ });
/* unused harmony export anchorSite */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8005);
/* harmony import */ var _yaml_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9849);
// Find the node a --path names, in exactly one document, refusing aliases and merge keys with a pointer
// to where the value really lives.



function describe(n) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(n))
        return 'a mapping';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(n))
        return 'a list';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(n))
        return 'an alias';
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(n))
        return 'empty';
    const v = String(n.value);
    if (v.includes('\n'))
        return 'a multi-line string (YAML text inside a string is not edited)';
    if (v === '')
        return 'empty';
    return `the string ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(v.length > 60 ? `${v.slice(0, 57)}...` : v)}`;
}
const keyOf = (p) => ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) ? String(p.key.value) : undefined);
/** Every pair of `map` whose key is `key`. */
function pairsNamed(map, key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
        return [];
    return map.items.filter((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(p) && keyOf(p) === key);
}
/** Where the anchor that `alias` refers to sits: its path (if reachable by one) and line. */
function anchorSite(doc, alias, source) {
    let found;
    const before = alias.range?.[0] ?? Infinity;
    const walk = (n, path) => {
        if (!n || typeof n !== 'object')
            return;
        const node = n;
        if ('anchor' in node && node.anchor === alias.source && node.range && node.range[0] < before) {
            found = { path, offset: node.range[0] };
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
            for (const p of node.items) {
                const k = keyOf(p);
                if (k !== undefined)
                    walk(p.value, [...path, { kind: 'key', key: k }]);
            }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
            node.items.forEach((it, i) => walk(it, [...path, { kind: 'index', index: i }]));
    };
    walk(doc.contents, []);
    if (!found)
        return {};
    // The node starts after its "&name" (for a block mapping, on the next line): point at the anchor itself.
    const at = source.text.lastIndexOf(`&${alias.source}`, found.offset);
    return { path: found.path, line: source.lineOf(at >= 0 ? at : found.offset) };
}
/** "edit image.tag (anchor &image, line 3) instead": where the value an alias stands for can be edited. */
function editInstead(doc, alias, rest, source) {
    const site = anchorSite(doc, alias, source);
    const at = site.line ? `anchor &${alias.source} at line ${site.line}` : `anchor &${alias.source}`;
    if (!site.path)
        return `edit the value at its ${at} instead`;
    return `edit ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)((0,_yaml_path_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPath */ .j)([...site.path, ...rest]))} (under the ${at}) instead, `
        + 'which changes every alias of it';
}
/** How many aliases in the document refer to `node` (which carries an anchor). */
function aliasesOf(doc, node) {
    const anchor = 'anchor' in node ? node.anchor : undefined;
    if (!anchor)
        return [];
    const found = [];
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, { Alias(_, a) { if (a.source === anchor && a.resolve(doc) === node)
            found.push(a); } });
    return found;
}
/** Refuses a --document index the file does not have. */
function checkDocumentIndex(document, count, file) {
    if (document === undefined || (document >= 0 && document < count))
        return;
    const expected = count ? `expected 0..${count - 1}` : 'expected a file with a YAML document';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--document ${document}: the file has ${count} document${count === 1 ? '' : 's'} (numbered from 0); ${expected}`, file, 1);
}
function lineOfNode(n, source, fallback) {
    return n?.range ? source.lineOf(n.range[0]) : fallback;
}
function resolveIn(doc, documentIndex, segments, source, file, pathText) {
    let node = doc.contents;
    let pair;
    let inFlow = false;
    let line = lineOfNode(node, source, 1);
    for (let depth = 0; depth < segments.length; depth++) {
        const seg = segments[depth];
        const here = (0,_yaml_path_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPath */ .j)(segments.slice(0, depth)) || 'the document root';
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            const err = new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--path ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(pathText)} goes through the alias *${node.source} at ${here}; `
                + `${editInstead(doc, node, segments.slice(depth), source)}`, file, lineOfNode(node, source, line));
            return { kind: 'blocked', error: err };
        }
        if (node && ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) && node.flow)
            inFlow = true;
        const miss = (reason) => ({ kind: 'miss', depth, line, reason });
        let hits = [];
        if (seg.kind === 'key') {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
                if (depth === 0 && (!node || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && String(node.value) === ''))) {
                    return miss(`document ${documentIndex} is empty`);
                }
                return miss(`${here} is ${describe(node)}, not a mapping with the key ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(seg.key)}`);
            }
            hits = pairsNamed(node, seg.key).map((p) => ({ node: p.value, pair: p }));
            if (!hits.length) {
                const merges = pairsNamed(node, '<<');
                for (const m of merges) {
                    const sources = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(m.value) ? m.value.items : [m.value];
                    for (const s of sources) {
                        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(s) && pairsNamed(s.resolve(doc), seg.key).length) {
                            const err = new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--path ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(pathText)}: the key ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(seg.key)} at ${here} `
                                + `comes from the merge key "<<: *${s.source}"; `
                                + `${editInstead(doc, s, segments.slice(depth), source)}`, file, lineOfNode(m.key, source, line));
                            return { kind: 'blocked', error: err };
                        }
                    }
                }
                const keys = node.items.map(keyOf).filter((k) => k !== undefined);
                return miss(`${here} has no key ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(seg.key)} `
                    + `(its keys: ${keys.slice(0, 12).join(', ')}${keys.length > 12 ? ', …' : ''})`);
            }
            if (hits.length > 1) {
                const lines = hits.map((h) => lineOfNode(h.pair?.key, source, line));
                return {
                    kind: 'blocked',
                    error: new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`the key ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(seg.key)} appears ${hits.length} times at ${here} `
                        + `(lines ${lines.join(', ')}); expected one`, file, lines[0]),
                };
            }
        }
        else if (seg.kind === 'index') {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
                return miss(`${here} is ${describe(node)}, not a list to take [${seg.index}] from`);
            if (seg.index >= node.items.length) {
                return miss(`${here} has ${node.items.length} items, so [${seg.index}] is out of range`);
            }
            hits = [{ node: node.items[seg.index] }];
        }
        else {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
                return miss(`${here} is ${describe(node)}, not a list to select [${seg.field}=${seg.equals}] from`);
            }
            hits = node.items
                .filter((it) => pairsNamed(it, seg.field)
                .some((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.value) && String(p.value.value) === seg.equals))
                .map((it) => ({ node: it }));
            if (!hits.length) {
                const seen = node.items.flatMap((it) => pairsNamed(it, seg.field)
                    .map((p) => ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.value) ? String(p.value.value) : '?')));
                return miss(`no item of ${here} has ${seg.field}=${seg.equals} `
                    + `(found ${seg.field}: ${seen.slice(0, 12).join(', ') || 'none'})`);
            }
            if (hits.length > 1) {
                const lines = hits.map((h) => lineOfNode(h.node, source, line));
                return {
                    kind: 'blocked',
                    error: new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${hits.length} items of ${here} match [${seg.field}=${seg.equals}] `
                        + `(lines ${lines.join(', ')}); expected exactly one`, file, lines[0]),
                };
            }
        }
        const hit = hits[0];
        if (hit.node && ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) && node.flow)
            inFlow = true;
        line = hit.pair ? lineOfNode(hit.pair.key, source, line) : lineOfNode(hit.node, source, line);
        node = hit.node;
        pair = hit.pair;
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
        const err = new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--path ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(pathText)} is the alias *${node.source}; ${editInstead(doc, node, [], source)}`, file, lineOfNode(node, source, line));
        return { kind: 'blocked', error: err };
    }
    if (node === null || node === undefined) {
        // `key:` with nothing after it: an empty scalar we can fill. The yaml package gives it a null node only
        // in odd corners; normally it is an empty Scalar.
        return { kind: 'blocked', error: new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${(0,_yaml_path_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPath */ .j)(segments)} has no value node to edit`, file, line) };
    }
    return { kind: 'found', located: { documentIndex, node, pair, inFlow } };
}
/** The one node `segments` names: in document `document` if given, else in exactly one document. */
function locatePath(docs, segments, document, source, file, pathText) {
    checkDocumentIndex(document, docs.length, file);
    const scope = docs.map((d, i) => ({ d, i })).filter(({ i }) => document === undefined || i === document);
    const outcomes = scope.map(({ d, i }) => resolveIn(d, i, segments, source, file, pathText));
    const resolved = outcomes.filter((o) => o.kind !== 'miss');
    if (resolved.length > 1) {
        const which = scope.filter((_, k) => outcomes[k]?.kind !== 'miss').map(({ i }) => i);
        const lines = which.map((i) => lineOfNode(docs[i]?.contents, source, 1));
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--path ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(pathText)} resolves in ${which.length} documents `
            + `(${which.map((i, k) => `${i} at line ${lines[k]}`).join(', ')}); `
            + 'expected one, or pass --document N (0-based)', file, lines[0]);
    }
    const only = resolved[0];
    if (only?.kind === 'found')
        return only.located;
    if (only?.kind === 'blocked')
        throw only.error;
    const misses = outcomes.filter((o) => o.kind === 'miss');
    if (!misses.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--path ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(pathText)} not found: the file has no YAML document`, file, 1);
    }
    const best = misses.reduce((a, b) => (b.depth > a.depth ? b : a));
    const inDoc = scope.length > 1 ? ` in any of the ${scope.length} documents` : '';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--path ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(pathText)} not found${inDoc}: ${best.reason}`, file, best.line);
}


/***/ }),

/***/ 9983:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ editScalar)
/* harmony export */ });
/* unused harmony export isEmptyScalar */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8005);
/* harmony import */ var _scalar_style_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(362);
// Replace one scalar's token in place: only the bytes of the value change.



const STYLE = {
    [yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.PLAIN]: 'plain',
    [yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_SINGLE]: 'single',
    [yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_DOUBLE]: 'double',
};
/** A scalar that is `key:` with nothing after it (or `- ` with nothing): the new token is inserted. */
function isEmptyScalar(node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.PLAIN && !!node.range && node.range[0] === node.range[1];
}
function editScalar(node, pair, value, inFlow, src, file, label) {
    const line = node.range ? src.lineOf(node.range[0]) : 1;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${label} is an alias; edit its anchor instead`, file, line);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || !node.range) {
        const what = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) ? 'a mapping' : (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) ? 'a list' : 'not a scalar';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${label} is ${what}; expected a scalar value such as a tag`, file, line);
    }
    const style = STYLE[node.type ?? ''];
    if (!style)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${label} is a block scalar (| or >); expected a one-line scalar value`, file, line);
    const [start, end] = node.range;
    const text = src.text;
    if (isEmptyScalar(node)) {
        // Insert right after "key:" (and any &anchor/!tag), keeping the spaces and comment that follow.
        let at = start;
        if (pair && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) && pair.key.range) {
            at = pair.key.range[1];
            while (text[at] === ' ' || text[at] === '\t')
                at++;
            if (text[at] === ':')
                at++;
            for (;;) {
                let p = at;
                while (text[p] === ' ' || text[p] === '\t')
                    p++;
                if (text[p] !== '&' && text[p] !== '!')
                    break;
                while (p < text.length && !/[\s,\]}]/.test(text[p]))
                    p++;
                at = p;
            }
        }
        else {
            while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t'))
                at--;
        }
        return { splice: { start: at, end: at, text: ` ${(0,_scalar_style_js__WEBPACK_IMPORTED_MODULE_2__/* .tokenFor */ .fn)(value, 'plain', inFlow)}` }, from: '', line };
    }
    return { splice: { start, end, text: (0,_scalar_style_js__WEBPACK_IMPORTED_MODULE_2__/* .tokenFor */ .fn)(value, style, inFlow) }, from: String(node.value), line };
}


/***/ }),

/***/ 362:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fn: () => (/* binding */ tokenFor)
/* harmony export */ });
/* unused harmony exports nonStringType, plainProblem, encodeScalar */
// How a new scalar is written so that every reader in the GitOps chain reads back the exact string:
// YAML 1.1 (go-yaml v2, used by Helm and kustomize; PyYAML), YAML 1.2 core and go-yaml v3.
// Plain scalars that some reader resolves to something other than a string. Numbers are also
// tried with "_" removed, because go-yaml drops underscores before parsing a number.
const NON_STRING = [
    [/^(?:~|null|Null|NULL)$/, 'null'],
    [/^(?:[yYnN]|yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/, 'a boolean'],
    [/^(?:<<|=)$/, 'a merge key'],
    [/^[-+]?(?:0[bB][01_]+|0[oO]?[0-7_]+|0[xX][0-9a-fA-F_]+|[0-9][0-9_]*)$/, 'an integer'],
    [/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/, 'a base-60 number'],
    [/^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[eE][-+]?[0-9]+)$/, 'a float'],
    [/^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/, 'a float'],
    [
        /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$/,
        'a timestamp',
    ],
];
/** What a plain scalar `s` would be read as, if not a string (e.g. "a float"); undefined if a string. */
function nonStringType(s) {
    const forms = /^[-+.0-9]/.test(s) ? [s, s.replace(/_/g, '')] : [s];
    for (const [re, type] of NON_STRING)
        if (forms.some((f) => re.test(f)))
            return type;
    return undefined;
}
// Characters no plain scalar may contain; VALUEs with them are refused earlier, this keeps the encoder total.
const UNPRINTABLE = /[\x00-\x1f\x7f\x85\u2028\u2029\ufeff]/;
/** Why `s` cannot be written as a plain scalar that reads back as the string `s`; undefined when it can. */
function plainProblem(s, inFlow) {
    if (s === '')
        return 'is empty (reads as null)';
    if (UNPRINTABLE.test(s) || /^\s|\s$/.test(s))
        return 'has control characters or edge spaces';
    const c0 = s[0];
    const c1 = s[1];
    const startsWithIndicator = '-?:'.includes(c0)
        ? c1 === undefined || c1 === ' ' || c1 === '\t' || (inFlow && ',[]{}'.includes(c1))
        : ',[]{}#&*!|>\'"%@`'.includes(c0);
    if (startsWithIndicator)
        return `starts with the indicator "${c0}"`;
    if (/:[ \t]|[ \t]#|:$/.test(s))
        return 'contains ": ", " #" or ends with ":"';
    if (inFlow && /[,[\]{}]/.test(s))
        return 'contains a flow indicator';
    const type = nonStringType(s);
    return type ? `reads as ${type}, not a string` : undefined;
}
/** The scalar token for `value` in the given style. */
function encodeScalar(value, style) {
    if (style === 'plain')
        return value;
    if (style === 'single')
        return `'${value.replace(/'/g, "''")}'`;
    let out = '"';
    for (const ch of value) {
        const cp = ch.codePointAt(0);
        if (ch === '"' || ch === '\\')
            out += `\\${ch}`;
        else if (UNPRINTABLE.test(ch))
            out += cp <= 0xff ? `\\x${cp.toString(16).padStart(2, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`;
        else
            out += ch;
    }
    return `${out}"`;
}
/**
 * The token that replaces a scalar whose old style was `oldStyle`: quoted values keep their quotes; plain
 * values stay plain while that is safe, and otherwise become double-quoted (the usual style in Helm values).
 */
function tokenFor(value, oldStyle, inFlow) {
    if (oldStyle !== 'plain')
        return encodeScalar(value, oldStyle);
    return encodeScalar(value, plainProblem(value, inFlow) === undefined ? 'plain' : 'double');
}


/***/ }),

/***/ 9849:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ parsePath),
/* harmony export */   j: () => (/* binding */ formatPath)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8005);
// The --path grammar: `a.b[0].c`, `[key=value]` picks a list item by a field, `["a.b"]` quotes a key.

const EXPECTED = 'expected KEY, [N], [field=value] or ["quoted.key"] segments joined by "."';
function parsePath(path) {
    const bad = (at, what) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`--path ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(path)}: ${what} at character ${at + 1}; ${EXPECTED}`);
    if (path === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`--path is empty; ${EXPECTED}`);
    const segments = [];
    let i = 0;
    while (i < path.length) {
        if (path[i] === '[') {
            const inner0 = i + 1;
            let inner;
            let close;
            const q = path[inner0];
            if (q === '"' || q === "'") {
                // A quoted key may contain "]" and ".": find its closing quote first.
                let j = inner0 + 1;
                while (j < path.length && path[j] !== q)
                    j += path[j] === '\\' && q === '"' ? 2 : 1;
                if (path[j + 1] !== ']')
                    throw bad(i, 'unterminated quoted key');
                const raw = path.slice(inner0, j + 1);
                let key;
                try {
                    key = q === '"' ? JSON.parse(raw) : raw.slice(1, -1);
                }
                catch {
                    throw bad(i, `bad quoted key ${raw}`);
                }
                segments.push({ kind: 'key', key });
                i = j + 2;
            }
            else {
                close = path.indexOf(']', inner0);
                if (close < 0)
                    throw bad(i, 'unclosed "["');
                inner = path.slice(inner0, close);
                const eq = inner.indexOf('=');
                if (/^[0-9]+$/.test(inner))
                    segments.push({ kind: 'index', index: Number(inner) });
                else if (eq > 0)
                    segments.push({ kind: 'match', field: inner.slice(0, eq), equals: inner.slice(eq + 1) });
                else
                    throw bad(i, `bad selector [${inner}]`);
                i = close + 1;
            }
        }
        else {
            let j = i;
            while (j < path.length && path[j] !== '.' && path[j] !== '[')
                j++;
            if (j === i)
                throw bad(i, 'empty key');
            segments.push({ kind: 'key', key: path.slice(i, j) });
            i = j;
        }
        if (i < path.length) {
            if (path[i] === '.') {
                i++;
                if (i === path.length)
                    throw bad(i - 1, 'trailing "."');
            }
            else if (path[i] !== '[')
                throw bad(i, `unexpected ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(path[i])}`);
        }
    }
    return segments;
}
/** A path written back in the same grammar (used to point at an anchor's own location). */
function formatPath(segments) {
    let out = '';
    for (const s of segments) {
        if (s.kind === 'index')
            out += `[${s.index}]`;
        else if (s.kind === 'match')
            out += `[${s.field}=${s.equals}]`;
        else if (/^[^.[\]"'\s]+$/.test(s.key))
            out += (out ? '.' : '') + s.key;
        else
            out += `[${JSON.stringify(s.key)}]`;
    }
    return out;
}


/***/ })

};
