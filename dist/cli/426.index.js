export const id = 426;
export const ids = [426];
export const modules = {

/***/ 7628:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ GitCli)
});

// UNUSED EXPORTS: parseRawLog

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(1260);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./.build/core/yaml-documents.js
var yaml_documents = __webpack_require__(1814);
// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./.build/adapters/cat-file.js
// One `git cat-file --batch` process answers many blob reads: reading hundreds of overlays costs one process,
// not hundreds.

class CatFileBatch {
    cwd;
    env;
    proc;
    queue = [];
    buf = Buffer.alloc(0);
    constructor(cwd, env) {
        this.cwd = cwd;
        this.env = env;
    }
    read(object) {
        if (!this.proc)
            this.start();
        return new Promise((resolve, reject) => {
            this.queue.push({ resolve, reject, what: object });
            this.proc?.stdin.write(`${object}\n`);
        });
    }
    close() {
        this.proc?.stdin.end();
        this.proc = undefined;
    }
    start() {
        const p = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch'], { cwd: this.cwd, env: this.env, stdio: ['pipe', 'pipe', 'pipe'] });
        this.proc = p;
        p.stdout.on('data', (d) => {
            this.buf = Buffer.concat([this.buf, d]);
            this.drain();
        });
        const fail = (e) => {
            for (const q of this.queue.splice(0))
                q.reject(e);
        };
        p.on('error', fail);
        p.on('close', (code) => fail(new Error(`git cat-file exited (${code})`)));
        p.stdin.on('error', fail);
    }
    drain() {
        for (;;) {
            const nl = this.buf.indexOf(10);
            if (nl < 0 || !this.queue.length)
                return;
            const header = this.buf.subarray(0, nl).toString('utf8');
            const head = this.queue[0];
            if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
                this.buf = this.buf.subarray(nl + 1);
                this.queue.shift();
                head.reject(new Error(`${head.what}: ${header.split(' ').pop()}`));
                continue;
            }
            const size = Number(header.split(' ')[2]);
            if (this.buf.length < nl + 1 + size + 1)
                return;
            const body = Buffer.from(this.buf.subarray(nl + 1, nl + 1 + size));
            this.buf = this.buf.subarray(nl + 1 + size + 1);
            this.queue.shift();
            head.resolve(body);
        }
    }
}

;// CONCATENATED MODULE: ./.build/adapters/git-cli.js
// GitPort on the git command line: argv arrays through @actions/exec, never a shell. Commits are built with
// plumbing on a temporary index, so the user's working tree, index and branches are never touched.








const REJECTED = /\[rejected\]|non-fast-forward|fetch first|stale info|\[remote rejected\].*(cannot lock ref|reference already exists|failed to update ref)/i;
const FATAL = /Authentication failed|returned error: 40[13]|Permission to .* denied|GH006|protected branch|could not read Username|Repository not found|returned error: 404/i;
class GitCli {
    opts;
    remote;
    env;
    ns = `refs/gitops-promote/${process.pid}-${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`;
    snapshots = new Map();
    batch;
    shallow;
    constructor(opts) {
        this.opts = opts;
        this.remote = opts.remote ?? 'origin';
        this.env = { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...opts.env };
    }
    async run(args, o = {}) {
        this.opts.logger.debug(`git ${args.join(' ')}`);
        const r = await (0,exec/* getExecOutput */.H)('git', args, {
            cwd: this.opts.cwd,
            env: { ...this.env, ...o.env },
            input: o.input === undefined ? undefined : Buffer.isBuffer(o.input) ? o.input : Buffer.from(o.input, 'utf8'),
            silent: true,
            ignoreReturnCode: true,
        });
        if (r.exitCode !== 0 && !o.allowFail)
            throw new Error(`git ${args[0]} failed (exit ${r.exitCode}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
        return { code: r.exitCode, stdout: r.stdout, stderr: r.stderr };
    }
    /** The remote's fetch URL (to scope auth), or undefined when there is no such remote. */
    async remoteUrl() {
        const r = await this.run(['remote', 'get-url', this.remote], { allowFail: true });
        return r.code === 0 ? r.stdout.trim() : undefined;
    }
    async fetchBranch(branch) {
        if (this.shallow === undefined)
            this.shallow = (await this.run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
        const ref = `${this.ns}/${branch}`;
        // A shallow clone (actions/checkout's default) stays shallow but deep enough to tell whether a push landed.
        const args = ['fetch', '--no-tags', '--no-write-fetch-head', '--quiet', ...(this.shallow ? ['--depth=50'] : []), this.remote, `+refs/heads/${branch}:${ref}`];
        const r = await this.run(args, { allowFail: true });
        if (r.code !== 0) {
            if (/couldn't find remote ref|could not find remote ref/i.test(r.stderr))
                return undefined;
            if (FATAL.test(r.stderr))
                throw new errors/* UserError */.y(`cannot fetch ${branch} from ${this.remote}: ${r.stderr.trim().split('\n').pop()}; expected a token with contents access`);
            throw new Error(`git fetch failed (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-2).join(' | ')}`);
        }
        return (await this.run(['rev-parse', '--verify', `${ref}^{commit}`])).stdout.trim();
    }
    snapshot(commit) {
        let s = this.snapshots.get(commit);
        if (!s) {
            s = this.loadSnapshot(commit);
            this.snapshots.set(commit, s);
        }
        return s;
    }
    async loadSnapshot(commit) {
        const out = (await this.run(['ls-tree', '-r', '-z', '--full-tree', commit])).stdout;
        const blobs = new Map();
        const modes = new Map();
        for (const entry of out.split('\0')) {
            if (!entry)
                continue;
            const tab = entry.indexOf('\t');
            const [mode, type, sha] = entry.slice(0, tab).split(' ');
            if (type !== 'blob')
                continue;
            const path = entry.slice(tab + 1);
            blobs.set(path, sha);
            modes.set(path, mode);
        }
        this.batch ??= new CatFileBatch(this.opts.cwd, this.env);
        const batch = this.batch;
        return {
            commit,
            files: [...blobs.keys()],
            modes,
            mode: (path) => modes.get(path),
            blobId: (path) => blobs.get(path),
            read: async (path) => {
                const sha = blobs.get(path);
                if (!sha)
                    throw new errors/* UserError */.y(`not in the repository at ${commit.slice(0, 12)}; expected the file to exist`, path);
                return (0,yaml_documents/* decodeText */.g)(await batch.read(sha), path);
            },
        };
    }
    async commit(parent, files, message) {
        const snap = await this.snapshot(parent);
        const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'gitops-promote-index-'));
        const env = { GIT_INDEX_FILE: (0,external_node_path_.join)(dir, 'index') };
        try {
            await this.run(['read-tree', parent], { env });
            // One hash-object for all files; --no-filters stores the exact bytes (no autocrlf or clean filters).
            const paths = [...files.keys()];
            const blobs = paths.map((path, i) => {
                const tmp = (0,external_node_path_.join)(dir, `blob-${i}`);
                (0,external_node_fs_.writeFileSync)(tmp, files.get(path));
                return tmp;
            });
            const shas = (await this.run(['hash-object', '-w', '--no-filters', '--stdin-paths'], { input: `${blobs.join('\n')}\n` })).stdout.trim().split('\n');
            if (shas.length !== paths.length)
                throw new Error(`git hash-object returned ${shas.length} ids for ${paths.length} files`);
            const lines = paths.map((path, i) => `${snap.modes.get(path) ?? '100644'} ${shas[i]}\t${path}`);
            await this.run(['update-index', '--index-info'], { env, input: `${lines.join('\n')}\n` });
            const tree = (await this.run(['write-tree'], { env })).stdout.trim();
            const r = await this.run(['commit-tree', tree, '-p', parent, '-F', '-'], { input: message, allowFail: true });
            if (r.code !== 0) {
                if (/tell me who you are|empty ident|unable to auto-detect email/i.test(r.stderr)) {
                    throw new errors/* UserError */.y('git has no identity to commit with; expected git config user.name and user.email (or GIT_AUTHOR_NAME/GIT_AUTHOR_EMAIL)');
                }
                throw new Error(`git commit-tree failed: ${r.stderr.trim()}`);
            }
            return r.stdout.trim();
        }
        finally {
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        }
    }
    classify(r) {
        if (r.code === 0)
            return { ok: true };
        const text = `${r.stdout}\n${r.stderr}`;
        const message = r.stderr.trim().split('\n').filter((l) => l && !l.startsWith('To ')).slice(-2).join(' | ') || `exit ${r.code}`;
        if (FATAL.test(text))
            return { ok: false, kind: 'fatal', message };
        if (REJECTED.test(text))
            return { ok: false, kind: 'rejected', message };
        return { ok: false, kind: 'transient', message };
    }
    async push(commit, branch, lease) {
        const args = ['push', '--porcelain', '--no-verify'];
        if (lease)
            args.push(`--force-with-lease=refs/heads/${branch}:${lease.expect ?? ''}`);
        args.push(this.remote, `${commit}:refs/heads/${branch}`);
        return this.classify(await this.run(args, { allowFail: true }));
    }
    async deleteBranch(branch, expect) {
        return this.classify(await this.run(['push', '--porcelain', `--force-with-lease=refs/heads/${branch}:${expect}`, this.remote, `:refs/heads/${branch}`], { allowFail: true }));
    }
    async isAncestor(ancestor, descendant) {
        return (await this.run(['merge-base', '--is-ancestor', ancestor, descendant], { allowFail: true })).code === 0;
    }
    async log(ref, opts = {}) {
        const args = ['log', '--format=%H%x00%P%x00%an%x00%aI%x00%cI%x00%B%x1e'];
        if (opts.grep)
            args.push('-E', `--grep=${opts.grep}`);
        if (opts.max)
            args.push(`--max-count=${opts.max}`);
        args.push(ref, '--', ...(opts.paths ?? []));
        const out = (await this.run(args)).stdout;
        return out.split('\x1e').map((r) => r.replace(/^\n/, '')).filter(Boolean).map((r) => {
            const [sha, parents, authorName, authorDate, committerDate, message] = r.split('\0');
            return { sha: sha, parents: (parents ?? '').split(' ').filter(Boolean), authorName: authorName ?? '', authorDate: authorDate ?? '', committerDate: committerDate ?? '', message: message ?? '' };
        });
    }
    async firstParentChanges(ref, paths) {
        const args = ['log', '--first-parent', '--no-renames', '--raw', '--no-abbrev', '-z', '--format=%x01%H %cI', ref, '--'];
        const out = (await this.run([...args, ...(paths ?? [])])).stdout;
        return parseRawLog(out);
    }
    async grepLines(commit, groups, pathspecs) {
        if (!groups.length)
            return [];
        const expr = [];
        groups.forEach((g, i) => {
            if (i)
                expr.push('--or');
            expr.push('(', ...g.flatMap((s, j) => (j ? ['--and', '-e', s] : ['-e', s])), ')');
        });
        const args = ['grep', '-z', '-a', '-F', '--no-color', '--full-name', ...expr, commit, '--', ...pathspecs];
        const r = await this.run(args, { allowFail: true });
        if (r.code > 1)
            throw new Error(`git grep failed (exit ${r.code}): ${r.stderr.trim().split('\n').pop()}`);
        const prefix = `${commit}:`;
        return r.stdout.split('\n').filter(Boolean).map((rec) => {
            const nul = rec.indexOf('\0');
            const path = rec.slice(0, nul);
            return { path: path.startsWith(prefix) ? path.slice(prefix.length) : path, line: rec.slice(nul + 1) };
        });
    }
    async readBlob(id) {
        this.batch ??= new CatFileBatch(this.opts.cwd, this.env);
        return (0,yaml_documents/* decodeText */.g)(await this.batch.read(id), id);
    }
    /** A local ref or sha, as a commit sha; undefined when it does not exist. */
    async resolveCommit(ref) {
        if (ref.startsWith('-'))
            return undefined;
        const r = await this.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { allowFail: true });
        return r.code === 0 ? r.stdout.trim() : undefined;
    }
    /** A commit by sha, fetched from the remote if the clone does not have it (shallow checkouts). */
    async ensureCommit(sha, what) {
        const have = await this.resolveCommit(sha);
        if (have)
            return have;
        if (/^[0-9a-f]{40}$/.test(sha))
            await this.run(['fetch', '--no-tags', '--quiet', this.remote, sha], { allowFail: true });
        const got = await this.resolveCommit(sha);
        if (!got)
            throw new errors/* UserError */.y(`${what} commit ${JSON.stringify(sha)} is not in the clone and could not be fetched; expected a commit of this repository (use actions/checkout with fetch-depth: 0)`);
        return got;
    }
    async mergeBase(a, b) {
        const r = await this.run(['merge-base', a, b], { allowFail: true });
        return r.code === 0 ? r.stdout.trim() : undefined;
    }
    async changedFiles(base, head) {
        return (await this.run(['diff', '--name-only', '-z', '--no-renames', base, head])).stdout.split('\0').filter(Boolean);
    }
    async treeOf(commit) {
        return (await this.run(['rev-parse', '--verify', `${commit}^{tree}`])).stdout.trim();
    }
    async diff(path, before, after) {
        const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'gitops-promote-diff-'));
        try {
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'a'), before);
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'b'), after);
            const r = await this.run(['diff', '--no-index', '--no-color', '--no-ext-diff', '-U2', (0,external_node_path_.join)(dir, 'a'), (0,external_node_path_.join)(dir, 'b')], { allowFail: true });
            const body = r.stdout.split('\n').slice(4).join('\n');
            return `--- a/${path}\n+++ b/${path}\n${body}`;
        }
        finally {
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        }
    }
    /** Remove the private refs this run fetched into, and stop the blob reader. */
    async dispose() {
        this.batch?.close();
        const refs = (await this.run(['for-each-ref', '--format=%(refname)', this.ns], { allowFail: true })).stdout.split('\n').filter(Boolean);
        if (refs.length)
            await this.run(['update-ref', '--stdin'], { input: refs.map((r) => `delete ${r}\n`).join(''), allowFail: true });
    }
}
const NO_BLOB = /^0+$/;
/** `git log --raw -z --format=%x01%H %cI`: a header per commit, then `:modes shas status\0path\0` entries. */
function parseRawLog(out) {
    const commits = [];
    for (const chunk of out.split('\x01')) {
        if (!chunk)
            continue;
        const end = chunk.indexOf('\0');
        const [sha, committerDate] = (end < 0 ? chunk : chunk.slice(0, end)).trim().split(' ');
        const c = { sha: sha, committerDate: committerDate ?? '', changes: [] };
        const parts = end < 0 ? [] : chunk.slice(end + 1).replace(/^\n/, '').split('\0');
        for (let i = 0; i + 1 < parts.length; i += 2) {
            const meta = parts[i].replace(/^\n/, '');
            if (!meta.startsWith(':'))
                break;
            const [, newMode, , newBlob] = meta.slice(1).split(' ');
            const deleted = !newBlob || NO_BLOB.test(newBlob);
            c.changes.push({ path: parts[i + 1], blob: deleted ? undefined : newBlob, mode: deleted ? undefined : newMode });
        }
        commits.push(c);
    }
    return commits;
}


/***/ }),

/***/ 4622:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ openGit),
  p: () => (/* binding */ resolveBranch)
});

// EXTERNAL MODULE: ./.build/adapters/git-cli.js + 1 modules
var git_cli = __webpack_require__(7628);
;// CONCATENATED MODULE: ./.build/adapters/git-auth.js
// Token auth for git over HTTPS without the token ever being on a command line or in .git/config: git reads
// extra config from GIT_CONFIG_COUNT/KEY_n/VALUE_n in its environment. An empty extraheader first resets any
// header actions/checkout persisted for the same URL, so git never sends two Authorization headers.
/** `remoteUrl` is the fetch URL of the remote; the header is scoped to its scheme, host and port. */
function gitAuthEnv(token, remoteUrl, base = process.env) {
    let scope;
    try {
        const u = new URL(remoteUrl);
        if (u.protocol !== 'https:' && u.protocol !== 'http:')
            return { env: {}, secrets: [token] };
        scope = `${u.protocol}//${u.host}/`;
    }
    catch {
        return { env: {}, secrets: [token] }; // ssh or a local path: no HTTP header to set
    }
    const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
    const header = `AUTHORIZATION: basic ${basic}`;
    const start = Number(base.GIT_CONFIG_COUNT ?? '0') || 0;
    const key = `http.${scope}.extraheader`;
    const env = {
        GIT_CONFIG_COUNT: String(start + 2),
        [`GIT_CONFIG_KEY_${start}`]: key,
        [`GIT_CONFIG_VALUE_${start}`]: '',
        [`GIT_CONFIG_KEY_${start + 1}`]: key,
        [`GIT_CONFIG_VALUE_${start + 1}`]: header,
        GIT_TERMINAL_PROMPT: '0',
    };
    return { env, secrets: [token, basic, header, Buffer.from(token).toString('base64')] };
}

