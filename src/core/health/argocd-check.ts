// The argocd check: GET /api/v1/applications/{name} (ApplicationService_Get) with a bearer token, judged as
// `argocd app wait --sync --health --operation` judges it (cmd/argocd/commands/app.go of argoproj/argo-cd,
// checkAppWaitConditions): no operation requested (`operation`), the last one finished (`operationState.finishedAt`)
// and reconciled since (`reconciledAt` not before it), Synced and Healthy. Plus the commit: the controller writes
// the revision it compared into status.sync.revision before it syncs (controller/appcontroller.go, autoSync), so
// a failed sync of the commit shows as that revision with operationState.phase Failed or Error, and is final: the
// controller does not retry a revision whose sync failed. Field names: pkg/apis/application/v1alpha1/types.go.
import type { HttpPort, HttpResponse } from '../ports.js';
import { httpControlPlaneFailure } from './control-plane.js';
import { carries, commitOf, relations, type LineagePort, type Relate } from './lineage.js';
import { oneLine, short, type Observation } from './observation.js';
import type { ArgoTarget } from './spec.js';

interface OperationState {
  phase?: string;
  message?: string;
  startedAt?: string;
  finishedAt?: string;
  operation?: { sync?: { revision?: string; revisions?: string[] } };
  syncResult?: { revision?: string; revisions?: string[] };
}
interface Hydration { phase?: string; message?: string; drySHA?: string; hydratedSHA?: string }
export interface ArgoApplication {
  spec?: { sourceHydrator?: unknown };
  operation?: unknown;
  status?: {
    sync?: { status?: string; revision?: string; revisions?: string[] };
    health?: { status?: string; message?: string };
    operationState?: OperationState;
    reconciledAt?: string;
    sourceHydrator?: { currentOperation?: Hydration };
  };
}

export function argoApplicationPath(t: Pick<ArgoTarget, 'app' | 'appNamespace'>): string {
  return `api/v1/applications/${encodeURIComponent(t.app)}${t.appNamespace ? `?appNamespace=${encodeURIComponent(t.appNamespace)}` : ''}`;
}

const syncedRevisions = (app: ArgoApplication): string[] => {
  const s = app.status?.sync ?? {};
  return s.revisions?.length ? s.revisions : s.revision ? [s.revision] : [];
};
const opRevisions = (op: OperationState | undefined): string[] => {
  const r = op?.syncResult ?? op?.operation?.sync;
  return r?.revisions?.length ? r.revisions : r?.revision ? [r.revision] : [];
};
const hydration = (app: ArgoApplication): Hydration | undefined => (app.spec?.sourceHydrator ? app.status?.sourceHydrator?.currentOperation : undefined);

/** Every revision the status names, to resolve against the config repository's history. */
export function argoRevisions(app: ArgoApplication): string[] {
  return [...syncedRevisions(app), ...opRevisions(app.status?.operationState), hydration(app)?.drySHA ?? ''].filter(Boolean);
}

/** An HTTP answer that is not the application: a refused token, an app not found or not permitted, a server error. */
export function argoRefusal(t: ArgoTarget, res: HttpResponse): Observation | undefined {
  if (res.status === 401) return { verdict: 'error', detail: `Argo CD refused the token (status 401); expected a valid token that may get application ${t.app}`, fatal: true };
  // Argo CD answers 403 for an application that does not exist as well as for one the token may not read.
  if (res.status === 403 || res.status === 404) return { verdict: 'error', detail: `application ${t.app} not found or not permitted (status ${res.status})`, fatal: true };
  if (res.status !== 200) return { verdict: 'inconclusive', detail: `Argo CD answered status ${res.status}${res.body ? `: ${oneLine(res.body, 120)}` : ''}` };
  return undefined;
}

