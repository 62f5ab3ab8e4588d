// The argocd check: GET /api/v1/applications/{name} (Argo CD's ApplicationService_Get) with a bearer token.
// Fields read, as Argo CD's published swagger (assets/swagger.json) names them: v1alpha1Application.status
// (v1alpha1ApplicationStatus) → sync (v1alpha1SyncStatus: revision, revisions[] for multi-source apps, status
// Synced/OutOfSync/Unknown), health (v1alpha1AppHealthStatus: status Healthy/Progressing/Degraded/Suspended/
// Missing/Unknown, message), operationState (v1alpha1OperationState: phase, message, syncResult.revision).
import type { HttpPort, HttpResponse } from '../ports.js';
import { oneLine, revisionHasCommit, short, type Observation } from './observation.js';
import type { ArgoTarget } from './spec.js';

interface ArgoApplication {
  status?: {
    sync?: { status?: string; revision?: string; revisions?: string[] };
    health?: { status?: string; message?: string };
    operationState?: { phase?: string; message?: string; syncResult?: { revision?: string; revisions?: string[] } };
  };
}

export function argoApplicationPath(t: Pick<ArgoTarget, 'app' | 'appNamespace'>): string {
  return `api/v1/applications/${encodeURIComponent(t.app)}${t.appNamespace ? `?appNamespace=${encodeURIComponent(t.appNamespace)}` : ''}`;
}

export function evaluateArgo(t: ArgoTarget, res: HttpResponse): Observation {
  if (res.status === 401 || res.status === 403) {
    return { verdict: 'fail', detail: `Argo CD refused the token (status ${res.status}); expected a token that may get application ${t.app}`, fatal: true };
  }
  if (res.status === 404) return { verdict: 'fail', detail: `Argo CD has no application ${t.app} (status 404)` };
  if (res.status !== 200) return { verdict: 'fail', detail: `Argo CD answered status ${res.status}${res.body ? `: ${oneLine(res.body, 120)}` : ''}` };
  let app: ArgoApplication;
  try {
    app = JSON.parse(res.body) as ArgoApplication;
  } catch {
    return { verdict: 'fail', detail: 'Argo CD answered with a body that is not JSON; expected an Application' };
  }
  const sync = app.status?.sync ?? {};
  const revisions = sync.revisions?.length ? sync.revisions : sync.revision ? [sync.revision] : [];
  const health = app.status?.health?.status ?? 'Unknown';
  const healthMsg = app.status?.health?.message ? ` (${oneLine(app.status.health.message, 120)})` : '';
  const shownRev = revisions.map(short).join(', ') || 'no revision';
  const op = app.status?.operationState;
  const opRevisions = op?.syncResult?.revisions ?? (op?.syncResult?.revision ? [op.syncResult.revision] : []);
  if (t.commit && !revisions.some((r) => revisionHasCommit(r, t.commit as string))) {
    if ((op?.phase === 'Failed' || op?.phase === 'Error') && opRevisions.some((r) => revisionHasCommit(r, t.commit as string))) {
      return { verdict: 'fail', detail: `sync of ${short(t.commit)} ${op.phase.toLowerCase()}: ${oneLine(op.message ?? 'no message', 160)}` };
    }
    return { verdict: 'pending', detail: `${sync.status ?? 'Unknown'} at ${shownRev}, ${health}; waiting for ${short(t.commit)}`, waiting: `to sync ${short(t.commit)} (now ${shownRev})` };
  }
  if (sync.status !== 'Synced') {
    return { verdict: 'pending', detail: `${sync.status ?? 'Unknown'} at ${shownRev}, ${health}`, waiting: `to be Synced (now ${sync.status ?? 'Unknown'})` };
  }
  if (health === 'Healthy') return { verdict: 'pass', detail: `Synced at ${shownRev}, Healthy` };
  if (health === 'Degraded') return { verdict: 'fail', detail: `Synced at ${shownRev}, Degraded${healthMsg}` };
  return { verdict: 'pending', detail: `Synced at ${shownRev}, ${health}${healthMsg}`, waiting: `to be Healthy (now ${health})` };
}

export async function probeArgo(t: ArgoTarget, http: HttpPort, timeoutMs: number): Promise<Observation> {
  const url = new URL(argoApplicationPath(t), t.url.endsWith('/') ? t.url : `${t.url}/`).toString();
  let res: HttpResponse;
  try {
    res = await http.get({ url, headers: { Accept: 'application/json', ...t.headers }, timeoutMs });
  } catch (e) {
    return { verdict: 'fail', detail: `argocd: ${oneLine((e as Error).message)}` };
  }
  return evaluateArgo(t, res);
}
