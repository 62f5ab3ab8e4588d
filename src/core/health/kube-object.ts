// What the Kubernetes-side checks (flux, kubernetes, rollout) share: the objects' common fields, conditions,
// image tags, and what a kubectl failure means for the verdict.
import { oneLine, sameVersion, type Observation } from './observation.js';

/** metav1.Condition (Flux, apps/v1) and the Rollout's RolloutCondition: the fields read. */
export interface Condition {
  type?: string;
  status?: string;
  reason?: string;
  message?: string;
  observedGeneration?: number;
}

export interface Container { name?: string; image?: string }

export interface KubeObject {
  metadata?: { name?: string; generation?: number; annotations?: Record<string, string> };
  spec?: Record<string, unknown> & { template?: { spec?: { containers?: Container[] } } };
  status?: Record<string, unknown> & { conditions?: Condition[]; observedGeneration?: number | string };
}

export const condition = (o: KubeObject, type: string): Condition | undefined =>
  o.status?.conditions?.find((c) => c.type === type);

export const oneLineOf = (s: string | undefined, n = 160): string => oneLine(s ?? '', n);

export function conditionText(c: Condition | undefined, what = 'Ready'): string {
  if (!c) return `no ${what} condition`;
  return `${c.type}=${c.status}${c.reason ? ` ${c.reason}` : ''}${c.message ? `: ${oneLine(c.message, 140)}` : ''}`;
}

/** The tag of an image reference: registry:5000/acme/web:v1.2.3@sha256:… → v1.2.3 ('' when it has none). */
export function imageTag(image: string): string {
  const noDigest = image.split('@')[0] as string;
  const last = noDigest.slice(noDigest.lastIndexOf('/') + 1);
  const i = last.lastIndexOf(':');
  return i < 0 ? '' : last.slice(i + 1);
}

/** The pod template's image tags (of `container` when given); undefined when that container is missing. */
export function templateTags(o: KubeObject, container: string | undefined): string[] | undefined {
  const all = o.spec?.template?.spec?.containers ?? [];
  const picked = all.filter((c) => !container || c.name === container);
  if (container && !picked.length) return undefined;
  return picked.map((c) => imageTag(c.image ?? ''));
}

/**
 * The pod template's version: `version` is the tag reported (the expected one when a container runs it); `wait`
 * is the pending observation while no container runs the expected version yet, `missing` when the container
 * named does not exist.
 */
export function templateVersion(
  o: KubeObject, what: string, container: string | undefined, expect: string | undefined,
): { version?: string; wait?: Observation; missing?: Observation } {
  const tags = templateTags(o, container);
  if (!tags) {
    const detail = `the ${what} has no container ${container}; expected the container to check`;
    return { missing: { verdict: 'error', detail, fatal: true } };
  }
  const version = tags.find((v) => expect !== undefined && sameVersion(v, expect)) ?? tags[0];
  if (expect === undefined || tags.some((v) => sameVersion(v, expect))) return { version };
  const now = tags.join(', ') || 'no tag';
  const wait: Observation = { verdict: 'pending', detail: `image tag ${now}, expected ${expect}`, waiting: `to run ${expect} (now ${now})` };
  return { version, wait: { ...wait, version } };
}
