export const id = 890;
export const ids = [890];
export const modules = {

/***/ 4890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDriftCommand: () => (/* binding */ runDriftCommand),
  runParityCommand: () => (/* binding */ runParityCommand)
});

// EXTERNAL MODULE: ./.build/core/policy/tag-policy.js
var tag_policy = __webpack_require__(5142);
// EXTERNAL MODULE: ./.build/core/layout.js
var core_layout = __webpack_require__(7008);
// EXTERNAL MODULE: ./.build/core/target-version.js
var target_version = __webpack_require__(5742);
// EXTERNAL MODULE: ./.build/core/deploy/go-yaml.js
var go_yaml = __webpack_require__(6916);
;// CONCATENATED MODULE: ./.build/core/parity/globs.js
// policy.parityIgnore globs, as in .gitignore: `*` within one path segment, `**` across segments (`**/x` also
// matches x at the root), `?` one character.
function globMatcher(globs) {
    const res = globs.map((g) => new RegExp(`^${g.split('**/').map(segment).join('(?:.*/)?')}$`));
    return (path) => res.some((r) => r.test(path));
}
// Split on the longest wildcard first, so the pieces between `**` are read for `*`, and those between `*` for `?`.
const segment = (part) => part.split('**').map(stars).join('.*');
const stars = (part) => part.split('*').map(questions).join('[^/]*');
const questions = (part) => part.split('?').map(esc).join('[^/]');
const esc = (s) => s.replace(/[.+^${}()|[\]\\]/g, '\\$&');

;// CONCATENATED MODULE: ./.build/core/parity/assess-target.js
// One target's part in a change: is it affected (its load closure touches a changed file), which images it
// deploys before and after, and whatever makes its "after" unknowable (a render error, a change the static model
// cannot explain, a remote resource). Unknowable is a violation: an overlay nobody can check is never waved through.


