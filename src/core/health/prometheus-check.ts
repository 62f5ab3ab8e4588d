// The prometheus check: an instant query (GET /api/v1/query) whose result the success and failure conditions
// judge. Response shapes are Prometheus' HTTP API: {status, data: {resultType, result}} with values as strings
// ("0.97", "NaN", "+Inf").
import type { HttpPort, HttpResponse } from '../ports.js';
import { judge, type Samples } from './expression.js';
import { oneLine, type Observation } from './observation.js';
import { displayUrl, type PrometheusTarget } from './spec.js';

/** A sample value as Prometheus writes it: "1.5", "NaN", "+Inf", "-Inf". */
export function promNumber(s: unknown): number {
  if (typeof s !== 'string') return Number.NaN;
  if (s === '+Inf' || s === 'Inf') return Number.POSITIVE_INFINITY;
  if (s === '-Inf') return Number.NEGATIVE_INFINITY;
  return Number(s);
}

/** The samples of an instant-query response, or what is wrong with it. */
export function promSamples(doc: unknown): { samples: Samples } | { error: string; errorType?: string } {
  const d = doc as { status?: string; error?: string; errorType?: string; data?: { resultType?: string; result?: unknown } };
  if (d?.status === 'error') return { error: `${d.errorType ?? 'error'}: ${d.error ?? 'no message'}`, errorType: d.errorType };
  if (d?.status !== 'success' || !d.data) return { error: 'the response is not a Prometheus query result (no status: success and data)' };
  const { resultType, result } = d.data;
  switch (resultType) {
    case 'scalar':
      return { samples: [promNumber((result as unknown[])?.[1])] };
    case 'vector':
      return { samples: ((result as { value?: unknown[] }[]) ?? []).map((r) => promNumber(r.value?.[1])) };
    case 'matrix':
      // A range query result: the latest value of each series.
      return { samples: ((result as { values?: unknown[][] }[]) ?? []).map((r) => promNumber(r.values?.[r.values.length - 1]?.[1])) };
    default:
      return { error: `result type ${JSON.stringify(resultType)} cannot be judged; expected a vector or scalar query` };
  }
}

const fmt = (v: number): string => (Number.isNaN(v) ? 'NaN' : Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(6))));

export function evaluatePrometheus(t: PrometheusTarget, res: HttpResponse): Observation {
  if (res.status === 401 || res.status === 403) return { verdict: 'fail', detail: `prometheus refused the credentials (status ${res.status})`, fatal: true };
  let doc: unknown;
  try {
    doc = JSON.parse(res.body);
  } catch {
    return { verdict: 'fail', detail: `status ${res.status}: the body is not JSON; expected the Prometheus HTTP API at ${displayUrl(t.url)}` };
  }
  const parsed = promSamples(doc);
  if ('error' in parsed) {
    // A query Prometheus cannot parse (bad_data, 400) or a refused credential never gets better by waiting.
    const fatal = parsed.errorType === 'bad_data' || res.status === 400;
    return { verdict: 'fail', detail: `prometheus: ${oneLine(parsed.error)} (status ${res.status})`, fatal };
  }
  const s = parsed.samples;
  const { verdict, why } = judge(t.success, t.failure, s);
  const shown = s.length === 0 ? 'no data' : `result ${fmt(s[0] as number)}${s.length > 1 ? ` (${s.length} samples)` : ''}`;
  return { verdict, detail: `${shown}: ${why}`, value: s.length ? (s[0] as number) : undefined };
}

export async function probePrometheus(t: PrometheusTarget, http: HttpPort, timeoutMs: number): Promise<Observation> {
  const url = new URL('api/v1/query', t.url.endsWith('/') ? t.url : `${t.url}/`);
  url.searchParams.set('query', t.query);
  url.searchParams.set('timeout', `${Math.max(1, Math.floor(timeoutMs / 1000))}s`);
  let res: HttpResponse;
  try {
    res = await http.get({ url: url.toString(), headers: t.headers, timeoutMs });
  } catch (e) {
    return { verdict: 'fail', detail: `prometheus: ${oneLine((e as Error).message)}` };
  }
  return evaluatePrometheus(t, res);
}
