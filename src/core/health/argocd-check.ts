// The argocd check: GET /api/v1/applications/{name} (ApplicationService_Get) with a bearer token, judged as
// `argocd app wait --sync --health --operation` judges it (cmd/argocd/commands/app.go of argoproj/argo-cd,
// checkAppWaitConditions): no operation requested (`operation`), the last one finished (`operationState.finishedAt`)
// and reconciled since (`reconciledAt` not before it), Synced and Healthy. Plus the commit: the controller writes
// the revision it compared into status.sync.revision before it syncs (controller/appcontroller.go, autoSync), so
// a failed sync of the commit shows as that revision with operationState.phase Failed or Error, and is final: the
// controller does not retry a revision whose sync failed. Field names: pkg/apis/application/v1alpha1/types.go.
import type { HttpPort, HttpResponse } from '../ports.js';
import { httpControlPlaneFailure } from './control-plane.js';
import { carries, commitOf, relations, untold, type LineagePort, type Relate } from './lineage.js';
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
  const ns = t.appNamespace ? `?appNamespace=${encodeURIComponent(t.appNamespace)}` : '';
  return `api/v1/applications/${encodeURIComponent(t.app)}${ns}`;
}

const pending = (detail: string, waiting: string): Observation => ({ verdict: 'pending', detail, waiting });
const failNow = (detail: string): Observation => ({ verdict: 'fail', detail, fatal: true });
const message = (m: string | undefined, n = 160): string => oneLine(m ?? 'no message', n);

const syncedRevisions = (app: ArgoApplication): string[] => {
  const s = app.status?.sync ?? {};
  return s.revisions?.length ? s.revisions : s.revision ? [s.revision] : [];
};
const opRevisions = (op: OperationState | undefined): string[] => {
  const r = op?.syncResult ?? op?.operation?.sync;
  return r?.revisions?.length ? r.revisions : r?.revision ? [r.revision] : [];
};
const hydration = (app: ArgoApplication): Hydration | undefined =>
  (app.spec?.sourceHydrator ? app.status?.sourceHydrator?.currentOperation : undefined);

/** Every revision the status names, to resolve against the config repository's history. */
export function argoRevisions(app: ArgoApplication): string[] {
  const dry = hydration(app)?.drySHA ?? '';
  return [...syncedRevisions(app), ...opRevisions(app.status?.operationState), dry].filter(Boolean);
}

/** An HTTP answer that is not the application: a refused token, an app not found or not permitted, a server error. */
export function argoRefusal(t: ArgoTarget, res: HttpResponse): Observation | undefined {
  if (res.status === 401) {
    const detail = `Argo CD refused the token (status 401); expected a valid token that may get application ${t.app}`;
    return { verdict: 'error', detail, fatal: true };
  }
  // Argo CD answers 403 for an application that does not exist as well as for one the token may not read.
  if (res.status === 403 || res.status === 404) {
    const detail = `application ${t.app} not found or not permitted (status ${res.status})`;
    return { verdict: 'error', detail, fatal: true };
  }
  if (res.status !== 200) {
    const body = res.body ? `: ${oneLine(res.body, 120)}` : '';
    return { verdict: 'inconclusive', detail: `Argo CD answered status ${res.status}${body}` };
  }
  return undefined;
}

/** The source hydrator's part: the dry commit (the config repository's) hydrated, and the hydrated commit synced. */
function hydrationGate(app: ArgoApplication, hy: Hydration, c: string, relate: Relate): Observation | undefined {
  const dry = short(hy.drySHA ?? 'nothing');
  if (!carries(relate(hy.drySHA))) return pending(`hydrated ${dry}`, `to hydrate ${c} (now ${dry})`);
  if (hy.phase === 'Failed') return failNow(`hydration of ${dry} failed: ${message(hy.message)}`);
  if (hy.phase !== 'Hydrated' || !syncedRevisions(app).includes(hy.hydratedSHA ?? '')) {
    return pending(`hydration ${hy.phase ?? 'Unknown'} of ${dry}`, `to hydrate and sync ${c}`);
  }
  return undefined;
}

/** Where the commit stands: synced (or hydrated) at it or after it, failed for it, or still to come. */
function commitGate(t: ArgoTarget, app: ArgoApplication, relate: Relate): Observation | undefined {
  if (!t.commit) return undefined;
  const c = short(t.commit);
  const op = app.status?.operationState;
  const failed = op?.finishedAt && (op.phase === 'Failed' || op.phase === 'Error');
  if (failed && opRevisions(op).some((r) => carries(relate(r)))) {
    const revs = opRevisions(op).map(short).join(', ');
    return failNow(`sync of ${revs} ${op?.phase?.toLowerCase()}: ${message(op?.message)}`);
  }
  const hy = hydration(app);
  if (hy) return hydrationGate(app, hy, c, relate);
  const revisions = syncedRevisions(app);
  if (revisions.some((r) => carries(relate(r)))) return undefined;
  const shown = revisions.map(short).join(', ') || 'no revision';
  const now = `${app.status?.sync?.status ?? 'Unknown'} at ${shown}, ${app.status?.health?.status ?? 'Unknown'}`;
  // A synced commit that history cannot place (no clone, or not fetchable) leaves no verdict: not "not yet".
  const shas = revisions.filter((r) => commitOf(r));
  if (shas.length && shas.every((r) => relate(r) === 'unknown')) return untold(now, c);
  return pending(`${now}; waiting for ${c}`, `to sync ${c} (now ${shown})`);
}

/** `--operation`: nothing requested, the last operation finished, and the app reconciled after it finished. */
function operationGate(app: ArgoApplication): Observation | undefined {
  const op = app.status?.operationState;
  if (app.operation) return pending('a sync operation is requested', 'to finish its sync operation (requested)');
  if (op && !op.finishedAt) {
    const phase = op.phase ?? 'Running';
    const detail = `sync operation ${phase}: ${oneLine(op.message ?? '', 140)}`;
    return pending(detail, `to finish its sync operation (${phase})`);
  }
  const reconciled = app.status?.reconciledAt;
  if (op?.finishedAt && (!reconciled || Date.parse(reconciled) < Date.parse(op.finishedAt))) {
    return pending('not reconciled since its last sync', 'to reconcile after its sync');
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
  if (sync !== 'Synced') return pending(`${sync} at ${shown}, ${health}`, `to be Synced (now ${sync})`);
  if (health === 'Healthy') return { verdict: 'pass', detail: `Synced at ${shown}, Healthy` };
  if (health === 'Degraded') return { verdict: 'fail', detail: `Synced at ${shown}, Degraded${healthMsg}` };
  return pending(`Synced at ${shown}, ${health}${healthMsg}`, `to be Healthy (now ${health})`);
}

export async function probeArgo(
  t: ArgoTarget, ports: { http: HttpPort; lineage?: LineagePort }, timeoutMs: number,
): Promise<Observation> {
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
    const detail = 'Argo CD answered with a body that is not JSON; expected an Application';
    return { verdict: 'inconclusive', detail };
  }
  const relate: Relate = t.commit ? await relations(argoRevisions(app), t.commit, ports.lineage) : () => 'unknown';
  return evaluateArgo(t, app, relate);
}