async function assessTarget(ctx, t) {
    const reach = new Set([...(await ctx.base.reach(t)), ...(await ctx.after.reach(t))]);
    const hit = [...reach].filter((f) => ctx.touched.has(f)).sort();
    if (!hit.length && !ctx.touched.has(t.file))
        return undefined;
    // A target gone after the change deploys nothing new (its removal is judged by the environment rules).
    if (t.image !== undefined ? !(await ctx.after.closure(t)) : !ctx.after.tree.exists(t.file))
        return undefined;
    const useRender = ctx.render && t.image !== undefined;
    const blocker = await (useRender ? renderBlocker(ctx, t, hit) : staticBlocker(ctx, t, hit));
    if (blocker)
        return blockedBy(t, blocker);
    const imagesIn = (v) => (useRender ? v.rendered(t) : v.staticImages(t));
    const [b, a] = await Promise.all([imagesIn(ctx.base), imagesIn(ctx.after)]);
    if ('error' in a)
        return blockedBy(t, { rule: a.error.invalid ? 'invalid-file' : 'render-error', at: a.error });
    // A base that cannot be read has no images we can vouch for: everything after counts as new.
    const before = 'error' in b ? [] : b.images;
    const added = a.images.filter((i) => !before.includes(i));
    return { t, before, after: a.images, added, line: lineOf(a) };
}
const lineOf = (i) => ('error' in i ? i.error.line : i.line);
// A blocked target shows no images: nothing about its "after" can be vouched for.
const blockedBy = (t, blocker) => ({ t, before: [], after: [], added: [], line: blocker.at.line, blocker });
async function renderBlocker(ctx, t, hit) {
    const c = await ctx.after.closure(t);
    if (!c)
        return undefined; // the overlay is gone: nothing deploys from it after the change
    const invalid = c.problems.find((p) => p.invalid);
    if (invalid)
        return { rule: 'invalid-file', at: invalid };
    const outside = c.problems.find((p) => p.outside);
    if (outside) {
        const why = `${outside.message}: a renderer would read whatever that path holds on the machine`;
        return { rule: 'unverified-change', at: { ...outside, message: why } };
    }
    const remote = [...c.remote, ...c.helm][0];
    if (remote && hit.length) {
        const why = `${remote.message}: the renderer cannot reach it, so what this overlay deploys cannot be verified`;
        return { rule: 'unverified-change', at: { ...remote, message: why } };
    }
    return undefined;
}
async function staticBlocker(ctx, t, hit) {
    if (t.image !== undefined) {
        const c = await ctx.after.closure(t);
        const invalid = c?.problems.find((p) => p.invalid);
        if (invalid)
            return { rule: 'invalid-file', at: invalid };
        const own = await ctx.after.staticImages(t);
        if ('error' in own)
            return { rule: 'invalid-file', at: own.error };
    }
    const ignored = globMatcher(ctx.ignore);
    for (const f of hit) {
        if (ignored(f))
            continue;
        if (f === t.file && (await onlyImagesChanged(ctx, t)))
            continue;
        const what = f === t.file ? 'changes more than its images: entries' : 'is read to build this overlay and changes';
        const message = `${f} ${what}; without a renderer (render: none, or no kustomize/kubectl) that cannot be verified: `
            + 'expected a change to images: only, a renderer, or policy.parityIgnore for files that never carry images';
        return { rule: 'unverified-change', at: { file: f, line: 1, message } };
    }
    const p = t.image !== undefined ? (await ctx.after.closure(t))?.problems[0] : undefined;
    if (p) {
        const why = `${p.message}; the overlay cannot be built as it stands`;
        return { rule: 'unverified-change', at: { ...p, message: why } };
    }
    return undefined;
}
/** The target's own file: the same but for images: (kustomize) or identity keys (values), as go-yaml reads it. */
async function onlyImagesChanged(ctx, t) {
    if (!ctx.base.tree.isFile(t.file) || !ctx.after.tree.isFile(t.file))
        return false;
    if (t.image === undefined)
        return true; // a values file or Application: its identity keys are the model
    const [b, a] = await Promise.all([ctx.base.snap.read(t.file), ctx.after.snap.read(t.file)]);
    return withoutImages(b) === withoutImages(a) && withoutImages(a) !== undefined;
}
/** images: and the deprecated imageTags:, folded as encoding/json matches them (see go-yaml.ts). */
const IMAGE_KEYS = ['images', 'imagetags'];
function withoutImages(text) {
    try {
        const v = (0,go_yaml/* goPlain */.to)(text);
        if (v && typeof v === 'object' && !Array.isArray(v)) {
            const m = v;
            for (const k of Object.keys(m))
                if (IMAGE_KEYS.includes((0,go_yaml/* foldKey */.pU)(k)))
                    delete m[k];
        }
        return JSON.stringify(v);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./.build/core/parity/content-history.js
/**
 * A history that holds nothing and notes every path asked of it: a first pass over questions that the present
 * mostly answers finds which files' pasts are needed at all, so only those are walked.
 */
class HistoryProbe {
    paths;
    asked = false;
    constructor(paths) {
        this.paths = paths;
    }
    of(path) {
        this.paths.add(path);
        this.asked = true;
        return [];
    }
}
class ContentHistory {
    /** Per path, oldest first; the last entry is what the branch holds now. */
    versions = new Map();
    constructor(commits) {
        for (let i = commits.length - 1; i >= 0; i--) {
            const c = commits[i];
            for (const ch of c.changes) {
                let list = this.versions.get(ch.path);
                if (!list)
                    this.versions.set(ch.path, (list = []));
                list.push({ blob: ch.blob, sha: c.sha, date: c.committerDate });
            }
        }
    }
    static async load(git, ref, paths) {
        const want = new Set(paths);
        if (!want.size)
            return new ContentHistory([]);
        // The port may return changes of other paths too (its cheapest route decides): only the wanted ones are kept.
        const commits = await git.firstParentChanges(ref, [...want].sort());
        return new ContentHistory(commits.map((c) => ({ ...c, changes: c.changes.filter((ch) => want.has(ch.path)) })));
    }
    of(path) {
        return this.versions.get(path) ?? [];
    }
}
/** The first commit of a file's history that held `image`, or undefined. */
async function firstHeld(h, path, image, imagesOf) {
    for (const v of h.of(path))
        if (v.blob && (await imagesOf(path, v.blob))?.has(image))
            return v;
    return undefined;
}
/**
 * Since when the file has held `image` without a break, up to now: the commit that started the current stretch.
 * Undefined when the file does not hold it now (or its history cannot show it).
 */
async function heldSince(h, path, image, imagesOf) {
    const vs = h.of(path);
    let since;
    for (let i = vs.length - 1; i >= 0; i--) {
        const v = vs[i];
        if (!v.blob || !(await imagesOf(path, v.blob))?.has(image))
            break;
        since = v;
    }
    return since;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
// EXTERNAL MODULE: ./.build/core/deploy/kustomization.js
var kustomization = __webpack_require__(7075);
;// CONCATENATED MODULE: ./.build/core/deploy/tree.js
// A snapshot seen as a directory tree, the way a renderer on a checkout would see it: directories exist when a file
// lies below them, and symlinks (git mode 120000) are followed. A symlink that leaves the repository is reported,
// never followed: a renderer would read whatever that path holds on the machine.

const SYMLINK = '120000';
class Tree {
    snap;
    sorted;
    set;
    linkTargets = new Map();
    constructor(snap) {
        this.snap = snap;
        this.sorted = [...snap.files].sort();
        this.set = new Set(this.sorted);
    }
    links;
    /** Whether any symlink is in the tree (once per tree: 120,000 files are not looked at twice). */
    hasLinks() {
        this.links ??= this.sorted.some((f) => this.isLink(f));
        return this.links;
    }
    exists(p) {
        return this.set.has(p);
    }
    isFile(p) {
        return this.set.has(p) && !this.isLink(p);
    }
    isLink(p) {
        return this.set.has(p) && this.snap.mode?.(p) === SYMLINK;
    }
    /** Every file (and symlink) below dir, found by binary search in the sorted list. */
    filesUnder(dir) {
        if (dir === '' || dir === '.')
            return this.sorted;
        const prefix = `${dir}/`;
        let lo = 0;
        let hi = this.sorted.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (this.sorted[mid] < prefix)
                lo = mid + 1;
            else
                hi = mid;
        }
        const out = [];
        for (let i = lo; i < this.sorted.length; i++) {
            const f = this.sorted[i];
            if (!f.startsWith(prefix))
                break;
            out.push(f);
        }
        return out;
    }
    isDir(p) {
        return p === '' || this.filesUnder(p).length > 0;
    }
    linkTarget(p) {
        let t = this.linkTargets.get(p);
        if (!t) {
            t = this.snap.read(p);
            this.linkTargets.set(p, t);
        }
        return t;
    }
    /** Follows symlinks component by component (at most 40, as Linux does). */
    async resolve(path) {
        const links = [];
        let parts = normal(path).split('/').filter(Boolean);
        for (let hops = 0; hops <= 40; hops++) {
            const at = parts.findIndex((_, i) => this.isLink(parts.slice(0, i + 1).join('/')));
            if (at < 0)
                return { path: parts.join('/'), links };
            const link = parts.slice(0, at + 1).join('/');
            links.push(link);
            const target = (await this.linkTarget(link)).trim();
            // An absolute target names a path on the renderer's machine, never one in the repository.
            const joined = target.startsWith('/') ? undefined
                : normal(external_node_path_.posix.join(external_node_path_.posix.dirname(link), target, ...parts.slice(at + 1)));
            if (joined === undefined || joined.startsWith('..'))
                return { links, outside: `${link} -> ${target}` };
            parts = joined.split('/').filter((x) => x && x !== '.');
        }
        return { links, outside: `${path}: too many levels of symbolic links` };
    }
}
/** A repository-relative path with . and .. folded ("" for the root; starts with .. when it leaves the root). */
function normal(p) {
    const n = external_node_path_.posix.normalize(p.replace(/\\/g, '/'));
    return n === '.' ? '' : n.replace(/\/$/, '');
}

;// CONCATENATED MODULE: ./.build/core/deploy/closure.js
// The load closure of an overlay: every file kustomize may read to build it, found by following resources, bases,
// components, patches, generators and the rest, through symlinks, inside the repository. A change anywhere in it can
// change what the overlay deploys; a change outside it cannot.




/** kustomize's konfig.RecognizedKustomizationFileNames, in its order. */
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
// kustomize 5 (api/internal/git/repospec.go) reads these as remote; gitlab.com/… without a scheme is a local path.
const REMOTE = /^([a-z][a-z0-9+.-]*:\/\/|git@|git::|github\.com\/)/i;
async function loadClosure(tree, dir) {
    const c = { dir, files: new Set(), kustomizations: new Map(), remote: [], helm: [], problems: [] };
    const seen = new Set();
    const root = await visit(tree, c, { seen, stack: new Set() }, normal(dir), { file: dir, line: 1 });
    c.rootFile = root;
    return c;
}
/** Resolves a path; the symlinks followed on the way are read by the renderer too, so they join the closure. */
async function resolveInto(tree, c, p) {
    const r = await tree.resolve(p);
    for (const l of r.links)
        c.files.add(l);
    return r;
}
async function visit(tree, c, w, dir, from) {
    const r = await resolveInto(tree, c, dir);
    if (r.path === undefined) {
        c.problems.push({ ...from, message: `symlink ${r.outside} leaves the repository`, outside: true });
        return undefined;
    }
    const real = r.path;
    const found = KUSTOMIZATION_FILES.map((f) => (real ? `${real}/${f}` : f)).filter((f) => tree.exists(f));
    if (found.length !== 1) {
        const what = found.length ? `more than one kustomization file (${found.join(', ')})`
            : `no kustomization file in ${real || '.'}`;
        c.problems.push({ ...from, message: `${what}; expected exactly one of ${KUSTOMIZATION_FILES.join(', ')}` });
        return undefined;
    }
    const file = found[0];
    if (w.stack.has(real)) {
        c.problems.push({ ...from, message: `a cycle of kustomizations reaches ${real} again (kustomize refuses it)` });
        return file;
    }
    if (w.seen.has(real))
        return file;
    w.seen.add(real);
    for (const f of tree.filesUnder(real))
        c.files.add(f);
    const fr = await resolveInto(tree, c, file);
    if (fr.path === undefined || !tree.isFile(fr.path) || (real && !fr.path.startsWith(`${real}/`))) {
        const message = `symlink ${fr.outside ?? file} does not lead to a file in the repository`;
        c.problems.push({ file, line: 1, message, outside: fr.outside !== undefined });
        return file;
    }
    c.files.add(fr.path);
    let k;
    try {
        k = (0,kustomization/* parseKustomization */.B2)(await tree.snap.read(fr.path), file);
    }
    catch (e) {
        if (!(e instanceof errors/* UserError */.y))
            throw e;
        c.problems.push({ file: e.file ?? file, line: e.line ?? 1, message: e.message, invalid: true });
        return file;
    }
    c.kustomizations.set(file, k);
    if (k.helm) {
        const message = 'helmCharts: charts are fetched and rendered by Helm, outside the repository';
        c.helm.push({ file, line: 1, message });
    }
    w.stack.add(real);
    for (const ref of k.refs)
        await follow(tree, c, w, real, file, ref);
    w.stack.delete(real);
    return file;
}
async function follow(tree, c, w, dir, file, ref) {
    const at = { file, line: ref.line };
    if (REMOTE.test(ref.path)) {
        c.remote.push({ ...at, message: `${ref.field} names the remote ${ref.path}` });
        return;
    }
    const p = normal(external_node_path_.posix.join(dir, ref.path));
    if (p.startsWith('..')) {
        c.problems.push({ ...at, message: `${ref.field} names ${ref.path}, which leaves the repository`, outside: true });
        return;
    }
    const r = await resolveInto(tree, c, p);
    if (r.path === undefined) {
        const message = `${ref.field} ${ref.path}: symlink ${r.outside} leaves the repository`;
        c.problems.push({ ...at, message, outside: true });
    }
    else if (tree.isFile(r.path)) {
        c.files.add(r.path);
        // kustomize's default load restrictor reads files only from inside the kustomization's own directory.
        if (dir && !r.path.startsWith(`${dir}/`)) {
            const message = `${ref.field} names ${ref.path}, outside ${dir} (kustomize's load restrictor refuses it)`;
            c.problems.push({ ...at, message });
        }
    }
    else if (tree.isDir(r.path) && ref.kind !== 'file') {
        await visit(tree, c, w, r.path, at);
    }
    else if (ref.field !== 'patchesStrategicMerge') {
        // kustomize reads a patchesStrategicMerge entry that is no file as an inline patch (FixKustomization).
        c.problems.push({ ...at, message: `${ref.field} names ${ref.path}, which is not in the repository` });
    }
}

// EXTERNAL MODULE: ./.build/core/yaml-documents.js
var yaml_documents = __webpack_require__(1814);
// EXTERNAL MODULE: ./.build/core/quick-read.js + 1 modules
var quick_read = __webpack_require__(3338);
;// CONCATENATED MODULE: ./.build/core/deploy/static-images.js
// The static model of what a target deploys, read from its own file without a renderer.
// - A kustomization target: the references its images: entries produce (kustomize's rules, see kustomization.ts).
// - A path target (Helm values, an Argo CD Application): every scalar whose key names an image, tag, digest,
//   repository, registry, chart or revision, plus the configured path itself, as "key.path=value" strings. A chart
//   may read an image from a key named otherwise: that is beyond what this model can see (docs say so).





function kustomizationImages(text, file) {
    return (0,quick_read/* quickKustomizationImages */.T)(text) ?? fullKustomizationImages(text, file);
}
/** The reference reader: kustomize's own rules on a full parse. */
function fullKustomizationImages(text, file) {
    const k = (0,kustomization/* parseKustomization */.B2)(text, file);
    const images = (0,kustomization/* effectiveReferences */.eW)(k.images).sort();
    return { images, line: k.images[k.images.length - 1]?.line ?? 1 };
}
const IDENTITY = new Set([
    'image', 'images', 'tag', 'digest', 'repository', 'registry', 'version', 'chart', 'targetrevision', 'repourl',
]);
/** Whether a key path names what is deployed: its last key (or a parameter's name) is an image, tag, digest, … */
function isIdentityKey(key) {
    const param = /\[name=([^\]]*)\]\.value$/.exec(key);
    const path = (param ? param[1] : key).replace(/\[[^\]]*\]/g, '');
    const parts = path.split('.');
    const last = (parts[parts.length - 1] ?? '').toLowerCase();
    const parent = (parts[parts.length - 2] ?? '').toLowerCase();
    return IDENTITY.has(last) || (last === 'name' && parent.includes('image'));
}
function pathTargetImages(text, t) {
    (0,yaml_documents/* parseYaml */.h)(text, t.file); // the same errors, with lines, as every other reader of the file
    let documents;
    try {
        // Helm and Argo CD read YAML with go-yaml (sigs.k8s.io/yaml): aliases resolved, merges applied in order.
        documents = (0,go_yaml/* goDocuments */.JR)(text);
    }
    catch (e) {
        if (e instanceof go_yaml/* GoYamlError */.oy)
            throw new errors/* UserError */.y(e.message, t.file, e.line);
        throw e;
    }
    const out = new Set();
    documents.forEach((doc, i) => {
        if (t.document !== undefined && i !== t.document)
            return;
        walk(doc, '', (key, value) => {
            if (isIdentityKey(key) || key === t.path)
                out.add(`${t.document ?? i}:${key}=${value}`);
        });
    });
    return { images: [...out].sort(), line: 1 };
}
/** Calls `seen` for every scalar with its key path; a Helm/Argo `parameters` item is keyed by its name. */
function walk(v, at, seen, depth = 0) {
    if (v === null || depth > 64)
        return;
    if (Array.isArray(v)) {
        v.forEach((it, i) => {
            const named = (0,go_yaml/* isGoMap */.Rb)(it) ? it.entries.get('name')?.value : undefined;
            walk(it, `${at}${typeof named === 'string' ? `[name=${named}]` : `[${i}]`}`, seen, depth + 1);
        });
    }
    else if ((0,go_yaml/* isGoMap */.Rb)(v)) {
        for (const [k, e] of v.entries)
            walk(e.value, at ? `${at}.${k}` : k, seen, depth + 1);
    }
    else {
        seen(at, String(v));
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./.build/core/deploy/workload-images.js
// The images a rendered overlay runs: parses the multi-document YAML that `kustomize build` (or `kubectl
// kustomize`) prints and lists every container image of every pod template. Kinds whose pod template we know are
// read at that place only; any other kind (a CRD: Knative Service, Argo Workflow, Argo Rollouts Experiment…) is
// searched for every string under a key named `image`, so a workload we do not model is never invisible to parity.

const TEMPLATE = ['spec', 'template', 'spec'];
// Shapes from k8s.io/api apps/v1, batch/v1 and core/v1 types.go (extensions/v1beta1 and batch/v1beta1 had the same
// fields), and argo-rollouts pkg/apis/rollouts/v1alpha1/types.go (RolloutSpec.Template is a PodTemplateSpec).
const POD_SPEC_KINDS = {
    Deployment: { groups: ['apps', 'extensions'], path: TEMPLATE },
    StatefulSet: { groups: ['apps'], path: TEMPLATE },
    DaemonSet: { groups: ['apps', 'extensions'], path: TEMPLATE },
    ReplicaSet: { groups: ['apps', 'extensions'], path: TEMPLATE },
    Job: { groups: ['batch'], path: TEMPLATE },
    CronJob: { groups: ['batch'], path: ['spec', 'jobTemplate', 'spec', 'template', 'spec'] },
    Pod: { groups: [''], path: ['spec'] },
    PodTemplate: { groups: [''], path: ['template', 'spec'] },
    Rollout: { groups: ['argoproj.io'], path: TEMPLATE },
};
const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'];
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Every container image in `manifests`, in document order. Throws an Error when the text is not manifests. */
function workloadImages(manifests) {
    const out = [];
    // An empty text gives an EmptyStream, which is an empty array.
    (0,dist/* parseAllDocuments */.hR)(manifests, { prettyErrors: true }).forEach((doc, i) => {
        const err = doc.errors[0];
        if (err) {
            const line = err.linePos?.[0].line;
            const what = err.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'parse error';
            throw new Error(`renderer output is not valid YAML (document ${i + 1}${line ? `, line ${line}` : ''}): ${what}`);
        }
        const value = doc.toJS();
        if (value === null || value === undefined)
            return; // an empty document between two `---`
        if (!isObj(value))
            throw new Error(`renderer output document ${i + 1} is not a mapping (a Kubernetes object)`);
        collectObject(value, `document ${i + 1}`, out);
    });
    return out;
}
/** Sorted, without repeats: the set of images to compare between two renders. */
function imageSet(list) {
    return [...new Set(list.map((w) => w.image))].sort();
}
function collectObject(obj, where, out) {
    const kind = obj.kind;
    if (typeof kind !== 'string' || kind === '')
        throw new Error(`renderer output ${where} has no kind`);
    // kustomize flattens v1 List objects, but a *List kind can still come through a CRD's output: look inside.
    if (kind.endsWith('List') && Array.isArray(obj.items)) {
        obj.items.forEach((item, j) => {
            if (!isObj(item))
                throw new Error(`renderer output ${where} (${kind}) item ${j + 1} is not a mapping`);
            collectObject(item, `${where} item ${j + 1}`, out);
        });
        return;
    }
    const meta = isObj(obj.metadata) ? obj.metadata : {};
    const name = typeof meta.name === 'string' ? meta.name : '';
    const base = { kind, name, ...(typeof meta.namespace === 'string' ? { namespace: meta.namespace } : {}) };
    const known = POD_SPEC_KINDS[kind];
    const apiVersion = typeof obj.apiVersion === 'string' ? obj.apiVersion : '';
    const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
    // A Secret's values are credentials, never shown in a report; they are base64 and not workloads anyway.
    if (kind === 'Secret' && group === '')
        return;
    if (known && known.groups.includes(group)) {
        collectPodSpec(obj, known.path, `${where} (${kind} ${name})`, (container, image) => out.push({ ...base, container, image }));
        return;
    }
    // metadata (labels, annotations) and status never define what runs: a key `image` there is not a workload.
    for (const [key, value] of Object.entries(obj)) {
        if (key === 'metadata' || key === 'status')
            continue;
        collectAnyImage(value, key, (container, image) => out.push({ ...base, container, image }));
    }
}
function collectPodSpec(obj, path, where, add) {
    let node = obj;
    for (const key of path) {
        if (node === undefined || node === null)
            return; // no pod template (e.g. a Rollout with workloadRef)
        if (!isObj(node))
            throw new Error(`renderer output ${where}: ${path.join('.')} is not a mapping`);
        node = node[key];
    }
    if (node === undefined || node === null)
        return;
    if (!isObj(node))
        throw new Error(`renderer output ${where}: ${path.join('.')} is not a mapping`);
    for (const list of CONTAINER_LISTS) {
        const containers = node[list];
        if (containers === undefined || containers === null)
            continue;
        if (!Array.isArray(containers))
            throw new Error(`renderer output ${where}: ${list} is not a list`);
        containers.forEach((c, j) => {
            if (!isObj(c))
                throw new Error(`renderer output ${where}: ${list}[${j}] is not a mapping`);
            const label = typeof c.name === 'string' && c.name !== '' ? c.name : `${list}[${j}]`;
            if (c.image === undefined || c.image === null)
                return;
            if (typeof c.image !== 'string') {
                throw new Error(`renderer output ${where}: the image of ${label} is not a string`);
            }
            add(label, c.image);
        });
    }
}
/** Every string under a key named exactly `image`, at any depth; `at` is the JSON-path-ish location so far. */
function collectAnyImage(value, at, add) {
    if (Array.isArray(value)) {
        value.forEach((v, j) => collectAnyImage(v, `${at}[${j}]`, add));
        return;
    }
    if (!isObj(value))
        return;
    for (const [key, v] of Object.entries(value)) {
        const here = /^[A-Za-z_$][\w$-]*$/.test(key) ? `${at}.${key}` : `${at}[${JSON.stringify(key)}]`;
        if (key === 'image' && typeof v === 'string')
            add(here, v);
        else
            collectAnyImage(v, here, add);
    }
}

;// CONCATENATED MODULE: ./.build/core/parity/deploy-view.js
// What one state of the repository deploys, target by target: the load closure of each overlay, its images by the
// static model, and (with a renderer) by rendering it. Everything is cached: one view is asked many times.






const targetDir = (t) => external_node_path_.posix.dirname(t.file);
class DeployView {
    snap;
    parses;
    renderer;
    tree;
    closures = new Map();
    renders = new Map();
    constructor(snap, parses, renderer) {
        this.snap = snap;
        this.parses = parses;
        this.renderer = renderer;
        this.tree = new Tree(snap);
    }
    /** The overlay's closure, or undefined when its directory does not exist here. */
    async closure(t) {
        const dir = targetDir(t);
        if (!this.tree.isDir(dir) && !this.tree.isLink(dir))
            return undefined;
        let c = this.closures.get(dir);
        if (!c)
            this.closures.set(dir, (c = loadClosure(this.tree, dir)));
        return c;
    }
    /** The files a target's deployment depends on: its closure (kustomize) or its own file (values, Application). */
    async reach(t) {
        if (t.image === undefined)
            return [t.file];
        const c = await this.closure(t);
        return c ? [...c.files] : [];
    }
    async staticImages(t) {
        if (!this.tree.isFile(t.file))
            return { images: [], line: 1, missing: true };
        const key = `${this.snap.blobId?.(t.file) ?? `${this.snap.commit}:${t.file}`}\0${t.image === undefined ? `${t.path}\0${t.document}` : 'k'}`;
        let r = this.parses.get(key);
        if (!r) {
            const text = await this.snap.read(t.file);
            try {
                r = t.image === undefined ? pathTargetImages(text, t) : kustomizationImages(text, t.file);
            }
            catch (e) {
                if (!(e instanceof errors/* UserError */.y))
                    throw e;
                r = e;
            }
            this.parses.set(key, r);
        }
        if (r instanceof errors/* UserError */.y)
            return { error: { file: r.file ?? t.file, line: r.line ?? 1, message: r.message, invalid: true } };
        return r;
    }
    get rendererVersion() {
        return this.renderer?.version;
    }
    async rendered(t) {
        const dir = targetDir(t);
        let r = this.renders.get(dir);
        if (!r)
            this.renders.set(dir, (r = this.render(t)));
        return r;
    }
    async render(t) {
        const renderer = this.renderer;
        const c = await this.closure(t);
        if (!c)
            return { images: [], line: 1, missing: true };
        const files = [];
        for (const path of [...c.files].sort()) {
            const mode = this.snap.mode?.(path) ?? '100644';
            const text = await this.snap.read(path).catch(() => undefined);
            if (text === undefined)
                continue; // not text: a renderer building YAML never needs it
            files.push(mode === SYMLINK ? { path, mode, target: text.trim() } : { path, mode, text });
        }
        const out = await renderer.render(files, targetDir(t));
        const at = { file: c.rootFile ?? t.file, line: 1 };
        if ('error' in out)
            return { error: { ...at, message: `${renderer.version}: ${out.error}` } };
        try {
            return { images: imageSet(workloadImages(out.manifests)), line: 1 };
        }
        catch (e) {
            return { error: { ...at, message: `${renderer.version} output could not be read: ${e.message}` } };
        }
    }
}

;// CONCATENATED MODULE: ./.build/core/parity/env-rules.js
// Rules about environments as a whole: all regions of an environment agree after the change (unless staggered),
// and an environment that disappears in the same change that moves a later one is a skip of it in disguise.




async function markRegionDisagreements(scene, rows) {
    const keys = new Set(rows.filter((r) => r.verdict !== 'violation').map((r) => `${r.app}\0${r.env}`));
    for (const key of keys) {
        const [app, envName] = key.split('\0');
        const env = scene.layout.envs.find((e) => e.name === envName);
        if (!env || env.staggered)
            continue;
        const ts = (0,core_layout/* targetsOf */.QR)(scene.afterLayout, app, envName);
        const after = scene.assess.after;
        const vs = [];
        for (const t of ts) {
            if (!after.tree.isFile(t.file))
                continue;
            try {
                vs.push(`${t.region ?? t.file}: ${(0,target_version/* readTargetVersion */.eS)(await after.snap.read(t.file), t).version ?? 'none'}`);
            }
            catch {
                vs.length = 0; // an unreadable file is its own violation; it says nothing about agreement
                break;
            }
        }
        if (new Set(vs.map((v) => v.slice(v.indexOf(': ') + 2))).size <= 1)
            continue;
        for (const row of rows.filter((r) => r.app === app && r.env === envName && r.verdict !== 'violation')) {
            const reason = `the regions of ${envName} would run different versions (${vs.join(', ')}); `
                + 'expected them to agree (or environments: staggered: true)';
            Object.assign(row, { verdict: 'violation', rule: 'regions-disagree', reason });
        }
    }
}
/** Marks rows of later environments env-removed; returns notices for removals that move nothing later. */
function envRemovals(scene, rows) {
    const notices = [];
    const envs = scene.layout.envs.map((e) => e.name);
    const tree = scene.assess.after.tree;
    // Files the change does not touch are the base's in the merged state, so an app keeps an environment unless the
    // change touches one of its target files there: only those pairs are looked at (not apps × environments).
    const pairs = new Set(scene.layout.targets.filter((t) => scene.assess.touched.has(t.file)).map((t) => `${t.app}\0${t.env}`));
    for (const app of scene.layout.apps) {
        for (const [i, env] of envs.entries()) {
            if (!pairs.has(`${app}\0${env}`))
                continue;
            if ((0,core_layout/* targetsOf */.QR)(scene.afterLayout, app, env).length > 0 || stillBuilds(tree, (0,core_layout/* targetsOf */.QR)(scene.layout, app, env)))
                continue;
            const later = rows.filter((r) => r.app === app && envs.indexOf(r.env) > i && addsImage(r));
            for (const r of later) {
                const reason = `this change removes ${env} for ${app} and changes what ${r.env} deploys: removing an `
                    + 'environment in the change that moves a later one skips it; expected the removal in a change of its own';
                Object.assign(r, { verdict: 'violation', rule: 'env-removed', reason });
            }
            if (!later.length)
                notices.push(`this change removes ${env} for ${app}; nothing later changes with it`);
        }
    }
    return notices;
}
// A later row moves its environment only when it deploys an image it did not deploy before.
const addsImage = (r) => (r.newImages ?? []).some((x) => !(r.oldImages ?? []).includes(x));
/** A directory replaced by a symlink, or a kustomization renamed, still deploys: not a removal. */
function stillBuilds(tree, had) {
    return had.map(targetDir).some((d) => tree.isLink(d) || KUSTOMIZATION_FILES.some((f) => tree.exists(`${d}/${f}`)));
}

// EXTERNAL MODULE: ./.build/core/durations.js
var durations = __webpack_require__(7105);
;// CONCATENATED MODULE: ./.build/core/parity/judge-image.js


const judge_image_short = (sha) => sha.slice(0, 12);
/** Whether every target of the previous environment deploys `image` in this view (static, else rendered). */
async function runsIn(ctx, view, targets, image) {
    if (!targets.length)
        return false;
    for (const p of targets) {
        const s = await view.staticImages(p);
        if (!('error' in s) && s.images.includes(image))
            continue;
        if (!ctx.render || p.image === undefined)
            return false;
        const r = await view.rendered(p);
        if ('error' in r || !r.images.includes(image))
            return false;
    }
    return true;
}
async function ranBefore(ctx, own, image) {
    for (const t of own) {
        const v = await firstHeld(ctx.history, t.file, image, ctx.imagesOf);
        if (v)
            return `${t.env} ran ${image} before (${t.file} from ${judge_image_short(v.sha)}, ${v.date})`;
    }
    return undefined;
}
const ok = (reason) => ({ verdict: 'ok', reason });
async function judgeAgainstPrevious(ctx, prevName, prev, image) {
    const fail = (rule, reason) => ({ verdict: 'violation', rule, reason });
    const runsNow = await runsIn(ctx, ctx.rule, prev, image);
    if (!runsNow && (await runsIn(ctx, ctx.after, prev, image))) {
        if (!ctx.policy.allowSameChange) {
            return fail('same-change', `this change moves ${prevName} to ${image} too: ${prevName} changing in the same `
                + `change is a skip of ${prevName} in disguise; expected ${prevName} first, in its own change `
                + '(or policy.allowSameChange)');
        }
        return ok(`${prevName} moves to ${image} in the same change (policy.allowSameChange)`);
    }
    const parity = ctx.policy.parity;
    if (parity === 'current') {
        if (runsNow)
            return ok(`${prevName} runs ${image}`);
        return fail('parity', `${image} is not running in ${prevName}; expected ${prevName} to run it first`);
    }
    if (parity === 'ever') {
        if (runsNow)
            return ok(`${prevName} runs ${image}`);
        for (const p of prev) {
            const v = await firstHeld(ctx.history, p.file, image, ctx.imagesOf);
            if (v)
                return ok(`${prevName} ran ${image} (${p.file} from ${judge_image_short(v.sha)})`);
        }
        return fail('parity', `${image} never ran in ${prevName} (by the content of its files on the base branch); `
            + 'expected it there first');
    }
    return soak(ctx, { prevName, prev, image, runsNow, need: parity.slice('soak:'.length) });
}
async function soak(ctx, { prevName, prev, image, runsNow, need }) {
    const fail = (reason) => ({ verdict: 'violation', rule: 'soak', reason });
    if (!runsNow)
        return fail(`${image} is not running in ${prevName}; expected it to soak there for ${need} first`);
    let since;
    for (const p of prev) {
        const v = await heldSince(ctx.history, p.file, image, ctx.imagesOf);
        if (!v) {
            return fail(`${prevName} runs ${image}, but the history of ${p.file} on the base branch does not show `
                + `since when (unproven); expected ${need} of it there`);
        }
        if (!since || Date.parse(v.date) > Date.parse(since))
            since = v.date;
    }
    const soaked = ctx.now.getTime() - Date.parse(since);
    if (soaked < (0,durations/* policyDuration */.l5)(need)) {
        const ran = (0,durations/* formatDuration */.a3)(Math.max(0, soaked));
        return fail(`${image} has run in ${prevName} for ${ran} (since ${since}); policy needs ${need}`);
    }
    return ok(`${image} has run in ${prevName} for ${(0,durations/* formatDuration */.a3)(soaked)}`);
}

// EXTERNAL MODULE: ./.build/core/config/config.js
var config_config = __webpack_require__(2885);
// EXTERNAL MODULE: ./.build/core/promote/config-at.js
var config_at = __webpack_require__(7003);
;// CONCATENATED MODULE: ./.build/core/parity/reach-index.js
// Which overlays a change can reach, found without parsing every kustomization in the repository: a reference
// names what it reaches. To reach a directory or file X from outside X's parent, a reference's line must name X's
// parent and X (`../../web/base`); from inside the parent, it names X; to reach an ancestor of itself it needs
// `..`. So the overlays that can read a changed file are found from the changed files outward, by text search,
// round after round, and only those are assessed. Whatever text the search cannot reason about (YAML escapes,
// aliases, tags, symlinks anywhere) makes every overlay a candidate: the shortcut never decides a verdict.


// Aliases and merge keys only repeat text that is in the file; escapes, tags (!!binary) and directives can spell
// a path that is not.
const TRICKY = ['\\', '!', '%'];
const isKustomization = (f) => KUSTOMIZATION_FILES.includes(external_node_path_.posix.basename(f));
const parentOf = (p) => (p.includes('/') ? external_node_path_.posix.dirname(p) : '');
function ancestorsOf(p) {
    const out = [];
    for (let d = parentOf(p);; d = parentOf(d)) {
        out.push(d);
        if (d === '')
            return out;
    }
}
/** Kustomization directories whose load closure may contain a touched path; undefined: every one may. */
async function reachableDirs(trees, touched, search) {
    if (trees.some((t) => t.hasLinks()))
        return undefined;
    const kfiles = [...new Set(trees.flatMap((t) => t.snap.files.filter(isKustomization)))].sort();
    const kdirs = new Set(kfiles.map(parentOf));
    const found = new Set();
    for (const f of touched)
        for (const a of [f, ...ancestorsOf(f)])
            if (kdirs.has(a) && !found.has(a))
                found.add(a);
    let frontier = new Set([...touched, ...found]);
    // The first round also asks whether any kustomization holds text the search cannot reason about.
    let tricky = { groups: TRICKY.map((s) => [s]), files: kfiles };
    for (let round = 0; frontier.size; round++) {
        if (found.has('') || round > 50)
            return undefined;
        const queries = referencing([...frontier], kfiles);
        const hits = await search(tricky ? [...queries, tricky] : queries);
        if (tricky && hits.pop().size)
            return undefined;
        tricky = undefined;
        frontier = new Set([...hits.flatMap((h) => [...h])].map(parentOf).filter((d) => !found.has(d)));
        for (const d of frontier)
            found.add(d);
    }
    return found;
}
/** What to search for kustomizations that may reference one of `things` (paths of files or directories). */
function referencing(things, kfiles) {
    const far = [];
    const near = [];
    const nearFiles = new Set();
    const below = new Set();
    for (const x of things) {
        const parent = parentOf(x);
        const name = external_node_path_.posix.basename(x);
        far.push(parent ? [external_node_path_.posix.basename(parent), name] : [name]);
        near.push([name]);
        for (const k of under(kfiles, parent))
            nearFiles.add(k);
        for (const k of under(kfiles, x))
            below.add(k); // may reach x, its ancestor, through ..
    }
    const unique = (gs) => [...new Map(gs.map((g) => [g.join('\0'), g])).values()];
    return [
        { groups: unique(far), files: kfiles },
        { groups: unique(near), files: [...nearFiles] },
        { groups: [['..']], files: [...below] },
    ];
}
/** The entries of a sorted list below dir (all of them for the root), by binary search. */
function under(sorted, dir) {
    if (dir === '')
        return [...sorted];
    const prefix = `${dir}/`;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid] < prefix)
            lo = mid + 1;
        else
            hi = mid;
    }
    const out = [];
    for (let i = lo; i < sorted.length && sorted[i].startsWith(prefix); i++)
        out.push(sorted[i]);
    return out;
}
/** Whether a line holds every string of some group. */
const lineMatches = (line, groups) => groups.some((g) => g.every((x) => line.includes(x)));
/** The search without git: reads each file and tests its lines (the unit tests' fake repositories). */
function textLineSearch(trees) {
    return async (queries) => {
        const out = [];
        for (const q of queries) {
            const hits = new Set();
            for (const f of q.groups.length ? q.files : []) {
                for (const t of trees) {
                    if (!t.exists(f))
                        continue;
                    const text = await t.snap.read(f).catch(() => '');
                    if (text.split(/\r?\n/).some((line) => lineMatches(line, q.groups)))
                        hits.add(f);
                }
            }
            out.push(hits);
        }
        return out;
    };
}

