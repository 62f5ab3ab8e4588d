// The flux and kubernetes checks, on the objects as the Kubernetes API returns them (what `kubectl get -o json`
// prints): a Flux Kustomization (kustomize.toolkit.fluxcd.io/v1) or HelmRelease (helm.toolkit.fluxcd.io/v2) that is
// Ready at the promotion commit, and a Deployment (apps/v1) whose rollout is complete at the promoted version.
import type { KubePort } from '../ports.js';
import { oneLine, revisionHasCommit, sameVersion, short, type Observation } from './observation.js';
import type { FluxTarget, KubeTarget } from './spec.js';

interface Condition { type?: string; status?: string; reason?: string; message?: string }
interface KubeObject {
  metadata?: { generation?: number };
  spec?: { replicas?: number; template?: { spec?: { containers?: { name?: string; image?: string }[] } } };
  status?: {
    observedGeneration?: number;
    conditions?: Condition[];
    lastAppliedRevision?: string;
    lastAttemptedRevision?: string;
    replicas?: number;
    updatedReplicas?: number;
    availableReplicas?: number;
    readyReplicas?: number;
  };
}

export function fluxPath(t: Pick<FluxTarget, 'kind' | 'name' | 'namespace'>): string {
  const ns = encodeURIComponent(t.namespace);
  const name = encodeURIComponent(t.name);
  return t.kind === 'HelmRelease'
    ? `/apis/helm.toolkit.fluxcd.io/v2/namespaces/${ns}/helmreleases/${name}`
    : `/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/${ns}/kustomizations/${name}`;
}

export function deploymentPath(t: Pick<KubeTarget, 'deployment' | 'namespace'>): string {
  return `/apis/apps/v1/namespaces/${encodeURIComponent(t.namespace)}/deployments/${encodeURIComponent(t.deployment)}`;
}

const cond = (o: KubeObject, type: string): Condition | undefined => o.status?.conditions?.find((c) => c.type === type);
const condText = (c: Condition | undefined): string => (c ? `${c.type}=${c.status}${c.reason ? ` ${c.reason}` : ''}${c.message ? `: ${oneLine(c.message, 140)}` : ''}` : 'no Ready condition');

export function evaluateFlux(t: FluxTarget, obj: unknown): Observation {
  const o = (obj ?? {}) as KubeObject;
  const gen = o.metadata?.generation;
  const observed = o.status?.observedGeneration;
  const ready = cond(o, 'Ready');
  const stalled = cond(o, 'Stalled');
  const current = gen === undefined || (observed !== undefined && observed >= gen);
  if (t.kind === 'Kustomization') {
    const applied = o.status?.lastAppliedRevision ?? '';
    const attempted = o.status?.lastAttemptedRevision ?? '';
    const hasApplied = !t.commit || revisionHasCommit(applied, t.commit);
    const hasAttempted = !t.commit || revisionHasCommit(attempted, t.commit);
    if (ready?.status === 'True' && current && hasApplied) return { verdict: 'pass', detail: `Ready, applied ${applied || 'no revision'}` };
    if (hasAttempted && (stalled?.status === 'True' || (ready?.status === 'False' && current))) {
      return { verdict: 'fail', detail: `${condText(stalled?.status === 'True' ? stalled : ready)} (attempted ${attempted || 'no revision'})` };
    }
    if (!hasApplied) return { verdict: 'pending', detail: `applied ${applied || 'no revision'}, ${condText(ready)}`, waiting: `to apply ${short(t.commit as string)} (now ${applied || 'no revision'})` };
    return { verdict: 'pending', detail: condText(ready), waiting: `to be Ready (now ${ready ? `${ready.status}${ready.reason ? ` ${ready.reason}` : ''}` : 'no Ready condition'})` };
  }
  // HelmRelease: the release is made by helm-controller from the spec a commit changed; that the new spec was acted
  // on shows as observedGeneration catching up with metadata.generation (the commit itself is not recorded).
  const chart = o.status?.lastAttemptedRevision ? `, chart ${o.status.lastAttemptedRevision}` : '';
  if (ready?.status === 'True' && current) return { verdict: 'pass', detail: `Ready at generation ${gen ?? '?'}${chart}` };
  if (current && (stalled?.status === 'True' || ready?.status === 'False')) return { verdict: 'fail', detail: `${condText(stalled?.status === 'True' ? stalled : ready)}${chart}` };
  if (!current) return { verdict: 'pending', detail: `observed generation ${observed ?? 'none'} of ${gen}`, waiting: `to reconcile generation ${gen} (now ${observed ?? 'none'})` };
  return { verdict: 'pending', detail: condText(ready), waiting: `to be Ready (now ${ready?.status ?? 'no Ready condition'})` };
}