// EXTERNAL MODULE: ./.build/core/validate-names.js
var validate_names = __webpack_require__(2525);
// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
;// CONCATENATED MODULE: ./.build/adapters/promote-session.js
// Wiring shared by the promote action and CLI: a GitCli on the config repo with token auth (env only, masked),
// and the branch to promote on.




async function openGit(o) {
    const probe = new git_cli/* GitCli */.T({ cwd: o.cwd, logger: o.logger, env: o.env });
    const top = await probe.run(['rev-parse', '--show-toplevel'], { allowFail: true });
    if (top.code !== 0)
        throw new errors/* UserError */.y(`${(0,errors/* quote */.h)(o.cwd)} is not a git repository; expected a clone of the config repository (actions/checkout first)`);
    const url = await probe.remoteUrl();
    if (!url)
        throw new errors/* UserError */.y(`the repository in ${(0,errors/* quote */.h)(o.cwd)} has no remote "origin"; expected a clone of the config repository`);
    if (!o.token)
        return probe;
    const auth = gitAuthEnv(o.token, url);
    o.mask?.(auth.secrets);
    return new git_cli/* GitCli */.T({ cwd: o.cwd, logger: o.logger, env: { ...o.env, ...auth.env } });
}
/** The branch asked for, else the ref the run is on, else the checkout's branch, else the remote's default. */
async function resolveBranch(git, asked, env = process.env) {
    if (asked)
        return (0,validate_names/* checkBranch */.D)('branch', asked);
    // On pull_request events GITHUB_REF_NAME is "12/merge": the PR's base branch is the one meant.
    if (env.GITHUB_BASE_REF)
        return (0,validate_names/* checkBranch */.D)('branch', env.GITHUB_BASE_REF);
    if (env.GITHUB_REF_TYPE === 'branch' && env.GITHUB_REF_NAME)
        return (0,validate_names/* checkBranch */.D)('branch', env.GITHUB_REF_NAME);
    const head = await git.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFail: true });
    if (head.code === 0 && head.stdout.trim())
        return (0,validate_names/* checkBranch */.D)('branch', head.stdout.trim());
    const def = await git.run(['symbolic-ref', '--quiet', '--short', `refs/remotes/${git.remote}/HEAD`], { allowFail: true });
    if (def.code === 0 && def.stdout.trim())
        return (0,validate_names/* checkBranch */.D)('branch', def.stdout.trim().replace(`${git.remote}/`, ''));
    return 'main';
}


/***/ }),

/***/ 9178:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ cliLogger)
/* harmony export */ });
/* harmony import */ var _core_health_untrusted_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7381);
// Logger for a terminal: progress and warnings on stderr, so stdout carries only the result.

function cliLogger(out, verbose = false) {
    const where = (w) => (w?.file ? `${w.file}${w.line ? `:${w.line}` : ''}: ` : '');
    // The CLI runs in workflow `run:` steps too, where the runner reads commands from stderr as well.
    return {
        info: (m) => out.stderr((0,_core_health_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .fenceCommands */ .Qp)(m)),
        warning: (m, w) => out.stderr((0,_core_health_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .fenceCommands */ .Qp)(`warning: ${where(w)}${m}`)),
        error: (m, w) => out.stderr((0,_core_health_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .fenceCommands */ .Qp)(`error: ${where(w)}${m}`)),
        debug: (m) => { if (verbose)
            out.stderr((0,_core_health_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .fenceCommands */ .Qp)(`debug: ${m}`)); },
    };
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

/***/ 1025:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ti: () => (/* binding */ actorName),
  DS: () => (/* binding */ cliGit),
  GE: () => (/* binding */ cliPullRequests),
  F7: () => (/* binding */ singleAppName),
  B: () => (/* binding */ tokenFromEnv)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./.build/adapters/checkout-repository.js
// Which GitHub repository an action works on. Usually the run's own (GITHUB_REPOSITORY); but an app repository's
// workflow that checks out its config repository (actions/checkout with `repository:` and `path:`) promotes
// there, and its pull requests and commit links belong there. The checkout's origin says which, when it is on
// the same GitHub server as the run.
/**
 * "owner/repo" from a remote URL: https (with or without credentials or a port), ssh://, or scp-like
 * git@host:owner/repo; on github.com or any GitHub Enterprise Server host.
 */
function repositoryFromUrl(url) {
    const u = url.trim();
    // scheme://[user@]host[:port]/owner/repo, then git@host:owner/repo
    const m = /^[a-z+]+:\/\/(?:[^@/]+@)?[^/]+\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/i.exec(u)
        ?? /^(?:[^@/]+@)?[^/:]+:([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(u);
    return m ? `${m[1]}/${m[2]}` : undefined;
}
const hostOf = (url) => {
    const ssh = /^(?:[\w.-]+@)?([\w.-]+):(?!\/\/)/.exec(url); // git@github.com:owner/repo.git
    if (ssh)
        return ssh[1]?.toLowerCase();
    try {
        return new URL(url).hostname.toLowerCase();
    }
    catch {
        return undefined;
    }
};
/** The checkout's repository when its origin is on `serverUrl`'s host; else the run's. */
async function checkoutRepository(git, ctx) {
    const origin = await git.remoteUrl();
    if (!origin || hostOf(origin) !== hostOf(ctx.serverUrl))
        return ctx.repository;
    return repositoryFromUrl(origin) ?? ctx.repository;
}

// EXTERNAL MODULE: ./.build/adapters/promote-session.js + 1 modules
var promote_session = __webpack_require__(4622);
// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
;// CONCATENATED MODULE: ./.build/cli/repo-options.js
// What every repository verb shares: --repo DIR, the token from the environment (never a flag: flags show in
// `ps`), and the commit identity git already has.




const tokenFromEnv = (env = process.env) => env.GITOPS_PROMOTE_TOKEN || env.GITHUB_TOKEN || undefined;
async function cliGit(repo, logger, withToken) {
    const cwd = (0,external_node_path_.resolve)(repo ?? '.');
    const git = await (0,promote_session/* openGit */.z)({ cwd, token: withToken ? tokenFromEnv() : undefined, logger });
    const root = (await git.run(['rev-parse', '--show-toplevel'])).stdout.trim();
    return { git, root };
}
/** The app name of a single-app repository: its directory name. */
const singleAppName = (root) => (0,external_node_path_.basename)(root).replace(/\.git$/, '') || 'app';
async function actorName(git) {
    const r = await git.run(['config', 'user.name'], { allowFail: true });
    return r.stdout.trim() || process.env.USER || 'unknown';
}
/** Pull requests for the CLI: the token from the environment, the repository from origin, plain fetch. */
function cliPullRequests(git, logger) {
    return async () => {
        const token = tokenFromEnv();
        const repository = repositoryFromUrl((await git.remoteUrl()) ?? '');
        if (!token || !repository)
            throw new errors/* UserError */.y('--mode pull-request needs GITOPS_PROMOTE_TOKEN (or GITHUB_TOKEN) in the environment and a GitHub origin; expected both');
        const { pullRequestsOver } = await __webpack_require__.e(/* import() */ 81).then(__webpack_require__.bind(__webpack_require__, 2081));
        const { fetchClient } = await __webpack_require__.e(/* import() */ 419).then(__webpack_require__.bind(__webpack_require__, 8419));
        const client = fetchClient(token, process.env.GITHUB_API_URL || 'https://api.github.com', { logger });
        return pullRequestsOver(client.request, client.graphql, repository);
    };
}


/***/ }),

/***/ 2885:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   dq: () => (/* binding */ zeroConfig),
/* harmony export */   g2: () => (/* binding */ CONFIG_FILE),
/* harmony export */   oB: () => (/* binding */ nodeAt)
/* harmony export */ });
/* unused harmony exports DEFAULT_POLICY, ZERO_CONFIG_TARGETS */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8005);
/* harmony import */ var _policy_cron_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7431);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9145);
/* harmony import */ var _health_spec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1668);
/* harmony import */ var _environments_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3597);
/* harmony import */ var _schema_check_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7889);
/* harmony import */ var _templates_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7196);
/* harmony import */ var _source_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1819);
// gitops-promote.yaml: loaded, validated (file, line and key in every error) and normalized; or zero-config
// defaults when the repository has no such file.









