// The prometheus check: an instant query (GET /api/v1/query) whose result the success and failure conditions
// judge. Response shapes are Prometheus' HTTP API: {status, data: {resultType, result}} with values as strings
// ("0.97", "NaN", "+Inf"). The result is what Argo Rollouts hands its conditions (metricproviders/prometheus/
// prometheus.go, processResponse): a number for a scalar, a list of numbers for a vector (and for a matrix, every
// value of every series).
import type { HttpPort, HttpResponse } from '../ports.js';
import { judge, show, type Judgement, type Val } from './expression.js';
import { oneLine, type Observation } from './observation.js';
import { displayUrl, type PrometheusTarget } from './spec.js';

/** A sample value as Prometheus writes it: "1.5", "NaN", "+Inf", "-Inf". */
export function promNumber(s: unknown): number {
  if (typeof s !== 'string') return Number.NaN;
  if (s === '+Inf' || s === 'Inf') return Number.POSITIVE_INFINITY;
  if (s === '-Inf') return Number.NEGATIVE_INFINITY;
  return Number(s);
}

/** The `result` of an instant-query response, or what is wrong with it. */
export function promResult(doc: unknown): { result: Val } | { error: string; errorType?: string } {
  type Doc = { status?: string; error?: string; errorType?: string; data?: { resultType?: string; result?: unknown } };
  const d = doc as Doc;
  if (d?.status === 'error') {
    return { error: `${d.errorType ?? 'error'}: ${d.error ?? 'no message'}`, errorType: d.errorType };
  }
  if (d?.status !== 'success' || !d.data) {
    return { error: 'the response is not a Prometheus query result (no status: success and data)' };
  }
  const { resultType, result } = d.data;
  const series = Array.isArray(result) ? result : [];
  switch (resultType) {
    case 'scalar':
      return { result: promNumber((result as unknown[])?.[1]) };
    case 'vector':
      return { result: series.map((r: { value?: unknown[] }) => promNumber(r?.value?.[1])) };
    case 'matrix':
      // A range vector: every value of every series, as Argo Rollouts flattens a matrix.
      return {
        result: series.flatMap((r: { values?: unknown[][] }) => (r?.values ?? []).map((v) => promNumber(v?.[1]))),
      };
    default:
      // Argo Rollouts: "Prometheus metric type not supported" (Error).
      return {
        error: `result type ${JSON.stringify(resultType)} cannot be judged; expected a vector or scalar query`,
        errorType: 'unsupported',
      };
  }
}

/** "result 0.97", "result [0.1, 0.2] (2 samples)", "no data". */
function shown(r: Val): string {
  if (!Array.isArray(r)) return `result ${show(r)}`;
  if (r.length === 0) return 'no data';
  return r.length === 1 ? `result ${show(r[0] as Val)}` : `result ${show(r)} (${r.length} samples)`;
}

/** The value for the sparkline: the scalar, or the first sample. */
function firstValue(r: Val): number | undefined {
  const v = Array.isArray(r) ? r[0] : r;
  return typeof v === 'number' ? v : undefined;
}

/**
 * Argo Rollouts' phase as an observation. An Error that the data may clear (no sample yet, an index past the end)
 * is inconclusive, as Argo Rollouts measures again after it; one that no data can fix (a field of a number, a
 * string compared with a number) stops the run: the verdict is unknown, never unhealthy.
 */
function observe(j: Judgement, r: Val): Observation {
  const detail = `${shown(r)}: ${j.why}`;
  const value = firstValue(r);
  if (j.verdict !== 'error') return { verdict: j.verdict, detail, value };
  return j.waitable ? { verdict: 'inconclusive', detail, value } : { verdict: 'error', detail, value, fatal: true };
}

/** What an answer that is not a result says: a refused credential or a query that does not parse will not change. */
function notAResult(t: PrometheusTarget, res: HttpResponse, error: string, errorType?: string): Observation {
  const lasting = errorType === 'bad_data' || errorType === 'unsupported' || res.status === 400;
  const detail = `prometheus: ${oneLine(error)} (status ${res.status})`;
  if (lasting) return { verdict: 'error', detail, fatal: true };
  return { verdict: 'inconclusive', detail: `${detail}; will ask again` };
}

export function evaluatePrometheus(t: PrometheusTarget, res: HttpResponse): Observation {
  if (res.status === 401 || res.status === 403) {
    return { verdict: 'error', detail: `prometheus refused the credentials (status ${res.status})`, fatal: true };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(res.body);
  } catch {
    const api = `the Prometheus HTTP API at ${displayUrl(t.url)}`;
    const detail = `status ${res.status}: the body is not JSON; expected ${api}`;
    // A page that answers (200, 404) is not Prometheus and will not become it; a 5xx may be a passing outage.
    if ((res.status >= 200 && res.status < 300) || res.status === 404) return { verdict: 'error', detail, fatal: true };
    return { verdict: 'inconclusive', detail: `${detail}; will ask again` };
  }
  const parsed = promResult(doc);
  if ('error' in parsed) return notAResult(t, res, parsed.error, parsed.errorType);
  return observe(judge(t.success, t.failure, parsed.result), parsed.result);
}

export async function probePrometheus(t: PrometheusTarget, http: HttpPort, timeoutMs: number): Promise<Observation> {
  const url = new URL('api/v1/query', t.url.endsWith('/') ? t.url : `${t.url}/`);
  url.searchParams.set('query', t.query);
  url.searchParams.set('timeout', `${Math.max(1, Math.floor(timeoutMs / 1000))}s`);
  let res: HttpResponse;
  try {
    res = await http.get({ url: url.toString(), headers: t.headers, timeoutMs });
  } catch (e) {
    // Prometheus out of reach says nothing about the service: no verdict from this sample (Argo Rollouts: Error).
    return { verdict: 'inconclusive', detail: `prometheus: ${oneLine((e as Error).message)}; will ask again` };
  }
  return evaluatePrometheus(t, res);
}
