// git's changed-path Bloom filters, read from the commit-graph file itself (gitformat-commit-graph(5); the hashing
// follows git's bloom.c). Why not let git consult them: git 2.39 does so only when a log names ONE path, and the
// history we need names hundreds (a PR's targets, drift's open questions). One process per path costs ~20 ms of
// start-up each; testing the filters here costs microseconds per commit, and git is then asked for the diffs of
// only the commits that may have touched a wanted path. A filter never misses a changed path (no false negatives),
// so this narrows the walk without changing its answer: every candidate's diff still comes from git.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

interface Layer {
  buf: Buffer;
  hashLen: number;
  fanout: number;
  oids: number;
  count: number;
  /** Absent when this layer carries no filters: its commits are always candidates. */
  bloom?: { index: number; data: number; hashVersion: number; numHashes: number };
}

/** A wanted path's Bloom keys: the path and each leading directory (git adds them all), per hash settings. */
type Keys = Uint32Array[];

const CHUNK = (id: string): number => Buffer.from(id, 'latin1').readUInt32BE(0);
const [OIDF, OIDL, BIDX, BDAT] = ['OIDF', 'OIDL', 'BIDX', 'BDAT'].map(CHUNK) as [number, number, number, number];

export class ChangedPathGraph {
  private constructor(private readonly layers: readonly Layer[]) {}

  /**
   * The graph of an objects directory (a split chain or one file), or undefined when there is none, it cannot be
   * read, or any layer lacks changed-path filters (then git's own walk is as good as anything here).
   */
  static async open(objectsDir: string): Promise<ChangedPathGraph | undefined> {
    const info = join(objectsDir, 'info');
    const chain = await readFile(join(info, 'commit-graphs', 'commit-graph-chain'), 'latin1').catch(() => undefined);
    const files = chain === undefined
      ? [join(info, 'commit-graph')]
      : chain.split('\n').filter(Boolean).map((h) => join(info, 'commit-graphs', `graph-${h}.graph`));
    if (files.some((f) => !/[/\\](commit-graph|graph-[0-9a-f]{40,64}\.graph)$/.test(f))) return undefined;
    const layers: Layer[] = [];
    for (const f of files) {
      const buf = await readFile(f).catch(() => undefined);
      const layer = buf && parseLayer(buf);
      if (!layer?.bloom) return undefined;
      layers.push(layer);
    }
    return layers.length ? new ChangedPathGraph(layers) : undefined;
  }

  /**
   * Which of `paths` the commit may have changed against its first parent: indexes into `paths` (possibly with
   * false positives), or undefined when the graph cannot say (commit not in it, filter not computed or too large).
   */
  mayChange(oid: string, paths: PreparedPaths): number[] | undefined {
    const at = this.find(oid);
    if (!at) return undefined;
    const { layer, pos } = at;
    const b = layer.bloom as NonNullable<Layer['bloom']>;
    const end = layer.buf.readUInt32BE(b.index + 4 * pos);
    const start = pos ? layer.buf.readUInt32BE(b.index + 4 * (pos - 1)) : 0;
    const len = end - start;
    // Length 0: no filter was computed for this commit; git falls back to the diff, and so do we.
    if (len <= 0) return undefined;
    const from = b.data + 12 + start;
    if (len === 1 && layer.buf[from] === 0xff) return undefined; // "too many changes": every path may have changed
    const bits = paths.bitsFor(b.hashVersion, b.numHashes, len * 8);
    const out: number[] = [];
    for (let i = 0; i < bits.length; i++) if (containsAll(layer.buf, from, bits[i] as Int32Array)) out.push(i);
    return out;
  }

  private find(oid: string): { layer: Layer; pos: number } | undefined {
    for (const layer of this.layers) {
      if (oid.length !== layer.hashLen * 2) return undefined;
      const want = Buffer.from(oid, 'hex');
      const first = want[0] as number;
      let lo = first ? layer.buf.readUInt32BE(layer.fanout + 4 * (first - 1)) : 0;
      let hi = layer.buf.readUInt32BE(layer.fanout + 4 * first);
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const at = layer.oids + mid * layer.hashLen;
        const c = layer.buf.compare(want, 0, layer.hashLen, at, at + layer.hashLen);
        if (c === 0) return { layer, pos: mid };
        if (c > 0) hi = mid;
        else lo = mid + 1;
      }
    }
    return undefined;
  }
}

/** Paths hashed once per filter setting, however many commits are tested. */
export class PreparedPaths {
  private readonly bySetting = new Map<string, Keys[]>();
  private readonly bySize = new Map<string, Int32Array[]>();