const CONFIG_FILE = 'gitops-promote.yaml';
const DEFAULT_POLICY = {
    tagPattern: 'semver', allowDowngrade: false, requirePreviousEnv: true, freeze: [], parity: 'current', allowSameChange: false,
    render: 'auto', parityIgnore: [],
};
/** Zero-config layouts: apps/<app>/overlays/<env>[-<region>|/<region>]/, and a single-app overlays/<env>/. */
const ZERO_CONFIG_TARGETS = ['apps/{app}/overlays', 'overlays'].flatMap((base) => ['{env}', '{env}-{region}', '{env}/{region}'].flatMap((dir) => ['kustomization.yaml', 'kustomization.yml'].map((f) => ({ file: `${base}/${dir}/${f}`, image: 'auto' }))));
function zeroConfig() {
    return { targets: ZERO_CONFIG_TARGETS, apps: {}, policy: { ...DEFAULT_POLICY }, delivery: {}, drift: {}, health: {} };
}
/** The node at a key path as the checks name them ("apps.web.v2.targets[0]"); keys may contain dots. */
function nodeAt(root, key) {
    let n = root;
    let rest = key;
    while (rest && n) {
        const idx = /^\[(\d+)\]\.?/.exec(rest);
        if (idx && 'items' in n && Array.isArray(n.items) && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(n)) {
            n = n.items[Number(idx[1])] ?? n;
            rest = rest.slice(idx[0].length);
            continue;
        }
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(n))
            break;
        // The longest key that the path continues with.
        const pairs = n.items.filter((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key)).map((p) => ({ k: String(p.key.value), v: p.value }));
        const hit = pairs.filter(({ k }) => rest === k || rest.startsWith(`${k}.`) || rest.startsWith(`${k}[`)).sort((a, b) => b.k.length - a.k.length)[0];
        if (!hit)
            break;
        n = hit.v ?? n;
        rest = rest.slice(hit.k.length).replace(/^\./, '');
    }
    return n;
}
function loadConfig(text, file) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { prettyErrors: false, uniqueKeys: false });
    const src = new _source_text_js__WEBPACK_IMPORTED_MODULE_6__/* .SourceText */ .D(text);
    const err = doc.errors[0];
    if (err)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`not valid YAML: ${err.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}; expected a gitops-promote config`, file, src.lineOf(Math.min(err.pos[0], text.trimEnd().length)));
    const root = doc.contents;
    const fail = (key, message, node) => {
        const n = node === undefined ? nodeAt(root, key) : node;
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${key}: ${message}`, file, n?.range ? src.lineOf(n.range[0]) : 1);
    };
    if (root === null)
        return { ...zeroConfig(), file };
    const problem = (0,_schema_check_js__WEBPACK_IMPORTED_MODULE_5__/* .checkSchema */ ._)(root, _config_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_SCHEMA */ .l);
    if (problem)
        throw fail(problem.key, problem.message, problem.node);
    const raw = doc.toJS();
    const environments = raw.environments?.map((e) => (typeof e === 'string' ? { name: e } : { ...e }));
    const envNames = environments?.map((e) => e.name);
    if (envNames) {
        const at = envNames.findIndex((n, i) => envNames.indexOf(n) !== i);
        if (at >= 0)
            throw fail(`environments[${at}]`, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(envNames[at])} is listed twice; expected each environment once`);
    }
    const checkEnvRefs = (key, list) => {
        for (const e of list ?? []) {
            if (envNames && !envNames.includes(e))
                throw fail(key, `unknown environment ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(e)}; expected one of ${envNames.join(', ')}`);
            if (!envNames && (0,_environments_js__WEBPACK_IMPORTED_MODULE_7__/* .knownRank */ .UC)(e) === undefined) {
                throw fail(key, `unknown environment ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(e)}; without environments: the known ones are dev, staging, prod (also development, stage, production)`);
            }
        }
    };
    const targetsOf = (key, list) => (list ?? []).map((t, i) => {
        const at = `${key}[${i}]`;
        if ((t.image === undefined) === (t.path === undefined))
            throw fail(at, 'needs exactly one of image (a kustomization images: entry) or path (a YAML path)');
        for (const p of t.file.matchAll(/\{([^}]*)\}/g)) {
            if (!['app', 'env', 'region'].includes(p[1]))
                throw fail(`${at}.file`, `unknown placeholder {${p[1]}}; expected {app}, {env} or {region}`);
        }
        if (t.file.startsWith('/') || t.file.split('/').includes('..'))
            throw fail(`${at}.file`, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(t.file)} must be a path inside the repository (no leading "/", no "..")`);
        if (!(0,_templates_js__WEBPACK_IMPORTED_MODULE_8__/* .placeholders */ .Ft)(t.file).includes('env') && t.env === undefined)
            throw fail(`${at}.file`, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(t.file)} has no {env}; expected {env} in the path, or env: naming the environment it is for`);
        const env = t.env === undefined ? undefined : Array.isArray(t.env) ? t.env : [t.env];
        checkEnvRefs(`${at}.env`, env);
        return { file: t.file, image: t.image, path: t.path, document: t.document, env };
    });
    const targets = targetsOf('targets', raw.targets);
    const apps = {};
    for (const [app, spec] of Object.entries(raw.apps ?? {})) {
        if (!(0,_environments_js__WEBPACK_IMPORTED_MODULE_7__/* .isSafeName */ .TE)(app))
            throw fail(`apps.${app}`, `app name ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(app)} is not allowed; expected letters, digits, ".", "_" and "-"`);
        apps[app] = { targets: targetsOf(`apps.${app}.targets`, spec.targets) };
    }
    if (!targets.length && !Object.keys(apps).length) {
        // A config that only sets policy keeps the zero-config layouts.
        targets.push(...ZERO_CONFIG_TARGETS);
    }
    const policy = { ...DEFAULT_POLICY, ...raw.policy, freeze: [] };
    if (policy.tagPattern !== 'semver') {
        try {
            new RegExp(policy.tagPattern);
        }
        catch (e) {
            throw fail('policy.tagPattern', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(policy.tagPattern)} is not a valid regular expression (${e.message}); expected "semver" or a regex`);
        }
    }
    (raw.policy?.freeze ?? []).forEach((w, i) => {
        const at = `policy.freeze[${i}]`;
        if ((w.cron === undefined) === (w.from === undefined && w.to === undefined))
            throw fail(at, 'needs either cron, or from and to');
        if (w.cron !== undefined) {
            try {
                (0,_policy_cron_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCron */ .E$)(w.cron);
            }
            catch (e) {
                throw fail(`${at}.cron`, e.message);
            }
        }
        else if (w.from === undefined || w.to === undefined) {
            throw fail(at, `needs both from and to (${w.from === undefined ? 'from' : 'to'} is missing); expected ISO dates such as 2026-12-20`);
        }
        else if (Number.isNaN(Date.parse(w.from)) || Number.isNaN(Date.parse(w.to))) {
            throw fail(at, `from ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(String(w.from))} and to ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(String(w.to))} must both be ISO dates such as 2026-12-20 or 2026-12-20T18:00`);
        }
        const timezone = w.timezone ?? 'UTC';
        if (!(0,_policy_cron_js__WEBPACK_IMPORTED_MODULE_2__/* .isValidTimeZone */ .Aq)(timezone))
            throw fail(`${at}.timezone`, `unknown time zone ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(timezone)}; expected an IANA name such as Europe/Berlin`);
        checkEnvRefs(`${at}.envs`, w.envs);
        policy.freeze.push({ ...w, timezone });
    });
    for (const env of Object.keys(raw.health ?? {}))
        checkEnvRefs(`health.${env}`, [env]);
    // wait-healthy's checks and timing: durations, conditions (with the column), URLs, placeholders, keys per type.
    for (const [env, h] of Object.entries(raw.health ?? {}))
        (0,_health_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeHealth */ .U)(h, `health.${env}`, (key, message) => fail(key, message));
    for (const env of Object.keys(raw.drift?.live ?? {}))
        checkEnvRefs(`drift.live.${env}`, [env]);
    return { file, environments, targets, apps, policy, delivery: raw.delivery ?? {}, drift: raw.drift ?? {}, health: raw.health ?? {} };
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

/***/ 7889:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ checkSchema)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
// Validates a parsed YAML node against the subset of JSON Schema that CONFIG_SCHEMA uses, reporting the line
// and key of the first problem, so a config error reads `gitops-promote.yaml:12: policy.freeze[0].cron: …`.

function kindOf(n) {
    if (n === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(n) && (n.value === null || n.value === undefined)))
        return 'null';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(n))
        return 'object';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(n))
        return 'array';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(n))
        return typeof n.value === 'number' ? (Number.isInteger(n.value) ? 'integer' : 'number') : typeof n.value;
    return 'alias';
}
const join = (key, k) => (typeof k === 'number' ? `${key}[${k}]` : key ? `${key}.${k}` : k);
function checkSchema(n, schema, key = '') {
    const fail = (message) => ({ node: n, key: key || '(top level)', message });
    if (schema.oneOf) {
        const branches = schema.oneOf;
        const results = branches.map((b) => checkSchema(n, b, key));
        if (results.some((r) => r === undefined))
            return undefined;
        // Report from the branch whose type fits, which is the one the author meant.
        const fitting = results.find((r, i) => (branches[i]?.type ?? '') === kindOf(n) || (branches[i]?.type === 'number' && kindOf(n) === 'integer'));
        return fitting ?? fail(`expected ${branches.map((b) => String(b.type)).join(' or ')}, got ${kindOf(n)}`);
    }
    const kind = kindOf(n);
    if (schema.type) {
        const ok = schema.type === kind || (schema.type === 'number' && kind === 'integer');
        const article = (w) => (/^[aeiou]/.test(w) ? `an ${w}` : `a ${w}`);
        if (!ok)
            return fail(`expected ${schema.type === 'object' ? 'a mapping' : schema.type === 'array' ? 'a list' : article(String(schema.type))}, got ${kind === 'object' ? 'a mapping' : kind === 'array' ? 'a list' : kind === 'null' ? 'nothing' : `the ${kind} ${JSON.stringify((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(n) ? n.value : '')}`}`);
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(n)) {
        const v = n.value;
        if (schema.enum && !schema.enum.includes(v))
            return fail(`${JSON.stringify(v)} is not one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}`);
        if (typeof v === 'string') {
            if (typeof schema.minLength === 'number' && v.length < schema.minLength)
                return fail('must not be empty');
            if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(v))
                return fail(`${JSON.stringify(v)} does not match ${schema.pattern}`);
        }
        if (typeof v === 'number' && typeof schema.minimum === 'number' && v < schema.minimum)
            return fail(`${v} is below the minimum ${schema.minimum}`);
        if (typeof v === 'number' && typeof schema.maximum === 'number' && v > schema.maximum)
            return fail(`${v} is above the maximum ${schema.maximum}`);
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(n)) {
        if (typeof schema.minItems === 'number' && n.items.length < schema.minItems)
            return fail(`needs at least ${schema.minItems} item(s)`);
        if (schema.items) {
            for (const [i, it] of n.items.entries()) {
                const p = checkSchema(it, schema.items, join(key, i));
                if (p)
                    return p;
            }
        }
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(n)) {
        const props = (schema.properties ?? {});
        const seen = new Set();
        for (const pair of n.items) {
            const k = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : '?';
            const at = join(key, k);
            if (seen.has(k))
                return { node: pair.key, key: at, message: 'appears twice' };
            seen.add(k);
            if (schema.propertyNames) {
                const p = checkSchema(pair.key, schema.propertyNames, at);
                if (p)
                    return { ...p, message: `the name ${p.message}` };
            }
            const sub = props[k] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
            if (!sub) {
                if (schema.additionalProperties === false) {
                    return { node: pair.key, key: at, message: `unknown key; expected one of ${Object.keys(props).join(', ')}` };
                }
                continue;
            }
            const p = checkSchema(pair.value, sub, at);
            if (p)
                return p;
        }
        for (const r of (schema.required ?? []))
            if (!seen.has(r))
                return fail(`missing the required key "${r}"`);
    }
    return undefined;
}


/***/ }),

/***/ 7196:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ft: () => (/* binding */ placeholders),
/* harmony export */   GS: () => (/* binding */ fill),
/* harmony export */   wE: () => (/* binding */ compile)
/* harmony export */ });
// Target file templates: `apps/{app}/overlays/{env}-{region}/kustomization.yaml`. Matching them against the
// repository's file list discovers apps, envs and regions, so 500 apps need not be listed one by one.
const PLACEHOLDER = /\{(app|env|region)\}/g;
function placeholders(template) {
    return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}
/** Fill the placeholders that are bound; unbound ones stay as `{name}`. */
function fill(template, b) {
    return template.replace(PLACEHOLDER, (whole, name) => b[name] ?? whole);
}
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A matcher for a (partly filled) template. A placeholder with `choices` matches only those values (longest
 * first, so env "pre-prod" wins over "pre"); others match one path segment part.
 */
function compile(template, choices = {}) {
    const names = [];
    let re = '^';
    let last = 0;
    for (const m of template.matchAll(PLACEHOLDER)) {
        re += escape(template.slice(last, m.index));
        const name = m[1];
        if (names.includes(name))
            re += `\\k<${name}>`;
        else {
            names.push(name);
            const options = choices[name];
            // Non-greedy so "{env}-{region}" splits "prod-eu-west-1" as prod / eu-west-1.
            re += options ? `(?<${name}>${[...options].sort((a, b) => b.length - a.length).map(escape).join('|')})` : `(?<${name}>[^/]+?)`;
        }
        last = (m.index ?? 0) + m[0].length;
    }
    re += `${escape(template.slice(last))}$`;
    const rx = new RegExp(re);
    return (path) => {
        const m = rx.exec(path);
        if (!m)
            return undefined;
        const out = {};
        for (const n of names)
            out[n] = m.groups?.[n];
        return out;
    };
}


/***/ }),

/***/ 7105:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   l5: () => (/* binding */ policyDuration)
/* harmony export */ });
// Durations as people write them in configs and flags: `500ms`, `5s`, `10m`, `1h30m`, `2h`, `7d`, `2w`, `0`.
// Always a unit (a bare number other than 0 is refused: is `30` seconds or minutes?). Health checks wait at most
// a week (the default cap); policy durations (soak times, how long an env may lag) may be longer.
const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/y;
const WEEK = 7 * 24 * 3_600_000;
/** Milliseconds, or an error message saying what was expected. */
function parseDuration(text, max = WEEK) {
    const s = text.trim();
    const expected = 'expected a duration such as 500ms, 5s, 10m, 1h30m or 7d';
    if (s === '0')
        return 0;
    if (s === '')
        return { error: `is empty; ${expected}` };
    let ms = 0;
    let at = 0;
    PART.lastIndex = 0;
    while (at < s.length) {
        PART.lastIndex = at;
        const m = PART.exec(s);
        if (!m)
            return { error: `${JSON.stringify(text)} is not a duration (at ${JSON.stringify(s.slice(at))}); ${expected}` };
        ms += Number(m[1]) * UNITS[m[2]];
        at = PART.lastIndex;
    }
    if (!Number.isFinite(ms) || ms > max)
        return { error: `${JSON.stringify(text)} is longer than ${max === WEEK ? 'a week' : `${Math.round(max / 86_400_000)} days`}; ${expected}` };
    return Math.round(ms);
}
/** A short human form: 500ms, 5s, 1m30s, 4m, 1h2m. Rounds to whole seconds from 10 s up. */
function formatDuration(ms) {
    if (ms < 0)
        ms = 0;
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 10_000)
        return `${Number((ms / 1000).toFixed(1))}s`;
    let s = Math.round(ms / 1000);
    // From an hour up, seconds are noise: round to minutes.
    if (s >= 3600)
        s = Math.round(s / 60) * 60;
    const h = Math.floor(s / 3600);
    s -= h * 3600;
    const m = Math.floor(s / 60);
    s -= m * 60;
    if (h >= 48)
        return `${Math.floor(h / 24)}d${h % 24 ? `${h % 24}h` : ''}`;
    return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s || (!h && !m) ? `${s}s` : ''}`;
}
/** For policy settings, where a bad value is the caller's to report: throws an Error with the message. */
function policyDuration(text) {
    const d = parseDuration(text, Number.MAX_SAFE_INTEGER);
    if (typeof d !== 'number')
        throw new Error(`duration ${d.error}`);
    return d;
}


/***/ }),

/***/ 9768:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tj: () => (/* reexport */ ExpressionError),
  vs: () => (/* reexport */ compileCondition),
  S4: () => (/* reexport */ judge),
  WU: () => (/* reexport */ show)
});

// UNUSED EXPORTS: EvalError, evaluate, showNumber, tokenize

;// CONCATENATED MODULE: ./.build/core/health/expr/errors.js
// The two ways a condition goes wrong: it is not a condition (found before any request, exit 2), or it cannot be
// evaluated on this result (Argo Rollouts' Error phase).
/** A condition that does not parse or cannot work whatever the result: names the place in the text. */
class ExpressionError extends Error {
    reason;
    offset;
    source;
    constructor(reason, 
    /** 0-based offset into the source. */
    offset, source) {
        const snippet = JSON.stringify(source.slice(offset, offset + 12));
        const near = offset >= source.length ? 'at the end' : `at column ${offset + 1} (${snippet})`;
        super(`${reason} ${near}`);
        this.reason = reason;
        this.offset = offset;
        this.source = source;
        this.name = 'ExpressionError';
    }
}
/**
 * A condition that fails on this result (a missing sample, a list where a number is needed, a type that does not
 * fit). `waitable`: the error comes from how much data the query returned, so a later sample may not have it (Argo
 * Rollouts retries such measurements up to consecutiveErrorLimit); otherwise it is the same for every sample.
 */
class EvalError extends Error {
    waitable;
    constructor(message, waitable) {
        super(message);
        this.waitable = waitable;
        this.name = 'EvalError';
    }
}
/** An error that depends on the amount of data: no sample, an index past the end, several samples for one number. */
const dataError = (message) => new EvalError(message, true);
/** An error that no other sample can fix: a type that does not fit. */
const typeError = (message) => new EvalError(message, false);

;// CONCATENATED MODULE: ./.build/core/health/expr/functions-spec.js
// Which functions a condition may call, how many arguments each takes and what they may be. The functions are
// expr-lang's builtins (docs/language-definition.md) and the ones Argo Rollouts adds in utils/evaluate/evaluate.go
// (asInt, asFloat, isNaN, isInf, isNil, default); bodies are in functions.ts and predicates.ts.
// A number, or a list: a one-sample list stands for its number (see values.ts).
const NUM = ['number', 'list'];
const LIST = ['list'];
const ANY = ['number', 'bool', 'string', 'list', 'nil'];
const pred = (returns, min = 2) => ({ min, max: 2, predicate: 1, args: [LIST, ANY], returns });
const num = (returns, args = NUM) => ({ min: 1, max: 1, args: [args], returns });
const FUNCTIONS = {
    len: num('number', ['list', 'string']),
    all: pred('bool'),
    any: pred('bool'),
    none: pred('bool'),
    one: pred('bool'),
    filter: pred('list'),
    map: pred('list'),
    count: pred('number', 1),
    sum: pred('number', 1),
    find: pred('any'),
    findIndex: pred('number'),
    findLast: pred('any'),
    findLastIndex: pred('number'),
    min: { min: 1, max: Infinity, args: [NUM], returns: 'any' },
    max: { min: 1, max: Infinity, args: [NUM], returns: 'any' },
    mean: { min: 1, max: Infinity, args: [NUM], returns: 'number' },
    median: { min: 1, max: Infinity, args: [NUM], returns: 'number' },
    abs: num('number'),
    ceil: num('number'),
    floor: num('number'),
    round: num('number'),
    int: num('number', ['number', 'string', 'list']),
    float: num('number', ['number', 'string', 'list']),
    first: num('any', LIST),
    last: num('any', LIST),
    isNaN: num('bool'),
    isInf: num('bool'),
    asInt: num('number', ['number', 'string', 'list']),
    asFloat: num('number', ['number', 'string', 'list']),
    isNil: num('bool', ANY),
    default: { min: 2, max: 2, args: [ANY, ANY], returns: 'any' },
};
const LIST_ADVICE = 'use all(), any(), none(), one(), filter(), map(), count(), len(), sum(), mean(), min() or max()';
const TEXT_ADVICE = 'a Prometheus result holds numbers: compare numbers, e.g. result[0] >= 0.95';
/** expr functions that conditions here do not evaluate, with what to write instead. */
const UNSUPPORTED_FUNCTIONS = {
    ...Object.fromEntries(['reduce', 'groupBy', 'sortBy', 'sort', 'uniq', 'concat', 'flatten', 'take', 'reverse', 'get',
        'keys', 'values', 'toPairs', 'fromPairs'].map((f) => [f, LIST_ADVICE])),
    ...Object.fromEntries(['now', 'duration', 'date', 'timezone'].map((f) => [f,
        'times are the query\'s business: put the window in PromQL (rate(x[5m]), offset) and compare the number'])),
    ...Object.fromEntries(['trim', 'trimPrefix', 'trimSuffix', 'upper', 'lower', 'split', 'splitAfter', 'replace',
        'repeat', 'indexOf', 'lastIndexOf', 'hasPrefix', 'hasSuffix', 'join', 'string', 'type', 'toJSON', 'fromJSON',
        'toBase64', 'fromBase64'].map((f) => [f, TEXT_ADVICE])),
    ...Object.fromEntries(['bitand', 'bitor', 'bitxor', 'bitnand', 'bitnot', 'bitshl', 'bitshr', 'bitushr'].map((f) => [f,
        'compute bits in PromQL and compare the number it returns'])),
};

