// The http check: a GET whose status, JSON version field and body say whether the promoted version is live.
import type { HttpPort, HttpResponse } from '../ports.js';
import { oneLine, sameVersion, type Observation } from './observation.js';
import type { HttpTarget } from './spec.js';

/** The value at a parsed field path, or undefined. */
export function fieldAt(doc: unknown, path: readonly (string | number)[]): unknown {
  let v: unknown = doc;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

export function evaluateHttp(t: HttpTarget, res: HttpResponse): Observation {
  const via = res.redirects ? ` (after ${res.redirects} redirect${res.redirects === 1 ? '' : 's'})` : '';
  if (!t.expectStatus.includes(res.status)) {
    return { verdict: 'fail', detail: `status ${res.status}${via}, expected ${t.expectStatus.join(' or ')}` };
  }
  let version: string | undefined;
  if (t.versionPath) {
    let doc: unknown;
    try {
      doc = JSON.parse(res.body);
    } catch (e) {
      return {
        verdict: 'fail',
        detail: `status ${res.status}${via}, but the body is not JSON (${oneLine((e as Error).message, 80)}); ` +
          `expected a JSON object with ${t.versionField}`,
      };
    }
    const v = fieldAt(doc, t.versionPath);
    if (v === undefined || v === null) {
      return { verdict: 'fail', detail: `status ${res.status}${via}, but the JSON body has no ${t.versionField}` };
    }
    if (typeof v === 'object') {
      return { verdict: 'fail', detail: `status ${res.status}${via}, but ${t.versionField} is not a string or number` };
    }
    version = String(v);
    if (t.expectVersion !== undefined && !sameVersion(version, t.expectVersion)) {
      return {
        verdict: 'pending', detail: `status ${res.status}${via}, version ${version}, expected ${t.expectVersion}`,
        waiting: `to report ${t.expectVersion} (now ${version})`, version,
      };
    }
  }
  if (t.bodyMatch && !t.bodyMatch.test(res.body)) {
    return {
      verdict: 'fail',
      detail: `status ${res.status}${via}${version !== undefined ? `, version ${version}` : ''}, ` +
        `but the body does not match /${t.bodyMatch.source}/`,
      version,
    };
  }
  return {
    verdict: 'pass',
    detail: `status ${res.status}${via}${version !== undefined ? `, version ${version}` : ''}`,
    version,
  };
}

export async function probeHttp(t: HttpTarget, http: HttpPort, timeoutMs: number): Promise<Observation> {
  let res: HttpResponse;
  try {
    res = await http.get({ url: t.url, headers: t.headers, timeoutMs });
  } catch (e) {
    return { verdict: 'fail', detail: oneLine((e as Error).message) };
  }
  return evaluateHttp(t, res);
}