;// CONCATENATED MODULE: ./.build/core/parity/merged-snapshot.js
function mergedSnapshot(base, head, touched) {
    const headFiles = new Set(head.files);
    const files = [...base.files.filter((f) => !touched.has(f)), ...[...touched].filter((f) => headFiles.has(f))];
    const from = (p) => (touched.has(p) ? head : base);
    return {
        commit: head.commit,
        files: [...new Set(files)].sort(),
        read: (p) => from(p).read(p),
        mode: (p) => from(p).mode?.(p),
        blobId: (p) => from(p).blobId?.(p),
    };
}

;// CONCATENATED MODULE: ./.build/core/parity/parity-scene.js
// Everything a parity check reads before judging: the base, head and fork snapshots, the merged state, the rules
// (config, environments, layout) from the base branch only, and the renderer the rules or the caller ask for.







const targetKey = (t) => `${t.app}\0${t.env}\0${t.file}\0${t.image ?? ''}\0${t.path ?? ''}\0${t.document ?? ''}`;
function configViolation(base, head, e, file) {
    const row = { app: '(config)', env: '-', file: e.file ?? file, line: e.line ?? 1, verdict: 'violation', rule: 'invalid-file', reason: e.message };
    return { report: { base, head, mode: 'static', notices: [], rows: [row], violations: [row], ok: false } };
}
async function loadParityScene(git, base, head, opts) {
    const fork = (await git.mergeBase(base, head)) ?? base;
    const historyRef = opts.historyRef ?? base;
    const [baseSnap, ruleSnap, changed] = await Promise.all([
        git.snapshot(base), git.snapshot(historyRef), git.changedFiles(fork, head),
    ]);
    const touched = new Set(changed);
    // Of the head, only the files the change touches are ever read: the rest of the merged state is the base's.
    const headSnap = await (git.snapshotOf?.(head, changed) ?? git.snapshot(head));
    const configFile = opts.configPath ?? config_config/* CONFIG_FILE */.g2;
    const notices = [];
    let config;
    let layout;
    let afterLayout;
    const after = mergedSnapshot(baseSnap, headSnap, touched);
    try {
        if (touched.has(configFile)) {
            if (headSnap.files.includes(configFile))
                await (0,config_at/* configAt */.E)(headSnap, opts.configPath);
            notices.push(`this change edits ${configFile}: it is judged by the base branch's rules; the new ones apply after merging`);
        }
        config = await (0,config_at/* configAt */.E)(ruleSnap, opts.configPath && ruleSnap.files.includes(configFile) ? opts.configPath : undefined);
        layout = (0,core_layout/* discoverLayout */.CA)(config, ruleSnap.files, opts.singleAppName);
        // The merged files are read with the base branch's environments: a zero-config repo whose PR renames or adds an
        // overlay directory cannot change which environments there are, nor make the layout ambiguous.
        afterLayout = (0,core_layout/* discoverLayout */.CA)({ ...config, environments: config.environments ?? layout.envs }, after.files, opts.singleAppName);
    }
    catch (e) {
        if (!(e instanceof errors/* UserError */.y))
            throw e;
        return configViolation(base, head, e, configFile);
    }
    const choice = opts.render ?? config.policy.render;
    const renderer = choice === 'none' ? undefined : await opts.findRenderer?.(choice);
    const parses = new Map();
    const baseView = new DeployView(baseSnap, parses, renderer);
    const rule = historyRef === base ? baseView : new DeployView(ruleSnap, parses, renderer);
    const afterView = new DeployView(after, parses, renderer);
    const known = new Set(layout.envs.map((e) => e.name));
    const reach = await reachableDirs([baseView.tree, afterView.tree], touched, lineSearch(git, base, head, touched, [baseView.tree, afterView.tree]));
    // Only targets whose closure may hold a changed file are assessed (the rest cannot move); undefined: all are.
    const mayMove = (t) => !reach || touched.has(t.file) || (t.image !== undefined && reach.has(targetDir(t)));
    const all = new Map();
    for (const t of layout.targets)
        if (mayMove(t))
            all.set(targetKey(t), t);
    for (const t of afterLayout.targets)
        if (known.has(t.env) && mayMove(t))
            all.set(targetKey(t), t);
    const order = (t) => layout.envs.findIndex((e) => e.name === t.env);
    const targets = [...all.values()].sort((a, b) => order(a) - order(b) || a.app.localeCompare(b.app) || a.file.localeCompare(b.file));
    const assess = { base: baseView, after: afterView, touched, render: renderer !== undefined, ignore: config.policy.parityIgnore };
    return { config, layout, afterLayout, targets, assess, rule, historyRef, rendererVersion: renderer?.version, notices, parses };
}
const KUSTOMIZATION_SPECS = ['*kustomization.yaml', '*kustomization.yml', '*Kustomization'];
/** Up to this many files are named one by one (literal pathspecs); more are found by the specs above. */
const LITERAL_LIMIT = 500;
/**
 * git grep over the files the searches ask about: the base's, and the head's touched ones (the merged state takes
 * every other file from the base). Queries over the same files share one pass; without grep, the files are read.
 */