;// CONCATENATED MODULE: ./.build/core/health/expr/check.js


const DESCRIBE = {
    number: 'a number', bool: 'true/false', string: 'a string', list: 'a list', nil: 'nil', any: 'a value',
};
const NUMERIC = ['number', 'list', 'any'];
const ORDINAL = ['first', 'second', 'third', 'fourth'];
/** Can a value of type a ever be compared for equality with one of type b? */
function comparable(a, b) {
    if (a === b || a === 'any' || b === 'any' || a === 'nil' || b === 'nil')
        return true;
    // A one-sample list stands for its number.
    return (a === 'list' && b === 'number') || (a === 'number' && b === 'list');
}
class Checker {
    src;
    constructor(src) {
        this.src = src;
    }
    fail(reason, at) {
        throw new ExpressionError(reason, at, this.src);
    }
    /** The whole condition: it must be able to give true or false. */
    condition(n) {
        const t = this.type(n);
        if (t !== 'bool' && t !== 'any') {
            this.fail(`the condition is ${DESCRIBE[t]}, not true/false; expected a comparison such as result >= 0.95`, 0);
        }
    }
    type(n) {
        switch (n.t) {
            case 'num': return 'number';
            case 'str': return 'string';
            case 'bool': return 'bool';
            case 'nil': return 'nil';
            case 'result':
            case 'it': return 'any';
            case 'array':
                n.items.forEach((i) => this.type(i));
                return 'list';
            case 'member': return this.member(n.target, n.at);
            case 'index': return this.index(n.target, n.index, n.at);
            case 'slice': return this.slice(n);
            case 'predicate': return this.type(n.body);
            case 'call': return this.call(n);
            case 'unary': return this.unary(n);
            case 'binary': return this.binary(n);
            case 'cond': {
                this.want(n.test, ['bool', 'any'], 'the test of ? :');
                const a = this.type(n.then);
                return a === this.type(n.else) ? a : 'any';
            }
        }
    }
    /** Checks that n has one of `ok` (or 'any'), naming `what` in the message. */
    want(n, ok, what) {
        const t = this.type(n);
        if (t !== 'any' && !ok.includes(t)) {
            const allowed = ok.filter((o) => o !== 'any').map((o) => DESCRIBE[o]).join(' or ');
            this.fail(`${what} must be ${allowed}, got ${DESCRIBE[t]}`, n.at);
        }
        return t;
    }
    member(target, at) {
        const t = this.type(target);
        if (t !== 'any' && t !== 'nil')
            this.fail(`${DESCRIBE[t]} has no fields`, at);
        return 'any';
    }
    index(target, index, at) {
        const t = this.type(target);
        if (t === 'number' || t === 'bool' || t === 'nil') {
            this.fail(`${DESCRIBE[t]} cannot be indexed; expected a list such as result`, at);
        }
        this.want(index, ['number', 'string', 'any'], 'an index');
        return 'any';
    }
    slice(n) {
        const t = this.want(n.target, ['list', 'string'], 'what is sliced');
        if (n.from)
            this.want(n.from, NUMERIC, 'a slice bound');
        if (n.to)
            this.want(n.to, NUMERIC, 'a slice bound');
        return t;
    }
    call(n) {
        const spec = FUNCTIONS[n.fn];
        if (!spec)
            return this.fail(`unknown function ${JSON.stringify(n.fn)}`, n.at);
        if (n.args.length < spec.min || n.args.length > spec.max) {
            const range = spec.max === Infinity ? `at least ${spec.min}` : `${spec.min} or ${spec.max}`;
            const want = spec.min === spec.max ? `${spec.min}` : range;
            this.fail(`${n.fn}() takes ${want} argument${want === '1' ? '' : 's'}, got ${n.args.length}`, n.at);
        }
        n.args.forEach((a, i) => {
            const what = `the ${ORDINAL[i] ?? `#${i + 1}`} argument of ${n.fn}()`;
            if (a.t === 'predicate') {
                const filters = !['map', 'sum'].includes(n.fn);
                if (filters)
                    this.want(a.body, ['bool', 'any'], `${what} (a condition on #, e.g. # < 0.05)`);
                else
                    this.type(a.body);
                return;
            }
            this.want(a, [...spec.args[Math.min(i, spec.args.length - 1)], 'any'], what);
        });
        return spec.returns;
    }
    unary(n) {
        if (n.op !== 'not') {
            this.want(n.arg, NUMERIC, `the operand of ${n.op}`);
            return 'number';
        }
        const t = this.type(n.arg);
        if (t !== 'bool' && t !== 'any')
            this.fail(`"not" applies to true/false, got ${DESCRIBE[t]}`, n.at);
        return 'bool';
    }
    binary(n) {
        const { op } = n;
        if (op === '&&' || op === '||') {
            const word = op === '&&' ? 'and' : 'or';
            this.want(n.left, ['bool'], `the left side of ${word} (a condition such as result > 1)`);
            this.want(n.right, ['bool'], `the right side of ${word} (a condition such as result > 1)`);
            return 'bool';
        }
        if (op === '??') {
            this.type(n.left);
            this.type(n.right);
            return 'any';
        }
        const l = this.type(n.left);
        const r = this.type(n.right);
        if (n.left.t === 'unary' && n.left.op === 'not' && !(['==', '!='].includes(op) && ['bool', 'any'].includes(r))) {
            // expr binds `not` tighter than comparisons: `not result > 1` is `(not result) > 1`.
            const why = `so not a ${op} b is (not a) ${op} b; write not (a ${op} b)`;
            this.fail(`"not" binds tighter than ${op}, ${why}`, n.left.at);
        }
        return this.operands(op, l, r, n.at);
    }
    operands(op, l, r, at) {
        const bad = () => this.fail(`${op} does not apply to ${DESCRIBE[l]} and ${DESCRIBE[r]}`, at);
        const num = (t) => NUMERIC.includes(t);
        const str = (t) => t === 'string' || t === 'any';
        switch (op) {
            case '==':
            case '!=':
                if (!comparable(l, r))
                    this.fail(`${op} compares ${DESCRIBE[l]} with ${DESCRIBE[r]}: they are never equal`, at);
                return 'bool';
            case '<':
            case '>':
            case '<=':
            case '>=':
                return (num(l) && num(r)) || (str(l) && str(r)) ? 'bool' : bad();
            case 'in':
                return ['list', 'string', 'any'].includes(r) ? 'bool' : bad();
            case 'contains':
            case 'startsWith':
            case 'endsWith':
                return str(l) && str(r) ? 'bool' : bad();
            case '..':
                return num(l) && num(r) ? 'list' : bad();
            case '+':
                if (l === 'string' && r === 'string')
                    return 'string';
                if (num(l) && num(r))
                    return l === 'any' || r === 'any' ? 'any' : 'number';
                return (l === 'any' && str(r)) || (r === 'any' && str(l)) ? 'any' : bad();
            default:
                return num(l) && num(r) ? 'number' : bad();
        }
    }
}

;// CONCATENATED MODULE: ./.build/core/health/expr/values.js
// Values at evaluation time, and the conversions between them. Numbers follow Go's float64 as Argo Rollouts
// evaluates them: NaN compares false with everything (and != true), +Inf is larger than every number.

function kindOf(v) {
    if (v === null)
        return 'nil';
    if (Array.isArray(v))
        return 'list';
    return typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'bool' : 'string';
}
const A = {
    number: 'a number', bool: 'true/false', string: 'a string', nil: 'nil', list: 'a list',
};
/** "a number (0.97)", "a list of 3 samples": for messages. */
function describe(v) {
    if (Array.isArray(v))
        return v.length === 1 ? 'a list of 1 sample' : `a list of ${v.length} samples`;
    return v === null ? 'nil' : `${A[kindOf(v)]} (${show(v)})`;
}
/** A number as Prometheus writes it (NaN, +Inf, -Inf), at most 6 significant digits. */
function showNumber(n) {
    if (Number.isNaN(n))
        return 'NaN';
    if (!Number.isFinite(n))
        return n > 0 ? '+Inf' : '-Inf';
    return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(6)));
}
/** A value for a log line: lists show their first few items. */
function show(v, items = 5) {
    if (v === null)
        return 'nil';
    if (typeof v === 'number')
        return showNumber(v);
    if (typeof v === 'string')
        return JSON.stringify(v);
    if (typeof v === 'boolean')
        return String(v);
    const shown = v.slice(0, items).map((x) => show(x, items));
    return `[${shown.join(', ')}${v.length > items ? ', …' : ''}]`;
}
/**
 * v where a number is needed. A list of exactly one number stands for that number: a comparison such as
 * `result >= 0.95` on a one-sample vector means what it meant before expr compatibility (Argo Rollouts refuses
 * it). An empty list or several samples depend on the data (waitable); other kinds never fit.
 */
function toNumber(v, what) {
    if (typeof v === 'number')
        return v;
    if (Array.isArray(v)) {
        if (v.length === 1 && typeof v[0] === 'number')
            return v[0];
        if (v.length === 0) {
            const advice = 'write len(result) > 0 && result[0] >= …, or default(result, 0)';
            throw dataError(`${what} is empty where a number is needed (no data); ${advice}`);
        }
        if (v.every((x) => typeof x === 'number')) {
            const advice = 'write all(result, # >= …) for every sample, or result[0] for the first';
            throw dataError(`${what} holds ${v.length} samples where one number is needed; ${advice}`);
        }
    }
    if (v === null) {
        const why = '(max(), first() or find() of no data); write default(…, 0)';
        throw dataError(`${what} is nil where a number is needed ${why}`);
    }
    throw typeError(`${what} must be a number, got ${describe(v)}`);
}
/** Go's int64(f) for a float: truncation toward zero; NaN and ±Inf give the smallest int64, as on amd64. */
const truncate = (n) => (Number.isFinite(n) ? Math.trunc(n) : -9223372036854775808);
const SIDES = ['the left side of ==', 'the right side of =='];
/**
 * == as Argo Rollouts evaluates it with a typed result: same kinds compare, nil compares with anything (equal only
 * to nil), a one-sample list compares as its number, and different kinds are an error (expr: "mismatched types").
 * `names`: how the two sides are named in messages.
 */
function equal(a, b, names = SIDES) {
    const ka = kindOf(a);
    const kb = kindOf(b);
    if (ka === 'nil' || kb === 'nil')
        return ka === kb;
    if (ka === 'list' && kb === 'list') {
        const la = a;
        const lb = b;
        return la.length === lb.length && la.every((x, i) => equal(x, lb[i], names));
    }
    if ((ka === 'list' && kb === 'number') || (ka === 'number' && kb === 'list')) {
        return toNumber(a, names[0]) === toNumber(b, names[1]);
    }
    if (ka !== kb)
        throw typeError(`== compares ${describe(a)} with ${describe(b)}: mismatched types`);
    return a === b;
}
/** Parses a number the way Go's strconv.ParseFloat does for the forms metrics use. */
function parseNumber(s, fn) {
    const t = s.trim();
    if (/^[+-]?(inf|infinity)$/i.test(t))
        return t.startsWith('-') ? -Infinity : Infinity;
    if (/^nan$/i.test(t))
        return Number.NaN;
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t))
        return Number(t);
    throw typeError(`${fn}(${JSON.stringify(s)}): not a number`);
}

;// CONCATENATED MODULE: ./.build/core/health/expr/functions.js
// The bodies of the functions that take values (the predicate ones are in predicates.ts): expr-lang's builtins
// (builtin/builtin.go, builtin/lib.go) and Argo Rollouts' own (utils/evaluate/evaluate.go).


