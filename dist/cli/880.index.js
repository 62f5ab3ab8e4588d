export const id = 880;
export const ids = [880];
export const modules = {

/***/ 9163:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Tq: () => (/* binding */ GitCli)
});

// UNUSED EXPORTS: parseGrepLines, parseRawLog

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(1260);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
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
;// CONCATENATED MODULE: ./.build/adapters/cat-file.js
// One `git cat-file --batch` process answers many blob reads: reading hundreds of overlays costs one process,
// not hundreds. Replies come back in request order; the queue is read through a head index (Array#shift moves
// every element: 80,000 queued reads cost seconds of shifting) and the output is parsed where it lies.

class CatFileBatch {
    cwd;
    env;
    proc;
    queue = [];
    head = 0;
    buf = Buffer.alloc(0);
    /** Requests not yet written: many reads asked in one tick go to git in one write. */
    pending = [];
    constructor(cwd, env) {
        this.cwd = cwd;
        this.env = env;
    }
    read(object) {
        if (!this.proc)
            this.start();
        return new Promise((resolve, reject) => {
            this.queue.push({ resolve, reject, what: object });
            if (!this.pending.length)
                queueMicrotask(() => this.flush());
            this.pending.push(`${object}\n`);
        });
    }
    close() {
        this.proc?.stdin.end();
        this.proc = undefined;
    }
    flush() {
        const text = this.pending.join('');
        this.pending = [];
        if (text)
            this.proc?.stdin.write(text);
    }
    start() {
        const p = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch'], { cwd: this.cwd, env: this.env, stdio: ['pipe', 'pipe', 'pipe'] });
        this.proc = p;
        p.stdout.on('data', (d) => {
            // What is left over is at most one partial reply: joining it with the next chunk stays linear.
            this.buf = this.buf.length ? Buffer.concat([this.buf, d]) : d;
            this.drain();
        });
        const fail = (e) => {
            const waiting = this.queue.slice(this.head);
            this.queue = [];
            this.head = 0;
            for (const q of waiting)
                q.reject(e);
        };
        p.on('error', fail);
        p.on('close', (code) => fail(new Error(`git cat-file exited (${code})`)));
        p.stdin.on('error', fail);
    }
    next() {
        const q = this.queue[this.head++];
        if (this.head > 4096 && this.head * 2 > this.queue.length) {
            this.queue = this.queue.slice(this.head);
            this.head = 0;
        }
        return q;
    }
    drain() {
        let at = 0;
        const buf = this.buf;
        while (this.head < this.queue.length) {
            const nl = buf.indexOf(10, at);
            if (nl < 0)
                break;
            const header = buf.toString('latin1', at, nl);
            if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
                at = nl + 1;
                const q = this.next();
                q.reject(new Error(`${q.what}: ${header.split(' ').pop()}`));
                continue;
            }
            const size = Number(header.slice(header.lastIndexOf(' ') + 1));
            if (buf.length < nl + 1 + size + 1)
                break;
            // A copy: the reply must not pin the whole chunk it arrived in.
            const body = Buffer.from(buf.subarray(nl + 1, nl + 1 + size));
            at = nl + 1 + size + 1;
            this.next().resolve(body);
        }
        this.buf = at >= buf.length ? Buffer.alloc(0) : buf.subarray(at);
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./.build/adapters/commit-graph.js
// git's changed-path Bloom filters, read from the commit-graph file itself (gitformat-commit-graph(5); the hashing
// follows git's bloom.c). Why not let git consult them: git 2.39 does so only when a log names ONE path, and the
// history we need names hundreds (a PR's targets, drift's open questions). One process per path costs ~20 ms of
// start-up each; testing the filters here costs microseconds per commit, and git is then asked for the diffs of
// only the commits that may have touched a wanted path. A filter never misses a changed path (no false negatives),
// so this narrows the walk without changing its answer: every candidate's diff still comes from git.



const CHUNK = (id) => Buffer.from(id, 'latin1').readUInt32BE(0);
const [OIDF, OIDL, BIDX, BDAT] = ['OIDF', 'OIDL', 'BIDX', 'BDAT'].map(CHUNK);
class ChangedPathGraph {
    layers;
    constructor(layers) {
        this.layers = layers;
    }
    /**
     * The graph of an objects directory (a split chain or one file), or undefined when there is none, it cannot be
     * read, or any layer lacks changed-path filters (then git's own walk is as good as anything here).
     */
    static async open(objectsDir) {
        const info = (0,external_node_path_.join)(objectsDir, 'info');
        const chain = await (0,promises_.readFile)((0,external_node_path_.join)(info, 'commit-graphs', 'commit-graph-chain'), 'latin1').catch(() => undefined);
        const files = chain === undefined
            ? [(0,external_node_path_.join)(info, 'commit-graph')]
            : chain.split('\n').filter(Boolean).map((h) => (0,external_node_path_.join)(info, 'commit-graphs', `graph-${h}.graph`));
        if (files.some((f) => !/[/\\](commit-graph|graph-[0-9a-f]{40,64}\.graph)$/.test(f)))
            return undefined;
        const layers = [];
        for (const f of files) {
            const buf = await (0,promises_.readFile)(f).catch(() => undefined);
            const layer = buf && parseLayer(buf);
            if (!layer?.bloom)
                return undefined;
            layers.push(layer);
        }
        return layers.length ? new ChangedPathGraph(layers) : undefined;
    }
    /**
     * Which of `paths` the commit may have changed against its first parent: indexes into `paths` (possibly with
     * false positives), or undefined when the graph cannot say (commit not in it, filter not computed or too large).
     */
    mayChange(oid, paths) {
        const at = this.find(oid);
        if (!at)
            return undefined;
        const { layer, pos } = at;
        const b = layer.bloom;
        const end = layer.buf.readUInt32BE(b.index + 4 * pos);
        const start = pos ? layer.buf.readUInt32BE(b.index + 4 * (pos - 1)) : 0;
        const len = end - start;
        // Length 0: no filter was computed for this commit; git falls back to the diff, and so do we.
        if (len <= 0)
            return undefined;
        const from = b.data + 12 + start;
        if (len === 1 && layer.buf[from] === 0xff)
            return undefined; // "too many changes": every path may have changed
        const bits = paths.bitsFor(b.hashVersion, b.numHashes, len * 8);
        const out = [];
        for (let i = 0; i < bits.length; i++)
            if (containsAll(layer.buf, from, bits[i]))
                out.push(i);
        return out;
    }
    find(oid) {
        for (const layer of this.layers) {
            if (oid.length !== layer.hashLen * 2)
                return undefined;
            const want = Buffer.from(oid, 'hex');
            const first = want[0];
            let lo = first ? layer.buf.readUInt32BE(layer.fanout + 4 * (first - 1)) : 0;
            let hi = layer.buf.readUInt32BE(layer.fanout + 4 * first);
            while (lo < hi) {
                const mid = (lo + hi) >>> 1;
                const at = layer.oids + mid * layer.hashLen;
                const c = layer.buf.compare(want, 0, layer.hashLen, at, at + layer.hashLen);
                if (c === 0)
                    return { layer, pos: mid };
                if (c > 0)
                    hi = mid;
                else
                    lo = mid + 1;
            }
        }
        return undefined;
    }
}
/** Paths hashed once per filter setting, however many commits are tested. */
class PreparedPaths {
    paths;
    bySetting = new Map();
    bySize = new Map();
    constructor(paths) {
        this.paths = paths;
    }
    /**
     * Each path's bit positions in a filter of `size` bits. Filters come in few sizes (a commit that changes one file
     * sets a 64-bit one), and a hash above 2^31 makes `%` a floating-point division: worked out once per size, a test
     * is then a few byte reads.
     */
    bitsFor(hashVersion, numHashes, size) {
        const id = `${hashVersion}:${numHashes}:${size}`;
        let bits = this.bySize.get(id);
        if (!bits) {
            if (this.bySize.size > 64)
                this.bySize.clear();
            const keys = this.keysFor(hashVersion, numHashes);
            bits = keys.map((ks) => Int32Array.from(ks.flatMap((k) => [...k].map((h) => h % size))));
            this.bySize.set(id, bits);
        }
        return bits;
    }
    keysFor(hashVersion, numHashes) {
        const id = `${hashVersion}:${numHashes}`;
        let k = this.bySetting.get(id);
        if (!k) {
            // The full path first: it rules out most commits on its own; then each leading directory (git adds them all).
            k = this.paths.map((path) => {
                const keys = [];
                for (let p = path; p; p = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '') {
                    keys.push(bloomKey(Buffer.from(p, 'utf8'), numHashes, hashVersion));
                }
                return keys;
            });
            this.bySetting.set(id, k);
        }
        return k;
    }
}
/**
 * One graph file: header `CGPH`, version 1, hash version (1 SHA-1, 2 SHA-256), chunk table, and a trailing hash of
 * everything before it. The hash is checked: a damaged filter could hide a change, and a graph that fails its own
 * checksum is not read at all (git's own walk answers instead).
 */
function parseLayer(buf) {
    if (buf.length < 8 || buf.toString('latin1', 0, 4) !== 'CGPH' || buf[4] !== 1)
        return undefined;
    const hashLen = buf[5] === 1 ? 20 : buf[5] === 2 ? 32 : 0;
    const chunks = buf[6];
    if (!hashLen || buf.length < 8 + 12 * (chunks + 1) + hashLen)
        return undefined;
    const sum = (0,external_node_crypto_.createHash)(hashLen === 20 ? 'sha1' : 'sha256').update(buf.subarray(0, buf.length - hashLen)).digest();
    if (!sum.equals(buf.subarray(buf.length - hashLen)))
        return undefined;
    const at = new Map();
    for (let i = 0; i < chunks; i++)
        at.set(buf.readUInt32BE(8 + 12 * i), Number(buf.readBigUInt64BE(12 + 12 * i)));
    const fanout = at.get(OIDF);
    const oids = at.get(OIDL);
    if (fanout === undefined || oids === undefined || fanout + 1024 > buf.length)
        return undefined;
    const count = buf.readUInt32BE(fanout + 4 * 255);
    if (oids + count * hashLen > buf.length)
        return undefined;
    const index = at.get(BIDX);
    const data = at.get(BDAT);
    const layer = { buf, hashLen, fanout, oids, count };
    if (index === undefined || data === undefined)
        return layer;
    if (index + 4 * count > buf.length || data + 12 > buf.length)
        return layer;
    const hashVersion = buf.readUInt32BE(data);
    const numHashes = buf.readUInt32BE(data + 4);
    if ((hashVersion !== 1 && hashVersion !== 2) || numHashes < 1 || numHashes > 32)
        return layer;
    if (count && data + 12 + buf.readUInt32BE(index + 4 * (count - 1)) > buf.length)
        return layer;
    layer.bloom = { index, data, hashVersion, numHashes };
    return layer;
}
function containsAll(buf, from, bits) {
    for (let i = 0; i < bits.length; i++) {
        const pos = bits[i];
        if (!(buf[from + (pos >>> 3)] & (1 << (pos & 7))))
            return false;
    }
    return true;
}
/** git's fill_bloom_key: two seeded murmur3 hashes, combined numHashes times. */
function bloomKey(data, numHashes, hashVersion) {
    const h0 = murmur3(0x293ae76f, data, hashVersion);
    const h1 = murmur3(0x7e646e2c, data, hashVersion);
    const out = new Uint32Array(numHashes);
    for (let i = 0; i < numHashes; i++)
        out[i] = (h0 + Math.imul(i, h1)) >>> 0;
    return out;
}
/**
 * murmur3_x86_32 as git computes it. Version 1 filters were written by a git that read bytes as (signed) char, so
 * bytes of 0x80 and above enter sign-extended; version 2 fixed that. Both are reproduced: a filter must be read
 * with the hash it was written with, or a changed non-ASCII path would look unchanged.
 */
function murmur3(seed, data, hashVersion) {
    const byte = (i) => {
        const b = data[i];
        return hashVersion === 1 && b >= 0x80 ? (b | 0xffffff00) >>> 0 : b;
    };
    let h = seed >>> 0;
    const len4 = data.length >>> 2;
    for (let i = 0; i < len4; i++) {
        let k = (byte(4 * i) | (byte(4 * i + 1) << 8) | (byte(4 * i + 2) << 16) | (byte(4 * i + 3) << 24)) >>> 0;
        k = Math.imul(rotl(Math.imul(k, 0xcc9e2d51), 15), 0x1b873593);
        h ^= k;
        h = (Math.imul(rotl(h, 13), 5) + 0xe6546b64) >>> 0;
    }
    const tail = len4 * 4;
    const rest = data.length & 3;
    if (rest) {
        let k1 = 0;
        for (let i = rest - 1; i >= 0; i--)
            k1 ^= byte(tail + i) << (8 * i);
        h ^= Math.imul(rotl(Math.imul(k1, 0xcc9e2d51), 15), 0x1b873593);
    }
    h ^= data.length;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
const rotl = (v, r) => ((v << r) | (v >>> (32 - r))) >>> 0;

;// CONCATENATED MODULE: ./.build/adapters/first-parent-history.js
// The first-parent history of some paths, from git, by the cheapest exact route. In a flat directory of thousands
// of apps every commit's tree diff walks the whole directory, so a walk costs about commits × apps whatever it asks
// (20,000 apps × 10,000 commits: 5.5 s of git). With changed-path Bloom filters in the commit-graph, only the
// commits that may touch a wanted path are diffed. Without them git walks, and pathspecs are used only when they
// pay: git tests every entry of a tree it diffs against every pathspec, up to the last entry a pathspec can match
// (20,000 apps × 10,000 commits: no pathspec 5.5 s; one path sorting last 8 s; 3 paths spread over apps/ 12 s;
// 9 paths 30 s; 50 paths 147 s; but 150 paths among the first 50 apps 1.3 s). So the cost of k pathspecs is
// about `extent × (k + 1) / 2` walks, where extent is how far into the tree (in git's order) the last one sorts.


/** Pathspecs only when they are expected to cost at most half the plain walk, and never more than this many. */
const PATHSPEC_LIMIT = 200;
/**
 * Whether to name the paths to git (see above). `extent`: the share of the tree's files (in git's order) up to the
 * last wanted path, when known; unknown, only a single path is named (at worst 1.45 walks).
 */
function usePathspecs(count, extent) {
    if (count === 1)
        return true;
    if (extent === undefined || count < 1 || count > PATHSPEC_LIMIT)
        return false;
    return (extent * (count + 1)) / 2 < 0.5;
}
/** Above this many filter tests (paths × commits; ~20 ns each) testing costs more than it can save. */
const TEST_LIMIT = 20_000_000;
/** When most commits are candidates anyway, one walk is cheaper than naming them. */
const CANDIDATE_SHARE = 0.5;
const RAW_LOG = ['--no-renames', '--raw', '--no-abbrev', '-z', '--format=%x01%H %cI'];
/**
 * The first-parent commits of `ref` that change one of `paths` (and possibly some that do not: callers keep what
 * they asked for), newest first, with their changes of those paths against the first parent. Without paths,
 * every commit with every change.
 */
async function firstParentHistory(git, ref, paths, extent) {
    const narrowed = paths?.length ? await throughFilters(git, ref, paths) : undefined;
    if (narrowed)
        return narrowed;
    const spec = paths && usePathspecs(paths.length, extent) ? [...paths].sort() : [];
    return parsed(git, ['log', '--first-parent', ...RAW_LOG, ref, '--', ...spec], undefined, paths);
}
async function throughFilters(git, ref, paths) {
    if (paths.some((p) => /[^\x20-\x7e]/.test(p)))
        return undefined; // kept simple: such paths take git's walk
    const graph = await openGraph(git);
    if (!graph)
        return undefined;
    const commits = (await must(git, ['rev-list', '--first-parent', ref])).split('\n').filter(Boolean);
    if (commits.length * paths.length > TEST_LIMIT)
        return undefined;
    const prepared = new PreparedPaths(paths);
    const candidates = [];
    for (const c of commits) {
        if (graph.mayChange(c, prepared)?.length === 0)
            continue;
        candidates.push(c);
        if (candidates.length > commits.length * CANDIDATE_SHARE)
            return undefined; // the walk is cheaper: stop testing
    }
    if (!candidates.length)
        return [];
    // Each named commit once, in the order given, each diffed against its first parent: the walk's own output for
    // those commits, so the answer is the same as the full walk's.
    const args = ['log', '--no-walk=unsorted', '--stdin', '--first-parent', ...RAW_LOG];
    return parsed(git, args, `${candidates.join('\n')}\n`, paths);
}
async function must(git, args, input, onText) {
    const r = await git.output(args, input, onText);
    if (r.code !== 0)
        throw new Error(`git ${args[0]} failed (exit ${r.code}): ${r.stderr.trim().split('\n').pop()}`);
    return r.stdout;
}
/**
 * A raw log parsed as it streams: every complete commit (each starts with \x01) is parsed as soon as the next one
 * begins, so a 20 MB walk is never held whole, nor copied into one string. Linear in the output, however it is cut.
 */
async function parsed(git, args, input, paths) {
    const commits = [];
    // Only the wanted paths' changes are kept: a repository's first commit alone adds every file.
    const wanted = paths?.length ? new Set(paths) : undefined;
    const keep = wanted && ((p) => wanted.has(p));
    let tail = '';
    const take = (s) => {
        // Only the new piece is searched: a commit of 120,000 changes (a repository's first) spans hundreds of pieces,
        // and searching the whole tail each time would copy it each time.
        const at = s.lastIndexOf('\x01');
        const cut = at < 0 ? -1 : tail.length + at;
        tail += s;
        if (cut <= 0)
            return;
        for (const c of git.parse(tail.slice(0, cut), keep))
            commits.push(c);
        tail = tail.slice(cut);
    };
    await must(git, args, input, take);
    for (const c of git.parse(tail, keep))
        commits.push(c);
    return commits;
}
/** The commit-graph git itself would read, unless git is told not to read graphs or their filters. */
async function openGraph(git) {
    const r = await git.output(['rev-parse', '--git-path', 'objects']);
    const dir = r.stdout.trim();
    if (r.code !== 0 || !dir)
        return undefined;
    const graph = await ChangedPathGraph.open((0,external_node_path_.isAbsolute)(dir) ? dir : (0,external_node_path_.join)(git.cwd, dir));
    // Asked only when there is a graph: most clones have none, and then this costs no process.
    if (!graph)
        return undefined;
    const keys = '^(core\\.commitgraph|commitgraph\\.readchangedpaths)$';
    const cfg = await git.output(['config', '--type=bool', '--get-regexp', keys]);
    return /\sfalse$/m.test(cfg.stdout) ? undefined : graph;
}

;// CONCATENATED MODULE: ./.build/adapters/git-cli.js
// GitPort on the git command line: argv arrays, never a shell. Commits are built with plumbing on a temporary
// index, so the user's working tree, index and branches are never touched. Large outputs (ls-tree, log, diff,
// grep) are read by a direct spawn that keeps Buffers and decodes once: @actions/exec's line buffer rescans
// NUL-separated output on every chunk (quadratic in an 8 MB `ls-tree -z`).











const REJECTED = /\[rejected\]|non-fast-forward|fetch first|stale info|\[remote rejected\].*(cannot lock ref|reference already exists|failed to update ref)/i;
const FATAL = new RegExp('Authentication failed|returned error: 40[13]|Permission to .* denied|GH006|protected branch'
    + '|could not read Username|Repository not found|returned error: 404', 'i');
/**
 * glibc malloc settings for git children (ignored elsewhere; a user's own settings win). Walking a history whose
 * directories hold thousands of entries, git allocates and frees a large tree buffer per commit; with the default
 * dynamic thresholds every one is fresh memory from the kernel: 10,000 commits of a 20,000-app repository spent
 * 0.6 s in page faults, 0.07 s with these. Both must be set: either alone turns the adjustment off and is worse.
 */
/** Blob reads remembered (see blob()). */
const BLOBS_KEPT = 16384;
/** Above this many paths, a partial snapshot lists the whole tree instead (see snapshotOf). */
const PARTIAL_LIMIT = 1000;
const MALLOC_TUNING = process.env.MALLOC_MMAP_THRESHOLD_ || process.env.MALLOC_TRIM_THRESHOLD_ ? {}
    : { MALLOC_MMAP_THRESHOLD_: String(64 << 20), MALLOC_TRIM_THRESHOLD_: String(256 << 20) };
class GitCli {
    opts;
    remote;
    env;
    ns = `refs/gitops-promote/${process.pid}-${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`;
    snapshots = new Map();
    batch;
    blobs = new Map();
    shallow;
    /** The private refs fetchBranch fetched into, for dispose to delete by name. */
    fetched = new Set();
    constructor(opts) {
        this.opts = opts;
        this.remote = opts.remote ?? 'origin';
        this.env = { ...MALLOC_TUNING, ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...opts.env };
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
            throw failure(args, r.exitCode, r.stderr);
        return { code: r.exitCode, stdout: r.stdout, stderr: r.stderr };
    }
    /** A command whose output may be large: stdout collected as Buffers, decoded once. */
    async output(args, o = {}) {
        this.opts.logger.debug(`git ${args.join(' ')}`);
        const r = await collect(args, this.opts.cwd, this.env);
        if (r.code !== 0 && !o.allowFail)
            throw failure(args, r.code, r.stderr);
        return r;
    }
    /** The remote's fetch URL (to scope auth), or undefined when there is no such remote. */
    async remoteUrl() {
        const r = await this.run(['remote', 'get-url', this.remote], { allowFail: true });
        return r.code === 0 ? r.stdout.trim() : undefined;
    }
    async fetchBranch(branch) {
        if (this.shallow === undefined) {
            this.shallow = (await this.run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
        }
        const ref = `${this.ns}/${branch}`;
        // Noted before the fetch: one that fails half-way may still have written the ref.
        this.fetched.add(ref);
        // A shallow clone (actions/checkout's default) stays shallow but deep enough to tell whether a push landed.
        const args = [
            'fetch', '--no-tags', '--no-write-fetch-head', '--quiet', ...(this.shallow ? ['--depth=50'] : []),
            this.remote, `+refs/heads/${branch}:${ref}`,
        ];
        const r = await this.run(args, { allowFail: true });
        if (r.code !== 0) {
            if (/couldn't find remote ref|could not find remote ref/i.test(r.stderr))
                return undefined;
            if (FATAL.test(r.stderr)) {
                throw new errors/* UserError */.y(`cannot fetch ${branch} from ${this.remote}: ${r.stderr.trim().split('\n').pop()}; `
                    + 'expected a token with contents access');
            }
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
    async snapshotOf(commit, paths) {
        // A long pathspec list costs git more than listing everything; a listed snapshot is kept for later askers.
        if (paths.length > PARTIAL_LIMIT || this.snapshots.has(commit))
            return this.snapshot(commit);
        return this.loadSnapshot(commit, paths);
    }
    async loadSnapshot(commit, only) {
        // Literal pathspecs: a file named `*.yaml` is that file, never a pattern.
        const spec = only ? ['--', ...only] : [];
        const literal = only ? ['--literal-pathspecs'] : [];
        const out = (await this.output([...literal, 'ls-tree', '-r', '-z', '--full-tree', commit, ...spec])).stdout;
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
        return {
            commit,
            files: [...blobs.keys()],
            modes,
            mode: (path) => modes.get(path),
            blobId: (path) => blobs.get(path),
            read: async (path) => {
                const sha = blobs.get(path);
                if (!sha) {
                    throw new errors/* UserError */.y(`not in the repository at ${commit.slice(0, 12)}; expected the file to exist`, path);
                }
                return (0,yaml_documents/* decodeText */.g)(await this.blob(sha), path);
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
            if (shas.length !== paths.length) {
                throw new Error(`git hash-object returned ${shas.length} ids for ${paths.length} files`);
            }
            const lines = paths.map((path, i) => `${snap.modes.get(path) ?? '100644'} ${shas[i]}\t${path}`);
            await this.run(['update-index', '--index-info'], { env, input: `${lines.join('\n')}\n` });
            const tree = (await this.run(['write-tree'], { env })).stdout.trim();
            const r = await this.run(['commit-tree', tree, '-p', parent, '-F', '-'], { input: message, allowFail: true });
            if (r.code !== 0) {
                if (/tell me who you are|empty ident|unable to auto-detect email/i.test(r.stderr)) {
                    throw new errors/* UserError */.y('git has no identity to commit with; '
                        + 'expected git config user.name and user.email (or GIT_AUTHOR_NAME/GIT_AUTHOR_EMAIL)');
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
        const message = r.stderr.trim().split('\n').filter((l) => l && !l.startsWith('To ')).slice(-2).join(' | ')
            || `exit ${r.code}`;
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
        return this.classify(await this.run([
            'push', '--porcelain', `--force-with-lease=refs/heads/${branch}:${expect}`, this.remote, `:refs/heads/${branch}`,
        ], { allowFail: true }));
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
        const out = (await this.output(args)).stdout;
        return out.split('\x1e').map((r) => r.replace(/^\n/, '')).filter(Boolean).map((r) => {
            const [sha, parents, authorName, authorDate, committerDate, message] = r.split('\0');
            return {
                sha: sha, parents: (parents ?? '').split(' ').filter(Boolean), authorName: authorName ?? '',
                authorDate: authorDate ?? '', committerDate: committerDate ?? '', message: message ?? '',
            };
        });
    }
    async firstParentChanges(ref, paths) {
        const git = {
            cwd: this.opts.cwd,
            parse: parseRawLog,
            output: (args, input, onText) => {
                this.opts.logger.debug(`git ${args.join(' ')}`);
                return collect(args, this.opts.cwd, this.env, input, onText);
            },
        };
        return firstParentHistory(git, ref, paths, paths?.length ? await this.extentOf(ref, paths) : undefined);
    }
    /**
     * How far into `ref`'s tree, in git's order, the last of `paths` lies (0..1), from the listing this run already
     * made of it; undefined when it made none. What a pathspec walk costs grows with it (first-parent-history.ts).
     */
    async extentOf(ref, paths) {
        const listed = this.snapshots.get(ref);
        if (!listed)
            return undefined;
        const files = (await listed).files;
        const want = new Set(paths);
        let last = -1;
        let found = 0;
        files.forEach((f, i) => {
            if (!want.has(f))
                return;
            found++;
            last = i;
        });
        // A wanted path the tree no longer holds could sort anywhere: then the extent is not known.
        return found === want.size ? (last + 1) / files.length : undefined;
    }
    async grepLines(commit, groups, pathspecs) {
        if (!groups.length || !pathspecs.length)
            return [];
        const expr = [];
        groups.forEach((g, i) => {
            if (i)
                expr.push('--or');
            expr.push('(', ...g.flatMap((s, j) => (j ? ['--and', '-e', s] : ['-e', s])), ')');
        });
        // -a: a file with NUL bytes is searched as text too (no "Binary file matches" line without its text).
        // One thread: over a commit's blobs git's threads mostly wait on each other's object reads (100,000
        // kustomizations: 0.49 s of CPU with one thread, 0.81 s with two, and slower on the clock too).
        const args = ['grep', '--threads', '1', '-n', '-z', '-a', '-F', '--no-color', '--full-name', ...expr, commit, '--'];
        args.push(...pathspecs);
        const r = await this.output(args, { allowFail: true });
        if (r.code > 1)
            throw new Error(`git grep failed (exit ${r.code}): ${r.stderr.trim().split('\n').pop()}`);
        return parseGrepLines(r.stdout, `${commit}:`);
    }
    async readBlob(id) {
        return (0,yaml_documents/* decodeText */.g)(await this.blob(id), id);
    }
    /**
     * A blob's bytes, read from git once while it is among the last BLOBS_KEPT asked for: drift reads each overlay
     * twice, moments apart, and a bound keeps 80,000 overlays from all staying in memory.
     */
    blob(id) {
        let b = this.blobs.get(id);
        if (!b) {
            this.batch ??= new CatFileBatch(this.opts.cwd, this.env);
            b = this.batch.read(id);
            if (this.blobs.size >= BLOBS_KEPT) {
                // The oldest half goes (a Map iterates in insertion order): amortised O(1) per read.
                let drop = BLOBS_KEPT / 2;
                for (const k of this.blobs.keys()) {
                    if (drop-- <= 0)
                        break;
                    this.blobs.delete(k);
                }
            }
            this.blobs.set(id, b);
        }
        return b;
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
        if (/^[0-9a-f]{40}$/.test(sha)) {
            await this.run(['fetch', '--no-tags', '--quiet', this.remote, sha], { allowFail: true });
        }
        const got = await this.resolveCommit(sha);
        if (!got) {
            throw new errors/* UserError */.y(`${what} commit ${JSON.stringify(sha)} is not in the clone and could not be fetched; `
                + 'expected a commit of this repository (use actions/checkout with fetch-depth: 0)');
        }
        return got;
    }
    async mergeBase(a, b) {
        const r = await this.run(['merge-base', a, b], { allowFail: true });
        return r.code === 0 ? r.stdout.trim() : undefined;
    }
    async changedFiles(base, head) {
        return (await this.output(['diff', '--name-only', '-z', '--no-renames', base, head]))
            .stdout.split('\0').filter(Boolean);
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
    /**
     * Remove the private refs this run fetched into, and stop the blob reader. The run knows its refs, so they are
     * deleted by name in one transaction (deleting a ref that is not there succeeds). Should that transaction fail
     * anyway, the namespace is listed and the refs found are deleted, as before.
     */
    async dispose() {
        this.batch?.close();
        if (!this.fetched.size)
            return;
        if ((await this.deleteRefs([...this.fetched])).code === 0)
            return;
        const listed = await this.run(['for-each-ref', '--format=%(refname)', this.ns], { allowFail: true });
        const refs = listed.stdout.split('\n').filter(Boolean);
        if (refs.length)
            await this.deleteRefs(refs);
    }
    deleteRefs(refs) {
        return this.run(['update-ref', '--stdin'], { input: refs.map((r) => `delete ${r}\n`).join(''), allowFail: true });
    }
}
/** A failed git command, named by its subcommand with the last lines git said about it. */
function failure(args, code, stderr) {
    return new Error(`git ${args[0]} failed (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
}
/**
 * git's stdout as one Buffer, decoded once (git itself is found on PATH, as @actions/exec finds it); or, with
 * `onText`, decoded as it arrives and handed over piece by piece (a history walk's output need not all be held).
 */
function collect(args, cwd, env, input, onText) {
    return new Promise((resolve, reject) => {
        const p = (0,external_node_child_process_.spawn)('git', args, { cwd, env, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
        // A git that exits early closes its stdin: that shows in its exit code, not as an unhandled EPIPE.
        p.stdin?.on('error', () => undefined);
        p.stdin?.end(input);
        const out = [];
        const err = [];
        const decoder = new external_node_string_decoder_.StringDecoder('utf8');
        p.stdout?.on('data', (d) => (onText ? onText(decoder.write(d)) : out.push(d)));
        p.stderr?.on('data', (d) => err.push(d));
        p.on('error', reject);
        p.on('close', (code) => {
            if (onText)
                onText(decoder.end());
            const stdout = onText ? '' : Buffer.concat(out).toString('utf8');
            resolve({ code: code ?? 1, stdout, stderr: Buffer.concat(err).toString('utf8') });
        });
    });
}
/** `git grep -n -z` output: `rev:path NUL line NUL text` per line (text may hold NULs of its own). */
function parseGrepLines(out, prefix) {
    const lines = [];
    for (const rec of out.split('\n')) {
        const a = rec.indexOf('\0');
        const b = a < 0 ? -1 : rec.indexOf('\0', a + 1);
        if (b < 0)
            continue;
        const path = rec.slice(0, a);
        lines.push({ file: path.startsWith(prefix) ? path.slice(prefix.length) : path, text: rec.slice(b + 1) });
    }
    return lines;
}
const NO_BLOB = /^0+$/;
/** `git log --raw -z --format=%x01%H %cI`: a header per commit, then `:modes shas status\0path\0` entries. */
function parseRawLog(out, keep) {
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
            const path = parts[i + 1];
            if (keep && !keep(path))
                continue;
            const [, newMode, , newBlob] = meta.slice(1).split(' ');
            const deleted = !newBlob || NO_BLOB.test(newBlob);
            c.changes.push({ path, blob: deleted ? undefined : newBlob, mode: deleted ? undefined : newMode });
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
  zY: () => (/* binding */ openGit),
  B8: () => (/* binding */ openRepo),
  pd: () => (/* binding */ resolveBranch)
});

// EXTERNAL MODULE: ./.build/adapters/git-cli.js + 3 modules
var git_cli = __webpack_require__(9163);
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




/** The clone's GitCli and its top directory: the check that cwd is a clone already asked git for it. */
async function openRepo(o) {
    const probe = new git_cli/* GitCli */.Tq({ cwd: o.cwd, logger: o.logger, env: o.env });
    const top = await probe.run(['rev-parse', '--show-toplevel'], { allowFail: true });
    if (top.code !== 0)
        throw new errors/* UserError */.y(`${(0,errors/* quote */.h)(o.cwd)} is not a git repository; expected a clone of the config repository (actions/checkout first)`);
    const root = top.stdout.trim();
    const url = await probe.remoteUrl();
    if (!url)
        throw new errors/* UserError */.y(`the repository in ${(0,errors/* quote */.h)(o.cwd)} has no remote "origin"; expected a clone of the config repository`);
    if (!o.token)
        return { git: probe, root };
    const auth = gitAuthEnv(o.token, url);
    o.mask?.(auth.secrets);
    return { git: new git_cli/* GitCli */.Tq({ cwd: o.cwd, logger: o.logger, env: { ...o.env, ...auth.env } }), root };
}
async function openGit(o) {
    return (await openRepo(o)).git;
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
    return (0,promote_session/* openRepo */.B8)({ cwd, token: withToken ? tokenFromEnv() : undefined, logger });
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
        if (!token || !repository) {
            throw new errors/* UserError */.y('--mode pull-request needs GITOPS_PROMOTE_TOKEN (or GITHUB_TOKEN) in the environment '
                + 'and a GitHub origin; expected both');
        }
        const { pullRequestsOver } = await __webpack_require__.e(/* import() */ 81).then(__webpack_require__.bind(__webpack_require__, 2081));
        const { fetchClient } = await __webpack_require__.e(/* import() */ 419).then(__webpack_require__.bind(__webpack_require__, 8419));
        const client = fetchClient(token, process.env.GITHUB_API_URL || 'https://api.github.com', { logger });
        return pullRequestsOver(client.request, client.graphql, repository);
    };
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

/***/ 7196:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ft: () => (/* binding */ placeholders),
/* harmony export */   GS: () => (/* binding */ fill),
/* harmony export */   pi: () => (/* binding */ literalSuffix),
/* harmony export */   wE: () => (/* binding */ compile)
/* harmony export */ });
// Target file templates: `apps/{app}/overlays/{env}-{region}/kustomization.yaml`. Matching them against the
// repository's file list discovers apps, envs and regions, so 500 apps need not be listed one by one.
const PLACEHOLDER = /\{(app|env|region)\}/g;
const PLACEHOLDER_AT = /\{(app|env|region)\}/;
function placeholders(template) {
    return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}
const pieces = new Map();
/** Fill the placeholders that are bound; unbound ones stay as `{name}`. (80,000 targets fill two templates each.) */
function fill(template, b) {
    let parts = pieces.get(template);
    if (!parts) {
        if (pieces.size > 1000)
            pieces.clear(); // templates are few; filled ones (a region's missing file) are not
        pieces.set(template, (parts = template.split(/(\{(?:app|env|region)\})/)));
    }
    let out = parts[0];
    for (let i = 1; i < parts.length; i += 2)
        out += (b[parts[i].slice(1, -1)] ?? parts[i]) + parts[i + 1];
    return out;
}
/** The literal text after a template's last placeholder (all of it when there is none). */
function literalSuffix(template) {
    const all = [...template.matchAll(PLACEHOLDER)];
    const last = all[all.length - 1];
    return last ? template.slice((last.index ?? 0) + last[0].length) : template;
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
    // The literal text before the first and after the last placeholder: most paths of a big repository fail these
    // cheap tests, and the regular expression runs only on the rest.
    const first = template.search(PLACEHOLDER_AT);
    const prefix = first < 0 ? template : template.slice(0, first);
    const suffix = first < 0 ? '' : template.slice(last);
    return (path) => {
        if (!path.startsWith(prefix) || !path.endsWith(suffix))
            return undefined;
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
    const found = scanTargets(config, files, singleAppName);
    const envs = config.environments ?? zeroConfigEnvs(found);
    const byName = new Map(envs.map((e) => [e.name, e]));
    const missing = [];
    for (const env of envs) {
        if (!env.regions)
            continue;
        const byApp = new Map();
        for (const t of found) {
            if (t.env !== env.name || t.region === undefined)
                continue;
            const list = byApp.get(t.app);
            if (list)
                list.push(t);
            else
                byApp.set(t.app, [t]);
        }
        for (const [app, ts] of byApp) {
            for (const region of env.regions) {
                if (!ts.some((t) => t.region === region)) {
                    const like = ts[0];
                    missing.push({ app, env: env.name, region, file: (0,_config_templates_js__WEBPACK_IMPORTED_MODULE_1__/* .fill */ .GS)(like.template ?? like.file, { region }) });
                }
            }
        }
    }
    const targets = found.filter((t) => {
        const env = byName.get(t.env);
        return env !== undefined && (t.region === undefined || !env.regions || env.regions.includes(t.region));
    });
    return { envs, apps: sortTargets(targets), targets, missing };
}
/** Every target the templates find among the files, each once. */
function scanTargets(config, files, singleAppName) {
    const envChoices = config.environments ? config.environments.map((e) => e.name) : ALL_KNOWN;
    const found = [];
    const seen = new Set();
    const overridden = new Set(Object.keys(config.apps));
    // Files by the literal end of the templates (most templates share one): one pass over the file list for each.
    const bySuffix = new Map();
    const candidates = (suffix) => {
        let list = bySuffix.get(suffix);
        if (!list)
            bySuffix.set(suffix, (list = files.filter((f) => f.endsWith(suffix))));
        return list;
    };
    const scan = (tpl, fixedApp) => {
        const template = fixedApp ? (0,_config_templates_js__WEBPACK_IMPORTED_MODULE_1__/* .fill */ .GS)(tpl.file, { app: fixedApp }) : tpl.file;
        const envs = tpl.env ?? envChoices;
        const hasEnv = (0,_config_templates_js__WEBPACK_IMPORTED_MODULE_1__/* .placeholders */ .Ft)(template).includes('env');
        const match = (0,_config_templates_js__WEBPACK_IMPORTED_MODULE_1__/* .compile */ .wE)(template, { env: envs });
        for (const f of candidates((0,_config_templates_js__WEBPACK_IMPORTED_MODULE_1__/* .literalSuffix */ .pi)(template))) {
            const b = match(f);
            if (!b)
                continue;
            const app = fixedApp ?? b.app ?? singleAppName;
            if (!fixedApp && overridden.has(app))
                continue;
            if (!(0,_config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .isSafeName */ .TE)(app))
                continue;
            for (const env of hasEnv ? [b.env] : envs) {
                const t = {
                    app, env, region: b.region, file: f, image: tpl.image ? (0,_config_templates_js__WEBPACK_IMPORTED_MODULE_1__/* .fill */ .GS)(tpl.image, { app, env }) : undefined,
                    path: tpl.path, document: tpl.document, template: (0,_config_templates_js__WEBPACK_IMPORTED_MODULE_1__/* .fill */ .GS)(template, { app, env }),
                };
                const key = `${t.app}\0${t.env}\0${t.file}\0${t.image ?? ''}\0${t.path ?? ''}\0${t.document ?? ''}`;
                if (seen.has(key))
                    continue;
                seen.add(key);
                found.push(t);
            }
        }
    };
    for (const tpl of config.targets)
        scan(tpl);
    for (const [app, spec] of Object.entries(config.apps))
        for (const tpl of spec.targets)
            scan(tpl, app);
    return found;
}
function zeroConfigEnvs(found) {
    const names = [...new Set(found.map((t) => t.env))].filter((n) => (0,_config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .knownRank */ .UC)(n) !== undefined);
    names.sort((a, b) => (0,_config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .knownRank */ .UC)(a) - (0,_config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .knownRank */ .UC)(b));
    for (let i = 1; i < names.length; i++) {
        if ((0,_config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .knownRank */ .UC)(names[i]) === (0,_config_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .knownRank */ .UC)(names[i - 1])) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`the repository has overlays for both ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(names[i - 1])} `
                + `and ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(names[i])}, which zero-config reads as the same environment; `
                + `add ${'gitops-promote.yaml'} with environments: to say which is which`);
        }
    }
    return names.map((name) => ({ name }));
}
/**
 * Sorts targets by app, then file (localeCompare, as people read lists) and returns the sorted app names. The apps
 * are ranked once: 80,000 targets compared by localeCompare cost more than the rest of discovery.
 */
function sortTargets(targets) {
    const apps = [...new Set(targets.map((t) => t.app))].sort((a, b) => a.localeCompare(b));
    const rank = new Map(apps.map((a, i) => [a, i]));
    targets.sort((a, b) => rank.get(a.app) - rank.get(b.app)
        || (a.file === b.file ? 0 : a.file.localeCompare(b.file)));
    return apps.sort();
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
const indexes = new WeakMap();
/** The targets of an app in an environment, in layout order; indexed once per layout (drift asks per cell). */
function targetsOf(layout, app, env) {
    let index = indexes.get(layout);
    if (!index) {
        index = new Map();
        for (const t of layout.targets) {
            const key = `${t.app}\0${t.env}`;
            const list = index.get(key);
            if (list)
                list.push(t);
            else
                index.set(key, [t]);
        }
        indexes.set(layout, index);
    }
    return [...(index.get(`${app}\0${env}`) ?? [])];
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${kind} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(value)} is not allowed; expected letters, digits, ".", "_" or "-" `
            + '(not starting with "-" or ".", no "..", at most 63 characters)');
    }
    return value;
}
/** A branch name git accepts and no option parser can mistake for a flag. */
function checkBranch(kind, value) {
    const bad = value === '' || value.startsWith('-') || value.startsWith('/') ||
        value.endsWith('/') || value.endsWith('.') || value.endsWith('.lock') ||
        value.includes('..') || value.includes('//') || value.includes('@{') || value === '@' ||
        /[\x00-\x20\x7f~^:?*[\\]/.test(value) || value.split('/').some((p) => p.startsWith('.')) || value.length > 200;
    if (bad) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${kind} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(value)} is not a valid branch name; `
            + 'expected something like main or release/2026-11 (no "..", spaces, ~^:?*[\\, not starting with "-")');
    }
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