function lineSearch(git, base, head, touched, trees) {
    const grep = git.grepLines?.bind(git);
    if (!grep)
        return textLineSearch(trees);
    const specs = (files) => (files.length > LITERAL_LIMIT ? KUSTOMIZATION_SPECS : files.map((f) => `:(literal)${f}`));
    const pass = async (qs) => {
        const files = [...new Set(qs.flatMap((q) => q.files))];
        const groups = [...new Map(qs.flatMap((q) => q.groups).map((g) => [g.join('\0'), g])).values()];
        const heads = files.filter((f) => touched.has(f));
        const [a, b] = await Promise.all([grep(base, groups, specs(files)), heads.length ? grep(head, groups, specs(heads)) : []]);
        return [...a, ...b];
    };
    return async (queries) => {
        const big = queries.filter((q) => q.files.length > LITERAL_LIMIT);
        const small = queries.filter((q) => q.files.length <= LITERAL_LIMIT);
        const [bigLines, smallLines] = await Promise.all([big.length ? pass(big) : [], small.length ? pass(small) : []]);
        return queries.map((q) => {
            const wanted = new Set(q.files);
            const hits = new Set();
            for (const l of q.files.length > LITERAL_LIMIT ? bigLines : smallLines)
                if (wanted.has(l.file) && lineMatches(l.text, q.groups))
                    hits.add(l.file);
            return hits;
        });
    };
}

;// CONCATENATED MODULE: ./.build/core/parity/history-images.js
// The static images a file held at one point of the base branch's history, by blob id, for content history.