const arg0 = (args) => args[0];
const number = (args, name) => toNumber(arg0(args), `the argument of ${name}()`);
/** The numbers of min/max/mean/median arguments: numbers and (nested) lists of numbers, flattened. */
function numbers(args, name) {
    const out = [];
    const add = (v) => {
        if (Array.isArray(v))
            v.forEach(add);
        else if (typeof v === 'number')
            out.push(v);
        else
            throw typeError(`${name}() takes numbers and lists of numbers, got ${describe(v)}`);
    };
    args.forEach(add);
    return out;
}
/** expr's minMax: the first value wins unless a later one is strictly better, so NaN behaves as in Go. */
function extreme(args, name) {
    let best = null;
    for (const n of numbers(args, name))
        if (best === null || (name === 'max' ? best < n : best > n))
            best = n;
    return best;
}
function median(args, name) {
    const v = numbers(args, name).sort((a, b) => a - b);
    if (!v.length)
        return 0;
    const mid = Math.floor(v.length / 2);
    return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
function len(args) {
    const v = arg0(args);
    if (Array.isArray(v))
        return v.length;
    if (typeof v === 'string')
        return [...v].length;
    const scalar = typeof v === 'number' ? ' (the query returned a scalar: compare result directly)' : '';
    throw typeError(`len() takes a list or a string, got ${describe(v)}${scalar}`);
}
function asInt(args, name) {
    const v = arg0(args);
    if (typeof v === 'string') {
        if (/^[+-]?\d+$/.test(v.trim()))
            return Number.parseInt(v, 10);
        throw typeError(`${name}(${JSON.stringify(v)}): not a whole number; write asFloat() for decimals`);
    }
    return truncate(toNumber(v, `the argument of ${name}()`));
}
function asFloat(args, name) {
    const v = arg0(args);
    return typeof v === 'string' ? parseNumber(v, name) : toNumber(v, `the argument of ${name}()`);
}
function functions_element(args, name) {
    const v = arg0(args);
    if (!Array.isArray(v))
        throw typeError(`${name}() takes a list, got ${describe(v)}`);
    return (name === 'first' ? v[0] : v[v.length - 1]) ?? null;
}
/** Go's math.Round: halves away from zero (JavaScript's Math.round rounds -2.5 to -2). */
const goRound = (n) => Math.sign(n) * Math.round(Math.abs(n));
const BUILTINS = {
    len,
    min: extreme,
    max: extreme,
    mean: (args, name) => {
        const v = numbers(args, name);
        return v.length ? v.reduce((a, b) => a + b, 0) / v.length : 0;
    },
    median,
    abs: (args, name) => Math.abs(number(args, name)),
    ceil: (args, name) => Math.ceil(number(args, name)),
    floor: (args, name) => Math.floor(number(args, name)),
    round: (args, name) => goRound(number(args, name)),
    int: asInt,
    float: asFloat,
    first: functions_element,
    last: functions_element,
    isNaN: (args, name) => Number.isNaN(number(args, name)),
    isInf: (args, name) => {
        const n = number(args, name);
        return n === Infinity || n === -Infinity;
    },
    asInt,
    asFloat,
    // Argo Rollouts' isNil looks at the whole result; a Prometheus result is never nil, so an empty one counts.
    isNil: (args) => arg0(args) === null || (Array.isArray(arg0(args)) && arg0(args).length === 0),
};

;// CONCATENATED MODULE: ./.build/core/health/expr/predicates.js
// all/any/none/one/filter/map/count/sum/find… with a predicate on `#`, as expr-lang defines them
// (docs/language-definition.md): all() and none() of an empty list are true, any() and one() false.


function truth(v, name) {
    if (typeof v !== 'boolean')
        throw typeError(`the predicate of ${name}() must give true/false, got ${describe(v)}`);
    return v;
}
function list(v, name) {
    if (Array.isArray(v))
        return v;
    const scalar = typeof v === 'number' ? '; the query returned a scalar: compare result directly' : '';
    throw typeError(`${name}() takes a list, got ${describe(v)}${scalar}`);
}
function countOf(items, test, name) {
    return items.filter((x) => truth(test ? test(x) : x, name)).length;
}
function sumOf(items, test, name) {
    return items.reduce((acc, x) => acc + toNumber(test ? test(x) : x, `an element in ${name}()`), 0);
}
function findIn(items, test, name) {
    const last = name.startsWith('findLast');
    const order = last ? [...items.keys()].reverse() : [...items.keys()];
    const i = order.find((k) => truth(test(items[k]), name));
    if (name.endsWith('Index'))
        return i ?? -1;
    return i === undefined ? null : items[i];
}
/** Calls the predicate function `name` on the list v; `test` is undefined for count(list) and sum(list). */
function callPredicate(name, v, test) {
    const items = list(v, name);
    const t = test;
    switch (name) {
        case 'all': return items.every((x) => truth(t(x), name));
        case 'any': return items.some((x) => truth(t(x), name));
        case 'none': return !items.some((x) => truth(t(x), name));
        case 'one': return countOf(items, t, name) === 1;
        case 'filter': return items.filter((x) => truth(t(x), name));
        case 'map': return items.map((x) => t(x));
        case 'count': return countOf(items, test, name);
        case 'sum': return sumOf(items, test, name);
        default: return findIn(items, t, name);
    }
}

;// CONCATENATED MODULE: ./.build/core/health/expr/evaluate.js




/** The longest list `a..b` may build: a condition never needs more, and memory stays bounded. */
const MAX_RANGE = 100_000;
/** How a node is named in messages: `result`, `result[0]`, `max(…)`, else "the value". */
function label(n) {
    if (n.t === 'result')
        return 'result';
    if (n.t === 'it')
        return '#';
    if (n.t === 'index' && n.index.t === 'num')
        return `${label(n.target)}[${n.index.value}]`;
    if (n.t === 'call')
        return `${n.fn}(…)`;
    return 'the value';
}
function evalNode(n, s) {
    switch (n.t) {
        case 'num':
        case 'str':
        case 'bool': return n.value;
        case 'nil': return null;
        case 'result': return s.result;
        case 'it': return s.it ?? null;
        case 'array': return n.items.map((i) => evalNode(i, s));
        case 'member': return member(n, evalNode(n.target, s));
        case 'index': return index(n, evalNode(n.target, s), evalNode(n.index, s));
        case 'slice': return slice(n, s);
        case 'predicate': return evalNode(n.body, s);
        case 'call': return call(n, s);
        case 'unary': return unary(n, evalNode(n.arg, s));
        case 'binary': return binary(n, s);
        case 'cond': return evaluate_truth(evalNode(n.test, s), 'the test of ? :') ? evalNode(n.then, s) : evalNode(n.else, s);
    }
}
function evaluate_truth(v, what) {
    if (typeof v !== 'boolean')
        throw typeError(`${what} must be true/false, got ${describe(v)}`);
    return v;
}
function member(n, target) {
    if (target === null) {
        if (n.optional)
            return null;
        throw dataError(`${label(n.target)} is nil, so it has no field ${n.name}`);
    }
    const advice = 'a Prometheus result is a number or a list of numbers, write result or result[0]';
    throw typeError(`${label(n.target)}.${n.name}: ${describe(target)} has no fields; ${advice}`);
}
function index(n, target, at) {
    const what = label(n.target);
    if (target === null) {
        if (n.optional)
            return null;
        throw dataError(`${what} is nil, so it has no item ${show(at)}`);
    }
    if (typeof target === 'number') {
        const advice = `write ${what}, not ${what}[${show(at)}]`;
        throw typeError(`${what} is a number (the query returned a scalar), it has no items; ${advice}`);
    }
    if (!Array.isArray(target) && typeof target !== 'string')
        throw typeError(`${describe(target)} cannot be indexed`);
    if (typeof at !== 'number') {
        throw typeError(`${what}[${show(at)}]: an index must be a number such as 0, got ${describe(at)}`);
    }
    const items = typeof target === 'string' ? [...target] : target;
    const i = truncate(at) < 0 ? items.length + truncate(at) : truncate(at);
    if (i < 0 || i >= items.length) {
        const count = `${items.length} ${what === 'result' ? 'sample' : 'item'}${items.length === 1 ? '' : 's'}`;
        const returned = items.length ? `the query returned ${count}` : 'the query returned no data';
        const had = what === 'result' ? returned : `${what} has ${count}`;
        throw dataError(`${what}[${show(at)}] does not exist: ${had}`);
    }
    return items[i];
}
function slice(n, s) {
    const target = evalNode(n.target, s);
    if (!Array.isArray(target) && typeof target !== 'string') {
        throw typeError(`${describe(target)} cannot be sliced; expected a list`);
    }
    const items = typeof target === 'string' ? [...target] : target;
    const bound = (b, dflt) => {
        if (!b)
            return dflt;
        const v = truncate(toNumber(evalNode(b, s), 'a slice bound'));
        return Math.min(Math.max(v < 0 ? items.length + v : v, 0), items.length);
    };
    const out = items.slice(bound(n.from, 0), bound(n.to, items.length));
    return typeof target === 'string' ? out.join('') : out;
}
function call(n, s) {
    if (n.fn === 'default')
        return defaultOf(n, s);
    const pred = n.args.find((a) => a.t === 'predicate');
    if (pred || n.fn === 'count' || n.fn === 'sum') {
        // count(list) and sum(list) take no predicate: test stays undefined.
        const test = pred && ((x) => evalNode(pred, { result: s.result, it: x }));
        return callPredicate(n.fn, evalNode(n.args[0], s), test);
    }
    const fn = BUILTINS[n.fn];
    if (!fn)
        throw typeError(`${n.fn}() cannot be evaluated`);
    return fn(n.args.map((a) => evalNode(a, s)), n.fn);
}
/**
 * default(v, d): d when v is nil, as in Argo Rollouts. A Prometheus result is never nil, so no data counts as nil
 * here: an empty list, or a first argument that fails for want of data (default(result[0], 0) on no samples).
 */
function defaultOf(n, s) {
    const [v, d] = n.args;
    let value;
    try {
        value = evalNode(v, s);
    }
    catch (e) {
        if (e instanceof EvalError && e.waitable)
            return evalNode(d, s);
        throw e;
    }
    return value === null || (Array.isArray(value) && value.length === 0) ? evalNode(d, s) : value;
}
function unary(n, v) {
    if (n.op === 'not')
        return !evaluate_truth(v, 'the operand of not');
    const x = toNumber(v, label(n.arg));
    return n.op === '-' ? -x : x;
}
function binary(n, s) {
    const { op } = n;
    if (op === '&&' || op === '||') {
        const word = op === '&&' ? 'and' : 'or';
        const l = evaluate_truth(evalNode(n.left, s), `the left side of ${word}`);
        if (l === (op === '||'))
            return l;
        return evaluate_truth(evalNode(n.right, s), `the right side of ${word}`);
    }
    const l = evalNode(n.left, s);
    if (op === '??')
        return l === null ? evalNode(n.right, s) : l;
    const r = evalNode(n.right, s);
    if (op === '==' || op === '!=')
        return equal(l, r, [label(n.left), label(n.right)]) === (op === '==');
    if (op === 'in')
        return membership(n, l, r);
    if (op === 'contains' || op === 'startsWith' || op === 'endsWith')
        return evaluate_text(op, l, r);
    if (typeof l === 'string' && typeof r === 'string')
        return strings(op, l, r);
    return evaluate_numbers(op, toNumber(l, label(n.left)), toNumber(r, label(n.right)));
}
function membership(n, l, r) {
    if (Array.isArray(r))
        return r.some((x) => kindOf(x) === kindOf(l) && equal(l, x));
    if (typeof r === 'string' && typeof l === 'string')
        return r.includes(l);
    if (r === null)
        throw dataError(`${label(n.right)} is nil, so nothing is in it`);
    const scalar = typeof r === 'number' ? ' (the query returned a scalar): write result == …' : '';
    throw typeError(`"in" needs a list on its right, got ${describe(r)}${scalar}`);
}
function evaluate_text(op, l, r) {
    if (typeof l !== 'string' || typeof r !== 'string') {
        throw typeError(`${op} takes two strings, got ${describe(l)} and ${describe(r)}`);
    }
    return op === 'contains' ? l.includes(r) : op === 'startsWith' ? l.startsWith(r) : l.endsWith(r);
}
function strings(op, l, r) {
    switch (op) {
        case '+': return l + r;
        case '<': return l < r;
        case '>': return l > r;
        case '<=': return l <= r;
        case '>=': return l >= r;
        default: throw typeError(`${op} does not apply to strings`);
    }
}
function evaluate_numbers(op, l, r) {
    switch (op) {
        case '<': return l < r;
        case '>': return l > r;
        case '<=': return l <= r;
        case '>=': return l >= r;
        case '+': return l + r;
        case '-': return l - r;
        case '*': return l * r;
        case '/': return l / r;
        case '**': return l ** r;
        case '%':
            if (!Number.isInteger(l) || !Number.isInteger(r)) {
                throw typeError(`% takes whole numbers, got ${show(l)} and ${show(r)}`);
            }
            if (r === 0)
                throw typeError('% by zero');
            return l % r;
        default: return range(l, r);
    }
}
function range(from, to) {
    if (!Number.isInteger(from) || !Number.isInteger(to)) {
        throw typeError(`.. takes whole numbers, got ${show(from)} and ${show(to)}`);
    }
    if (to - from >= MAX_RANGE)
        throw typeError(`${from}..${to} has more than ${MAX_RANGE} numbers`);
    return to < from ? [] : Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

;// CONCATENATED MODULE: ./.build/core/health/expr/tokenize.js
// The tokenizer of the condition language: expr-lang's tokens (github.com/expr-lang/expr, parser/lexer), as
// Argo Rollouts uses them. Comments (// and /* */) are skipped as expr skips them.

/** Words that are operators in expr, not names. */
const WORD_OPS = new Set([
    'not', 'in', 'and', 'or', 'matches', 'contains', 'startsWith', 'endsWith', 'let', 'if', 'else',
]);
// Longest first, so "**" wins over "*" and "?." over "?".
const OPS = ['**', '==', '!=', '<=', '>=', '&&', '||', '..', '?.', '??', '::', '<', '>', '!', '+', '-', '*', '/', '%',
    '^', '(', ')', '[', ']', '{', '}', ',', '.', '#', '?', ':', ';', '|', '='];
// Hexadecimal, octal, binary, or decimal (a `.` followed by another is the range operator, as in 1..3).
const NUMBER = new RegExp('^(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|' +
    '(?:\\d[\\d_]*(?:\\.(?!\\.)[\\d_]*)?|\\.\\d[\\d_]*)(?:[eE][+-]?\\d[\\d_]*)?)');
const NAME = /^[A-Za-z_$][A-Za-z0-9_$]*/;
const ESCAPES = {
    n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', a: '\x07', '\\': '\\', "'": "'", '"': '"', '`': '`',
};
function numberValue(text) {
    const t = text.replace(/_/g, '');
    const base = { x: 16, o: 8, b: 2 }[t[1]?.toLowerCase()];
    if (/^0[xob]/i.test(t))
        return Number.parseInt(t.slice(2), base);
    return Number(t);
}
/** A quoted string from `at` (the quote); returns its value and where it ends. */
function readString(src, at) {
    const q = src[at];
    let value = '';
    let i = at + 1;
    while (i < src.length && src[i] !== q) {
        if (src[i] !== '\\' || q === '`') {
            value += src[i++];
            continue;
        }
        const e = src[i + 1] ?? '';
        const digits = e === 'u' ? 4 : e === 'x' ? 2 : 0;
        const hex = digits ? new RegExp(`^[0-9a-fA-F]{${digits}}`).exec(src.slice(i + 2)) : null;
        if (hex) {
            value += String.fromCharCode(Number.parseInt(hex[0], 16));
            i += 2 + hex[0].length;
        }
        else if (ESCAPES[e] !== undefined) {
            value += ESCAPES[e];
            i += 2;
        }
        else {
            const why = `unknown escape "\\${e}" in a string; expected \\n, \\t, \\\\, \\${q} or \\uXXXX`;
            throw new ExpressionError(why, i, src);
        }
    }
    if (i >= src.length)
        throw new ExpressionError(`the string is not closed; expected a closing ${q}`, at, src);
    return { value, end: i + 1 };
}
/** Skips blanks and comments from i; returns the next position. */
function skipBlank(src, i) {
    for (;;) {
        if (/\s/.test(src[i] ?? ''))
            i++;
        else if (src.startsWith('//', i))
            i = src.includes('\n', i) ? src.indexOf('\n', i) + 1 : src.length;
        else if (src.startsWith('/*', i)) {
            const end = src.indexOf('*/', i + 2);
            if (end < 0)
                throw new ExpressionError('the comment is not closed; expected */', i, src);
            i = end + 2;
        }
        else
            return i;
    }
}
/** The token at i and where it ends. */
function nextToken(src, i) {
    const rest = src.slice(i);
    const num = NUMBER.exec(rest);
    if (num) {
        if (/^[A-Za-z0-9_$.]/.test(rest.slice(num[0].length)) && !rest.slice(num[0].length).startsWith('..')) {
            const bad = JSON.stringify(rest.match(/^[A-Za-z0-9_$.]+/)?.[0]);
            throw new ExpressionError(`bad number ${bad}; expected digits such as 0.95 or 1e-3`, i, src);
        }
        return { tok: { kind: 'num', text: num[0], at: i, num: numberValue(num[0]) }, end: i + num[0].length };
    }
    const name = NAME.exec(rest);
    if (name) {
        return { tok: { kind: WORD_OPS.has(name[0]) ? 'op' : 'name', text: name[0], at: i }, end: i + name[0].length };
    }
    const c = src[i];
    if (c === '"' || c === "'" || c === '`') {
        const s = readString(src, i);
        return { tok: { kind: 'str', text: s.value, at: i }, end: s.end };
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (op)
        return { tok: { kind: 'op', text: op, at: i }, end: i + op.length };
    if (c === '&')
        throw new ExpressionError('"&" alone is not an operator; expected "&&" (or and)', i, src);
    throw new ExpressionError(`unexpected character ${JSON.stringify(c)}`, i, src);
}
function tokenize(src) {
    const out = [];
    let i = skipBlank(src, 0);
    while (i < src.length) {
        const { tok, end } = nextToken(src, i);
        out.push(tok);
        i = skipBlank(src, end);
    }
    out.push({ kind: 'end', text: '', at: src.length });
    return out;
}

;// CONCATENATED MODULE: ./.build/core/health/expr/parser.js



/** expr's binary operators: precedence, and whether the right side binds at the same level (right-associative). */
const BINARY = {
    or: { prec: 10, op: '||' }, '||': { prec: 10, op: '||' },
    and: { prec: 15, op: '&&' }, '&&': { prec: 15, op: '&&' },
    '==': { prec: 20, op: '==' }, '!=': { prec: 20, op: '!=' }, '<': { prec: 20, op: '<' }, '>': { prec: 20, op: '>' },
    '<=': { prec: 20, op: '<=' }, '>=': { prec: 20, op: '>=' }, in: { prec: 20, op: 'in' },
    contains: { prec: 20, op: 'contains' }, startsWith: { prec: 20, op: 'startsWith' },
    endsWith: { prec: 20, op: 'endsWith' },
    '..': { prec: 25, op: '..' }, '+': { prec: 30, op: '+' }, '-': { prec: 30, op: '-' },
    '*': { prec: 60, op: '*' }, '/': { prec: 60, op: '/' }, '%': { prec: 60, op: '%' },
    '**': { prec: 100, right: true, op: '**' }, '^': { prec: 100, right: true, op: '**' }, '??': { prec: 500, op: '??' },
};
const UNARY = {
    not: { prec: 50, op: 'not' }, '!': { prec: 50, op: 'not' }, '-': { prec: 90, op: '-' }, '+': { prec: 90, op: '+' },
};
const CHAINED = new Set(['<', '>', '<=', '>=']);
const NEGATABLE = new Set(['in', 'contains', 'startsWith', 'endsWith', 'matches']);
/** Deeper nesting than this is refused, so a hostile or generated condition cannot exhaust the stack. */
const MAX_NESTING = 64;
const MAX_LENGTH = 4096;
const UNSUPPORTED_WORDS = {
    let: 'variables (let) are not supported; write the expression where the variable is used',
    if: 'if/else is not supported; write test ? a : b',
    else: 'if/else is not supported; write test ? a : b',
    matches: 'regular expressions (matches) are not supported; a Prometheus result holds numbers: compare numbers',
    ';': 'sequences (;) are not supported; write one expression',
    '=': '"=" is not an operator; expected "==" to compare',
    '::': 'expr\'s :: calls are not supported; call the function by its name',
    '{': 'map literals are not supported; a Prometheus result is a number or a list of numbers',
};
class Parser {
    src;
    i = 0;
    toks;
    /** How many predicates we are inside: `#` and `.name` mean the current element only there. */
    predicates = 0;
    nesting = 0;
    constructor(src) {
        this.src = src;
        if (src.length > MAX_LENGTH) {
            const why = `the condition is ${src.length} characters long; expected at most ${MAX_LENGTH}`;
            throw new ExpressionError(why, 0, src);
        }
        this.toks = tokenize(src);
    }
    peek(ahead = 0) {
        return this.toks[Math.min(this.i + ahead, this.toks.length - 1)];
    }
    take() {
        return this.toks[this.i++];
    }
    is(text, t = this.peek()) {
        return t.kind === 'op' && t.text === text;
    }
    fail(reason, t = this.peek()) {
        throw new ExpressionError(reason, t.at, this.src);
    }
    expect(text, what) {
        if (!this.is(text)) {
            this.fail(this.peek().kind === 'end' ? `the condition ends too early; expected ${what}` : `expected ${what}`);
        }
        return this.take();
    }
    refuseUnsupported(t = this.peek()) {
        const why = t.kind === 'op' || t.kind === 'name' ? UNSUPPORTED_WORDS[t.text] : undefined;
        if (why)
            this.fail(why, t);
    }
    parse() {
        if (this.peek().kind === 'end')
            this.fail('the condition is empty; expected something like result[0] >= 0.95');
        this.refuseUnsupported();
        const n = this.expression(0);
        const t = this.peek();
        if (t.kind !== 'end') {
            this.refuseUnsupported(t);
            this.fail(`unexpected ${JSON.stringify(t.text)}; expected an operator or the end`);
        }
        return n;
    }
    /** Precedence climbing as expr's parseExpression: binary operators at `prec` or tighter. */
    expression(prec) {
        if (++this.nesting > MAX_NESTING)
            this.fail(`the condition nests more than ${MAX_NESTING} levels deep`);
        let left = this.primary();
        for (;;) {
            if (this.is('|') && prec === 0) {
                // expr's pipe: `result | len()` is len(result).
                this.take();
                const fn = this.peek().kind === 'name' ? this.take() : this.fail('expected a function name after "|"');
                left = this.call(fn, [left]);
                continue;
            }
            const negated = this.is('not') && NEGATABLE.has(this.peek(1).text) && this.peek(1).kind === 'op';
            const t = this.peek(negated ? 1 : 0);
            if (t.text === 'matches' && t.kind === 'op')
                this.refuseUnsupported(t);
            const b = t.kind === 'op' ? BINARY[t.text] : undefined;
            if (!b || b.prec < prec)
                break;
            if (negated)
                this.take();
            this.take();
            left = this.binary(left, t, b, negated);
        }
        if (prec === 0)
            left = this.conditional(left);
        this.nesting--;
        return left;
    }
    binary(left, t, b, negated) {
        if (CHAINED.has(b.op))
            return this.comparison(left, t, b.prec);
        const right = this.expression(b.right ? b.prec : b.prec + 1);
        const n = { t: 'binary', op: b.op, left, right, at: t.at };
        return negated ? { t: 'unary', op: 'not', arg: n, at: t.at } : n;
    }
    /** `a < b <= c` is `a < b && b <= c`, as in expr. */
    comparison(left, t, prec) {
        let root;
        for (;;) {
            const right = this.expression(prec + 1);
            const cmp = { t: 'binary', op: BINARY[t.text]?.op, left, right, at: t.at };
            root = root ? { t: 'binary', op: '&&', left: root, right: cmp, at: t.at } : cmp;
            left = right;
            if (!(this.peek().kind === 'op' && CHAINED.has(this.peek().text)))
                return root;
            t = this.take();
        }
    }
    /** `test ? a : b`, and expr's `a ?: b`. */
    conditional(test) {
        while (this.is('?')) {
            const q = this.take();
            if (this.is(':')) {
                this.take();
                test = { t: 'cond', test, then: test, else: this.expression(0), at: q.at };
                continue;
            }
            const then = this.expression(0);
            this.expect(':', '":" of test ? a : b');
            test = { t: 'cond', test, then, else: this.expression(0), at: q.at };
        }
        return test;
    }
    primary() {
        const t = this.peek();
        const u = t.kind === 'op' ? UNARY[t.text] : undefined;
        if (u) {
            this.take();
            return this.postfix({ t: 'unary', op: u.op, arg: this.expression(u.prec), at: t.at });
        }
        if (this.is('(')) {
            this.take();
            const n = this.expression(0);
            this.refuseUnsupported();
            this.expect(')', '")" to close "("');
            return this.postfix(n);
        }
        if (this.is('#') || (this.is('.') && this.peek(1).kind === 'name'))
            return this.pointer(t);
        return this.postfix(this.secondary());
    }
    /** `#` (the current element) and `.name` (its field) inside a predicate. */
    pointer(t) {
        if (!this.predicates) {
            this.fail(this.is('#') ? '"#" is the current element inside all(), any(), filter() and the like; write result'
                : 'a field without a value before it; expected something like result[0]', t);
        }
        if (this.is('#')) {
            this.take();
            const n = this.peek();
            if (n.kind === 'name' && n.at === t.at + 1) {
                this.fail(`"#${n.text}" is not supported; expected # alone, the current element`, t);
            }
        }
        return this.postfix({ t: 'it', at: t.at });
    }
    secondary() {
        const t = this.take();
        if (t.kind === 'num')
            return { t: 'num', value: t.num, at: t.at };
        if (t.kind === 'str')
            return { t: 'str', value: t.text, at: t.at };
        if (t.kind === 'name')
            return this.name(t);
        if (this.is('[', t))
            return this.array(t);
        this.refuseUnsupported(t);
        if (t.kind === 'end')
            this.fail('the condition ends too early; expected a number, result, a function or "("', t);
        return this.fail(`unexpected ${JSON.stringify(t.text)}; expected a number, result, a function or "("`, t);
    }
    name(t) {
        if (t.text === 'true' || t.text === 'false')
            return { t: 'bool', value: t.text === 'true', at: t.at };
        if (t.text === 'nil')
            return { t: 'nil', at: t.at };
        if (this.is('('))
            return this.call(t, []);
        if (t.text === 'result')
            return { t: 'result', at: t.at };
        // Conditions written for this tool before expr compatibility named the element of all()/any() `x`.
        if (t.text === 'x' && this.predicates)
            return { t: 'it', at: t.at };
        if (t.text === '$env')
            this.fail('$env is not supported; the only variable is result', t);
        const hint = /^results?$/i.test(t.text) || /^res/i.test(t.text) ? 'did you mean result? ' : '';
        const expected = 'expected result, a number, a string, true, false, nil or a function call';
        return this.fail(`unknown name ${JSON.stringify(t.text)}; ${hint}${expected}`, t);
    }
    array(open) {
        const items = [];
        while (!this.is(']')) {
            if (items.length)
                this.expect(',', '"," or "]" in the list');
            if (this.is(']'))
                break;
            items.push(this.expression(0));
        }
        this.take();
        return { t: 'array', items, at: open.at };
    }
    /** A function call; `leading` holds the left side of a pipe (`result | len()`). */
    call(name, leading) {
        const spec = FUNCTIONS[name.text];
        if (!spec) {
            const advice = UNSUPPORTED_FUNCTIONS[name.text];
            if (advice)
                this.fail(`${name.text}() is not supported in conditions; ${advice}`, name);
            const known = Object.keys(FUNCTIONS).join(', ');
            this.fail(`unknown function ${JSON.stringify(name.text)}; expected one of ${known}`, name);
        }
        this.expect('(', `"(" after ${name.text}`);
        const args = [...leading];
        while (!this.is(')')) {
            if (args.length > leading.length)
                this.expect(',', `"," or ")" in the call of ${name.text}`);
            if (this.is(')'))
                break;
            args.push(args.length === spec.predicate ? this.predicate() : this.expression(0));
        }
        this.take();
        return { t: 'call', fn: name.text, args, at: name.at };
    }
    /** A predicate: `# > 1` or `{# > 1}`, with `#` in scope. */
    predicate() {
        const open = this.peek();
        const braces = this.is('{');
        if (braces)
            this.take();
        this.predicates++;
        const body = this.expression(0);
        this.predicates--;
        if (braces) {
            this.refuseUnsupported();
            this.expect('}', '"}" to close the predicate');
        }
        return { t: 'predicate', body, at: open.at };
    }
    postfix(n) {
        for (;;) {
            if (this.is('.') || this.is('?.'))
                n = this.member(n);
            else if (this.is('['))
                n = this.bracket(n, false);
            else
                return n;
            if (this.is('('))
                this.fail('method calls are not supported; call a function, e.g. len(result)');
        }
    }
    member(target) {
        const dot = this.take();
        const optional = dot.text === '?.';
        if (optional && this.is('['))
            return this.bracket(target, true);
        const name = this.take();
        const word = name.kind === 'name' || (name.kind === 'op' && /^[A-Za-z]/.test(name.text));
        if (!word)
            this.fail('expected a field name after "."', name);
        return { t: 'member', target, name: name.text, optional, at: name.at };
    }
    /** `a[i]`, `a[i:j]`, `a[:j]`, `a[i:]`. */
    bracket(target, optional) {
        const open = this.take();
        const from = this.is(':') ? undefined : this.expression(0);
        if (this.is(':')) {
            this.take();
            const to = this.is(']') ? undefined : this.expression(0);
            this.expect(']', '"]" to close the slice');
            return { t: 'slice', target, from, to, at: open.at };
        }
        this.expect(']', '"]" to close the index');
        return { t: 'index', target, index: from, optional, at: open.at };
    }
}

;// CONCATENATED MODULE: ./.build/core/health/expr/condition.js





/** Parses and checks a condition; throws ExpressionError naming the place. */
function compileCondition(source) {
    const ast = new Parser(source).parse();
    new Checker(source).condition(ast);
    return { source, ast };
}
/** true or false, or the EvalError that stopped it (Argo Rollouts' Error phase). */
function evaluate(c, result) {
    try {
        const v = evalNode(c.ast, { result });
        if (typeof v === 'boolean')
            return v;
        // As Argo Rollouts' EvalCondition: "expected bool, but got …".
        return new EvalError(`the condition gives ${describe(v)}, not true or false`, false);
    }
    catch (e) {
        if (e instanceof EvalError)
            return e;
        if (e instanceof RangeError)
            return new EvalError('the condition is too deeply nested to evaluate', false);
        throw e;
    }
}

;// CONCATENATED MODULE: ./.build/core/health/expr/judge.js
// Argo Rollouts' verdict over both conditions (utils/evaluate/evaluate.go, EvaluateResult), phase for phase:
// Successful → pass, Failed → fail, Inconclusive → inconclusive, Error → error.

function failed(which, c, e, result) {
    const empty = result === null || (Array.isArray(result) && result.length === 0);
    // Argo Rollouts' formatEvalError says so when the result is empty, whatever the expression error was.
    const why = empty && !/no data/.test(e.message) ? `the query returned no data: ${e.message}` : e.message;
    return { verdict: 'error', why: `could not evaluate ${which} condition ${c.source}: ${why}`, waitable: e.waitable };
}
/**
 * Both conditions are evaluated, success first; an error in either is the verdict. Without conditions: pass. With
 * only a success condition, false fails; with only a failure condition, false passes; failure true fails; success
 * true passes; both false is inconclusive. NaN compares false (so `result >= 0.95` alone fails on NaN, and with
 * `result < 0.95` as failure condition it is inconclusive); `all()` of no samples is true, as in Argo Rollouts.
 */
function judge(success, failure, result) {
    const s = success ? evaluate(success, result) : undefined;
    if (typeof s === 'object')
        return failed('success', success, s, result);
    const f = failure ? evaluate(failure, result) : undefined;
    if (typeof f === 'object')
        return failed('failure', failure, f, result);
    if (f === true)
        return { verdict: 'fail', why: `failure condition ${failure?.source} is true` };
    if (s === true)
        return { verdict: 'pass', why: `success condition ${success?.source} is true` };
    if (s === false && !failure)
        return { verdict: 'fail', why: `success condition ${success?.source} is false` };
    if (f === false && !success)
        return { verdict: 'pass', why: `failure condition ${failure?.source} is false` };
    if (s === undefined && f === undefined)
        return { verdict: 'pass', why: 'no condition' };
    return { verdict: 'inconclusive', why: 'neither the success nor the failure condition is true' };
}

;// CONCATENATED MODULE: ./.build/core/health/expression.js
// The condition language of metric checks (`successCondition: result[0] >= 0.95`): Argo Rollouts' expressions
// (expr-lang, as utils/evaluate/evaluate.go sets it up), implemented under ./expr/ as a tokenizer, a parser, a static
// check and an evaluator. Nothing is ever handed to eval or Function.







/***/ }),

/***/ 1668:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KR: () => (/* binding */ resolveChecks),
/* harmony export */   OK: () => (/* binding */ durationAt),
/* harmony export */   Qy: () => (/* binding */ displayUrl),
/* harmony export */   R0: () => (/* binding */ mergeTiming),
/* harmony export */   U: () => (/* binding */ normalizeHealth),
/* harmony export */   yg: () => (/* binding */ normalizeCheck)
/* harmony export */ });
/* unused harmony exports CHECK_TYPES, WORKLOAD_KEYS, PLACEHOLDERS, parseFieldPath, targetLabel, failPlain */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8005);
/* harmony import */ var _config_environments_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3597);
/* harmony import */ var _durations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7105);
/* harmony import */ var _expression_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9768);
/* harmony import */ var _timing_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9537);
// What wait-healthy checks and how long it waits: `health.<env>` of gitops-promote.yaml, the `checks` input, or
// flags, validated into one form (templates not yet filled), then resolved for one run into probe targets.