/** Where the commit stands: synced (or hydrated) at it or after it, failed for it, or still to come. */
function commitGate(t: ArgoTarget, app: ArgoApplication, relate: Relate): Observation | undefined {
  if (!t.commit) return undefined;
  const c = short(t.commit);
  const op = app.status?.operationState;
  const done = op?.finishedAt && (op.phase === 'Failed' || op.phase === 'Error');
  if (done && opRevisions(op).some((r) => carries(relate(r)))) {
    return { verdict: 'fail', detail: `sync of ${opRevisions(op).map(short).join(', ')} ${op?.phase?.toLowerCase()}: ${oneLine(op?.message ?? 'no message', 160)}`, fatal: true };
  }
  const hy = hydration(app);
  if (hy) {
    if (!carries(relate(hy.drySHA))) return { verdict: 'pending', detail: `hydrated ${short(hy.drySHA ?? 'nothing')}`, waiting: `to hydrate ${c} (now ${short(hy.drySHA ?? 'nothing')})` };
    if (hy.phase === 'Failed') return { verdict: 'fail', detail: `hydration of ${short(hy.drySHA ?? '')} failed: ${oneLine(hy.message ?? 'no message', 160)}`, fatal: true };
    if (hy.phase !== 'Hydrated' || !syncedRevisions(app).includes(hy.hydratedSHA ?? '')) {
      return { verdict: 'pending', detail: `hydration ${hy.phase ?? 'Unknown'} of ${short(hy.drySHA ?? '')}`, waiting: `to hydrate and sync ${c}` };
    }
    return undefined;
  }
  const revisions = syncedRevisions(app);
  if (revisions.some((r) => carries(relate(r)))) return undefined;
  const shown = revisions.map(short).join(', ') || 'no revision';
  const unknown = revisions.some((r) => commitOf(r) && relate(r) === 'unknown') ? '; the config repository cannot tell whether it carries the commit' : '';
  return { verdict: 'pending', detail: `${app.status?.sync?.status ?? 'Unknown'} at ${shown}, ${app.status?.health?.status ?? 'Unknown'}; waiting for ${c}${unknown}`, waiting: `to sync ${c} (now ${shown})` };
}

/** `--operation`: nothing requested, the last operation finished, and the app reconciled after it finished. */
function operationGate(app: ArgoApplication): Observation | undefined {
  const op = app.status?.operationState;
  if (app.operation) return { verdict: 'pending', detail: 'a sync operation is requested', waiting: 'to finish its sync operation (requested)' };
  if (op && !op.finishedAt) {
    return { verdict: 'pending', detail: `sync operation ${op.phase ?? 'Running'}: ${oneLine(op.message ?? '', 140)}`, waiting: `to finish its sync operation (${op.phase ?? 'Running'})` };
  }
  const reconciled = app.status?.reconciledAt;
  if (op?.finishedAt && (!reconciled || Date.parse(reconciled) < Date.parse(op.finishedAt))) {
    return { verdict: 'pending', detail: 'not reconciled since its last sync', waiting: 'to reconcile after its sync' };
  }
  return undefined;
}

export function evaluateArgo(t: ArgoTarget, app: ArgoApplication, relate: Relate): Observation {
  const gate = commitGate(t, app, relate) ?? operationGate(app);
  if (gate) return gate;
  const sync = app.status?.sync?.status ?? 'Unknown';
  const shown = syncedRevisions(app).map(short).join(', ') || 'no revision';
  const health = app.status?.health?.status ?? 'Unknown';
  const healthMsg = app.status?.health?.message ? ` (${oneLine(app.status.health.message, 120)})` : '';
  if (sync !== 'Synced') return { verdict: 'pending', detail: `${sync} at ${shown}, ${health}`, waiting: `to be Synced (now ${sync})` };
  if (health === 'Healthy') return { verdict: 'pass', detail: `Synced at ${shown}, Healthy` };
  if (health === 'Degraded') return { verdict: 'fail', detail: `Synced at ${shown}, Degraded${healthMsg}` };
  return { verdict: 'pending', detail: `Synced at ${shown}, ${health}${healthMsg}`, waiting: `to be Healthy (now ${health})` };
}

export async function probeArgo(t: ArgoTarget, ports: { http: HttpPort; lineage?: LineagePort }, timeoutMs: number): Promise<Observation> {
  const url = new URL(argoApplicationPath(t), t.url.endsWith('/') ? t.url : `${t.url}/`).toString();
  let res: HttpResponse;
  try {
    res = await ports.http.get({ url, headers: { Accept: 'application/json', ...t.headers }, timeoutMs });
  } catch (e) {
    return httpControlPlaneFailure('Argo CD', (e as Error).message);
  }
  const refused = argoRefusal(t, res);
  if (refused) return refused;
  let app: ArgoApplication;
  try {
    app = JSON.parse(res.body) as ArgoApplication;
  } catch {
    return { verdict: 'inconclusive', detail: 'Argo CD answered with a body that is not JSON; expected an Application' };
  }
  const relate = t.commit ? await relations(argoRevisions(app), t.commit, ports.lineage) : () => 'unknown' as const;
  return evaluateArgo(t, app, relate);
}