function historyImages(git, scene) {
    return staticImagesOf(git, [...scene.layout.targets, ...scene.targets]);
}
/** Static images of a target's file at a blob, cached by blob and target kind. */
function staticImagesOf(git, targets) {
    const byFile = new Map();
    for (const t of targets)
        if (!byFile.has(t.file))
            byFile.set(t.file, t);
    const cache = new Map();
    return (path, blob) => {
        const t = byFile.get(path);
        if (!t)
            return Promise.resolve(undefined);
        const key = `${blob}\0${t.image === undefined ? `${t.path}\0${t.document}` : 'k'}`;
        let r = cache.get(key);
        if (!r) {
            r = (async () => {
                const text = await git.readBlob(blob);
                try {
                    return new Set((t.image === undefined ? pathTargetImages(text, t) : kustomizationImages(text, path)).images);
                }
                catch (e) {
                    if (e instanceof errors/* UserError */.y)
                        return undefined;
                    throw e;
                }
            })();
            cache.set(key, r);
        }
        return r;
    };
}

;// CONCATENATED MODULE: ./.build/core/parity/check-parity.js









async function checkParity(git, base, head, opts) {
    const scene = await loadParityScene(git, base, head, opts);
    if ('report' in scene)
        return scene.report;
    const changes = [];
    for (const t of scene.targets) {
        const a = await assessTarget(scene.assess, t);
        if (a && (a.blocker || a.added.length))
            changes.push(a);
    }
    // History of the environments the changes move and of their previous environments: nothing else is asked.
    const envs = scene.layout.envs.map((e) => e.name);
    // The previous environment's past matters only to policies that look back (ever, soak); `current` reads it now.
    const back = scene.config.policy.parity !== 'current';
    const asked = new Set(changes.flatMap((c) => {
        const prev = envs[envs.indexOf(c.t.env) - 1];
        return [`${c.t.app}\0${c.t.env}`, ...(back && prev ? [`${c.t.app}\0${prev}`] : [])];
    }));
    const paths = [...asked].flatMap((k) => (0,core_layout/* targetsOf */.QR)(scene.layout, ...k.split('\0')).map((t) => t.file));
    const needed = changes.some((c) => c.added.length);
    const history = needed ? await ContentHistory.load(git, scene.historyRef, paths) : new ContentHistory([]);
    const ctx = {
        policy: scene.config.policy, now: opts.now, render: scene.assess.render, rule: scene.rule, after: scene.assess.after,
        history, imagesOf: historyImages(git, scene),
    };
    const rows = [];
    for (const c of changes)
        rows.push(await rowFor(scene, ctx, c));
    await markRegionDisagreements(scene, rows);
    const notices = [...scene.notices, ...envRemovals(scene, rows)];
    const violations = rows.filter((r) => r.verdict === 'violation');
    const mode = scene.assess.render ? 'render' : 'static';
    return { base, head, mode, renderer: scene.rendererVersion, notices, rows, violations, ok: violations.length === 0 };
}
async function rowFor(scene, ctx, c) {
    const { t } = c;
    const row = {
        app: t.app, env: t.env, region: t.region, file: t.file, line: c.line, oldImages: c.before, newImages: c.after,
        verdict: 'ok', reason: '',
    };
    const b = c.blocker;
    if (b)
        return { ...row, file: b.at.file, line: b.at.line, verdict: 'violation', rule: b.rule, reason: b.at.message };
    row.line = (await versionLine(scene, t)) ?? row.line;
    const tag = await tagProblem(scene, t);
    if (tag)
        return { ...row, verdict: 'violation', rule: tag.rule, reason: tag.message };
    const env = scene.layout.envs.findIndex((e) => e.name === t.env);
    const prev = env > 0 ? scene.layout.envs[env - 1] : undefined;
    // The target itself first: "ran before" then names its own file when it can.
    const own = (0,core_layout/* targetsOf */.QR)(scene.layout, t.app, t.env).sort((a) => (a.file === t.file ? -1 : 1));
    const prevTargets = prev ? (0,core_layout/* targetsOf */.QR)(scene.layout, t.app, prev.name) : [];
    if (prev) {
        row.previousEnv = prev.name;
        row.previousImages = await imagesNow(scene, prevTargets);
    }
    const reasons = [];
    for (const image of c.added) {
        const back = await ranBefore(ctx, own, image);
        if (back) {
            if (row.verdict === 'ok')
                row.verdict = 'rollback';
            reasons.push(back);
            continue;
        }
        if (!prev) {
            reasons.push(`${t.env} is the first environment`);
            continue;
        }
        const j = await judgeAgainstPrevious(ctx, prev.name, prevTargets, image);
        if (j.verdict === 'violation')
            return { ...row, verdict: 'violation', rule: j.rule, reason: j.reason };
        reasons.push(j.reason);
    }
    row.reason = [...new Set(reasons)].join('; ');
    return row;
}
async function imagesNow(scene, targets) {
    const out = new Set();
    for (const p of targets) {
        const s = await scene.rule.staticImages(p);
        if (!('error' in s))
            for (const i of s.images)
                out.add(i);
    }
    return [...out].sort();
}
/** The tag policy on the target's own version, when the change moves it. */
async function tagProblem(scene, t) {
    const read = async (v) => {
        if (!v.tree.isFile(t.file))
            return undefined;
        try {
            return (0,target_version/* readTargetVersion */.eS)(await v.snap.read(t.file), t).version;
        }
        catch {
            return undefined;
        }
    };
    const [before, after] = await Promise.all([read(scene.assess.base), read(scene.assess.after)]);
    if (!after || after === before)
        return undefined;
    return (0,tag_policy/* checkTag */.B)(after, scene.config.policy.tagPattern);
}
/** The line of the target's own version after the change: where an annotation helps a reviewer most. */
async function versionLine(scene, t) {
    const after = scene.assess.after;
    if (!after.tree.isFile(t.file))
        return undefined;
    try {
        return (0,target_version/* readTargetVersion */.eS)(await after.snap.read(t.file), t).line;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./.build/core/parity/drift-facts.js
// What the drift report asks of one branch: the images a target deploys now (static model), whether the previous
// environment ever held an image, and since when it has held a version, from the content history of its files.





function driftFacts(git, snap, layout) {
    const view = new DeployView(snap, new Map());
    const byFile = new Map(layout.targets.map((t) => [t.file, t]));
    const images = staticImagesOf(git, layout.targets);
    const versions = async (path, blob) => {
        const t = byFile.get(path);
        if (!t)
            return undefined;
        try {
            const v = (0,target_version/* readTargetVersion */.eS)(await git.readBlob(blob), t).version;
            return new Set(v ? [v] : []);
        }
        catch {
            return undefined;
        }
    };
    return {
        target: (file) => byFile.get(file),
        targets: (app, env) => (0,core_layout/* targetsOf */.QR)(layout, app, env),
        imagesNow: async (t) => {
            const s = await view.staticImages(t);
            return 'error' in s ? [] : s.images;
        },
        prevRan: async (prev, image, history) => {
            // What runs now first: only when no target of the previous env runs it is its past asked.
            for (const p of prev) {
                const s = await view.staticImages(p);
                if (!('error' in s) && s.images.includes(image))
                    return true;
            }
            for (const p of prev)
                if (await firstHeld(history, p.file, image, images))
                    return true;
            return false;
        },
        versionSince: async (prev, version, history) => {
            // Every target is asked (no early return), so a first pass through a HistoryProbe learns every path needed.
            const starts = await Promise.all(prev.map((p) => heldSince(history, p.file, version, versions)));
            if (!starts.length || starts.some((v) => !v))
                return undefined;
            return starts.map((v) => v?.date).reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
        },
    };
}

// EXTERNAL MODULE: ./.build/core/policy/versions.js
var versions = __webpack_require__(6866);
// EXTERNAL MODULE: ./.build/core/status/matrix.js
var status_matrix = __webpack_require__(2726);
// EXTERNAL MODULE: ./.build/core/scale/shard.js
var scale_shard = __webpack_require__(6605);
;// CONCATENATED MODULE: ./.build/core/parity/drift.js
// The scheduled report: what runs where, and drift — an env running a version its previous env never ran,
// regions of one env disagreeing, an env behind its previous env for too long, and (optionally) a live
// service reporting a different version than git says.








/** Apps judged together: their reads go to git in one batch, and memory holds one slice's blobs at a time. */
const SLICE = 1000;
async function computeDrift(git, head, opts) {
    const snapshot = await git.snapshot(head);
    const config = await (0,config_at/* configAt */.E)(snapshot, opts.configPath);
    const layout = (0,scale_shard/* shardLayout */.d)((0,core_layout/* discoverLayout */.CA)(config, snapshot.files, opts.singleAppName), opts.shard);
    const facts = driftFacts(git, snapshot, layout);
    // Most questions are answered by what runs now. A first pass notes which files' pasts the rest need; only those
    // are read from the branch's first-parent history (their content, the evidence parity uses; never trailers).
    // Without live endpoints, the apps that asked nothing keep their first-pass answer. The matrix is read slice by
    // slice with that pass, so each overlay's two readings (version, images) come moments apart.
    const asked = new Set();
    const quiet = { ...opts, live: undefined };
    const rows = [];
    const first = [];
    for (const targets of appSlices(layout.targets, SLICE)) {
        const part = (await (0,status_matrix/* matrixOf */.lQ)(snapshot, { ...layout, targets })).apps;
        rows.push(...part);
        first.push(...(await Promise.all(part.map((row) => {
            const probe = new HistoryProbe(asked);
            return appDrift(row, layout, facts, quiet, probe).then((items) => ({ items, probe }));
        }))));
    }
    const matrix = { envs: layout.envs.map((e) => e.name), apps: rows };
    const history = await ContentHistory.load(git, head, [...asked]);
    const perApp = await eachApp(matrix, Boolean(opts.live), (row, i) => {
        const f = first[i];
        return opts.live || f.probe.asked ? appDrift(row, layout, facts, opts, history) : Promise.resolve(f.items);
    });
    return { matrix, drift: perApp.flat() };
}
/** The targets (grouped by app, as a layout keeps them) in runs of at most `size` apps. */
function* appSlices(targets, size) {
    let start = 0;
    let apps = 0;
    for (let i = 0; i < targets.length; i++) {
        if (i > 0 && targets[i]?.app !== targets[i - 1]?.app && ++apps === size) {
            yield targets.slice(start, i);
            start = i;
            apps = 0;
        }
    }
    if (start < targets.length)
        yield targets.slice(start);
}
/**
 * Every app, in matrix order. Their blob reads reach git in batches (one at a time, 20,000 apps cost 20,000
 * writes); with live endpoints one app at a time, as before, never a burst of requests.
 */
async function eachApp(matrix, oneByOne, f) {
    const out = [];
    const step = oneByOne ? 1 : SLICE;
    for (let i = 0; i < matrix.apps.length; i += step) {
        const slice = matrix.apps.slice(i, i + step);
        out.push(...(await Promise.all(slice.map((row, j) => f(row, i + j)))));
    }
    return out;
}
async function appDrift(row, layout, facts, opts, history) {
    const drift = [];
    for (const env of layout.envs) {
        const cells = row.cells[env.name] ?? [];
        for (const c of cells.filter((x) => x.problem)) {
            drift.push({ kind: 'unreadable', ...cellAt(row.app, env.name, c), message: c.problem });
        }
        const ok = cells.filter((c) => !c.problem);
        if (!ok.length)
            continue;
        const versions = [...new Set(ok.map((c) => c.version ?? 'none'))];
        if (versions.length > 1 && !env.staggered) {
            const each = ok.map((c) => `${c.region ?? c.file}: ${c.version ?? 'none'}`).join(', ');
            const first = { app: row.app, env: env.name, file: ok[0]?.file, line: ok[0]?.line };
            drift.push({ kind: 'regions-disagree', ...first, message: `regions run different versions: ${each}` });
        }
        const prev = (0,core_layout/* previousEnv */.tB)(layout, env);
        if (prev) {
            const prevCells = row.cells[prev.name] ?? [];
            const envs = { env: env.name, prev: prev.name };
            drift.push(...(await previousEnvDrift(facts, history, row.app, envs, ok, prevCells, opts)));
        }
        if (opts.live)
            drift.push(...(await liveDrift(opts.live, row.app, env.name, ok)));
    }
    return drift;
}
async function previousEnvDrift(f, history, app, envs, ok, prevAll, opts) {
    const { env, prev } = envs;
    const out = [];
    const prevCells = prevAll.filter((c) => !c.problem);
    if (!prevCells.length)
        return out;
    const prevTargets = f.targets(app, prev);
    for (const c of ok) {
        const t = f.target(c.file);
        if (!t)
            continue;
        const missing = [];
        for (const image of await f.imagesNow(t))
            if (!(await f.prevRan(prevTargets, image, history)))
                missing.push(image);
        if (missing.length) {
            const runs = [...new Set(prevCells.map((p) => p.version ?? 'none'))].join(', ');
            const message = `${env} runs ${missing.join(', ')}, which ${prev} never ran `
                + `(by the content of its files on this branch; it runs ${runs})`;
            out.push({ kind: 'never-in-previous', ...cellAt(app, env, c), message });
        }
    }
    if (opts.behindAfterMs === undefined)
        return out;
    const prevVersion = prevCells[0]?.version;
    const mine = ok[0]?.version;
    const newer = prevVersion && mine && prevCells.every((p) => p.version === prevVersion) ? (0,versions/* compareVersions */.Zy)(prevVersion, mine) : undefined;
    const since = newer !== undefined && newer > 0
        ? await f.versionSince(prevTargets, prevVersion, history) : undefined;
    if (since && opts.now.getTime() - Date.parse(since) > opts.behindAfterMs) {
        const ran = (0,durations/* formatDuration */.a3)(opts.now.getTime() - Date.parse(since));
        const message = `${env} runs ${mine}; ${prev} has run ${prevVersion} for ${ran}`;
        out.push({ kind: 'behind', app, env, file: ok[0]?.file, line: ok[0]?.line, message });
    }
    return out;
}
async function liveDrift(live, app, env, ok) {
    const out = [];
    for (const c of ok) {
        const got = await live(app, env, c.region);
        if (!got)
            continue;
        const at = { kind: 'live-mismatch', ...cellAt(app, env, c) };
        if (got.error)
            out.push({ ...at, message: `could not read the live version: ${got.error}` });
        else if (!(0,versions/* sameVersion */.r1)(got.version, c.version)) {
            out.push({ ...at, message: `git says ${c.version ?? 'none'}, the live service reports ${got.version ?? 'nothing'}` });
        }
    }
    return out;
}
/** Where a finding about one cell points. */
function cellAt(app, env, c) {
    return { app, env, region: c.region, file: c.file, line: c.line };
}

// EXTERNAL MODULE: ./.build/core/parity/report.js
var parity_report = __webpack_require__(2752);
// EXTERNAL MODULE: ./.build/core/health/untrusted.js
var untrusted = __webpack_require__(7381);
// EXTERNAL MODULE: ./.build/core/verbs/definition.js
var definition = __webpack_require__(3068);
// EXTERNAL MODULE: ./.build/core/verbs/option-source.js
var option_source = __webpack_require__(940);
// EXTERNAL MODULE: ./.build/core/verbs/parity.js
var parity = __webpack_require__(6756);
// EXTERNAL MODULE: ./.build/core/verbs/merge-reports.js
var merge_reports = __webpack_require__(2619);
;// CONCATENATED MODULE: ./.build/core/verbs/resolve-parity.js







const CHECK_EVENTS = (/* unused pure expression or super */ null && (['pull_request', 'merge_group']));
const opt = (name) => (0,definition/* optionOf */.XD)(parity/* PARITY */.I, name);
/** auto: pull_request and merge_group check the change, every other event reports drift. */
function parityMode(src) {
    const name = src.event?.name ?? '';
    if (name === 'pull_request_target') {
        throw new UserError('verify-staging-parity must not run on pull_request_target (it would run with write access on '
            + 'code from forks); expected on: pull_request and merge_group');
    }
    const asked = readChoice(src, opt('mode')) ?? 'auto';
    const mode = asked !== 'auto' ? asked : CHECK_EVENTS.includes(name) ? 'pull-request' : 'drift';
    refuseOtherModes(src, mode);
    return mode;
}
/** An input of another mode would be ignored: say so instead (a merge step that forgot mode would report drift). */
function refuseOtherModes(src, mode) {
    const reports = optionOf(MERGE_REPORTS, 'reports');
    const shard = optionOf(DRIFT, 'shard');
    const given = mode === 'merge-reports' ? shard : reports;
    if (readText(src, given) === undefined)
        return;
    const needs = given === reports ? 'merge-reports' : 'drift';
    throw new UserError(`${src.label(given)} applies to mode ${needs}, not ${mode}; expected mode: ${needs}`);
}
async function resolveParityRequest(src) {
    const e = src.event;
    let base = (0,option_source/* readText */.yR)(src, opt('base')) ?? e?.merge_group?.base_sha ?? e?.pull_request?.base?.sha;
    let head = (0,option_source/* readText */.yR)(src, opt('head')) ?? e?.merge_group?.head_sha ?? e?.pull_request?.head?.sha;
    if ((!base || !head) && src.defaults) {
        const d = await src.defaults();
        base ??= d.base;
        head ??= d.head;
    }
    if (!base || !head) {
        throw new errors/* UserError */.y(`no base and head to compare: event ${(0,errors/* quote */.h)(e?.name ?? '')} carries none; expected on: `
            + 'pull_request or merge_group, or inputs base and head');
    }
    const render = (0,option_source/* readChoice */.Kf)(src, opt('render'));
    const historyRef = (0,option_source/* readText */.yR)(src, opt('history-ref'));
    // In the merge queue, base_sha may hold PRs queued ahead: "ran" means on the target branch itself.
    const queue = e?.merge_group?.base_ref?.replace(/^refs\/heads\//, '');
    const history = historyRef !== undefined ? { ref: historyRef } : queue ? { branch: queue } : undefined;
    return { base, head, render, history, configPath: (0,option_source/* readText */.yR)(src, opt('config')) };
}
/** The drift options once the config of the commit being reported on is known: options > config. */
function resolveDriftRequest(src, config) {
    const o = (name) => (0,definition/* optionOf */.XD)(parity/* DRIFT */.K, name);
    const behind = (0,option_source/* readText */.yR)(src, o('behind-after')) ?? config.drift.behindAfter;
    let behindAfterMs;
    try {
        behindAfterMs = behind ? (0,durations/* policyDuration */.l5)(behind) : undefined;
    }
    catch (e) {
        throw new errors/* UserError */.y(`${src.label(o('behind-after'))}: ${e.message}`);
    }
    const live = (0,option_source/* readBool */.r5)(src, o('live'));
    if (live && !config.drift.live) {
        const file = config.file ?? 'gitops-promote.yaml';
        throw new errors/* UserError */.y(`${src.label(o('live'))} needs drift.live endpoints in ${file}; `
            + 'expected drift: {live: {prod: {url: ...}}}');
    }
    const failOnDrift = (0,option_source/* readBool */.r5)(src, o('fail-on-drift'));
    return { behindAfterMs, live, failOnDrift, trackingIssue: (0,option_source/* readBool */.r5)(src, o('tracking-issue')) };
}
/**
 * drift's shard, before anything is read. A shard sees some apps only: failing on drift and the tracking issue
 * are the merge-reports step's, decided on all of them (and one issue written by N jobs would flap).
 */
function resolveDriftShard(src) {
    const o = (name) => (0,definition/* optionOf */.XD)(parity/* DRIFT */.K, name);
    const text = (0,option_source/* readText */.yR)(src, o('shard'));
    const shard = text === undefined ? undefined : (0,scale_shard/* parseShard */.uK)(text, src.label(o('shard')));
    if (!shard) {
        if ((0,option_source/* readText */.yR)(src, o('report-file')) !== undefined) {
            throw new errors/* UserError */.y(`${src.label(o('report-file'))} needs ${src.label(o('shard'))}; expected shard: I/N`);
        }
        return undefined;
    }
    for (const name of ['fail-on-drift', 'tracking-issue']) {
        if ((0,option_source/* readBool */.r5)(src, o(name))) {
            throw new errors/* UserError */.y(`${src.label(o(name))} does not apply to one shard; expected it on merge-reports`);
        }
    }
    return shard;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./.build/adapters/kustomize-renderer.js
// Renders a kustomize overlay the way Argo CD and Flux would, from files taken out of git objects (never from a
// checkout of the PR, so nothing of the PR runs): the files are written into a fresh scratch directory and
// `kustomize build` / `kubectl kustomize` runs there without helm, alpha plugins or exec functions, with an
// environment that makes any remote resource fail at once (proxy on a closed loopback port, no git transport).






const DEFAULT_TIMEOUT_MS = 60_000;
const PROBE_TIMEOUT_MS = 15_000;
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;
/** CI has 2 cores: more renders at once only queue inside the kernel and starve the tests. */
const MAX_RENDERS = 2;
/** A loopback port nothing listens on (discard): a remote resource is refused at once, not timed out. */
const DEAD_PROXY = 'http://127.0.0.1:9';
const detections = new Map();
/**
 * The renderer to use. auto: `kustomize` on PATH, else `kubectl` with an embedded kustomize, else undefined
 * (static mode). An explicit choice that is not available is a UserError. Each tool is probed once per PATH.
 */
async function findRenderer(choice, o = {}) {
    const searchPath = o.path ?? process.env.PATH ?? '';
    const tools = choice === 'auto' ? ['kustomize', 'kubectl'] : [choice];
    const reasons = [];
    for (const name of tools) {
        const found = await detect(name, searchPath);
        if ('missing' in found)
            reasons.push(found.missing);
        else
            return renderer(found, searchPath, o.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    }
    if (choice === 'auto')
        return undefined;
    const alternative = choice === 'kustomize' ? 'kubectl' : 'kustomize';
    throw new errors/* UserError */.y(`render ${(0,errors/* quote */.h)(choice)}: ${reasons.join('; ')}; expected ${choice === 'kustomize'
        ? 'a kustomize binary on PATH' : 'kubectl 1.24 or newer (it embeds kustomize v4+) on PATH'}, or render: auto, ` +
        `${alternative} or none`);
}
function detect(name, searchPath) {
    const key = `${name}\0${searchPath}`;
    let found = detections.get(key);
    if (!found) {
        found = name === 'kustomize' ? detectKustomize(searchPath) : detectKubectl(searchPath);
        detections.set(key, found);
    }
    return found;
}
async function detectKustomize(searchPath) {
    const bin = await which('kustomize', searchPath);
    if (!bin)
        return { missing: 'kustomize is not on PATH' };
    const run = await runTool(bin, ['version'], (0,external_node_os_.tmpdir)(), toolEnv(searchPath, (0,external_node_os_.tmpdir)()), PROBE_TIMEOUT_MS);
    // v5 prints "v5.5.0"; v4 "{Version:kustomize/v4.5.7 GitCommit:…}"; v3 "{KustomizeVersion:3.8.7 …}".
    const version = /v?(\d+\.\d+\.\d+[\w.+-]*)/.exec(run.stdout)?.[1];
    if (run.code !== 0 || !version)
        return { missing: `${bin} version failed: ${toolMessage(run, [])}` };
    return { tool: 'kustomize', bin, version: `kustomize v${version}` };
}
async function detectKubectl(searchPath) {
    const bin = await which('kubectl', searchPath);
    if (!bin)
        return { missing: 'kubectl is not on PATH' };
    const run = await runTool(bin, ['version', '--client', '-o', 'json'], (0,external_node_os_.tmpdir)(), toolEnv(searchPath, (0,external_node_os_.tmpdir)()), PROBE_TIMEOUT_MS);
    let info = {};
    try {
        info = JSON.parse(run.stdout);
    }
    catch {
        return { missing: `${bin} version --client -o json failed: ${toolMessage(run, [])}` };
    }
    const kubectl = typeof info.clientVersion?.gitVersion === 'string' ? info.clientVersion.gitVersion : 'unknown';
    // kubectl before 1.24 prints no kustomizeVersion; before 1.21 it embeds kustomize v2, which has no components.
    if (typeof info.kustomizeVersion !== 'string' || info.kustomizeVersion === '')
        return { missing: `kubectl ${kubectl} (${bin}) does not say which kustomize it embeds` };
    return { tool: 'kubectl', bin, version: `kubectl ${kubectl} (kustomize ${info.kustomizeVersion})` };
}
async function which(name, searchPath) {
    for (const dir of searchPath.split(':')) {
        if (!dir || !external_node_path_.isAbsolute(dir))
            continue; // a relative PATH entry would depend on the scratch cwd
        const candidate = external_node_path_.join(dir, name);
        try {
            await (0,promises_.access)(candidate, external_node_fs_.constants.X_OK);
            if ((await (0,promises_.stat)(candidate)).isFile())
                return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}
function renderer(t, searchPath, timeoutMs) {
    return {
        tool: t.tool,
        version: t.version,
        render: (files, dir) => limit(() => renderIn(t, files, dir, searchPath, timeoutMs)),
    };
}
async function renderIn(t, files, dir, searchPath, timeoutMs) {
    const target = dir.replace(/\/+$/, '') || '.';
    const bad = target === '.' ? undefined : pathProblem(target);
    if (bad)
        return { error: `overlay directory ${(0,errors/* quote */.h)(dir)} ${bad}` };
    const made = await (0,promises_.mkdtemp)(external_node_path_.join((0,external_node_os_.tmpdir)(), 'gitops-promote-kustomize-'));
    try {
        const root = await (0,promises_.realpath)(made);
        const problem = await materialise(root, files);
        if (problem)
            return { error: problem };
        // "./" keeps a directory named like a flag (-x) from being read as one.
        const args = t.tool === 'kustomize' ? ['build', `./${target}`] : ['kustomize', `./${target}`];
        const run = await runTool(t.bin, args, root, toolEnv(searchPath, root), timeoutMs);
        const name = t.tool === 'kustomize' ? 'kustomize build' : 'kubectl kustomize';
        if (run.failure)
            return { error: `${name} ${target}: ${run.failure}` };
        if (run.code !== 0)
            return { error: `${name} ${target}: ${toolMessage(run, [made, root])}` };
        return { manifests: run.stdout };
    }
    finally {
        await (0,promises_.rm)(made, { recursive: true, force: true });
    }
}
/** Only what the tool needs; the proxy and git settings make remote bases and URLs fail fast, offline or not. */
function toolEnv(searchPath, home) {
    return {
        PATH: searchPath,
        HOME: home,
        HTTP_PROXY: DEAD_PROXY,
        HTTPS_PROXY: DEAD_PROXY,
        http_proxy: DEAD_PROXY,
        https_proxy: DEAD_PROXY,
        NO_PROXY: '',
        no_proxy: '',
        GIT_TERMINAL_PROMPT: '0',
        GIT_CONFIG_NOSYSTEM: '1',
        // No git transport at all: ssh:// and file:// (another repository on this machine) ignore the proxy.
        GIT_ALLOW_PROTOCOL: 'none',
        GIT_SSH_COMMAND: 'false',
    };
}
// ---- the scratch tree ------------------------------------------------------------------------------------------
/** Why `p` is not a safe repository path, or undefined. */
function pathProblem(p) {
    if (p.includes('\0'))
        return 'contains a NUL byte';
    if (p.startsWith('/'))
        return 'is absolute; expected a path relative to the repository root';
    if (p.split('/').some((s) => s === '' || s === '.' || s === '..'))
        return 'has an empty, "." or ".." segment; expected a plain relative path';
    return undefined;
}
/** Checks every path first (so nothing is written for a bad list), then files, then symlinks. */
async function materialise(root, files) {
    const problem = listProblem(files);
    if (problem)
        return problem;
    let current = '';
    try {
        // Every regular file is written before any symlink exists, so no write can pass through a link.
        for (const f of files) {
            if (f.mode === '120000')
                continue;
            current = f.path;
            const full = external_node_path_.join(root, f.path);
            if (f.mode === '040000' || f.mode === '160000') {
                await (0,promises_.mkdir)(full, { recursive: true }); // a submodule is an empty directory, as in a fresh checkout
                continue;
            }
            await (0,promises_.mkdir)(external_node_path_.dirname(full), { recursive: true });
            const mode = f.mode === '100755' ? 0o755 : 0o644;
            await (0,promises_.writeFile)(full, f.text ?? '', { mode, flag: 'wx' });
            await (0,promises_.chmod)(full, mode); // the umask may have taken bits away
        }
        for (const f of files) {
            if (f.mode !== '120000')
                continue;
            current = f.path;
            await (0,promises_.mkdir)(external_node_path_.dirname(external_node_path_.join(root, f.path)), { recursive: true });
            await (0,promises_.symlink)(f.target ?? '', external_node_path_.join(root, f.path));
        }
    }
    catch (e) {
        return `cannot write ${(0,errors/* quote */.h)(current)} into the scratch tree: ${e.code ?? 'error'}`;
    }
    return symlinksEscaping(root, files);
}
/** Paths, modes and symlink targets, checked before anything is written. */
function listProblem(files) {
    const modes = new Map();
    for (const f of files) {
        const bad = pathProblem(f.path);
        if (bad)
            return `tree path ${(0,errors/* quote */.h)(f.path)} ${bad}`;
        if (modes.has(f.path))
            return `tree path ${(0,errors/* quote */.h)(f.path)} is listed twice`;
        modes.set(f.path, f.mode);
        // 100664 is the mode of group-writable files in old repositories; git checks them out as 100644.
        if (!['100644', '100664', '100755', '120000', '040000', '160000'].includes(f.mode))
            return `tree path ${(0,errors/* quote */.h)(f.path)} has mode ${(0,errors/* quote */.h)(f.mode)}; expected 100644, 100755, 120000, 040000 or 160000`;
        if (f.mode === '120000' && !linkInside(f.path, f.target ?? ''))
            return `symlink ${f.path} points outside the repository (${f.target ?? ''})`;
    }
    for (const f of files) {
        // A path below a file or a symlink cannot come from git; below a symlink it could be written outside the root.
        const parts = f.path.split('/');
        for (let i = 1; i < parts.length; i++) {
            const above = parts.slice(0, i).join('/');
            const mode = modes.get(above);
            if (mode !== undefined && mode !== '040000')
                return `tree path ${(0,errors/* quote */.h)(f.path)} is below ${(0,errors/* quote */.h)(above)}, which is not a directory`;
        }
    }
    return undefined;
}
/** The target, resolved as text from the link's directory, stays inside the root. */
function linkInside(linkPath, target) {
    if (target === '' || target.includes('\0') || external_node_path_.posix.isAbsolute(target))
        return false;
    const resolved = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(linkPath), target));
    return resolved !== '..' && !resolved.startsWith('../');
}
/**
 * The text check cannot see a chain (a/up -> .., a/x -> up/../..): each link is also resolved on disk. A link that
 * resolves to nothing is left for the tool to report.
 */
async function symlinksEscaping(root, files) {
    for (const f of files) {
        if (f.mode !== '120000')
            continue;
        let real;
        try {
            real = await (0,promises_.realpath)(external_node_path_.join(root, f.path));
        }
        catch {
            continue;
        }
        if (real !== root && !real.startsWith(root + external_node_path_.sep))
            return `symlink ${f.path} points outside the repository (${f.target ?? ''})`;
    }
    return undefined;
}
function runTool(bin, args, cwd, env, timeoutMs) {
    return new Promise((resolve) => {
        // Its own process group, so a timeout also ends the git processes kustomize started.
        const child = (0,external_node_child_process_.spawn)(bin, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
        const out = [];
        const err = [];
        let size = 0;
        let failure;
        const stop = (why) => {
            failure ??= why;
            try {
                if (child.pid)
                    process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                // already gone
            }
        };
        const timer = setTimeout(() => stop(`timed out after ${timeoutMs / 1000} s`), timeoutMs);
        const keep = (into) => (b) => {
            size += b.length;
            if (size > MAX_OUTPUT_BYTES)
                stop(`printed more than ${MAX_OUTPUT_BYTES / 1024 / 1024} MiB`);
            else
                into.push(b);
        };
        child.stdout.on('data', keep(out));
        child.stderr.on('data', keep(err));
        child.on('error', (e) => {
            clearTimeout(timer);
            resolve({ code: null, stdout: '', stderr: '', failure: `cannot run ${bin}: ${e.code ?? e.message}` });
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            const text = (b) => Buffer.concat(b).toString('utf8');
            resolve({ code, stdout: text(out), stderr: text(err), ...(failure ? { failure } : {}) });
        });
    });
}
const toolMessage = (run, scratch) => run.failure ?? cleanToolError(run.stderr || run.stdout, scratch);
const KLOG = /^[EWIF]\d{4} \d\d:\d\d:\d\d\.\d+\s+\d+ [^\]]*\] ?/;
const MAX_LINES = 8;
const MAX_CHARS = 1500;
/**
 * The part of a tool's stderr a reader needs, on one line: kubectl's klog wrapper (`E1130 10:52:10.245996 2300
 * run.go:72] "command failed" err="…"` or `err=<` … `>`) and `Error:` prefixes removed, the scratch directory
 * removed so paths read as repository paths, the last lines kept.
 */
function cleanToolError(stderr, scratch) {
    let text = stderr;
    for (const dir of scratch)
        text = text.split(`${dir}/`).join('').split(dir).join('.');
    const lines = [];
    let inBlock = false;
    for (const raw of text.split('\n')) {
        const line = raw.replace(KLOG, '');
        if (inBlock) {
            if (/^\s*>\s*$/.test(raw))
                inBlock = false;
            else
                lines.push(raw.trim());
            continue;
        }
        const quoted = /^"command failed" err=("(?:[^"\\]|\\.)*")\s*$/.exec(line);
        if (quoted?.[1])
            lines.push(unquote(quoted[1]));
        else if (/^"command failed" err=<\s*$/.test(line))
            inBlock = true;
        else
            lines.push(line.trim());
    }
    const kept = lines.map((l) => l.replace(/^(error|Error): /, '')).filter((l) => l !== '').slice(-MAX_LINES);
    const one = kept.join(' ').replace(/\s+/g, ' ').trim();
    if (one === '')
        return 'failed without a message';
    return one.length > MAX_CHARS ? `…${one.slice(-MAX_CHARS)}` : one;
}
function unquote(goQuoted) {
    try {
        return JSON.parse(goQuoted);
    }
    catch {
        return goQuoted.slice(1, -1);
    }
}
// ---- at most MAX_RENDERS at once -------------------------------------------------------------------------------
let running = 0;
const waiting = [];
async function limit(job) {
    if (running >= MAX_RENDERS)
        await new Promise((resolve) => waiting.push(resolve));
    else
        running++;
    try {
        return await job();
    }
    finally {
        const next = waiting.shift();
        if (next)
            next(); // the slot passes straight to the next job
        else
            running--;
    }
}

// EXTERNAL MODULE: ./.build/core/config/templates.js
var templates = __webpack_require__(7196);
;// CONCATENATED MODULE: ./.build/adapters/live-version.js

function field(data, path) {
    return path.split('.').reduce((o, k) => (o && typeof o === 'object' ? o[k] : undefined), data);
}
function liveReader(live, timeoutMs = 10_000) {
    return async (app, env, region) => {
        const spec = live[env];
        if (!spec)
            return undefined;
        const url = (0,templates/* fill */.GS)(spec.url, { app, env, region }).replace('{region}', '');
        try {
            const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
            if (!res.ok)
                return { error: `${url} answered HTTP ${res.status}` };
            const v = field(await res.json(), spec.field ?? 'version');
            return typeof v === 'string' || typeof v === 'number' ? { version: String(v) } : { error: `${url} has no ${spec.field ?? 'version'} field` };
        }
        catch (e) {
            const cause = e.cause;
            return { error: `${url}: ${cause?.code ?? cause?.message ?? e.message}` };
        }
    };
}

// EXTERNAL MODULE: ./.build/cli/cli-logger.js
var cli_logger = __webpack_require__(9178);
// EXTERNAL MODULE: ./.build/cli/flag-source.js
var flag_source = __webpack_require__(2747);
// EXTERNAL MODULE: ./.build/cli/read-ref.js
var read_ref = __webpack_require__(6567);
// EXTERNAL MODULE: ./.build/cli/repo-options.js + 1 modules
var repo_options = __webpack_require__(1025);
;// CONCATENATED MODULE: ./.build/cli/parity-command.js
// gitops-promote parity (exit 1 on a violation) and drift: the verify-staging-parity action's two modes for a
// terminal. Flags are read as the action reads its inputs (src/core/verbs/resolve-parity.ts); without --base or
// --ref, origin/BRANCH after a quiet fetch is read (src/cli/read-ref.ts).















async function runParityCommand(argv, out) {
    const { source } = (0,flag_source/* parseFlags */.b)(parity/* PARITY */.I, argv);
    const flag = (name) => (0,definition/* optionOf */.XD)(parity/* PARITY */.I, name);
    const logger = (0,cli_logger/* cliLogger */.$)(out, (0,option_source/* readBool */.r5)(source, flag('verbose')));
    const { git, root } = await (0,repo_options/* cliGit */.DS)((0,option_source/* readText */.yR)(source, flag('repo')), logger, true);
    try {
        const noFetch = (0,option_source/* readBool */.r5)(source, flag('no-fetch'));
        // Before a pull request exists: this branch (HEAD) against the remote's branch it would merge into.
        const defaults = async () => ({ base: (await (0,read_ref/* trackingRef */.lu)(git, !noFetch, logger, true)) ?? 'HEAD', head: 'HEAD' });
        const req = await resolveParityRequest({ ...source, defaults });
        const named = req.history && 'ref' in req.history ? req.history.ref : undefined;
        const historyRef = named === undefined ? undefined : await (0,read_ref/* commitOf */.D3)(git, named, '--history-ref');
        const base = await (0,read_ref/* commitOf */.D3)(git, req.base, '--base');
        const head = await (0,read_ref/* commitOf */.D3)(git, req.head, '--head');
        const { configPath, render } = req;
        const opts = { now: new Date(), configPath, singleAppName: (0,repo_options/* singleAppName */.F7)(root), render, findRenderer: findRenderer, historyRef };
        const report = await checkParity(git, base, head, opts);
        if ((0,option_source/* readBool */.r5)(source, flag('json')))
            out.stdout(JSON.stringify(report));
        else {
            out.stdout((0,parity_report/* paritySummary */.W_)(report).trimEnd());
            for (const x of report.violations) {
                const where = `${x.app} ${x.env}${x.region ? ` (${x.region})` : ''}`;
                out.stderr((0,untrusted/* inert */.tJ)(`error: ${x.file}:${x.line}: ${where}: ${x.rule}: ${x.reason}`, 2000));
            }
        }
        return report.ok ? 0 : 1;
    }
    finally {
        await git.dispose();
    }
}
async function runDriftCommand(argv, out) {
    const { source } = (0,flag_source/* parseFlags */.b)(parity/* DRIFT */.K, argv);
    const flag = (name) => (0,definition/* optionOf */.XD)(parity/* DRIFT */.K, name);
    const shard = resolveDriftShard(source);
    const logger = (0,cli_logger/* cliLogger */.$)(out, (0,option_source/* readBool */.r5)(source, flag('verbose')));
    const { git, root } = await (0,repo_options/* cliGit */.DS)((0,option_source/* readText */.yR)(source, flag('repo')), logger, true);
    try {
        const at = await (0,read_ref/* readRef */.sg)(git, (0,option_source/* readText */.yR)(source, flag('ref')), (0,option_source/* readBool */.r5)(source, flag('no-fetch')), logger);
        const configPath = (0,option_source/* readText */.yR)(source, flag('config'));
        const config = await (0,config_at/* configAt */.E)(await git.snapshot(at.sha), configPath);
        const req = resolveDriftRequest(source, config);
        const live = req.live && config.drift.live ? liveReader(config.drift.live) : undefined;
        const { behindAfterMs } = req;
        const opts = { now: new Date(), configPath, singleAppName: (0,repo_options/* singleAppName */.F7)(root), behindAfterMs, live, shard };
        const { matrix, drift } = await computeDrift(git, at.sha, opts);
        // ref and shard let merge-reports check that shard reports belong together.
        const head = shard ? `Shard ${shard.index}/${shard.count}\n\n` : '';
        const json = (0,option_source/* readBool */.r5)(source, flag('json'));
        const report = { ref: at.sha, shard: shard ?? null, matrix, drift };
        out.stdout(json ? JSON.stringify(report) : head + (0,parity_report/* driftSummary */.gv)(matrix, drift).trimEnd());
        return drift.length && req.failOnDrift ? 1 : 0;
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

/***/ 2752:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ trackingIssueBody),
/* harmony export */   Bu: () => (/* binding */ TRACKING_LABEL),
/* harmony export */   W_: () => (/* binding */ paritySummary),
/* harmony export */   gv: () => (/* binding */ driftSummary),
/* harmony export */   jH: () => (/* binding */ TRACKING_TITLE)
/* harmony export */ });
/* harmony import */ var _health_untrusted_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7381);
/* harmony import */ var _status_matrix_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2726);
// What the parity check and the drift report show people: job summary tables, outputs, a tracking issue body.