// Timing and its defaults live in timing.ts (the CLI's --help reads them without loading the checks).


const CHECK_TYPES = ['http', 'prometheus', 'argocd', 'flux', 'kubernetes', 'rollout'];
const KEYS = {
    http: ['url', 'urls', 'expectStatus', 'versionField', 'expectVersion', 'bodyMatch', 'headers'],
    prometheus: ['url', 'query', 'successCondition', 'failureCondition', 'bearerTokenEnv', 'basicAuth', 'headers'],
    argocd: ['url', 'app', 'appNamespace', 'tokenEnv'],
    flux: ['kind', 'name', 'namespace', 'kubeconfig', 'context'],
    kubernetes: ['deployment', 'statefulset', 'daemonset', 'namespace', 'container', 'expectVersion', 'kubeconfig', 'context'],
    rollout: ['rollout', 'namespace', 'container', 'expectVersion', 'kubeconfig', 'context'],
};
/** The workload keys of a kubernetes check and the kind each names. */
const WORKLOAD_KEYS = { deployment: 'Deployment', statefulset: 'StatefulSet', daemonset: 'DaemonSet' };
const PLACEHOLDERS = ['app', 'env', 'version', 'region', 'commit'];
const PLACEHOLDER = /\{(app|env|version|region|commit)\}/g;
const TIMING_KEYS = {
    initialDelay: 'initialDelayMs', interval: 'intervalMs', timeout: 'timeoutMs', requestTimeout: 'requestTimeoutMs',
};
/** An HTTP header name (RFC 9110 token). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Validates a duration value; the key is what the error names. */
function durationAt(value, key, fail) {
    const d = (0,_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(value);
    if (typeof d === 'object')
        throw fail(key, d.error);
    return d;
}
function checkTemplate(value, key, fail) {
    for (const m of value.matchAll(/\{([A-Za-z_]+)\}/g)) {
        if (!PLACEHOLDERS.includes(m[1]))
            throw fail(key, `unknown placeholder {${m[1]}} in ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(value)}; expected {app}, {env}, {version}, {region} or {commit}`);
    }
}
function checkUrl(value, key, fail) {
    checkTemplate(value, key, fail);
    let u;
    try {
        u = new URL(value.replace(PLACEHOLDER, 'x'));
    }
    catch {
        throw fail(key, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(value)} is not a URL; expected e.g. https://web.example.com/api/version`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
        throw fail(key, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(value)} is not an http(s) URL; expected http:// or https://`);
}
/** Where in the expression, as part of a one-line message. */
function conditionAt(src, key, fail) {
    try {
        return (0,_expression_js__WEBPACK_IMPORTED_MODULE_2__/* .compileCondition */ .vs)(src);
    }
    catch (e) {
        if (e instanceof _expression_js__WEBPACK_IMPORTED_MODULE_2__/* .ExpressionError */ .tj)
            throw fail(key, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(src)} is not a condition: ${e.message}`);
        throw e;
    }
}
/** A dotted JSON path: version, build.tag, items[0].version, ["app.version"]. */
function parseFieldPath(path) {
    const out = [];
    let i = 0;
    while (i < path.length) {
        const rest = path.slice(i);
        let m;
        if ((m = /^\[(\d+)\]/.exec(rest)))
            out.push(Number(m[1]));
        else if ((m = /^\["((?:[^"\\]|\\.)*)"\]/.exec(rest)))
            out.push(JSON.parse(`"${m[1]}"`));
        else if ((m = (out.length ? /^\.([A-Za-z0-9_$-]+)/ : /^([A-Za-z0-9_$-]+)/).exec(rest)))
            out.push(m[1]);
        else
            return undefined;
        i += m[0].length;
    }
    return out.length ? out : undefined;
}
function checkName(value, key, fail) {
    checkTemplate(value, key, fail);
    const probe = value.replace(PLACEHOLDER, 'x');
    if (!(0,_config_environments_js__WEBPACK_IMPORTED_MODULE_4__/* .isSafeName */ .TE)(probe))
        throw fail(key, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(value)} is not allowed; expected letters, digits, ".", "_" or "-"`);
}
function checkKubeNames(spec, key, fail) {
    for (const k of ['name', 'namespace', 'deployment', 'statefulset', 'daemonset', 'rollout', 'container']) {
        if (spec[k] !== undefined)
            checkName(spec[k], `${key}.${k}`, fail);
    }
    if (spec.context !== undefined)
        checkTemplate(spec.context, `${key}.context`, fail);
}
/**
 * Validates health.<env> (already of the schema's shape) into a HealthSpec. Every problem is one error naming its
 * key: durations, conditions (with the column), regular expressions, URLs, placeholders, which keys a type takes.
 */
function normalizeHealth(raw, key, fail) {
    const r = (raw ?? {});
    const timing = {};
    for (const [k, field] of Object.entries(TIMING_KEYS)) {
        if (typeof r[k] === 'string')
            timing[field] = durationAt(r[k], `${key}.${k}`, fail);
    }
    for (const k of ['successThreshold', 'failureLimit', 'inconclusiveLimit'])
        if (typeof r[k] === 'number')
            timing[k] = r[k];
    if (timing.intervalMs === 0)
        throw fail(`${key}.interval`, 'is 0; expected at least 100ms');
    if (timing.timeoutMs === 0)
        throw fail(`${key}.timeout`, 'is 0; expected a deadline such as 10m');
    if (timing.requestTimeoutMs === 0)
        throw fail(`${key}.requestTimeout`, 'is 0; expected e.g. 10s');
    const checks = (r.checks ?? []).map((c, i) => normalizeCheck(c, `${key}.checks[${i}]`, fail));
    return { checks, timing };
}
function normalizeCheck(c, key, fail) {
    const type = c.type;
    if (!CHECK_TYPES.includes(type))
        throw fail(`${key}.type`, `unknown check type ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(String(c.type))}; expected one of ${CHECK_TYPES.join(', ')}`);
    for (const k of Object.keys(c)) {
        if (k !== 'type' && k !== 'label' && !KEYS[type].includes(k))
            throw fail(`${key}.${k}`, `is not a key of a ${type} check; expected ${KEYS[type].join(', ')}`);
    }
    const spec = { ...c, type, key };
    if (typeof c.expectStatus === 'number')
        spec.expectStatus = [c.expectStatus];
    const need = (k, what) => {
        if (spec[k] === undefined)
            throw fail(key, `a ${type} check needs ${k} (${what})`);
    };
    for (const [k, v] of Object.entries(spec.headers ?? {})) {
        if (!HEADER_NAME.test(k))
            throw fail(`${key}.headers`, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(k)} is not a header name; expected letters, digits and -`);
        if (/[\r\n\0]/.test(v))
            throw fail(`${key}.headers.${k}`, 'has a line break; expected one line');
    }
    switch (type) {
        case 'http':
            if ((spec.url === undefined) === (spec.urls === undefined))
                throw fail(key, 'an http check needs url (one URL, {region} makes one per region) or urls (a list), not both');
            (spec.urls ?? [spec.url]).forEach((u, i) => checkUrl(u, spec.urls ? `${key}.urls[${i}]` : `${key}.url`, fail));
            if (spec.bodyMatch !== undefined) {
                try {
                    new RegExp(spec.bodyMatch);
                }
                catch (e) {
                    throw fail(`${key}.bodyMatch`, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(spec.bodyMatch)} is not a valid regular expression (${e.message.replace(/^Invalid regular expression: /, '')})`);
                }
            }
            if (spec.versionField !== undefined && !parseFieldPath(spec.versionField))
                throw fail(`${key}.versionField`, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(spec.versionField)} is not a field path; expected e.g. version, build.tag or items[0].version`);
            break;
        case 'prometheus':
            need('url', 'the Prometheus server, e.g. http://prometheus:9090');
            checkUrl(spec.url, `${key}.url`, fail);
            need('query', 'a PromQL instant query');
            if (spec.successCondition === undefined && spec.failureCondition === undefined)
                throw fail(key, 'a prometheus check needs successCondition or failureCondition (or both), e.g. successCondition: result >= 0.95');
            if (spec.successCondition !== undefined)
                conditionAt(spec.successCondition, `${key}.successCondition`, fail);
            if (spec.failureCondition !== undefined)
                conditionAt(spec.failureCondition, `${key}.failureCondition`, fail);
            break;
        case 'argocd':
            need('url', 'the Argo CD server, e.g. https://argocd.example.com');
            checkUrl(spec.url, `${key}.url`, fail);
            if (spec.app !== undefined)
                checkName(spec.app, `${key}.app`, fail);
            if (spec.appNamespace !== undefined)
                checkName(spec.appNamespace, `${key}.appNamespace`, fail);
            break;
        case 'kubernetes': {
            const given = Object.keys(WORKLOAD_KEYS).filter((k) => spec[k] !== undefined);
            if (given.length > 1)
                throw fail(key, `a kubernetes check names one workload; expected one of deployment, statefulset or daemonset, not ${given.join(' and ')}`);
            checkKubeNames(spec, key, fail);
            break;
        }
        case 'flux':
        case 'rollout':
            checkKubeNames(spec, key, fail);
            break;
    }
    return spec;
}
/** Hides user:password@ in a URL shown to people. */
function displayUrl(url) {
    try {
        const u = new URL(url);
        if (u.username || u.password) {
            u.username = '';
            u.password = '';
            return u.toString();
        }
    }
    catch {
        // not a URL: shown as is
    }
    return url;
}
/** The label of a target in progress lines and the summary. */
function targetLabel(t) {
    const where = t.region ? ` [${t.region}]` : '';
    switch (t.type) {
        case 'http': return displayUrl(t.url);
        case 'prometheus': return `prometheus ${t.query.length > 60 ? `${t.query.slice(0, 57)}...` : t.query}${where}`;
        case 'argocd': return `argocd app ${t.appNamespace ? `${t.appNamespace}/` : ''}${t.app}${where}`;
        case 'flux': return `${t.kind} ${t.namespace}/${t.name}${where}`;
        case 'kubernetes': return `${t.kind} ${t.namespace}/${t.name}${where}`;
        case 'rollout': return `Rollout ${t.namespace}/${t.name}${where}`;
    }
}
/** What a kubernetes and a rollout check share once resolved. */
function workload(c, fill, ctx) {
    return {
        namespace: fill(c.namespace ?? 'default', `${c.key}.namespace`), container: c.container,
        expectVersion: c.expectVersion !== undefined ? fill(c.expectVersion, `${c.key}.expectVersion`) : ctx.version,
        kubeconfig: c.kubeconfig !== undefined ? fill(c.kubeconfig, `${c.key}.kubeconfig`) : ctx.kubeconfig,
        context: c.context !== undefined ? fill(c.context, `${c.key}.context`) : undefined,
    };
}
function resolveChecks(spec, ctx) {
    const secrets = new Set();
    const targets = [];
    const labels = [];
    const { fail } = ctx;
    const values = { app: ctx.app, env: ctx.env, version: ctx.version, commit: ctx.commit, region: undefined };
    const what = { app: 'an app (--app / input app)', env: 'an env', version: 'a version (--version / input version)', commit: 'a commit (--commit / input commit)', region: 'regions' };
    const envVar = (name, key) => {
        const v = ctx.environ[name];
        if (!v)
            throw fail(key, `the environment variable ${name} is not set; expected it to hold the secret`);
        secrets.add(v);
        return v;
    };
    spec.checks.forEach((c, check) => {
        const strings = JSON.stringify(c);
        const perRegion = strings.includes('{region}');
        if (perRegion && !ctx.regions?.length)
            throw fail(c.key, `uses {region}, but environment ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(ctx.env)} has no regions; expected regions: under the environment in gitops-promote.yaml`);
        for (const region of perRegion ? ctx.regions : [undefined]) {
            const fill = (s, key) => s.replace(PLACEHOLDER, (_w, name) => {
                const v = name === 'region' ? region : values[name];
                if (v === undefined)
                    throw fail(key, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(s)} uses {${name}}, but no ${name} was given; expected ${what[name]}`);
                return v;
            });
            const headers = () => {
                const out = {};
                for (const [k, v] of Object.entries(c.headers ?? {})) {
                    const filled = v.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_w, name) => envVar(name, `${c.key}.headers.${k}`));
                    out[k] = filled;
                    secrets.add(filled);
                }
                return out;
            };
            const base = { check, key: c.key, region, id: '' };
            switch (c.type) {
                case 'http': {
                    const expectVersion = c.expectVersion !== undefined ? fill(c.expectVersion, `${c.key}.expectVersion`) : ctx.version;
                    const versionField = c.versionField ?? (expectVersion !== undefined ? 'version' : undefined);
                    const urls = c.urls ?? [c.url];
                    urls.forEach((u, i) => {
                        targets.push({
                            ...base, type: 'http', url: fill(u, c.urls ? `${c.key}.urls[${i}]` : `${c.key}.url`), headers: headers(),
                            expectStatus: c.expectStatus ?? [200], versionField, versionPath: versionField ? parseFieldPath(versionField) : undefined,
                            expectVersion, bodyMatch: c.bodyMatch !== undefined ? new RegExp(c.bodyMatch) : undefined,
                        });
                    });
                    break;
                }
                case 'prometheus': {
                    const h = headers();
                    if (c.bearerTokenEnv)
                        h.Authorization = `Bearer ${envVar(c.bearerTokenEnv, `${c.key}.bearerTokenEnv`)}`;
                    if (c.basicAuth) {
                        const basic = Buffer.from(`${c.basicAuth.username}:${envVar(c.basicAuth.passwordEnv, `${c.key}.basicAuth.passwordEnv`)}`).toString('base64');
                        secrets.add(basic);
                        h.Authorization = `Basic ${basic}`;
                    }
                    targets.push({
                        ...base, type: 'prometheus', url: fill(c.url, `${c.key}.url`), query: fill(c.query, `${c.key}.query`), headers: h,
                        success: c.successCondition !== undefined ? (0,_expression_js__WEBPACK_IMPORTED_MODULE_2__/* .compileCondition */ .vs)(c.successCondition) : undefined,
                        failure: c.failureCondition !== undefined ? (0,_expression_js__WEBPACK_IMPORTED_MODULE_2__/* .compileCondition */ .vs)(c.failureCondition) : undefined,
                    });
                    break;
                }
                case 'argocd': {
                    const token = envVar(c.tokenEnv ?? 'ARGOCD_TOKEN', c.tokenEnv ? `${c.key}.tokenEnv` : c.key);
                    const app = fill(c.app ?? '{app}', `${c.key}.app`);
                    targets.push({
                        ...base, type: 'argocd', url: fill(c.url, `${c.key}.url`), app, headers: { Authorization: `Bearer ${token}` }, commit: ctx.commit,
                        appNamespace: c.appNamespace !== undefined ? fill(c.appNamespace, `${c.key}.appNamespace`) : undefined,
                    });
                    break;
                }
                case 'flux':
                    targets.push({
                        ...base, type: 'flux', kind: c.kind ?? 'Kustomization', name: fill(c.name ?? '{app}', `${c.key}.name`), namespace: fill(c.namespace ?? 'flux-system', `${c.key}.namespace`),
                        kubeconfig: c.kubeconfig !== undefined ? fill(c.kubeconfig, `${c.key}.kubeconfig`) : ctx.kubeconfig,
                        context: c.context !== undefined ? fill(c.context, `${c.key}.context`) : undefined, commit: ctx.commit,
                    });
                    break;
                case 'kubernetes': {
                    const field = Object.keys(WORKLOAD_KEYS).find((k) => c[k] !== undefined) ?? 'deployment';
                    targets.push({ ...base, ...workload(c, fill, ctx), type: 'kubernetes', kind: WORKLOAD_KEYS[field], name: fill(c[field] ?? '{app}', `${c.key}.${field}`) });
                    break;
                }
                case 'rollout':
                    targets.push({ ...base, ...workload(c, fill, ctx), type: 'rollout', name: fill(c.rollout ?? '{app}', `${c.key}.rollout`) });
                    break;
            }
        }
        labels[check] = c.label ?? `${targetLabel(targets[targets.length - 1])}${targets.filter((t) => t.check === check).length > 1 ? ` (+${targets.filter((t) => t.check === check).length - 1})` : ''}`;
    });
    // Unique ids, readable: the label, numbered when two targets share one.
    const seen = new Map();
    for (const t of targets) {
        const l = targetLabel(t);
        const n = (seen.get(l) ?? 0) + 1;
        seen.set(l, n);
        t.id = n === 1 ? l : `${l} #${n}`;
    }
    if (!targets.length)
        throw fail('checks', `no health checks for environment ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(ctx.env)}`);
    return { targets, secrets: [...secrets].filter((s) => s.length >= 3), labels };
}
/** Timing with defaults, later layers (flags, inputs) over earlier ones (config). */
function mergeTiming(...layers) {
    const t = { ..._timing_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_TIMING */ .f };
    for (const l of layers)
        for (const [k, v] of Object.entries(l))
            if (v !== undefined)
                t[k] = v;
    return t;
}
/** A UserError maker for keys of a file (no line) — the `checks` input and flags use this. */
const failPlain = (prefix = '') => (key, message) => new UserError(`${prefix}${key}: ${message}`);


