// A control plane (Argo CD's API, the Kubernetes API) that refuses, cannot find the object, or cannot be reached
// says nothing about the service: no verdict is possible, and a rollback on it would undo a release that may well
// be healthy. Refusals and missing objects do not get better by waiting (error, at once); a timeout or a 5xx may
// (inconclusive: the run waits, and ends unknown if it lasts).
import { oneLine, type Observation } from './observation.js';

/** node:http errors (adapters/http-fetch.ts) that mean the server is not there, not that it is slow. */
const UNREACHABLE = /connection refused|host not found|is unreachable|^TLS:|certificate/i;

/** A request to Argo CD that got no answer. */
export function httpControlPlaneFailure(system: string, message: string): Observation {
  const msg = oneLine(message);
  if (UNREACHABLE.test(msg)) return { verdict: 'error', detail: `${system} cannot be reached: ${msg}`, fatal: true };
  return { verdict: 'inconclusive', detail: `${system}: ${msg}` };
}

/** kubectl's words for an API server it cannot reach. */
const NO_API_SERVER = new RegExp([
  'Unable to connect to the server', 'connection refused', 'connection to the server .* was refused', 'no such host', 'certificate',
  'dial tcp', 'no route to host',
].join('|'), 'i');

/** A failed `kubectl get`: refused credentials, an object not found (or not permitted: 403), no API server. */
export function kubeFailure(message: string, what: string): Observation {
  const msg = oneLine(message);
  if (/\b(Unauthorized|Forbidden|forbidden|unauthorized|must be logged in)\b/.test(msg)) {
    return { verdict: 'error', detail: `${msg}; expected credentials that may get ${what}`, fatal: true };
  }
  if (/\(NotFound\)|\bnot found\b/.test(msg)) {
    return { verdict: 'error', detail: `${what} not found or not permitted: ${msg}`, fatal: true };
  }
  if (/is not installed/.test(msg)) return { verdict: 'error', detail: msg, fatal: true };
  if (NO_API_SERVER.test(msg)) {
    return { verdict: 'error', detail: `the Kubernetes API cannot be reached: ${msg}`, fatal: true };
  }
  return { verdict: 'inconclusive', detail: msg };
}