// Text from the repository (file names, image names, renderer messages) is the PR author's: inert in Markdown/HTML
// (no HTML, no links or images, no way out of a code span or a cell).
const cell = (s) => (0,_health_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .summaryText */ .g5)(s ?? '');
const ICON = { ok: '✅', rollback: '↩️', violation: '⛔' };
const images = (xs) => (xs?.length ? xs.map((x) => `\`${cell(x)}\``).join(', ') : 'none');
/** A Markdown table row of cells already made inert. */
const tableRow = (cells) => `| ${cells.join(' | ')} |`;
/** The environment, with its region when the row is one region's. */
const where = (env, region) => `${cell(env)}${region ? ` (${cell(region)})` : ''}`;
const counted = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;
function change(x) {
    const gone = (x.oldImages ?? []).filter((i) => !(x.newImages ?? []).includes(i));
    const added = (x.newImages ?? []).filter((i) => !(x.oldImages ?? []).includes(i));
    if (!gone.length && !added.length)
        return '—';
    return `${images(gone)} → ${images(added)}`;
}
const PARITY_HEADER = [
    '| app | env | images: old → new | previous env runs | verdict | reason |',
    '| --- | --- | --- | --- | --- | --- |',
];
function paritySummary(r) {
    const n = r.violations.length;
    const head = r.ok ? '### ✅ Staging parity: every image this change deploys has run in the previous environment'
        : `### ⛔ Staging parity: ${counted(n, 'violation')}`;
    const how = r.mode === 'render' ? `Rendered with ${cell(r.renderer)}`
        : 'Static model (images: only; no renderer), unexplained changes refused';
    const compared = `Compared ${r.base.slice(0, 12)}..${r.head.slice(0, 12)}. ${how}.`;
    const intro = [head, '', compared, ...r.notices.map((m) => `\n> ${cell(m)}`), ''];
    if (!r.rows.length)
        return [...intro, 'This change moves no image.', ''].join('\n');
    return [...intro, ...PARITY_HEADER, ...r.rows.map(parityRow), ''].join('\n');
}
function parityRow(x) {
    const previous = x.previousEnv ? `${cell(x.previousEnv)}: ${images(x.previousImages)}` : '—';
    const verdict = `${ICON[x.verdict]} ${x.rule ? `\`${x.rule}\`` : x.verdict}`;
    return tableRow([cell(x.app), where(x.env, x.region), change(x), previous, verdict, cell(x.reason)]);
}
function driftSummary(matrix, drift) {
    const out = [drift.length ? `### ⚠️ ${counted(drift.length, 'drift finding')}` : '### ✅ No drift', ''];
    if (drift.length) {
        const rows = drift.map((d) => tableRow([cell(d.app), where(d.env, d.region), `\`${d.kind}\``, cell(d.message)]));
        out.push('| app | env | kind | detail |', '| --- | --- | --- | --- |', ...rows, '');
    }
    out.push('#### What runs where', '', (0,_status_matrix_js__WEBPACK_IMPORTED_MODULE_1__/* .renderMatrix */ .CW)(matrix, 'markdown'), '');
    return out.join('\n');
}
const TRACKING_LABEL = 'gitops-promote-drift';
const TRACKING_TITLE = 'Config drift: environments out of step';
function trackingIssueBody(matrix, drift, runUrl) {
    const checked = runUrl ? `Last checked by ${runUrl}.\n` : '';
    return `${driftSummary(matrix, drift)}\n${checked}\n`
        + '<!-- gitops-promote: this issue is updated in place and closed when the drift is gone -->\n';
}


