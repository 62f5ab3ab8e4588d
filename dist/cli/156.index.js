export const id = 156;
export const ids = [156];
export const modules = {

/***/ 5156:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runWaitHealthyCommand: () => (/* binding */ runWaitHealthyCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./.build/core/config/config.js
var config_config = __webpack_require__(2885);
// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
// EXTERNAL MODULE: ./.build/core/source-text.js
var source_text = __webpack_require__(1819);
// EXTERNAL MODULE: ./.build/core/health/untrusted.js
var untrusted = __webpack_require__(7381);
// EXTERNAL MODULE: ./.build/core/health/spec.js
var spec = __webpack_require__(1668);
;// CONCATENATED MODULE: ./.build/core/health/plan.js
// One wait-healthy run's checks and timing: health.<env> from gitops-promote.yaml, replaced by checks given as
// flags/inputs or the `checks` input when there are any, timing layered config < `checks` input < flags/inputs.






/**
 * An http check with no version to compare and no body to match passes on any answer with the status: it proves
 * that something answers, not that the promoted version runs. Said, not refused: a plain liveness URL is legitimate.
 */
function statusOnlyChecks(checks) {
    const out = new Map();
    for (const t of checks.targets) {
        if (t.type !== 'http' || t.expectVersion !== undefined || t.bodyMatch !== undefined)
            continue;
        const url = (0,untrusted/* inert */.tJ)((0,spec/* displayUrl */.Qy)(t.url), 300);
        const message = `the http check of ${url} verifies only the status (${t.expectStatus.join(', ')}): there is no `
            + 'version to expect (version or expect-version) and no body-match';
        out.set(message, { message, key: t.key });
    }
    return [...out.values()];
}
function planWaitHealthy(p) {
    const cfg = p.config;
    const lineOf = (key) => {
        if (!cfg || !key.startsWith('health.'))
            return undefined;
        const doc = (0,dist/* parseDocument */.Tp)(cfg.text, { uniqueKeys: false });
        const n = (0,config_config/* nodeAt */.oB)(doc.contents, key);
        return n?.range ? new source_text/* SourceText */.D(cfg.text).lineOf(n.range[0]) : undefined;
    };
    const whereOf = (key) => (cfg && key.startsWith('health.') ? { file: cfg.file, line: lineOf(key) } : undefined);
    const fail = (key, message) => {
        const w = whereOf(key);
        if (w)
            return new errors/* UserError */.y(`${key}: ${message}`, w.file, w.line);
        // Checks from options have no key of their own; those of the checks input are prefixed with its name.
        const k = key.replace(/^\./, '').replace(/^headers\.(.+)$/, 'header $1').replace(/^(input "[^"]+")\./, '$1: ');
        return new errors/* UserError */.y(k ? `${k}: ${message}` : message);
    };
    const fromConfig = cfg?.parsed.health[p.env] !== undefined
        ? (0,spec/* normalizeHealth */.U)(cfg.parsed.health[p.env], `health.${p.env}`, fail) : undefined;
    let checks = fromConfig?.checks ?? [];
    let source = fromConfig?.checks.length ? `${cfg?.file} health.${p.env}` : '';
    if (p.inline?.checks.length) {
        checks = p.inline.checks;
        source = 'the checks input';
    }
    if (p.adhoc.checks.length) {
        checks = p.adhoc.checks;
        source = 'options';
    }
    if (!checks.length) {
        throw new errors/* UserError */.y(`no health checks for environment ${(0,errors/* quote */.h)(p.env)}; ` +
            `expected health.${p.env}.checks in ${cfg?.file ?? 'gitops-promote.yaml'}, the checks input, ` +
            'or options such as --url, --prometheus, --argocd-url, --flux-name, --deployment');
    }
    const timing = (0,spec/* mergeTiming */.R0)(fromConfig?.timing ?? {}, p.inline?.timing ?? {}, p.adhoc.timing);
    if (timing.requestTimeoutMs > timing.timeoutMs)
        timing.requestTimeoutMs = timing.timeoutMs;
    const regions = cfg?.parsed.environments?.find((e) => e.name === p.env)?.regions;
    const resolved = (0,spec/* resolveChecks */.KR)({ checks, timing: {} }, {
        env: p.env, app: p.app, version: p.version, commit: p.commit, regions, environ: p.environ,
        kubeconfig: p.kubeconfig, fail,
    });
    return { checks: resolved, timing, whereOf, source, warnings: statusOnlyChecks(resolved) };
}

;// CONCATENATED MODULE: ./.build/core/health/observation.js
// What one look at one target says, and how the looks of one sample combine.
const ORDER = ['error', 'fail', 'pending', 'inconclusive', 'pass'];
/** A sample's verdict: any error; else any fail; else any pending; else any inconclusive; else pass. */
function combine(obs) {
    for (const v of ORDER)
        if (obs.some((o) => o.verdict === v))
            return v;
    return 'pass';
}
/** Versions are compared as written, except that a leading "v" is ignored (tag v1.2.3, app reports 1.2.3). */
function sameVersion(a, b) {
    return a === b || a.replace(/^v/, '') === b.replace(/^v/, '');
}
/** Does a GitOps revision (main@sha1:<sha>, main/<sha>, <sha>) name this commit (full or abbreviated)? */
function observation_revisionHasCommit(revision, commit) {
    const c = commit.toLowerCase();
    if (c.length < 7)
        return false;
    for (const m of revision.toLowerCase().matchAll(/[0-9a-f]{7,64}/g)) {
        const h = m[0];
        if (h.startsWith(c) || c.startsWith(h))
            return true;
    }
    return false;
}
const observation_short = (sha) => (/^[0-9a-f]{12,}$/i.test(sha) ? sha.slice(0, 12) : sha);
/** A message's first line, at most n characters. */
function oneLine(s, n = 200) {
    const line = s.replace(/\s+/g, ' ').trim();
    return line.length > n ? `${line.slice(0, n - 1)}…` : line;
}

;// CONCATENATED MODULE: ./.build/core/health/control-plane.js
// A control plane (Argo CD's API, the Kubernetes API) that refuses, cannot find the object, or cannot be reached
// says nothing about the service: no verdict is possible, and a rollback on it would undo a release that may well
// be healthy. Refusals and missing objects do not get better by waiting (error, at once); a timeout or a 5xx may
// (inconclusive: the run waits, and ends unknown if it lasts).

/** node:http errors (adapters/http-fetch.ts) that mean the server is not there, not that it is slow. */
const UNREACHABLE = /connection refused|host not found|is unreachable|^TLS:|certificate/i;
/** A request to Argo CD that got no answer. */
function httpControlPlaneFailure(system, message) {
    const msg = oneLine(message);
    if (UNREACHABLE.test(msg))
        return { verdict: 'error', detail: `${system} cannot be reached: ${msg}`, fatal: true };
    return { verdict: 'inconclusive', detail: `${system}: ${msg}` };
}
/** kubectl's words for an API server it cannot reach. */
const NO_API_SERVER = new RegExp([
    'Unable to connect to the server', 'connection refused', 'connection to the server .* was refused', 'no such host', 'certificate',
    'dial tcp', 'no route to host',
].join('|'), 'i');
/** A failed `kubectl get`: refused credentials, an object not found (or not permitted: 403), no API server. */
function kubeFailure(message, what) {
    const msg = oneLine(message);
    if (/\b(Unauthorized|Forbidden|forbidden|unauthorized|must be logged in)\b/.test(msg)) {
        return { verdict: 'error', detail: `${msg}; expected credentials that may get ${what}`, fatal: true };
    }
    if (/\(NotFound\)|\bnot found\b/.test(msg)) {
        return { verdict: 'error', detail: `${what} not found or not permitted: ${msg}`, fatal: true };
    }
    if (/is not installed/.test(msg))
        return { verdict: 'error', detail: msg, fatal: true };
    if (NO_API_SERVER.test(msg)) {
        return { verdict: 'error', detail: `the Kubernetes API cannot be reached: ${msg}`, fatal: true };
    }
    return { verdict: 'inconclusive', detail: msg };
}

;// CONCATENATED MODULE: ./.build/core/health/lineage.js
// "At the promotion commit" means what the GitOps agent synced or applied is that commit or one after it: when
// another commit lands on the branch before Argo CD or Flux syncs, the agent goes straight to the newer commit,
// which carries the promotion. Whether it does is a question for the config repository's history
// (`git merge-base --is-ancestor`), asked through a port; the checks themselves stay pure.

const carries = (r) => r === 'at' || r === 'after';
/**
 * The git commit of a GitOps revision: Flux's `main@sha1:<sha>` (and `<tag>@sha1:<sha>`), the older `main/<sha>`,
 * or Argo CD's plain `<sha>`. undefined for an OCI digest (`latest@sha256:…`), a chart version, or nothing.
 */
function commitOf(revision) {
    if (!revision)
        return undefined;
    const r = revision.trim().toLowerCase();
    const m = /(?:^|@)sha1:([0-9a-f]{40})$/.exec(r) ?? /^(?:[^@]*\/)?([0-9a-f]{40})$/.exec(r);
    return m?.[1];
}
async function relationOf(revision, commit, lineage) {
    if (observation_revisionHasCommit(revision, commit))
        return 'at';
    const sha = commitOf(revision);
    if (!sha || !lineage || !/^[0-9a-f]{40}$/.test(commit))
        return 'unknown';
    const contains = await lineage.contains(sha, commit);
    return contains === undefined ? 'unknown' : contains ? 'after' : 'other';
}
/** Resolves every revision once (a status names a few), then answers synchronously. */
async function relations(revisions, commit, lineage) {
    const known = new Map();
    for (const r of new Set(revisions))
        if (r)
            known.set(r, await relationOf(r, commit, lineage));
    return (r) => (r ? known.get(r) ?? 'unknown' : 'unknown');
}
/**
 * A synced revision that history cannot place (no clone, or the commit could not be fetched): no verdict from this
 * look, so a run that ends so is unknown, not unhealthy.
 */
const untold = (now, commit) => ({ verdict: 'inconclusive', detail: `${now}; the config repository cannot tell whether this carries ${commit}` });
/** For evaluating a status without history (unit tests, no clone): only the commit itself counts. */
const byEquality = (commit) => (r) => (r && revisionHasCommit(r, commit) ? 'at' : r && commitOf(r) ? 'other' : 'unknown');

;// CONCATENATED MODULE: ./.build/core/health/argocd-check.js



function argoApplicationPath(t) {
    const ns = t.appNamespace ? `?appNamespace=${encodeURIComponent(t.appNamespace)}` : '';
    return `api/v1/applications/${encodeURIComponent(t.app)}${ns}`;
}
const pending = (detail, waiting) => ({ verdict: 'pending', detail, waiting });
const failNow = (detail) => ({ verdict: 'fail', detail, fatal: true });
const message = (m, n = 160) => oneLine(m ?? 'no message', n);
const syncedRevisions = (app) => {
    const s = app.status?.sync ?? {};
    return s.revisions?.length ? s.revisions : s.revision ? [s.revision] : [];
};
const opRevisions = (op) => {
    const r = op?.syncResult ?? op?.operation?.sync;
    return r?.revisions?.length ? r.revisions : r?.revision ? [r.revision] : [];
};
const hydration = (app) => (app.spec?.sourceHydrator ? app.status?.sourceHydrator?.currentOperation : undefined);
/** Every revision the status names, to resolve against the config repository's history. */
function argoRevisions(app) {
    const dry = hydration(app)?.drySHA ?? '';
    return [...syncedRevisions(app), ...opRevisions(app.status?.operationState), dry].filter(Boolean);
}
/** An HTTP answer that is not the application: a refused token, an app not found or not permitted, a server error. */
function argoRefusal(t, res) {
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
function hydrationGate(app, hy, c, relate) {
    const dry = observation_short(hy.drySHA ?? 'nothing');
    if (!carries(relate(hy.drySHA)))
        return pending(`hydrated ${dry}`, `to hydrate ${c} (now ${dry})`);
    if (hy.phase === 'Failed')
        return failNow(`hydration of ${dry} failed: ${message(hy.message)}`);
    if (hy.phase !== 'Hydrated' || !syncedRevisions(app).includes(hy.hydratedSHA ?? '')) {
        return pending(`hydration ${hy.phase ?? 'Unknown'} of ${dry}`, `to hydrate and sync ${c}`);
    }
    return undefined;
}
/** Where the commit stands: synced (or hydrated) at it or after it, failed for it, or still to come. */
function commitGate(t, app, relate) {
    if (!t.commit)
        return undefined;
    const c = observation_short(t.commit);
    const op = app.status?.operationState;
    const failed = op?.finishedAt && (op.phase === 'Failed' || op.phase === 'Error');
    if (failed && opRevisions(op).some((r) => carries(relate(r)))) {
        const revs = opRevisions(op).map(observation_short).join(', ');
        return failNow(`sync of ${revs} ${op?.phase?.toLowerCase()}: ${message(op?.message)}`);
    }
    const hy = hydration(app);
    if (hy)
        return hydrationGate(app, hy, c, relate);
    const revisions = syncedRevisions(app);
    if (revisions.some((r) => carries(relate(r))))
        return undefined;
    const shown = revisions.map(observation_short).join(', ') || 'no revision';
    const now = `${app.status?.sync?.status ?? 'Unknown'} at ${shown}, ${app.status?.health?.status ?? 'Unknown'}`;
    // A synced commit that history cannot place (no clone, or not fetchable) leaves no verdict: not "not yet".
    const shas = revisions.filter((r) => commitOf(r));
    if (shas.length && shas.every((r) => relate(r) === 'unknown'))
        return untold(now, c);
    return pending(`${now}; waiting for ${c}`, `to sync ${c} (now ${shown})`);
}
/** `--operation`: nothing requested, the last operation finished, and the app reconciled after it finished. */
function operationGate(app) {
    const op = app.status?.operationState;
    if (app.operation)
        return pending('a sync operation is requested', 'to finish its sync operation (requested)');
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
function evaluateArgo(t, app, relate) {
    const gate = commitGate(t, app, relate) ?? operationGate(app);
    if (gate)
        return gate;
    const sync = app.status?.sync?.status ?? 'Unknown';
    const shown = syncedRevisions(app).map(observation_short).join(', ') || 'no revision';
    const health = app.status?.health?.status ?? 'Unknown';
    const healthMsg = app.status?.health?.message ? ` (${oneLine(app.status.health.message, 120)})` : '';
    if (sync !== 'Synced')
        return pending(`${sync} at ${shown}, ${health}`, `to be Synced (now ${sync})`);
    if (health === 'Healthy')
        return { verdict: 'pass', detail: `Synced at ${shown}, Healthy` };
    if (health === 'Degraded')
        return { verdict: 'fail', detail: `Synced at ${shown}, Degraded${healthMsg}` };
    return pending(`Synced at ${shown}, ${health}${healthMsg}`, `to be Healthy (now ${health})`);
}
async function probeArgo(t, ports, timeoutMs) {
    const url = new URL(argoApplicationPath(t), t.url.endsWith('/') ? t.url : `${t.url}/`).toString();
    let res;
    try {
        res = await ports.http.get({ url, headers: { Accept: 'application/json', ...t.headers }, timeoutMs });
    }
    catch (e) {
        return httpControlPlaneFailure('Argo CD', e.message);
    }
    const refused = argoRefusal(t, res);
    if (refused)
        return refused;
    let app;
    try {
        app = JSON.parse(res.body);
    }
    catch {
        const detail = 'Argo CD answered with a body that is not JSON; expected an Application';
        return { verdict: 'inconclusive', detail };
    }
    const relate = t.commit ? await relations(argoRevisions(app), t.commit, ports.lineage) : () => 'unknown';
    return evaluateArgo(t, app, relate);
}

;// CONCATENATED MODULE: ./.build/core/health/http-check.js

/** The value at a parsed field path, or undefined. */
function fieldAt(doc, path) {
    let v = doc;
    for (const p of path) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[p];
    }
    return v;
}
function evaluateHttp(t, res) {
    const via = res.redirects ? ` (after ${res.redirects} redirect${res.redirects === 1 ? '' : 's'})` : '';
    if (!t.expectStatus.includes(res.status)) {
        return { verdict: 'fail', detail: `status ${res.status}${via}, expected ${t.expectStatus.join(' or ')}` };
    }
    let version;
    if (t.versionPath) {
        let doc;
        try {
            doc = JSON.parse(res.body);
        }
        catch (e) {
            return {
                verdict: 'fail',
                detail: `status ${res.status}${via}, but the body is not JSON (${oneLine(e.message, 80)}); ` +
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
async function probeHttp(t, http, timeoutMs) {
    let res;
    try {
        res = await http.get({ url: t.url, headers: t.headers, timeoutMs });
    }
    catch (e) {
        return { verdict: 'fail', detail: oneLine(e.message) };
    }
    return evaluateHttp(t, res);
}

;// CONCATENATED MODULE: ./.build/core/health/kube-object.js
// What the Kubernetes-side checks (flux, kubernetes, rollout) share: the objects' common fields, conditions,
// image tags, and what a kubectl failure means for the verdict.

const condition = (o, type) => o.status?.conditions?.find((c) => c.type === type);
const oneLineOf = (s, n = 160) => oneLine(s ?? '', n);
function conditionText(c, what = 'Ready') {
    if (!c)
        return `no ${what} condition`;
    return `${c.type}=${c.status}${c.reason ? ` ${c.reason}` : ''}${c.message ? `: ${oneLine(c.message, 140)}` : ''}`;
}
/** The tag of an image reference: registry:5000/acme/web:v1.2.3@sha256:… → v1.2.3 ('' when it has none). */
function imageTag(image) {
    const noDigest = image.split('@')[0];
    const last = noDigest.slice(noDigest.lastIndexOf('/') + 1);
    const i = last.lastIndexOf(':');
    return i < 0 ? '' : last.slice(i + 1);
}
/** The pod template's image tags (of `container` when given); undefined when that container is missing. */
function templateTags(o, container) {
    const all = o.spec?.template?.spec?.containers ?? [];
    const picked = all.filter((c) => !container || c.name === container);
    if (container && !picked.length)
        return undefined;
    return picked.map((c) => imageTag(c.image ?? ''));
}
/**
 * The pod template's version: `version` is the tag reported (the expected one when a container runs it); `wait`
 * is the pending observation while no container runs the expected version yet, `missing` when the container
 * named does not exist.
 */
function templateVersion(o, what, container, expect) {
    const tags = templateTags(o, container);
    if (!tags) {
        const detail = `the ${what} has no container ${container}; expected the container to check`;
        return { missing: { verdict: 'error', detail, fatal: true } };
    }
    const version = tags.find((v) => expect !== undefined && sameVersion(v, expect)) ?? tags[0];
    if (expect === undefined || tags.some((v) => sameVersion(v, expect)))
        return { version };
    const now = tags.join(', ') || 'no tag';
    const wait = { verdict: 'pending', detail: `image tag ${now}, expected ${expect}`, waiting: `to run ${expect} (now ${now})` };
    return { version, wait: { ...wait, version } };
}

;// CONCATENATED MODULE: ./.build/core/health/flux-check.js
// The flux check, read the way kustomize-controller writes its status (internal/controller/
// kustomization_controller.go, api/v1/kustomization_types.go of fluxcd/kustomize-controller; conditions and history
// from fluxcd/pkg apis/meta and runtime/conditions):
// - lastAppliedRevision is set only after a successful apply and health check; for an OCIRepository source it is
//   the artifact digest (latest@sha256:…) and the git commit is in lastAppliedOriginRevision;
// - status.observedGeneration moves only when Ready=True, while every condition records the generation it was
//   written at (condition.observedGeneration): that is how a failure of the current spec shows;
// - Ready=False HealthCheckCanceled means a newer revision arrived and the controller started over: not a failure;
//   DependencyNotReady and ArtifactFailed are retried by the controller;
// - status.history (newest first) records each attempt's revision and originRevision.



/** Reasons of Ready=False that the controller retries by itself, or that mean it started over on a newer revision. */
const NOT_A_FAILURE = new Set(['HealthCheckCanceled', 'DependencyNotReady', 'ArtifactFailed', 'Progressing']);
const statusOf = (o) => (o.status ?? {});
/** The origin revision of the last attempt, when the newest history entry is that attempt. */
function attemptedOrigin(st) {
    const h = st.history?.[0]?.metadata;
    return h && h.revision === st.lastAttemptedRevision ? h.originRevision : undefined;
}
/** Every revision of a Flux status that may name the commit, for resolving against history. */
function fluxRevisions(obj) {
    const st = statusOf((obj ?? {}));
    const all = [st.lastAppliedOriginRevision, st.lastAppliedRevision, st.lastAttemptedRevision, attemptedOrigin(st)];
    return all.filter((r) => !!r);
}
function evaluateFlux(t, obj, relate) {
    const o = (obj ?? {});
    return t.kind === 'Kustomization' ? evaluateKustomization(t, o, relate) : evaluateHelmRelease(o);
}
function evaluateKustomization(t, o, relate) {
    const st = statusOf(o);
    const gen = o.metadata?.generation;
    const ready = condition(o, 'Ready');
    const stalled = condition(o, 'Stalled')?.status === 'True' ? condition(o, 'Stalled') : undefined;
    const readyGen = ready?.observedGeneration ?? st.observedGeneration;
    const current = gen === undefined || (readyGen !== undefined && readyGen >= gen);
    const applied = st.lastAppliedOriginRevision || st.lastAppliedRevision || '';
    const attempted = attemptedOrigin(st) || st.lastAttemptedRevision || '';
    const carried = (...revs) => !t.commit || revs.some((r) => carries(relate(r)));
    const hasApplied = carried(st.lastAppliedOriginRevision, st.lastAppliedRevision);
    if (ready?.status === 'True' && current && hasApplied) {
        return { verdict: 'pass', detail: `Ready, applied ${applied || 'no revision'}` };
    }
    if (ready?.status === 'False' && ready.reason === 'HealthCheckCanceled') {
        return flux_check_pending(`${conditionText(ready)} (a newer revision arrived)`, 'to finish reconciling the newer revision');
    }
    const readyFailed = ready?.status === 'False' && current && !NOT_A_FAILURE.has(ready.reason ?? '');
    const failed = stalled ?? (readyFailed ? ready : undefined);
    if (failed && carried(attemptedOrigin(st), st.lastAttemptedRevision)) {
        return { verdict: 'fail', detail: `${conditionText(failed)} (attempted ${attempted || 'no revision'})` };
    }
    if (!hasApplied) {
        const now = applied || 'no revision';
        const c = observation_short(t.commit ?? '');
        if (commitOf(applied) && relate(applied) === 'unknown')
            return untold(`applied ${now}, ${conditionText(ready)}`, c);
        return flux_check_pending(`applied ${now}, ${conditionText(ready)}`, `to apply ${c} (now ${now})`);
    }
    const now = ready ? `${ready.status}${ready.reason ? ` ${ready.reason}` : ''}` : 'no Ready condition';
    const waiting = current ? `to be Ready (now ${now})` : `to reconcile generation ${gen} (now ${readyGen ?? 'none'})`;
    return flux_check_pending(conditionText(ready), waiting);
}
const flux_check_pending = (detail, waiting) => ({ verdict: 'pending', detail, waiting });
// HelmRelease: the release is made by helm-controller from the spec a commit changed; that the new spec was acted
// on shows as observedGeneration catching up with metadata.generation (the commit itself is not recorded).
function evaluateHelmRelease(o) {
    const gen = o.metadata?.generation;
    const st = o.status ?? {};
    const observed = st.observedGeneration;
    const ready = condition(o, 'Ready');
    const stalled = condition(o, 'Stalled');
    const current = gen === undefined || (observed !== undefined && observed >= gen);
    const chart = st.lastAttemptedRevision ? `, chart ${String(st.lastAttemptedRevision)}` : '';
    if (ready?.status === 'True' && current) {
        return { verdict: 'pass', detail: `Ready at generation ${gen ?? '?'}${chart}` };
    }
    if (current && (stalled?.status === 'True' || ready?.status === 'False')) {
        return { verdict: 'fail', detail: `${conditionText(stalled?.status === 'True' ? stalled : ready)}${chart}` };
    }
    if (!current) {
        const now = observed ?? 'none';
        return flux_check_pending(`observed generation ${now} of ${gen}`, `to reconcile generation ${gen} (now ${now})`);
    }
    return flux_check_pending(conditionText(ready), `to be Ready (now ${ready?.status ?? 'no Ready condition'})`);
}

;// CONCATENATED MODULE: ./.build/core/health/rollout-check.js
// The rollout check: an Argo Rollouts Rollout (argoproj.io/v1alpha1) at the promoted image, fully promoted. Read
// as argoproj/argo-rollouts defines and reads it: pkg/apis/rollouts/v1alpha1/types.go (RolloutStatus: phase,
// message, abort, pauseConditions, controllerPause, stableRS, currentPodHash, observedGeneration as a string,
// canary/blueGreen AnalysisRun statuses) and utils/rollout/rolloututil.go (GetRolloutPhase: the generation must be
// observed first, an unpausing rollout is Progressing; CalculateRolloutPhase for controllers before v1.0, which
// left status.phase empty; IsFullyPromoted: stableRS == currentPodHash).

const rollout_check_statusOf = (o) => (o.status ?? {});
/** isGenerationObserved: a numeric observedGeneration must reach metadata.generation (anything else: observed). */
function generationObserved(o) {
    const observed = rollout_check_statusOf(o).observedGeneration;
    if (observed === undefined || !/^\d+$/.test(observed))
        return true;
    return Number(observed) >= (o.metadata?.generation ?? 0);
}
/** The phase the controller wrote, else CalculateRolloutPhase's reading of conditions and pauses (pre-v1.0). */
function phaseOf(o) {
    const st = rollout_check_statusOf(o);
    if (st.phase)
        return { phase: st.phase, message: st.message ?? '' };
    for (const c of o.status?.conditions ?? []) {
        if (c.type === 'InvalidSpec')
            return { phase: 'Degraded', message: `InvalidSpec: ${c.message ?? ''}` };
        if (c.reason === 'RolloutAborted' || c.reason === 'ProgressDeadlineExceeded') {
            return { phase: 'Degraded', message: `${c.reason}: ${c.message ?? ''}` };
        }
    }
    if (o.spec?.paused === true)
        return { phase: 'Paused', message: 'manually paused' };
    const pause = st.pauseConditions?.[0];
    if (pause)
        return { phase: 'Paused', message: pause.reason ?? '' };
    if (!st.stableRS || st.stableRS !== st.currentPodHash) {
        return { phase: 'Progressing', message: 'waiting for all steps to complete' };
    }
    return { phase: 'Healthy', message: '' };
}
/** spec.workloadRef of a Rollout whose pod template lives in a Deployment (apps/v1). */
function workloadRef(obj) {
    const o = (obj ?? {});
    const ref = o.spec?.workloadRef;
    return ref?.kind === 'Deployment' && ref.name && !o.spec?.template ? ref.name : undefined;
}
/** The AnalysisRun that ended badly (Failed, Error, Inconclusive), from whichever step or stage ran it. */
function failedAnalysisRun(obj) {
    const st = rollout_check_statusOf((obj ?? {}));
    const runs = [
        st.canary?.currentStepAnalysisRunStatus, st.canary?.currentBackgroundAnalysisRunStatus,
        st.blueGreen?.prePromotionAnalysisRunStatus, st.blueGreen?.postPromotionAnalysisRunStatus,
    ];
    return runs.find((r) => r?.name && BAD_RUN.includes(r.status ?? ''));
}
const BAD_RUN = ['Failed', 'Error', 'Inconclusive'];
/** "; AnalysisRun web-7d4-2 Failed: metric "success-rate" Failed, last value [0.81]: <the run's message>". */
function analysisText(run, analysis) {
    if (!run)
        return '';
    const results = analysis?.status?.metricResults ?? [];
    const bad = results.find((m) => BAD_RUN.includes(m.phase ?? ''));
    const last = bad?.measurements?.[bad.measurements.length - 1]?.value;
    const value = last !== undefined ? `, last value ${oneLineOf(last, 60)}` : '';
    const metric = bad ? `metric "${bad.name}" ${bad.phase}${value}` : '';
    const message = oneLineOf(run.message ?? bad?.message, 200);
    return `; AnalysisRun ${run.name} ${run.status}: ${[metric, message].filter(Boolean).join(': ')}`;
}
const PROMOTE_HINT = 'it resumes after its pause duration or `kubectl argo rollouts promote`';
/** After the version and the spec: aborted, Degraded, unpausing, paused, fully promoted, or still progressing. */
function phaseVerdict(o, analysis) {
    const st = rollout_check_statusOf(o);
    const { phase, message } = phaseOf(o);
    const why = analysisText(failedAnalysisRun(o), analysis);
    if (st.abort) {
        return { verdict: 'fail', detail: `aborted: ${oneLineOf(message || condition(o, 'Progressing')?.message)}${why}`, fatal: true };
    }
    if (phase === 'Degraded')
        return { verdict: 'fail', detail: `Degraded: ${oneLineOf(message)}${why}`, fatal: true };
    if (st.controllerPause && !st.pauseConditions?.length) {
        return { verdict: 'pending', detail: 'unpausing', waiting: 'to unpause' };
    }
    if (phase === 'Paused' || st.pauseConditions?.length || o.spec?.paused === true) {
        const reason = st.pauseConditions?.map((p) => p.reason).join(', ') || oneLineOf(message) || 'paused';
        const waiting = `to be promoted (paused: ${reason}; ${PROMOTE_HINT})`;
        return { verdict: 'pending', paused: true, detail: `Paused (${reason}): waiting for a promotion`, waiting };
    }
    if (phase === 'Healthy' && st.stableRS && st.stableRS === st.currentPodHash) {
        return { verdict: 'pass', detail: `Healthy, fully promoted (stable ${st.stableRS})` };
    }
    const now = `${phase}${message ? `: ${oneLineOf(message, 80)}` : ''}`;
    const detail = `${phase}${message ? `: ${oneLineOf(message)}` : ''}`;
    return { verdict: 'pending', detail, waiting: `to be fully promoted (now ${now})` };
}
/**
 * Healthy when the pod template runs the promoted version, the spec is observed, the rollout is not paused, phase
 * Healthy and fully promoted. Aborted or Degraded: unhealthy at once, with the AnalysisRun that failed (`analysis`
 * is that AnalysisRun object when it could be read). Paused: pending, marked so that a timeout says a person
 * must decide (unknown), not that the version is bad. With spec.workloadRef the pod template is the referenced
 * Deployment's (`workload`, read by the probe).
 */
function evaluateRollout(t, obj, read = {}) {
    const o = (obj ?? {});
    const template = workloadRef(o) && read.workload ? read.workload : o;
    const { version, wait, missing } = templateVersion(template, 'Rollout', t.container, t.expectVersion);
    if (missing)
        return missing;
    if (wait)
        return wait;
    if (!generationObserved(o)) {
        return { verdict: 'pending', detail: 'spec update not observed yet', waiting: 'to observe its spec update', version };
    }
    const v = phaseVerdict(o, read.analysis);
    const tag = v.verdict === 'pass' && version ? `, image tag ${version}` : '';
    return { ...v, detail: `${v.detail}${tag}`, version };
}

;// CONCATENATED MODULE: ./.build/core/health/workload-check.js
// The kubernetes check: a Deployment, StatefulSet or DaemonSet (apps/v1) whose pod template runs the promoted
// version and whose rollout is complete as `kubectl rollout status` decides it: the rules of kubernetes/kubectl
// pkg/polymorphichelpers/rollout_status.go, each kind in its order. In particular a Deployment's
// ProgressDeadlineExceeded counts only once the current generation is observed: before that it is left from an
// earlier rollout.

const num = (v) => (typeof v === 'number' ? v : 0);
const waiting = (message, what = message) => ({ state: 'waiting', message, waiting: what });
const NOT_OBSERVED = (gen, observed) => waiting(`observed generation ${observed} of ${gen}`, `to observe generation ${gen}`);
/** apps/v1 defaults updateStrategy.type to RollingUpdate; kubectl follows nothing else. */
const rollingUpdate = (o) => (o.spec?.updateStrategy?.type ?? 'RollingUpdate') === 'RollingUpdate';
const UNSUPPORTED = {
    state: 'unsupported',
    message: 'rollout status is only available for the RollingUpdate strategy type (kubectl rollout status)',
};
function deploymentStatus(o) {
    const gen = num(o.metadata?.generation);
    const st = o.status ?? {};
    const observed = num(st.observedGeneration);
    if (gen > observed)
        return NOT_OBSERVED(gen, observed);
    const progressing = condition(o, 'Progressing');
    if (progressing?.reason === 'ProgressDeadlineExceeded') {
        return { state: 'failed', message: `rollout exceeded its progress deadline: ${oneLineOf(progressing.message)}` };
    }
    const want = o.spec?.replicas;
    const [updated, total, available] = [num(st.updatedReplicas), num(st.replicas), num(st.availableReplicas)];
    if (want !== undefined && updated < want) {
        return waiting(`${updated} of ${want} replicas updated`, `to roll out (${updated} of ${want} updated)`);
    }
    const old = total - updated;
    if (old > 0)
        return waiting(`${old} old replica(s) pending termination`, `to roll out (${old} old replicas terminating)`);
    if (available < updated) {
        return waiting(`${available} of ${updated} updated replicas available`, `to roll out (${available} of ${updated} available)`);
    }
    return { state: 'done', message: `rolled out: ${available}/${want ?? available} available` };
}
function statefulSetStatus(o) {
    if (!rollingUpdate(o))
        return UNSUPPORTED;
    const gen = num(o.metadata?.generation);
    const st = o.status ?? {};
    const observed = num(st.observedGeneration);
    if (observed === 0 || gen > observed)
        return NOT_OBSERVED(gen, observed);
    const want = o.spec?.replicas;
    const [ready, updated] = [num(st.readyReplicas), num(st.updatedReplicas)];
    if (want !== undefined && ready < want) {
        return waiting(`${ready} of ${want} pods ready`, `to roll out (${want - ready} pods not ready)`);
    }
    const rolling = o.spec?.updateStrategy?.rollingUpdate;
    if (rolling) {
        const partition = rolling.partition;
        if (want !== undefined && partition !== undefined && updated < want - partition) {
            const of = want - partition;
            const detail = `${updated} of ${of} new pods updated (partition ${partition})`;
            return waiting(detail, `to roll out (${updated} of ${of} updated)`);
        }
        return { state: 'done', message: `partitioned roll out complete: ${updated} new pods updated` };
    }
    if (st.updateRevision !== st.currentRevision) {
        const rev = String(st.updateRevision);
        return waiting(`${updated} pods at revision ${rev}`, `to roll out (${updated} pods at ${rev})`);
    }
    const message = `rolling update complete: ${num(st.currentReplicas)} pods at revision ${String(st.currentRevision)}`;
    return { state: 'done', message };
}
function daemonSetStatus(o) {
    if (!rollingUpdate(o))
        return UNSUPPORTED;
    const gen = num(o.metadata?.generation);
    const st = o.status ?? {};
    const observed = num(st.observedGeneration);
    if (gen > observed)
        return NOT_OBSERVED(gen, observed);
    const desired = num(st.desiredNumberScheduled);
    const [updated, available] = [num(st.updatedNumberScheduled), num(st.numberAvailable)];
    if (updated < desired) {
        return waiting(`${updated} of ${desired} new pods updated`, `to roll out (${updated} of ${desired} updated)`);
    }
    if (available < desired) {
        return waiting(`${available} of ${desired} updated pods available`, `to roll out (${available} of ${desired} available)`);
    }
    return { state: 'done', message: `rolled out: ${available}/${desired} pods available` };
}
const RULES = {
    Deployment: deploymentStatus, StatefulSet: statefulSetStatus, DaemonSet: daemonSetStatus,
};
/** The rollout as kubectl decides it, once the pod template runs the promoted version. */
function evaluateWorkload(t, obj) {
    const o = (obj ?? {});
    const { version, wait, missing } = templateVersion(o, t.kind, t.container, t.expectVersion);
    if (missing)
        return missing;
    if (wait)
        return wait;
    const r = RULES[t.kind](o);
    switch (r.state) {
        case 'failed': return { verdict: 'fail', detail: r.message, fatal: true, version };
        case 'unsupported': return { verdict: 'error', detail: `${t.kind}: ${r.message}`, fatal: true, version };
        case 'waiting': return { verdict: 'pending', detail: r.message, waiting: r.waiting, version };
        case 'done': return { verdict: 'pass', detail: `${r.message}${version ? `, image tag ${version}` : ''}`, version };
    }
}

;// CONCATENATED MODULE: ./.build/core/health/kube-check.js





const enc = encodeURIComponent;
function fluxPath(t) {
    return t.kind === 'HelmRelease'
        ? `/apis/helm.toolkit.fluxcd.io/v2/namespaces/${enc(t.namespace)}/helmreleases/${enc(t.name)}`
        : `/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/${enc(t.namespace)}/kustomizations/${enc(t.name)}`;
}
const PLURAL = { Deployment: 'deployments', StatefulSet: 'statefulsets', DaemonSet: 'daemonsets' };
function workloadPath(t) {
    return `/apis/apps/v1/namespaces/${enc(t.namespace)}/${PLURAL[t.kind]}/${enc(t.name)}`;
}
const ROLLOUTS_API = '/apis/argoproj.io/v1alpha1/namespaces';
const rolloutPath = (t) => `${ROLLOUTS_API}/${enc(t.namespace)}/rollouts/${enc(t.name)}`;
const analysisRunPath = (ns, name) => `${ROLLOUTS_API}/${enc(ns)}/analysisruns/${enc(name)}`;
const pathOf = (t) => (t.type === 'flux' ? fluxPath(t) : t.type === 'rollout' ? rolloutPath(t) : workloadPath(t));
const whatOf = (t) => `${t.type === 'rollout' ? 'Rollout' : t.kind} ${t.namespace}/${t.name}`;
/** The objects a Rollout's verdict may need besides itself: its failed AnalysisRun, the workload of a workloadRef. */
async function probeRolloutParts(t, o, kube, opts) {
    const run = failedAnalysisRun(o);
    // The failed metric and its last value are in the AnalysisRun; without it the Rollout's message still says why.
    const analysis = run?.name
        ? await kube.get(analysisRunPath(t.namespace, run.name), opts).catch(() => undefined)
        : undefined;
    const ref = workloadRef(o);
    let workload;
    if (ref) {
        try {
            workload = await kube.get(workloadPath({ kind: 'Deployment', name: ref, namespace: t.namespace }), opts);
        }
        catch (e) {
            return kubeFailure(e.message, `Deployment ${t.namespace}/${ref} (the Rollout's workloadRef)`);
        }
    }
    return evaluateRollout(t, o, { analysis, workload });
}
async function probeKube(t, ports, timeoutMs) {
    const opts = { kubeconfig: t.kubeconfig, context: t.context, timeoutMs };
    let o;
    try {
        o = await ports.kube.get(pathOf(t), opts);
    }
    catch (e) {
        return kubeFailure(e.message, whatOf(t));
    }
    if (t.type === 'kubernetes')
        return evaluateWorkload(t, o);
    if (t.type === 'rollout')
        return probeRolloutParts(t, o, ports.kube, opts);
    const relate = t.commit ? await relations(fluxRevisions(o), t.commit, ports.lineage) : () => 'unknown';
    return evaluateFlux(t, o, relate);
}

// EXTERNAL MODULE: ./.build/core/durations.js
var durations = __webpack_require__(7105);
;// CONCATENATED MODULE: ./.build/core/health/poll.js
// The polling loop: samples every target together, every interval (±10% jitter), until enough consecutive passes,
// too many failures or inconclusive samples, something fatal, or the deadline. Time, sleep and randomness are
// injected, so tests run it on a fake clock. A sample starts only when the previous one has finished, so each
// target has at most one request in flight and never more than one per sample: no request storms.



const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
    random: () => Math.random(),
};
const JITTER = 0.1;
const RANK = { error: 1, fail: 2, pending: 3, inconclusive: 5, pass: 9 };
/** Worst first: fatal, error, fail, pending, pending on a person (paused), inconclusive. */
const rank = (o) => (o.fatal ? 0 : o.paused ? 4 : RANK[o.verdict]);
/** The worst non-passing observation of a sample, or undefined when every target passed. */
function worst(targets, s) {
    let best;
    s.obs.forEach((o, i) => {
        if (o.verdict !== 'pass' && (best === undefined || rank(o) < rank(s.obs[best])))
            best = i;
    });
    return best === undefined ? undefined : { target: targets[best], obs: s.obs[best] };
}
const evidenceText = (e) => (e ? `${e.target.id}: ${e.obs.detail}` : 'no sample was taken');
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/**
 * What the samples until the deadline mean: the latest sample that did not pass decides. A target still failing or
 * still not at the promoted version is unhealthy; inconclusive samples, an error, or a Rollout paused for a person
 * leave it unknown; so does a run that only passed, too few times.
 */
function timeoutVerdict(targets, kept) {
    for (let i = kept.length - 1; i >= 0; i--) {
        const e = worst(targets, kept[i]);
        if (!e)
            continue;
        const bad = e.obs.verdict === 'fail' || (e.obs.verdict === 'pending' && !e.obs.paused);
        return { outcome: bad ? 'unhealthy' : 'unknown', evidence: e };
    }
    return { outcome: 'unknown' };
}
/** After a sample: a verdict, or undefined to keep sampling. */
function decide(targets, s, st, timing, elapsed) {
    const at = (i) => ({ target: targets[i], obs: s.obs[i] });
    const fatal = s.obs.findIndex((x) => x.fatal && x.verdict === 'fail');
    if (fatal >= 0)
        return { outcome: 'unhealthy', reason: `unhealthy: ${evidenceText(at(fatal))}`, evidence: at(fatal) };
    const error = s.obs.findIndex((x) => x.verdict === 'error');
    if (error >= 0)
        return { outcome: 'unknown', reason: `unknown: ${evidenceText(at(error))}`, evidence: at(error) };
    if (st.passes >= timing.successThreshold) {
        const every = `with every check passing (${plural(targets.length, 'target')})`;
        return {
            outcome: 'healthy', reason: `healthy: ${plural(st.passes, 'consecutive sample')} ${every} after ${elapsed}`,
        };
    }
    const e = worst(targets, s);
    const last = `last: ${evidenceText(e)}`;
    if (st.failures > timing.failureLimit) {
        const why = `${plural(st.failures, 'failed sample')}, more than failure-limit ${timing.failureLimit}`;
        return { outcome: 'unhealthy', reason: `unhealthy: ${why}; ${last}`, evidence: e };
    }
    if (timing.inconclusiveLimit !== undefined && st.inconclusiveRun > timing.inconclusiveLimit) {
        const why = `${st.inconclusiveRun} inconclusive samples in a row, ` +
            `more than inconclusive-limit ${timing.inconclusiveLimit}`;
        return { outcome: 'unknown', reason: `unknown: ${why}; ${last}`, evidence: e };
    }
    return undefined;
}
function timedOut(targets, kept, st, timing) {
    const v = timeoutVerdict(targets, kept);
    const person = v.evidence?.obs.paused ? '; a person decides' : '';
    const passes = `${st.passes}/${timing.successThreshold} consecutive passes`;
    return {
        ...v,
        reason: `${v.outcome}: timed out after ${(0,durations/* formatDuration */.a3)(timing.timeoutMs)} with ${passes}; ` +
            `last: ${evidenceText(v.evidence)}${person}`,
    };
}
/** Probes every target once, all together; an observation's text is made inert before anything reads it. */
async function sample(o, perRequest) {
    const failed = (e) => ({ verdict: 'fail', detail: e?.message ?? String(e) });
    const obs = await Promise.all(o.targets.map((t) => o.probe(t, perRequest).catch(failed)));
    return obs.map(untrusted/* inertObservation */.D4);
}
async function poll(o) {
    const clock = o.clock ?? systemClock;
    const { timing, targets } = o;
    const keep = o.keep ?? 120;
    const start = clock.now();
    const deadline = start + timing.timeoutMs;
    const kept = [];
    const st = {
        passes: 0, failures: 0, inconclusiveRun: 0, samples: 0, elapsedMs: 0, leftMs: timing.timeoutMs,
    };
    let dropped = 0;
    const state = () => Object.assign(st, { elapsedMs: clock.now() - start, leftMs: Math.max(0, deadline - clock.now()) });
    const finish = (d, timedOut = false) => ({ ...state(), ...d, timedOut, kept, dropped, last: kept[kept.length - 1] });
    if (timing.initialDelayMs > 0)
        await clock.sleep(Math.min(timing.initialDelayMs, deadline - clock.now()));
    for (;;) {
        const sampleStart = clock.now();
        if (deadline - sampleStart <= 0)
            return finish(timedOut(targets, kept, state(), timing), true);
        const obs = await sample(o, Math.max(1, Math.min(timing.requestTimeoutMs, deadline - sampleStart)));
        const s = { n: ++st.samples, at: sampleStart - start, verdict: combine(obs), obs };
        st.passes = s.verdict === 'pass' ? st.passes + 1 : 0;
        if (s.verdict === 'fail')
            st.failures++;
        st.inconclusiveRun = s.verdict === 'inconclusive' ? st.inconclusiveRun + 1 : 0;
        kept.push(s);
        if (kept.length > keep) {
            kept.shift();
            dropped++;
        }
        o.onSample?.(s, state());
        const d = decide(targets, s, state(), timing, (0,durations/* formatDuration */.a3)(clock.now() - start));
        if (d)
            return finish(d);
        const next = sampleStart + timing.intervalMs * (1 + (clock.random() * 2 - 1) * JITTER);
        if (next >= deadline) {
            // The next sample would come after the deadline: nothing more can change the answer.
            if (deadline - clock.now() > 0)
                await clock.sleep(deadline - clock.now());
            return finish(timedOut(targets, kept, state(), timing), true);
        }
        if (next - clock.now() > 0)
            await clock.sleep(next - clock.now());
    }
}
/** "(2/3 passes, 1 failure of 3 allowed, 4m left)". */
function progressTail(st, timing) {
    const inc = timing.inconclusiveLimit !== undefined && st.inconclusiveRun
        ? `, ${st.inconclusiveRun} inconclusive of ${timing.inconclusiveLimit} allowed` : '';
    return `(${st.passes}/${timing.successThreshold} passes, ` +
        `${st.failures} failure${st.failures === 1 ? '' : 's'} of ${timing.failureLimit} allowed${inc}, ` +
        `${(0,durations/* formatDuration */.a3)(st.leftMs)} left)`;
}
const WORD = {
    fail: 'failed', error: 'error', inconclusive: 'inconclusive', pending: 'pending', pass: 'pass',
};
/** One progress line per sample: what it waits for, or what failed. */
function progressLine(targets, s, st, timing) {
    const notPassing = s.obs.filter((o) => o.verdict !== 'pass').length;
    const more = notPassing > 1 ? ` (+${notPassing - 1} more)` : '';
    const e = worst(targets, s);
    let what;
    if (!e) {
        what = `all ${targets.length} target${targets.length === 1 ? '' : 's'} pass`;
    }
    else if (e.obs.verdict === 'pending') {
        what = `waiting for ${e.target.id} ${e.obs.waiting ?? `(${e.obs.detail})`}${more}`;
    }
    else {
        what = `${WORD[e.obs.verdict]}: ${e.target.id}: ${e.obs.detail}${more}`;
    }
    return `[${(0,durations/* formatDuration */.a3)(s.at)}] sample ${s.n}: ${what} ${progressTail(st, timing)}`;
}

// EXTERNAL MODULE: ./.build/core/health/expression.js + 11 modules
var expression = __webpack_require__(9768);
;// CONCATENATED MODULE: ./.build/core/health/prometheus-check.js



/** A sample value as Prometheus writes it: "1.5", "NaN", "+Inf", "-Inf". */
function promNumber(s) {
    if (typeof s !== 'string')
        return Number.NaN;
    if (s === '+Inf' || s === 'Inf')
        return Number.POSITIVE_INFINITY;
    if (s === '-Inf')
        return Number.NEGATIVE_INFINITY;
    return Number(s);
}
/** The `result` of an instant-query response, or what is wrong with it. */
function promResult(doc) {
    const d = doc;
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
            return { result: promNumber(result?.[1]) };
        case 'vector':
            return { result: series.map((r) => promNumber(r?.value?.[1])) };
        case 'matrix':
            // A range vector: every value of every series, as Argo Rollouts flattens a matrix.
            return {
                result: series.flatMap((r) => (r?.values ?? []).map((v) => promNumber(v?.[1]))),
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
function shown(r) {
    if (!Array.isArray(r))
        return `result ${(0,expression/* show */.WU)(r)}`;
    if (r.length === 0)
        return 'no data';
    return r.length === 1 ? `result ${(0,expression/* show */.WU)(r[0])}` : `result ${(0,expression/* show */.WU)(r)} (${r.length} samples)`;
}
/** The value for the sparkline: the scalar, or the first sample. */
function firstValue(r) {
    const v = Array.isArray(r) ? r[0] : r;
    return typeof v === 'number' ? v : undefined;
}
/**
 * Argo Rollouts' phase as an observation. An Error that the data may clear (no sample yet, an index past the end)
 * is inconclusive, as Argo Rollouts measures again after it; one that no data can fix (a field of a number, a
 * string compared with a number) stops the run: the verdict is unknown, never unhealthy.
 */
function observe(j, r) {
    const detail = `${shown(r)}: ${j.why}`;
    const value = firstValue(r);
    if (j.verdict !== 'error')
        return { verdict: j.verdict, detail, value };
    return j.waitable ? { verdict: 'inconclusive', detail, value } : { verdict: 'error', detail, value, fatal: true };
}
/** What an answer that is not a result says: a refused credential or a query that does not parse will not change. */
function notAResult(t, res, error, errorType) {
    const lasting = errorType === 'bad_data' || errorType === 'unsupported' || res.status === 400;
    const detail = `prometheus: ${oneLine(error)} (status ${res.status})`;
    if (lasting)
        return { verdict: 'error', detail, fatal: true };
    return { verdict: 'inconclusive', detail: `${detail}; will ask again` };
}
function evaluatePrometheus(t, res) {
    if (res.status === 401 || res.status === 403) {
        return { verdict: 'error', detail: `prometheus refused the credentials (status ${res.status})`, fatal: true };
    }
    let doc;
    try {
        doc = JSON.parse(res.body);
    }
    catch {
        const api = `the Prometheus HTTP API at ${(0,spec/* displayUrl */.Qy)(t.url)}`;
        const detail = `status ${res.status}: the body is not JSON; expected ${api}`;
        // A page that answers (200, 404) is not Prometheus and will not become it; a 5xx may be a passing outage.
        if ((res.status >= 200 && res.status < 300) || res.status === 404)
            return { verdict: 'error', detail, fatal: true };
        return { verdict: 'inconclusive', detail: `${detail}; will ask again` };
    }
    const parsed = promResult(doc);
    if ('error' in parsed)
        return notAResult(t, res, parsed.error, parsed.errorType);
    return observe((0,expression/* judge */.S4)(t.success, t.failure, parsed.result), parsed.result);
}
async function probePrometheus(t, http, timeoutMs) {
    const url = new URL('api/v1/query', t.url.endsWith('/') ? t.url : `${t.url}/`);
    url.searchParams.set('query', t.query);
    url.searchParams.set('timeout', `${Math.max(1, Math.floor(timeoutMs / 1000))}s`);
    let res;
    try {
        res = await http.get({ url: url.toString(), headers: t.headers, timeoutMs });
    }
    catch (e) {
        // Prometheus out of reach says nothing about the service: no verdict from this sample (Argo Rollouts: Error).
        return { verdict: 'inconclusive', detail: `prometheus: ${oneLine(e.message)}; will ask again` };
    }
    return evaluatePrometheus(t, res);
}

;// CONCATENATED MODULE: ./.build/core/health/report.js
// What a wait-healthy run reports: step outputs (verdict, healthy, reason, observed-version, samples as bounded JSON)
// and a Markdown job summary with a timeline per target and a sparkline of metric values. Secrets never get here:
// only URLs without user info, details and verdicts. Details are text from checked systems: every cell of the
// summary is escaped (untrusted.ts), so HTML or Markdown from an endpoint shows as text.



const BARS = '▁▂▃▄▅▆▇█';
/** ▁▂▃▄▅▆▇█ scaled between the finite values' min and max; NaN or missing is "·", ±Inf the ends. */
function sparkline(values) {
    const finite = values.filter((v) => v !== undefined && Number.isFinite(v));
    const lo = Math.min(...finite);
    const hi = Math.max(...finite);
    return values
        .map((v) => {
        if (v === undefined || Number.isNaN(v))
            return '·';
        if (v === Number.POSITIVE_INFINITY)
            return BARS[7];
        if (v === Number.NEGATIVE_INFINITY)
            return BARS[0];
        if (hi === lo)
            return BARS[3];
        return BARS[Math.min(7, Math.floor(((v - lo) / (hi - lo)) * 8))];
    })
        .join('');
}
const ICON = {
    pass: '✅ pass', pending: '⏳ pending', fail: '❌ fail', inconclusive: '❔ inconclusive', error: '⚠️ error',
};
const HEAD = {
    healthy: '✅ healthy', unhealthy: '❌ unhealthy', unknown: '❔ unknown (no verdict)',
};
/** The distinct versions the last sample saw (http version fields, Deployment image tags). */
function observedVersions(last) {
    return [...new Set((last?.obs ?? []).map((o) => o.version).filter((v) => v !== undefined && v !== ''))];
}
/** The samples as JSON of at most maxBytes: the newest samples first to go in, then cut. */
function samplesJson(targets, r, maxBytes = 60_000) {
    const perSample = (s, maxTargets) => {
        const counts = {};
        for (const o of s.obs)
            counts[o.verdict] = (counts[o.verdict] ?? 0) + 1;
        const interesting = s.obs.map((o, i) => ({ o, t: targets[i] }))
            .filter(({ o }) => o.verdict !== 'pass' || o.value !== undefined || s.obs.length <= maxTargets);
        const checks = {};
        for (const { o, t } of interesting.slice(0, maxTargets)) {
            checks[oneLine(t.id, 120)] = {
                verdict: o.verdict, detail: oneLine(o.detail, 160),
                ...(o.value !== undefined
                    ? { value: Number.isNaN(o.value) ? 'NaN' : Number.isFinite(o.value) ? o.value : String(o.value) }
                    : {}),
                ...(o.version !== undefined ? { version: o.version } : {}),
            };
        }
        return {
            n: s.n, atMs: s.at, verdict: s.verdict, counts, checks,
            ...(interesting.length > maxTargets ? { more: interesting.length - maxTargets } : {}),
        };
    };
    for (const maxTargets of [50, 10, 3]) {
        const out = [];
        let size = 200;
        for (let i = r.kept.length - 1; i >= 0; i--) {
            const one = perSample(r.kept[i], maxTargets);
            const len = JSON.stringify(one).length + 1;
            if (size + len > maxBytes)
                break;
            size += len;
            out.unshift(one);
        }
        if (out.length || !r.kept.length) {
            return JSON.stringify({
                outcome: r.outcome, timedOut: r.timedOut, samples: r.samples,
                shown: out.length, targets: targets.length, list: out,
            });
        }
    }
    return JSON.stringify({
        outcome: r.outcome, timedOut: r.timedOut, samples: r.samples, shown: 0, targets: targets.length, list: [],
    });
}
function outputs(r) {
    return {
        verdict: r.result.outcome,
        healthy: String(r.result.outcome === 'healthy'),
        reason: oneLine(r.result.reason, 1000),
        'observed-version': observedVersions(r.result.last).join(', '),
        samples: samplesJson(r.targets, r.result),
    };
}
const cell = untrusted/* summaryText */.g5;
const clock = (start, atMs) => new Date(start.getTime() + atMs).toISOString().slice(11, 19);
/** Timelines for at most this many targets (non-passing first); the rest get one row each. */
const MAX_TIMELINES = 20;
const MAX_ROWS = 30;
function summary(r) {
    const { result, targets, timing } = r;
    const head = `${HEAD[result.outcome]}${result.timedOut ? ' ⏱️ timed out' : ''}`;
    const lines = [];
    lines.push(`### wait-healthy: ${r.app ? `${r.app} in ` : ''}${r.env} ${head}`, '');
    lines.push(cell(result.reason), '');
    const facts = [
        ['version', r.version ?? '—'],
        ['commit', r.commit ? r.commit.slice(0, 12) : '—'],
        ['observed version', observedVersions(result.last).join(', ') || '—'],
        ['samples', `${result.samples} in ${(0,durations/* formatDuration */.a3)(result.elapsedMs)}`],
        ['timing', `interval ${(0,durations/* formatDuration */.a3)(timing.intervalMs)} ±10%, timeout ${(0,durations/* formatDuration */.a3)(timing.timeoutMs)}, ` +
                `initial delay ${(0,durations/* formatDuration */.a3)(timing.initialDelayMs)}, ` +
                `request timeout ${(0,durations/* formatDuration */.a3)(timing.requestTimeoutMs)}`],
        ['thresholds', `success-threshold ${timing.successThreshold}, failure-limit ${timing.failureLimit}, ` +
                `inconclusive-limit ${timing.inconclusiveLimit ?? 'none'}`],
    ];
    lines.push('| | |', '| --- | --- |', ...facts.map(([k, v]) => `| ${k} | ${cell(v)} |`), '');
    if (result.dropped)
        lines.push(`_The first ${result.dropped} samples are not shown._`, '');
    const order = targets.map((t, i) => ({
        t, i, bad: result.last ? result.last.obs[i].verdict !== 'pass' : false,
    }));
    order.sort((a, b) => Number(b.bad) - Number(a.bad) || a.i - b.i);
    for (const { t, i } of order.slice(0, MAX_TIMELINES)) {
        const rows = result.kept.map((s) => ({ s, o: s.obs[i] }));
        lines.push(`#### ${cell(t.id)}`, '');
        const values = rows.map(({ o }) => o.value);
        if (values.some((v) => v !== undefined))
            lines.push(`metric: \`${sparkline(values)}\``, '');
        const shown = rows.slice(-MAX_ROWS);
        if (shown.length < rows.length)
            lines.push(`_${rows.length - shown.length} earlier samples not shown._`, '');
        lines.push('| time (UTC) | value | verdict |', '| --- | --- | --- |');
        for (const { s, o } of shown) {
            lines.push(`| ${clock(r.startedAt, s.at)} | ${cell(oneLine(o.detail, 200))} | ${ICON[o.verdict]} |`);
        }
        lines.push('');
    }
    if (targets.length > MAX_TIMELINES) {
        lines.push(`#### ${targets.length - MAX_TIMELINES} more targets (last sample)`, '', '| target | value | verdict |', '| --- | --- | --- |');
        for (const { t, i } of order.slice(MAX_TIMELINES, MAX_TIMELINES + 500)) {
            const o = result.last?.obs[i];
            lines.push(`| ${cell(t.id)} | ${o ? cell(oneLine(o.detail, 120)) : '—'} | ${o ? ICON[o.verdict] : '—'} |`);
        }
        if (targets.length > MAX_TIMELINES + 500) {
            lines.push('', `_${targets.length - MAX_TIMELINES - 500} more not listed._`);
        }
        lines.push('');
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./.build/core/health/run-wait-healthy.js






/** The project's exit codes: 0 done (healthy), 1 refused or unhealthy, 3 could not decide (2 is bad input). */
const EXIT_CODES = { healthy: 0, unhealthy: 1, unknown: 3 };
function probeTarget(t, ports, timeoutMs) {
    switch (t.type) {
        case 'http': return probeHttp(t, ports.http, timeoutMs);
        case 'prometheus': return probePrometheus(t, ports.http, timeoutMs);
        case 'argocd': return probeArgo(t, ports, timeoutMs);
        case 'flux':
        case 'kubernetes':
        case 'rollout': return probeKube(t, ports, timeoutMs);
    }
}
/** Do any checks compare a synced revision with the commit (so the config repository's history is needed)? */
const comparesCommits = (checks) => checks.targets.some((t) => (t.type === 'argocd' || t.type === 'flux') && !!t.commit);
async function runWaitHealthy(req) {
    // The commit may have been resolved to its full sha since the checks were planned (history needs it).
    const targets = req.checks.targets.map((t) => ((t.type === 'argocd' || t.type === 'flux') && t.commit && req.commit ? { ...t, commit: req.commit } : t));
    const clock = req.clock ?? systemClock;
    const startedAt = new Date();
    req.logger.info(`wait-healthy: ${req.env}${req.app ? ` ${req.app}` : ''}${req.version ? ` ${req.version}` : ''}` +
        `${req.commit ? ` at ${req.commit.slice(0, 12)}` : ''}: ` +
        `${targets.length} target${targets.length === 1 ? '' : 's'} (${req.checks.labels.join('; ')})`);
    const result = await poll({
        targets, timing: req.timing, clock,
        probe: (t, timeoutMs) => probeTarget(t, req, timeoutMs),
        onSample: (s, st) => req.logger.info(progressLine(targets, s, st, req.timing)),
    });
    const healthy = result.outcome === 'healthy';
    const where = result.evidence ? req.whereOf?.(result.evidence.target.key) : undefined;
    if (!healthy)
        req.logger.error(result.reason, where);
    const report = {
        env: req.env, app: req.app, version: req.version, commit: req.commit,
        targets, timing: req.timing, result, startedAt,
    };
    const exitCode = EXIT_CODES[result.outcome];
    return { healthy, verdict: result.outcome, exitCode, result, outputs: outputs(report), summary: summary(report) };
}

// EXTERNAL MODULE: ./.build/core/verbs/definition.js
var definition = __webpack_require__(3068);
// EXTERNAL MODULE: ./.build/core/verbs/option-source.js
var option_source = __webpack_require__(940);
// EXTERNAL MODULE: ./.build/core/config/config-schema.js
var config_schema = __webpack_require__(9145);
// EXTERNAL MODULE: ./.build/core/config/schema-check.js
var schema_check = __webpack_require__(7889);
;// CONCATENATED MODULE: ./.build/core/health/sources.js
// Where checks come from, besides gitops-promote.yaml: the `checks` input (YAML or JSON, health.<env>'s shape or
// just a list of checks) and flags/inputs (--url, --prometheus …). All end up as one HealthSpec.






/** The `checks` input: YAML or JSON, either {checks: [...], interval: …} or a bare list of checks. */
function checksFromText(text, label) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false, uniqueKeys: false });
    const src = new source_text/* SourceText */.D(text);
    const err = doc.errors[0];
    if (err) {
        throw new errors/* UserError */.y(`${label}: not valid YAML or JSON (${err.message.split('\n')[0]}) ` +
            `at line ${src.lineOf(Math.min(err.pos[0], text.length))}`);
    }
    const root = doc.contents;
    const isList = Array.isArray(doc.toJS());
    const at = (n) => (n?.range ? ` (line ${src.lineOf(n.range[0])})` : '');
    if (isList) {
        // Validate the list as the value of `checks`.
        const p = (0,schema_check/* checkSchema */._)(root, config_schema/* HEALTH_ENV_SCHEMA */.v.properties.checks, 'checks');
        if (p)
            throw new errors/* UserError */.y(`${label}: ${p.key}: ${p.message}${at(p.node)}`);
    }
    else {
        const p = (0,schema_check/* checkSchema */._)(root, config_schema/* HEALTH_ENV_SCHEMA */.v);
        if (p)
            throw new errors/* UserError */.y(`${label}: ${p.key}: ${p.message}${at(p.node)}`);
    }
    const raw = doc.toJS();
    return (0,spec/* normalizeHealth */.U)(isList ? { checks: raw } : raw, label, (key, message) => new errors/* UserError */.y(`${label}: ${key.slice(label.length + 1)}: ${message}`));
}
const kebab = (s) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const WORKLOADS = ['deployment', 'statefulset', 'daemonset', 'rollout'];
/** --deployment, --statefulset, --daemonset (kubernetes checks) and --rollout, all in --namespace. */
function workloadChecks(o, used, build, fail, name) {
    if (!used(...WORKLOADS)) {
        if (used('namespace')) {
            throw fail('namespace', `is for ${name('deployment')}, ${name('statefulset')}, ${name('daemonset')} ` +
                `or ${name('rollout')}; expected one of them too (Flux objects take ${name('flux-namespace')})`);
        }
        return [];
    }
    const shared = {
        namespace: o.namespace || undefined, kubeconfig: o.kubeconfig || undefined,
        context: o.context || undefined, expectVersion: o.expectVersion || undefined,
    };
    return WORKLOADS.filter((k) => used(k))
        .map((k) => build({ type: k === 'rollout' ? 'rollout' : 'kubernetes', [k]: o[k], ...shared }, {}));
}
/**
 * `name` says how a user spells an option (`--success-condition` or `input "success-condition"`). Returns the checks
 * (empty when no check option was given) and the timing that was given.
 */
function adhocSpec(o, name) {
    const fail = (key, message) => new errors/* UserError */.y(`${name(kebab(key))} ${message}`);
    const checks = [];
    const used = (...keys) => keys.some((k) => o[k] !== undefined && o[k] !== '' && !(Array.isArray(o[k]) && !o[k].length));
    // Errors from a check built here name the option, not a config key.
    const build = (raw, rename) => {
        for (const k of Object.keys(raw))
            if (raw[k] === undefined)
                delete raw[k];
        return (0,spec/* normalizeCheck */.yg)(raw, '', (key, message) => {
            const field = key.replace(/^\./, '').replace(/\[\d+\]$/, '');
            return new errors/* UserError */.y(field ? `${name(rename[field] ?? kebab(field))} ${message}` : message);
        });
    };
    if (used('expectStatus', 'bodyMatch', 'versionField', 'headers') && !used('urls')) {
        throw fail('url', `is needed with ${name('expect-status')}, ${name('version-field')}, ${name('body-match')} ` +
            'and headers; expected the URL to check');
    }
    if (used('urls')) {
        let expectStatus;
        if (o.expectStatus) {
            expectStatus = o.expectStatus.split(',').map((s) => s.trim()).map((s) => {
                if (!/^[1-5][0-9][0-9]$/.test(s)) {
                    throw fail('expectStatus', `${(0,errors/* quote */.h)(o.expectStatus)} is not an HTTP status; expected e.g. 200 or 200,204`);
                }
                return Number(s);
            });
        }
        checks.push(build({
            type: 'http', urls: o.urls, expectVersion: o.expectVersion || undefined,
            versionField: o.versionField || undefined, expectStatus, bodyMatch: o.bodyMatch || undefined,
            headers: o.headers && Object.keys(o.headers).length ? o.headers : undefined,
        }, { urls: 'url' }));
    }
    if (used('prometheus', 'query', 'successCondition', 'failureCondition')) {
        if (!o.prometheus) {
            throw fail('prometheus', `is needed with ${name('query')}; expected the Prometheus URL, e.g. http://prometheus:9090`);
        }
        checks.push(build({
            type: 'prometheus', url: o.prometheus, query: o.query || undefined,
            successCondition: o.successCondition || undefined, failureCondition: o.failureCondition || undefined,
        }, { url: 'prometheus' }));
    }
    if (used('argocdUrl', 'argocdApp')) {
        if (!o.argocdUrl)
            throw fail('argocdUrl', `is needed with ${name('argocd-app')}; expected the Argo CD server URL`);
        checks.push(build({ type: 'argocd', url: o.argocdUrl, app: o.argocdApp || undefined }, { url: 'argocd-url', app: 'argocd-app' }));
    }
    if (used('fluxKind', 'fluxName', 'fluxNamespace')) {
        if (o.fluxKind && o.fluxKind !== 'Kustomization' && o.fluxKind !== 'HelmRelease') {
            throw fail('fluxKind', `${(0,errors/* quote */.h)(o.fluxKind)} is not a Flux kind; expected Kustomization or HelmRelease`);
        }
        checks.push(build({
            type: 'flux', kind: o.fluxKind || undefined, name: o.fluxName || undefined,
            namespace: o.fluxNamespace || undefined, kubeconfig: o.kubeconfig || undefined, context: o.context || undefined,
        }, { kind: 'flux-kind', name: 'flux-name', namespace: 'flux-namespace' }));
    }
    checks.push(...workloadChecks(o, used, build, fail, name));
    const timing = {};
    const dur = (k, field, min) => {
        const v = o[k];
        if (v === undefined || v === '')
            return;
        const ms = (0,spec/* durationAt */.OK)(v, k, fail);
        if (ms < min)
            throw fail(k, `${(0,errors/* quote */.h)(v)} is too short; expected at least ${min}ms`);
        timing[field] = ms;
    };
    dur('initialDelay', 'initialDelayMs', 0);
    dur('interval', 'intervalMs', 100);
    dur('timeout', 'timeoutMs', 1);
    dur('requestTimeout', 'requestTimeoutMs', 1);
    const int = (k, min) => {
        const v = o[k];
        if (v === undefined || v === '')
            return;
        if (!/^[0-9]+$/.test(v) || Number(v) < min || Number(v) > 1000) {
            throw fail(k, `${(0,errors/* quote */.h)(v)} is not allowed; expected a whole number from ${min} to 1000`);
        }
        timing[k] = Number(v);
    };
    int('successThreshold', 1);
    int('failureLimit', 0);
    int('inconclusiveLimit', 0);
    return { checks, timing };
}
/** "Name: value" lines (the headers input, --header flags) → a map; values may use ${VAR} from the environment. */
function parseHeaderLines(lines, name) {
    const out = {};
    for (const line of lines.flatMap((l) => l.split(/\r?\n/)).map((l) => l.trim()).filter(Boolean)) {
        const i = line.indexOf(':');
        const k = i > 0 ? line.slice(0, i).trim() : '';
        // The value is a secret: never quoted back in an error.
        if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(k)) {
            throw new errors/* UserError */.y(`${name}: a header line ${k ? `starting ${(0,errors/* quote */.h)(k)} ` : ''}is not "Name: value"; ` +
                `expected e.g. Authorization: Bearer \${TOKEN}`);
        }
        out[k] = line.slice(i + 1).trim();
    }
    return out;
}
/** A version as it appears in tags: no spaces or control characters. */
function checkVersion(kind, v) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._+@:/-]{0,127}$/.test(v)) {
        throw new errors/* UserError */.y(`${kind} ${(0,errors/* quote */.h)(v)} is not a version; expected a tag such as v1.2.3`);
    }
    return v;
}
function checkCommit(kind, v) {
    if (!/^[0-9a-f]{7,40}$/i.test(v)) {
        throw new errors/* UserError */.y(`${kind} ${(0,errors/* quote */.h)(v)} is not a commit; expected a sha of 7 to 40 hex digits`);
    }
    return v.toLowerCase();
}

// EXTERNAL MODULE: ./.build/core/verbs/wait-healthy.js
var wait_healthy = __webpack_require__(6144);
;// CONCATENATED MODULE: ./.build/core/verbs/resolve-wait-healthy.js
// wait-healthy, read the same way by the action and the CLI: options → names, version, commit and the checks and
// timing given one by one (which replace the config's checks).




const opt = (name) => (0,definition/* optionOf */.XD)(wait_healthy/* WAIT_HEALTHY */.M, name);
/** AdhocOptions' camelCase keys → the options' names. */
const ADHOC_KEYS = [
    ['expectVersion', 'expect-version'], ['versionField', 'version-field'], ['expectStatus', 'expect-status'],
    ['bodyMatch', 'body-match'], ['prometheus', 'prometheus'], ['query', 'query'],
    ['successCondition', 'success-condition'], ['failureCondition', 'failure-condition'], ['argocdUrl', 'argocd-url'],
    ['argocdApp', 'argocd-app'], ['fluxKind', 'flux-kind'], ['fluxName', 'flux-name'],
    ['fluxNamespace', 'flux-namespace'],
    ['deployment', 'deployment'], ['statefulset', 'statefulset'], ['daemonset', 'daemonset'], ['rollout', 'rollout'],
    ['namespace', 'namespace'], ['context', 'context'], ['initialDelay', 'initial-delay'], ['interval', 'interval'],
    ['timeout', 'timeout'], ['requestTimeout', 'request-timeout'], ['successThreshold', 'success-threshold'],
    ['failureLimit', 'failure-limit'], ['inconclusiveLimit', 'inconclusive-limit'],
];
/** `kubeconfig`: the path to use (the action writes an inline kubeconfig to a file first). */
function readWaitHealthyArgs(src, kubeconfig) {
    const env = (0,option_source/* readName */.MQ)(src, opt('env')) ?? (0,option_source/* readRequired */.yu)(src, opt('env'));
    const label = (name) => {
        const o = wait_healthy/* WAIT_HEALTHY */.M.options.find((x) => x.name === name);
        return o ? src.label(o) : name;
    };
    const given = (name) => (0,option_source/* readText */.yR)(src, opt(name));
    const version = given('version');
    const commit = given('commit');
    const expectVersion = given('expect-version');
    if (expectVersion !== undefined)
        checkVersion(label('expect-version'), expectVersion);
    const adhoc = { urls: src.values(opt('url')), kubeconfig };
    for (const [key, name] of ADHOC_KEYS)
        adhoc[key] = given(name);
    const headerLines = src.values(opt('headers'));
    if (headerLines.length)
        adhoc.headers = parseHeaderLines(headerLines, label('headers'));
    const checks = given('checks');
    return {
        env,
        app: (0,option_source/* readName */.MQ)(src, opt('app')),
        version: version === undefined ? undefined : checkVersion(label('version'), version),
        commit: commit === undefined ? undefined : checkCommit(label('commit'), commit),
        configPath: given('config'),
        inline: checks === undefined ? undefined : checksFromText(checks, label('checks')),
        adhoc: adhocSpec(adhoc, label),
    };
}

// EXTERNAL MODULE: ./.build/adapters/promote-session.js + 1 modules
var promote_session = __webpack_require__(4622);
;// CONCATENATED MODULE: ./.build/adapters/git-lineage.js

function gitLineage(o) {
    const answers = new Map();
    const tried = new Set();
    const now = o.now ?? Date.now;
    const gap = o.minFetchGapMs ?? 5000;
    let lastFetch = Number.NEGATIVE_INFINITY;
    let fetches = 0;
    let warned = false;
    const have = async (sha) => (await o.git.resolveCommit(sha)) !== undefined;
    async function fetchFor(missing) {
        if (missing.every((m) => tried.has(m)) || now() - lastFetch < gap)
            return;
        missing.forEach((m) => tried.add(m));
        lastFetch = now();
        fetches++;
        try {
            await o.git.fetchBranch(o.branch);
        }
        catch (e) {
            if (!warned)
                o.logger.warning(`cannot fetch ${o.branch} to look up synced commits: ${e.message}`);
            warned = true;
        }
    }
    return {
        fetches: () => fetches,
        async contains(descendant, ancestor) {
            const key = `${descendant}..${ancestor}`;
            const known = answers.get(key);
            if (known !== undefined)
                return known;
            let missing = [];
            for (const sha of [descendant, ancestor])
                if (!(await have(sha)))
                    missing.push(sha);
            if (missing.length) {
                await fetchFor(missing);
                missing = [];
                for (const sha of [descendant, ancestor])
                    if (!(await have(sha)))
                        missing.push(sha);
                if (missing.length)
                    return undefined;
            }
            const yes = await o.git.isAncestor(ancestor, descendant);
            answers.set(key, yes);
            return yes;
        },
    };
}
/**
 * History for a run that was given a commit: the clone at `cwd` (the config repository's checkout), with the token
 * for fetching when it has one. No clone: no history, and only the commit itself counts (a warning says so).
 */
/**
 * The branch the checkout is on (actions/checkout checks a branch out by name), else the remote's default branch:
 * the one the agent syncs. Not GITHUB_REF_NAME: the workflow may run in another repository than the config's.
 */
async function checkedOutBranch(git) {
    const head = await git.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFail: true });
    if (head.code === 0 && head.stdout.trim())
        return head.stdout.trim();
    const def = await git.run(['symbolic-ref', '--quiet', '--short', `refs/remotes/${git.remote}/HEAD`], { allowFail: true });
    return def.code === 0 && def.stdout.trim() ? def.stdout.trim().replace(`${git.remote}/`, '') : 'main';
}
async function configLineage(o) {
    if (!o.commit)
        return { commit: o.commit, dispose: async () => { } };
    let git;
    try {
        git = await (0,promote_session/* openGit */.zY)({ cwd: o.cwd, token: o.token, logger: o.logger, mask: o.mask });
    }
    catch (e) {
        const why = e.message;
        const only = `only a revision equal to ${o.commit.slice(0, 12)} counts, not one after it`;
        o.logger.warning(`no clone of the config repository (${why}); ${only}`);
        return { commit: o.commit, dispose: async () => { } };
    }
    const branch = await checkedOutBranch(git);
    const full = (await git.resolveCommit(o.commit)) ?? (o.commit.length === 40 ? o.commit : undefined);
    if (!full)
        await git.fetchBranch(branch).catch(() => undefined);
    const commit = full ?? (await git.resolveCommit(o.commit)) ?? o.commit;
    return { lineage: gitLineage({ git, branch, logger: o.logger }), commit, dispose: () => git.dispose() };
}

// EXTERNAL MODULE: ./.build/core/layout.js
var core_layout = __webpack_require__(7008);
// EXTERNAL MODULE: ./.build/adapters/git-cli.js + 3 modules
var git_cli = __webpack_require__(9163);
;// CONCATENATED MODULE: ./.build/adapters/health-config.js
// The config wait-healthy reads, from the same place every verb reads it: the commit (HEAD, or the CLI's --ref) of
// the config repository's clone, never its working tree. Outside a git clone (checks given as options, or a bare
// directory with only the config file), the file itself. The layout of that commit validates --env and --app.






function fromWorkingTree(o) {
    const file = o.configPath ?? config_config/* CONFIG_FILE */.g2;
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(o.root, file))) {
        const text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(o.root, file), 'utf8');
        return { parsed: (0,config_config/* loadConfig */.Z9)(text, file), text, file };
    }
    if (o.configPath !== undefined) {
        const label = `${o.configLabel} ${(0,errors/* quote */.h)(o.configPath)}`;
        throw new errors/* UserError */.y(`${label} is not in ${o.root}; expected a path from the repository root`);
    }
    return undefined;
}
/** The config at the commit, the names checked against that commit's layout (when it has apps and environments). */
async function healthConfig(o) {
    // The probe logs nothing: outside a clone (checks given as options) there is nothing to say about git.
    const probe = new git_cli/* GitCli */.Tq({ cwd: o.root, logger: { ...o.logger, debug: () => { } } });
    const inside = await probe.run(['rev-parse', '--is-inside-work-tree'], { allowFail: true });
    const git = new git_cli/* GitCli */.Tq({ cwd: o.root, logger: o.logger });
    const sha = inside.code === 0 ? await git.resolveCommit(o.ref ?? 'HEAD') : undefined;
    if (!sha) {
        if (o.ref !== undefined) {
            const where = `a git clone in ${(0,errors/* quote */.h)(o.root)}`;
            throw new errors/* UserError */.y(`--ref ${(0,errors/* quote */.h)(o.ref)} is not a commit of ${where}; expected a branch, tag or sha of --repo`);
        }
        return fromWorkingTree(o);
    }
    try {
        const snap = await git.snapshot(sha);
        const file = o.configPath ?? config_config/* CONFIG_FILE */.g2;
        const at = `${o.ref ?? 'HEAD'} (${sha.slice(0, 12)})`;
        if (!snap.files.includes(file) && o.configPath !== undefined) {
            const label = `${o.configLabel} ${(0,errors/* quote */.h)(o.configPath)}`;
            throw new errors/* UserError */.y(`${label} is not in the repository at ${at}; expected a path from the repository root`);
        }
        const text = snap.files.includes(file) ? await snap.read(file) : undefined;
        const config = text === undefined ? undefined : { parsed: (0,config_config/* loadConfig */.Z9)(text, file), text, file };
        const onDisk = (0,external_node_path_.join)(o.root, file);
        if ((0,external_node_fs_.existsSync)(onDisk) && (0,external_node_fs_.readFileSync)(onDisk, 'utf8') !== text) {
            o.logger.warning(`${file} in the working tree differs from ${at}; read the committed one (commit it to use it)`);
        }
        const layout = (0,core_layout/* discoverLayout */.CA)(config?.parsed ?? (0,config_config/* zeroConfig */.dq)(), snap.files, o.singleAppName);
        if (layout.envs.length)
            (0,core_layout/* findEnv */.z9)(layout, o.env);
        if (o.app !== undefined && layout.apps.length)
            (0,core_layout/* findApp */.J0)(layout, o.app);
        return config;
    }
    finally {
        await git.dispose();
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./.build/adapters/http-fetch.js
// HttpPort on node:http and node:https: keep-alive agents, one deadline for the whole request (redirects included),
// redirects followed up to a bound (every configured header dropped when the origin changes), a cap on body size,
// and errors in plain words ("TLS: certificate has expired", "connection refused", "no response within 5s").
// A private CA is trusted the Node way: NODE_EXTRA_CA_CERTS=/path/ca.pem.



const MAX_BODY = 8 * 1024 * 1024;
const TLS = {
    CERT_HAS_EXPIRED: 'certificate has expired',
    CERT_NOT_YET_VALID: 'certificate is not yet valid',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed certificate (not trusted; for a private CA set NODE_EXTRA_CA_CERTS)',
    SELF_SIGNED_CERT_IN_CHAIN: 'self-signed certificate in the certificate chain (not trusted; for a private CA set NODE_EXTRA_CA_CERTS)',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'unable to verify the certificate (unknown issuer or incomplete chain)',
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'unable to verify the certificate (unknown issuer)',
    UNABLE_TO_GET_ISSUER_CERT: 'unable to verify the certificate (unknown issuer)',
    CERT_REVOKED: 'certificate has been revoked',
    CERT_SIGNATURE_FAILURE: 'certificate signature failure',
    ERR_SSL_WRONG_VERSION_NUMBER: 'TLS handshake failed (is the server speaking https?)',
};
/** An error of node:http(s) in plain words. */
function describeHttpError(e, url) {
    const code = e.code ?? '';
    const host = url.host;
    if (TLS[code])
        return `TLS: ${TLS[code]} (${host})`;
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID')
        return `TLS: the certificate is not valid for ${url.hostname}`;
    if (code.startsWith('ERR_SSL') || code === 'EPROTO') {
        return `TLS: handshake with ${host} failed (${e.message.split('\n')[0]})`;
    }
    switch (code) {
        case 'ECONNREFUSED': return `connection refused (${host})`;
        case 'ENOTFOUND':
        case 'EAI_AGAIN': return `host not found: ${url.hostname}`;
        case 'ECONNRESET': return `connection reset by ${host}`;
        case 'EHOSTUNREACH':
        case 'ENETUNREACH': return `${host} is unreachable`;
        case 'EPIPE': return `connection to ${host} closed while sending`;
    }
    return e.message || String(e);
}
class HttpFailure extends Error {
}
function nodeHttp(o = {}) {
    const maxBody = o.maxBodyBytes ?? MAX_BODY;
    const agents = {
        'http:': new external_node_http_.Agent({ keepAlive: true, maxSockets: o.maxSockets ?? 64 }),
        'https:': new external_node_https_.Agent({ keepAlive: true, maxSockets: o.maxSockets ?? 64 }),
    };
    const ua = o.userAgent ?? 'gitops-promote wait-healthy';
    const once = (url, headers, deadline, timeoutMs) => new Promise((resolve, reject) => {
        const mod = url.protocol === 'https:' ? external_node_https_ : external_node_http_;
        const agent = url.protocol === 'https:' ? agents['https:'] : agents['http:'];
        let done = false;
        const finish = (err, value) => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            if (err)
                reject(err);
            else
                resolve(value);
        };
        const req = mod.request(url, {
            method: 'GET', agent, headers: { 'user-agent': ua, accept: 'application/json, */*', ...headers },
        }, (res) => {
            const chunks = [];
            let size = 0;
            res.on('data', (b) => {
                size += b.length;
                if (size > maxBody) {
                    req.destroy(new HttpFailure(`the response body is larger than ${Math.round(maxBody / 1024 / 1024)} MiB`));
                    return;
                }
                chunks.push(b);
            });
            res.on('end', () => {
                const h = {};
                for (const [k, v] of Object.entries(res.headers)) {
                    if (v !== undefined)
                        h[k] = Array.isArray(v) ? v.join(', ') : v;
                }
                finish(undefined, { status: res.statusCode ?? 0, headers: h, body: Buffer.concat(chunks).toString('utf8') });
            });
            res.on('error', (e) => finish(e instanceof HttpFailure ? e : new HttpFailure(describeHttpError(e, url))));
        });
        const timer = setTimeout(() => req.destroy(new HttpFailure(`no response within ${(0,durations/* formatDuration */.a3)(timeoutMs)} (${url.host})`)), Math.max(1, deadline - Date.now()));
        req.on('error', (e) => finish(e instanceof HttpFailure ? e : new HttpFailure(describeHttpError(e, url))));
        req.end();
    });
    return {
        async get(r) {
            const deadline = Date.now() + r.timeoutMs;
            const max = r.maxRedirects ?? 5;
            let url = new URL(r.url);
            const origin = url.origin;
            let headers = { ...r.headers };
            for (let redirects = 0;; redirects++) {
                const res = await once(url, headers, deadline, r.timeoutMs);
                const location = res.headers.location;
                if (![301, 302, 303, 307, 308].includes(res.status) || !location) {
                    return { ...res, url: url.toString(), redirects };
                }
                if (redirects >= max) {
                    throw new HttpFailure(`more than ${max} redirects (the last to ${new URL(location, url).host})`);
                }
                const next = new URL(location, url);
                if (next.protocol !== 'http:' && next.protocol !== 'https:') {
                    throw new HttpFailure(`redirected to a ${next.protocol} URL; expected http(s)`);
                }
                // Any configured header may be a secret (X-Api-Key, X-Scope-OrgID, not only Authorization): none of them
                // goes to an origin it was not given for, and none comes back after a detour through another origin.
                if (next.origin !== origin)
                    headers = {};
                url = next;
            }
        },
        close() {
            agents['http:'].destroy();
            agents['https:'].destroy();
        },
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./.build/adapters/kube.js
// KubePort on kubectl: `kubectl get --raw <API path>` with the kubeconfig and context given. kubectl does the
// authentication every cluster needs (tokens, client certificates, exec plugins such as EKS/GKE/AKS logins) and
// prints the object exactly as the API server returns it (what `kubectl get -o json` prints for one object). Using
// --raw with the object's path skips discovery, so one look is one request. Arguments are an argv array.

function cleanError(stderr) {
    const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
    // kubectl's own klog lines (E1123 15:33:59 …) come before the message that matters.
    const plain = lines.filter((l) => !/^[EWI]\d{4} /.test(l));
    return (plain[plain.length - 1] ?? lines[lines.length - 1] ?? 'kubectl failed without a message')
        .replace(/^error: /, '');
}
function kubectlPort(o = {}) {
    const bin = o.kubectl ?? 'kubectl';
    let running = 0;
    const queue = [];
    const limit = o.concurrency ?? 8;
    const acquire = () => running < limit
        ? (running++, Promise.resolve())
        : new Promise((resolve) => queue.push(() => (running++, resolve())));
    const release = () => {
        running--;
        queue.shift()?.();
    };
    return {
        async get(path, opts) {
            await acquire();
            try {
                const args = ['get', '--raw', path, `--request-timeout=${Math.max(1, Math.ceil(opts.timeoutMs / 1000))}s`];
                if (opts.kubeconfig)
                    args.push('--kubeconfig', opts.kubeconfig);
                if (opts.context)
                    args.push('--context', opts.context);
                const { code, stdout, stderr, error } = await new Promise((resolve) => {
                    const child = (0,external_node_child_process_.spawn)(bin, args, { env: o.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
                    const out = [];
                    const err = [];
                    child.stdout.on('data', (b) => out.push(b));
                    child.stderr.on('data', (b) => err.push(b));
                    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs + 2000);
                    child.on('error', (e) => {
                        clearTimeout(timer);
                        resolve({ code: null, stdout: '', stderr: '', error: e });
                    });
                    child.on('close', (c) => {
                        clearTimeout(timer);
                        resolve({
                            code: c, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'),
                        });
                    });
                });
                if (error?.code === 'ENOENT') {
                    throw new Error(`kubectl is not installed (${bin} is not on PATH); ` +
                        'the flux and kubernetes checks run kubectl');
                }
                if (error)
                    throw new Error(`kubectl: ${error.message}`);
                if (code !== 0)
                    throw new Error(`kubectl: ${cleanError(stderr)}`);
                try {
                    return JSON.parse(stdout);
                }
                catch {
                    throw new Error(`kubectl printed something that is not JSON for ${path}`);
                }
            }
            finally {
                release();
            }
        },
    };
}

// EXTERNAL MODULE: ./.build/cli/cli-logger.js
var cli_logger = __webpack_require__(9178);
// EXTERNAL MODULE: ./.build/cli/flag-source.js
var flag_source = __webpack_require__(2747);
// EXTERNAL MODULE: ./.build/cli/repo-options.js + 1 modules
var repo_options = __webpack_require__(1025);
;// CONCATENATED MODULE: ./.build/cli/wait-healthy-command.js
// gitops-promote wait-healthy: the wait-healthy action's verb for a terminal. Flags are read as the action reads
// its inputs (src/core/verbs/resolve-wait-healthy.ts); the config comes from --ref (default HEAD) of the clone at
// --repo, as every verb reads it from a commit. Progress on stderr; the verdict on stdout. Exit 0 healthy,
// 1 unhealthy, 2 bad input, 3 unknown (no verdict). Header values and tokens are never printed.















const flag = (name) => (0,definition/* optionOf */.XD)(wait_healthy/* WAIT_HEALTHY */.M, name);
async function runWaitHealthyCommand(argv, out) {
    const { source } = (0,flag_source/* parseFlags */.b)(wait_healthy/* WAIT_HEALTHY */.M, argv);
    const kubeconfig = (0,option_source/* readText */.yR)(source, flag('kubeconfig'));
    const args = readWaitHealthyArgs(source, kubeconfig);
    const repo = (0,external_node_path_.resolve)((0,option_source/* readText */.yR)(source, flag('repo')) ?? '.');
    const logger = (0,cli_logger/* cliLogger */.$)(out, (0,option_source/* readBool */.r5)(source, flag('verbose')));
    const config = await healthConfig({
        root: repo, configPath: args.configPath, ref: (0,option_source/* readText */.yR)(source, flag('ref')), env: args.env, app: args.app,
        singleAppName: (0,external_node_path_.basename)(repo), logger, configLabel: '--config',
    });
    const plan = planWaitHealthy({ ...args, config, environ: process.env, kubeconfig });
    for (const w of plan.warnings)
        logger.warning(w.message, plan.whereOf(w.key));
    const commit = comparesCommits(plan.checks) ? args.commit : undefined;
    const history = await configLineage({ cwd: repo, commit, token: (0,repo_options/* tokenFromEnv */.B)(), logger });
    const http = nodeHttp();
    try {
        const r = await runWaitHealthy({
            env: args.env, app: args.app, version: args.version, commit: history.commit ?? args.commit, checks: plan.checks,
            timing: plan.timing, http, kube: kubectlPort(), lineage: history.lineage, logger, whereOf: plan.whereOf,
        });
        const summary = (0,option_source/* readText */.yR)(source, flag('summary'));
        if (summary)
            (0,external_node_fs_.writeFileSync)(summary, r.summary);
        if ((0,option_source/* readBool */.r5)(source, flag('json'))) {
            const samples = JSON.parse(r.outputs.samples);
            const observedVersion = r.outputs['observed-version'];
            const { verdict, healthy } = r;
            out.stdout(JSON.stringify({ verdict, healthy, reason: r.outputs.reason, observedVersion, samples }));
        }
        else
            out.stdout(r.outputs.reason);
        return r.exitCode;
    }
    finally {
        http.close();
        await history.dispose();
    }
}


/***/ })

};