/** The tag of an image reference: registry:5000/acme/web:v1.2.3@sha256:… → v1.2.3 ('' when it has none). */
export function imageTag(image: string): string {
  const noDigest = image.split('@')[0] as string;
  const last = noDigest.slice(noDigest.lastIndexOf('/') + 1);
  const i = last.lastIndexOf(':');
  return i < 0 ? '' : last.slice(i + 1);
}

/** Rollout status as `kubectl rollout status` decides it, plus the promoted version in the image tag. */
export function evaluateDeployment(t: KubeTarget, obj: unknown): Observation {
  const o = (obj ?? {}) as KubeObject;
  const gen = o.metadata?.generation ?? 0;
  const st = o.status ?? {};
  const want = o.spec?.replicas ?? 1;
  const containers = (o.spec?.template?.spec?.containers ?? []).filter((c) => !t.container || c.name === t.container);
  if (t.container && !containers.length) return { verdict: 'fail', detail: `the Deployment has no container ${t.container}` };
  const tags = containers.map((c) => imageTag(c.image ?? ''));
  const version = tags.find((v) => t.expectVersion !== undefined && sameVersion(v, t.expectVersion)) ?? tags[0];
  const progressing = cond(o, 'Progressing');
  if (progressing?.status === 'False' && progressing.reason === 'ProgressDeadlineExceeded') {
    return { verdict: 'fail', detail: `rollout exceeded its progress deadline: ${oneLine(progressing.message ?? '', 160)}`, fatal: true, version };
  }
  if (t.expectVersion !== undefined && !tags.some((v) => sameVersion(v, t.expectVersion as string))) {
    return { verdict: 'pending', detail: `image tag ${tags.join(', ') || 'none'}, expected ${t.expectVersion}`, waiting: `to run ${t.expectVersion} (now ${tags.join(', ') || 'no tag'})`, version };
  }
  if ((st.observedGeneration ?? 0) < gen) return { verdict: 'pending', detail: `observed generation ${st.observedGeneration ?? 0} of ${gen}`, waiting: `to observe generation ${gen}`, version };
  const updated = st.updatedReplicas ?? 0;
  const available = st.availableReplicas ?? 0;
  const total = st.replicas ?? 0;
  if (updated < want) return { verdict: 'pending', detail: `${updated} of ${want} replicas updated`, waiting: `to roll out (${updated} of ${want} updated)`, version };
  if (total > updated) return { verdict: 'pending', detail: `${total - updated} old replica(s) pending termination`, waiting: `to roll out (${total - updated} old replicas terminating)`, version };
  if (available < updated) return { verdict: 'pending', detail: `${available} of ${updated} updated replicas available`, waiting: `to roll out (${available} of ${updated} available)`, version };
  return { verdict: 'pass', detail: `rolled out: ${available}/${want} available${version ? `, image tag ${version}` : ''}`, version };
}

export async function probeKube(t: FluxTarget | KubeTarget, kube: KubePort, timeoutMs: number): Promise<Observation> {
  let o: KubeObject;
  try {
    o = (await kube.get(t.type === 'flux' ? fluxPath(t) : deploymentPath(t), { kubeconfig: t.kubeconfig, context: t.context, timeoutMs })) as KubeObject;
  } catch (e) {
    const msg = oneLine((e as Error).message);
    return { verdict: 'fail', detail: msg, fatal: /\b(Forbidden|Unauthorized|forbidden|unauthorized)\b/.test(msg) };
  }
  return t.type === 'flux' ? evaluateFlux(t, o) : evaluateDeployment(t, o);
}