/***/ }),

/***/ 5142:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ checkTag)
/* harmony export */ });
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6866);
// The tag a promotion may carry: never `latest` or empty; semver v?MAJOR.MINOR.PATCH[-pre] by default, or the
// config's regular expression.

const SEMVER_TAG = /^v?(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;
function checkTag(version, tagPattern) {
    const tag = (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .tagOf */ .cO)(version);
    if (tag === '') {
        return {
            rule: 'no-latest',
            message: `version ${JSON.stringify(version)} has no tag; expected a tag such as v1.2.3 `
                + '(a digest alone cannot be checked against the tag policy)',
        };
    }
    if (tag.toLowerCase() === 'latest') {
        return {
            rule: 'no-latest',
            message: `tag "latest" is never promoted: it names no fixed image; expected a version such as v1.2.3`,
        };
    }
    if (tagPattern === 'semver') {
        if (!SEMVER_TAG.test(tag)) {
            return {
                rule: 'tag-pattern',
                message: `tag ${JSON.stringify(tag)} is not semver; `
                    + 'expected v?MAJOR.MINOR.PATCH[-pre] such as v1.2.3 or 1.4.0-rc.1 (policy.tagPattern)',
            };
        }
    }
    else if (!new RegExp(tagPattern).test(tag)) {
        return {
            rule: 'tag-pattern',
            message: `tag ${JSON.stringify(tag)} does not match policy.tagPattern ${tagPattern}`,
        };
    }
    return undefined;
}


/***/ }),

