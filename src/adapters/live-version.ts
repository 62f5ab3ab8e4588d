// Reads the version a running service reports (e.g. GET https://eu.example.com/web/api/version → {"version": …}).
import type { DriftConfig } from '../core/config/config.js';
import { fill } from '../core/config/templates.js';

export type LiveReader = (app: string, env: string, region: string | undefined) => Promise<{ version?: string; error?: string } | undefined>;

function field(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), data);
}

export function liveReader(live: NonNullable<DriftConfig['live']>, timeoutMs = 10_000): LiveReader {
  return async (app, env, region) => {
    const spec = live[env];
    if (!spec) return undefined;
    const url = fill(spec.url, { app, env, region }).replace('{region}', '');
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
      if (!res.ok) return { error: `${url} answered HTTP ${res.status}` };
      const v = field(await res.json(), spec.field ?? 'version');
      return typeof v === 'string' || typeof v === 'number' ? { version: String(v) } : { error: `${url} has no ${spec.field ?? 'version'} field` };
    } catch (e) {
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      return { error: `${url}: ${cause?.code ?? cause?.message ?? (e as Error).message}` };
    }
  };
}