  constructor(readonly paths: readonly string[]) {}

  /**
   * Each path's bit positions in a filter of `size` bits. Filters come in few sizes (a commit that changes one file
   * sets a 64-bit one), and a hash above 2^31 makes `%` a floating-point division: worked out once per size, a test
   * is then a few byte reads.
   */
  bitsFor(hashVersion: number, numHashes: number, size: number): Int32Array[] {
    const id = `${hashVersion}:${numHashes}:${size}`;
    let bits = this.bySize.get(id);
    if (!bits) {
      if (this.bySize.size > 64) this.bySize.clear();
      const keys = this.keysFor(hashVersion, numHashes);
      bits = keys.map((ks) => Int32Array.from(ks.flatMap((k) => [...k].map((h) => h % size))));
      this.bySize.set(id, bits);
    }
    return bits;
  }

  keysFor(hashVersion: number, numHashes: number): Keys[] {
    const id = `${hashVersion}:${numHashes}`;
    let k = this.bySetting.get(id);
    if (!k) {
      // The full path first: it rules out most commits on its own; then each leading directory (git adds them all).
      k = this.paths.map((path) => {
        const keys: Keys = [];
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
function parseLayer(buf: Buffer): Layer | undefined {
  if (buf.length < 8 || buf.toString('latin1', 0, 4) !== 'CGPH' || buf[4] !== 1) return undefined;
  const hashLen = buf[5] === 1 ? 20 : buf[5] === 2 ? 32 : 0;
  const chunks = buf[6] as number;
  if (!hashLen || buf.length < 8 + 12 * (chunks + 1) + hashLen) return undefined;
  const sum = createHash(hashLen === 20 ? 'sha1' : 'sha256').update(buf.subarray(0, buf.length - hashLen)).digest();
  if (!sum.equals(buf.subarray(buf.length - hashLen))) return undefined;
  const at = new Map<number, number>();
  for (let i = 0; i < chunks; i++) at.set(buf.readUInt32BE(8 + 12 * i), Number(buf.readBigUInt64BE(12 + 12 * i)));
  const fanout = at.get(OIDF);
  const oids = at.get(OIDL);
  if (fanout === undefined || oids === undefined || fanout + 1024 > buf.length) return undefined;
  const count = buf.readUInt32BE(fanout + 4 * 255);
  if (oids + count * hashLen > buf.length) return undefined;
  const index = at.get(BIDX);
  const data = at.get(BDAT);
  const layer: Layer = { buf, hashLen, fanout, oids, count };
  if (index === undefined || data === undefined) return layer;
  if (index + 4 * count > buf.length || data + 12 > buf.length) return layer;
  const hashVersion = buf.readUInt32BE(data);
  const numHashes = buf.readUInt32BE(data + 4);
  if ((hashVersion !== 1 && hashVersion !== 2) || numHashes < 1 || numHashes > 32) return layer;
  if (count && data + 12 + buf.readUInt32BE(index + 4 * (count - 1)) > buf.length) return layer;
  layer.bloom = { index, data, hashVersion, numHashes };
  return layer;
}

function containsAll(buf: Buffer, from: number, bits: Int32Array): boolean {
  for (let i = 0; i < bits.length; i++) {
    const pos = bits[i] as number;
    if (!((buf[from + (pos >>> 3)] as number) & (1 << (pos & 7)))) return false;
  }
  return true;
}

/** git's fill_bloom_key: two seeded murmur3 hashes, combined numHashes times. */
export function bloomKey(data: Buffer, numHashes: number, hashVersion: number): Uint32Array {
  const h0 = murmur3(0x293ae76f, data, hashVersion);
  const h1 = murmur3(0x7e646e2c, data, hashVersion);
  const out = new Uint32Array(numHashes);
  for (let i = 0; i < numHashes; i++) out[i] = (h0 + Math.imul(i, h1)) >>> 0;
  return out;
}

/**
 * murmur3_x86_32 as git computes it. Version 1 filters were written by a git that read bytes as (signed) char, so
 * bytes of 0x80 and above enter sign-extended; version 2 fixed that. Both are reproduced: a filter must be read
 * with the hash it was written with, or a changed non-ASCII path would look unchanged.
 */
export function murmur3(seed: number, data: Buffer, hashVersion: number): number {
  const byte = (i: number): number => {
    const b = data[i] as number;
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
    for (let i = rest - 1; i >= 0; i--) k1 ^= byte(tail + i) << (8 * i);
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

const rotl = (v: number, r: number): number => ((v << r) | (v >>> (32 - r))) >>> 0;