/***/ 6866:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   cO: () => (/* binding */ tagOf),
/* harmony export */   dM: () => (/* binding */ distinct),
/* harmony export */   r1: () => (/* binding */ sameVersion)
/* harmony export */ });
/* unused harmony export semverOf */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
// Version strings: `TAG`, `TAG@sha256:…` or `@sha256:…`. Comparisons look at the tag where only one side pins a digest.

const tagOf = (v) => {
    const at = v.indexOf('@');
    return at < 0 ? v : v.slice(0, at);
};
/** Same version: equal, or the same tag where only one side also pins a digest. */
function sameVersion(a, b) {
    if (a === undefined || b === undefined)
        return a === b;
    if (a === b)
        return true;
    const ta = tagOf(a);
    const tb = tagOf(b);
    return ta !== '' && ta === tb && (!a.includes('@') || !b.includes('@'));
}
/** semver of a tag like v1.2.3 or 1.2.3-rc.1; undefined for tags that are not semver. */
function semverOf(v) {
    const t = tagOf(v).replace(/^v/, '');
    return semver__WEBPACK_IMPORTED_MODULE_0__.valid(t) ?? undefined;
}
/** Negative when a < b by semver; undefined when either is not semver. */
function compareVersions(a, b) {
    const sa = semverOf(a);
    const sb = semverOf(b);
    return sa && sb ? semver__WEBPACK_IMPORTED_MODULE_0__.compare(sa, sb) : undefined;
}
function distinct(versions) {
    return [...new Set(versions.map((v) => v ?? '(none)'))];
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