/***/ }),

/***/ 7381:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D4: () => (/* binding */ inertObservation),
/* harmony export */   Qp: () => (/* binding */ fenceCommands),
/* harmony export */   g5: () => (/* binding */ summaryText),
/* harmony export */   tJ: () => (/* binding */ inert)
/* harmony export */ });
// Text from a checked system (a version endpoint, Argo CD, the Kubernetes API, Prometheus, kubectl's stderr) is
// data. The runner reads workflow commands from every line a step prints (`::set-output …`, `::warning …`, also
// after leading spaces, and the older `##[command]` anywhere in a line), and the job summary renders HTML and
// Markdown. So such text is made inert once, where it enters: one line, control characters shown as escapes,
// bounded in length; and escaped again for the summary.
/** Line breaks of every kind, with the blanks around them. */
const BREAKS = /\s*(?:\r\n|[\r\n\v\f\u0085\u2028\u2029])+\s*/g;
/** C0/C1 controls (tab aside), DEL, and the bidirectional overrides that make text read differently than it is. */
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const escapeChar = (c) => {
    const code = c.codePointAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};
/**
 * One line of at most `max` characters that no runner reads as a command: line breaks collapsed to a space, other
 * control characters escaped (`\x1b`), a leading `::` and every `##[` escaped, cut with "…" when longer.
 */
