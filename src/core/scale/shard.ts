// `--shard I/N`: one of N jobs takes the apps whose name hashes to it. The hash is of the app's name alone, so
// adding or removing apps moves no other app between shards (changing N moves them, as it must).
import { UserError, quote } from '../errors.js';
import type { Layout } from '../layout.js';

export interface Shard { index: number; count: number }

/** "2/4" → { index: 2, count: 4 } (1-based, as people count jobs); a UserError otherwise. */
export function parseShard(text: string, flag: string): Shard {
  const m = /^([0-9]{1,4})\/([0-9]{1,4})$/.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    throw new UserError(`${flag} ${quote(text)} is not a shard; expected I/N with 1 ≤ I ≤ N ≤ 9999, such as 1/4`);
  }
  return { index, count };
}

/** FNV-1a (32 bits) of the name's UTF-8 bytes: stable across runs, machines and Node versions. */
export function nameHash(name: string): number {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(name, 'utf8')) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h;
}

export const shardOf = (app: string, count: number): number => (nameHash(app) % count) + 1;

/** The layout cut down to the shard's apps (environments stay: they are the whole repository's). */
export function shardLayout(layout: Layout, shard: Shard | undefined): Layout {
  if (!shard || shard.count === 1) return layout;
  const mine = (app: string): boolean => shardOf(app, shard.count) === shard.index;
  return {
    envs: layout.envs,
    apps: layout.apps.filter(mine),
    targets: layout.targets.filter((t) => mine(t.app)),
    missing: layout.missing.filter((m) => mine(m.app)),
  };
}