function inert(text, max = 300) {
    let s = String(text ?? '');
    // Cut early so a hostile 8 MiB body costs nothing; escapes may lengthen it again, hence the cut below too.
    if (s.length > max * 4)
        s = s.slice(0, max * 4);
    s = s.replace(BREAKS, ' ').replace(/\t/g, ' ').replace(CONTROLS, escapeChar).trim();
    s = s.replace(/##\[/g, '#\\x23[');
    if (s.startsWith('::'))
        s = `\\x3a${s.slice(1)}`;
    if (s.length <= max)
        return s;
    const cut = Array.from(s.slice(0, max)).slice(0, -1).join('');
    // Never leave half an escape (\x1 or \u20) at the end.
    return `${cut.replace(/\\(?:x[0-9a-f]?|u[0-9a-f]{0,3})?$/, '')}…`;
}
/**
 * Every line of a log message, as a line the runner shows but never runs: a line whose first non-blank characters
 * are `::` gets its first colon escaped, and `##[` anywhere is escaped. For loggers, over text that is already
 * inert, as a second fence.
 */
function fenceCommands(message) {
    return message
        .split(/\r\n|\r|\n/)
        .map((line) => line.replace(/^(\s*)::/, '$1\\x3a:').replace(/##\[/g, '#\\x23['))
        .join('\n');
}
const HTML = {
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '|': '&#124;', '`': '&#96;', '[': '&#91;',
    ']': '&#93;', '\\': '&#92;',
};
/**
 * Text for a Markdown table cell of the job summary: HTML-escaped, and the characters Markdown acts on in a cell
 * (`|` ends it, backticks, brackets of links and images, backslash escapes) written as entities, so a hostile
 * `<img src=…>` or `![x](https://…)` shows as text.
 */
function summaryText(text) {
    return text.replace(/[&<>"'|`[\]\\]/g, (c) => HTML[c]).replace(/\r\n|\r|\n/g, ' ');
}
/** An observation with every string a checked system could have put in it made inert. */
function inertObservation(o) {
    const out = { ...o, detail: inert(o.detail, 400) };
    if (o.waiting !== undefined)
        out.waiting = inert(o.waiting, 200);
    if (o.version !== undefined)
        out.version = inert(o.version, 128);
    return out;
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
/* unused harmony exports closestNames, unknownName */
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
/** The env a user means by `asked` ("prod" finds "production"), or the unknown-name error. */
function findEnv(layout, asked) {
    const env = layout.envs.find((e) => e.name === asked) ?? layout.envs.find((e) => (0,_config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .sameEnv */ .cC)(asked, e.name));
    if (!env)
        throw unknownName('environment', asked, layout.envs.map((e) => e.name));
    return env;
}
function previousEnv(layout, env) {
    const i = layout.envs.indexOf(env);
    return i > 0 ? layout.envs[i - 1] : undefined;
}
function findApp(layout, asked) {
    if (layout.apps.includes(asked))
        return asked;
    throw unknownName('app', asked, layout.apps);
}
/** Edits (insert, delete, substitute, swap two neighbours) from a to b: "wbe" is 1 from "web". */
function distance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++)
        d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        const row = d[i];
        const up = d[i - 1];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            row[j] = Math.min(up[j] + 1, row[j - 1] + 1, up[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                row[j] = Math.min(row[j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[a.length][b.length];
}
/** Up to `max` of `names`, closest to `asked` first: names containing it (or contained in it), then by edits. */
function closestNames(asked, names, max = 10) {
    const a = asked.toLowerCase();
    const scored = names.map((name, i) => {
        const n = name.toLowerCase();
        return { name, i, contains: n.includes(a) || a.includes(n) ? 0 : 1, d: distance(a, n) };
    });
    scored.sort((x, y) => x.contains - y.contains || x.d - y.d || x.i - y.i);
    return scored.slice(0, max).map((x) => x.name);
}
/**
 * The one error every verb gives for an app or environment that is not there: the total count and up to 10 of
 * the names, closest first.
 */
function unknownName(kind, asked, names) {
    const plural = `${names.length} ${kind}${names.length === 1 ? '' : 's'}`;
    if (!names.length) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`unknown ${kind} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(asked)}; expected one of the 0 ${kind}s (none found: no overlays or `
            + 'targets match)');
    }
    const near = closestNames(asked, names);
    const which = names.length > near.length ? `the ${near.length} closest` : 'closest first';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`unknown ${kind} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(asked)}; expected one of the ${plural}, ${which}: ${near.join(', ')}`);
}
function targetsOf(layout, app, env) {
    return layout.targets.filter((t) => t.app === app && t.env === env);
}


/***/ }),

/***/ 7431:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aq: () => (/* binding */ isValidTimeZone),
/* harmony export */   CV: () => (/* binding */ cronMatches),
/* harmony export */   E$: () => (/* binding */ parseCron),
/* harmony export */   HJ: () => (/* binding */ localTime)
/* harmony export */ });
// Five-field cron (minute hour day-of-month month day-of-week) evaluated in an IANA time zone, for freeze
// windows such as "* * * * 5,0" (all of Friday and Sunday). Standard semantics: when both day fields are
// restricted, a day matches if either does.
const NAMES = {
    month: { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 },
    dow: { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 },
};
const FIELDS = [['minute', 0, 59], ['hour', 0, 23], ['dom', 1, 31], ['month', 1, 12], ['dow', 0, 7]];
/** Throws an Error whose message says which field is wrong and what was expected. */
function parseCron(expr) {
    const parts = expr.trim().split(/\s+/);
    if (parts.length !== 5)
        throw new Error(`cron ${JSON.stringify(expr)} has ${parts.length} fields; expected 5 (minute hour day-of-month month day-of-week)`);
    const sets = [];
    FIELDS.forEach(([field, lo, hi], i) => {
        const text = parts[i].toLowerCase();
        const set = new Set();
        const num = (s) => {
            const v = NAMES[field]?.[s] ?? (/^[0-9]+$/.test(s) ? Number(s) : NaN);
            if (!(v >= lo && v <= hi))
                throw new Error(`cron ${JSON.stringify(expr)}: ${field} ${JSON.stringify(s)} is not a number from ${lo} to ${hi}`);
            return v;
        };
        for (const item of text.split(',')) {
            const [range, stepText] = item.split('/');
            const step = stepText === undefined ? 1 : Number(stepText);
            if (!Number.isInteger(step) || step < 1)
                throw new Error(`cron ${JSON.stringify(expr)}: ${field} step ${JSON.stringify(stepText)} must be a positive whole number`);
            let a;
            let b;
            if (range === '*')
                [a, b] = [lo, hi];
            else if (range?.includes('-')) {
                const [x, y] = range.split('-');
                [a, b] = [num(x ?? ''), num(y ?? '')];
                if (a > b)
                    throw new Error(`cron ${JSON.stringify(expr)}: ${field} range ${range} runs backwards`);
            }
            else {
                a = num(range ?? '');
                b = stepText === undefined ? a : hi;
            }
            for (let v = a; v <= b; v += step)
                set.add(field === 'dow' && v === 7 ? 0 : v);
        }
        sets.push(set);
    });
    const [minute, hour, dom, month, dow] = sets;
    return { minute, hour, dom, month, dow, domAny: parts[2] === '*', dowAny: parts[4] === '*' };
}
/** Wall-clock fields of `at` in `timeZone`; throws RangeError for an unknown zone. */
function localTime(at, timeZone) {
    const parts = new Intl.DateTimeFormat('en-US', {
        timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', weekday: 'short',
    }).formatToParts(at);
    const get = (t) => parts.find((p) => p.type === t)?.value ?? '';
    return {
        year: Number(get('year')), month: Number(get('month')), day: Number(get('day')), hour: Number(get('hour')), minute: Number(get('minute')),
        weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday')),
    };
}
function cronMatches(c, t) {
    if (!c.minute.has(t.minute) || !c.hour.has(t.hour) || !c.month.has(t.month))
        return false;
    const dom = c.dom.has(t.day);
    const dow = c.dow.has(t.weekday);
    if (c.domAny && c.dowAny)
        return true;
    if (c.domAny)
        return dow;
    if (c.dowAny)
        return dom;
    return dom || dow;
}
function isValidTimeZone(tz) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: tz });
        return true;
    }
    catch {
        return false;
    }
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
/* harmony export */   D: () => (/* binding */ checkBranch),
/* harmony export */   I: () => (/* binding */ checkName)
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


/***/ }),

/***/ 940:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ settle),
/* harmony export */   Kf: () => (/* binding */ readChoice),
/* harmony export */   MQ: () => (/* binding */ readName),
/* harmony export */   Uk: () => (/* binding */ readInt),
/* harmony export */   pk: () => (/* binding */ readReason),
/* harmony export */   r5: () => (/* binding */ readBool),
/* harmony export */   r6: () => (/* binding */ readNames),
/* harmony export */   yR: () => (/* binding */ readText),
/* harmony export */   yu: () => (/* binding */ readRequired)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8005);
/* harmony import */ var _validate_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2525);
// Where a verb's options come from: the action's inputs or the CLI's flags. Both implement OptionSource, and every
// verb reads its options through the typed readers below, so both say the same about the same bad value.


function readText(src, o) {
    const v = src.value(o);
    return v === undefined || v.trim() === '' ? undefined : v;
}
function readRequired(src, o) {
    const v = readText(src, o);
    if (v === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(src.missing(o));
    return v;
}
/** true or false (any case the runner's getBooleanInput takes); not given: the definition's default. */
function readBool(src, o) {
    const v = readText(src, o);
    if (v === undefined)
        return o.default === 'true';
    if (/^(true|True|TRUE)$/.test(v))
        return true;
    if (/^(false|False|FALSE)$/.test(v))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${src.label(o)} is ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(v)}; expected true or false`);
}
/** A whole number in the definition's range; undefined when not given (the config or the default decides). */
function readInt(src, o) {
    const v = readText(src, o);
    if (v === undefined)
        return undefined;
    const [min, max] = o.range ?? [0, Number.MAX_SAFE_INTEGER];
    if (!/^[0-9]{1,15}$/.test(v) || Number(v) < min || Number(v) > max) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${src.label(o)} is ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(v)}; expected a whole number from ${min} to ${max}`);
    }
    return Number(v);
}
/** One of the definition's choices; undefined when not given. */
function readChoice(src, o) {
    const v = readText(src, o);
    if (v === undefined)
        return undefined;
    const choices = o.choices ?? [];
    if (!choices.includes(v)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${src.label(o)} is ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(v)}; expected one of ${choices.join(', ')}`);
    }
    return v;
}
/** A reason recorded in the commit: not given or "false" is off; blank or "true" alone is refused. */
function readReason(src, o) {
    const v = src.value(o);
    if (v === undefined || v === 'false')
        return undefined;
    if (v.trim() === '' || v === 'true') {
        const flag = src.name(o).startsWith('--');
        const example = `e.g. ${src.name(o)}${flag ? ' ' : ': '}"hotfix for INC-1234"`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${src.label(o)} is ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(v)}; expected the reason itself (it is recorded in the commit), `
            + example);
    }
    return v;
}
/** A name that ends up in refs, paths and trailers (app, environment, region). */
function readName(src, o) {
    const v = readText(src, o);
    return v === undefined ? undefined : (0,_validate_names_js__WEBPACK_IMPORTED_MODULE_1__/* .checkName */ .I)(src.name(o), v);
}
/** Names given as a comma- or newline-separated list, or as a repeated flag. */
function readNames(src, o) {
    const all = src.values(o).flatMap((v) => v.split(/[,\n]/)).map((s) => s.trim()).filter(Boolean);
    return all.map((s) => (0,_validate_names_js__WEBPACK_IMPORTED_MODULE_1__/* .checkName */ .I)(src.name(o), s));
}
/** The value given, else the config's, else the default: input > config > default. */
function settle(given, fromConfig, fallback) {
    return given ?? fromConfig ?? fallback;
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



/** Refuses what is not UTF-8 YAML text: the message names the file and line of the first problem. */
function decodeText(bytes, file) {
    if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('is UTF-16 text; expected a UTF-8 YAML file', file, 1);
    const nul = bytes.indexOf(0);
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
    if (nul >= 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('contains a NUL byte (binary data); expected a YAML file', file, lineAt(text, text.indexOf('\0')));
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
    const documents = [...(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, { schema: 'failsafe', uniqueKeys: false, prettyErrors: false })];
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
