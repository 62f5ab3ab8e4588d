export const id = 360;
export const ids = [360];
export const modules = {

/***/ 6360:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WAIT_HEALTHY_USAGE: () => (/* binding */ WAIT_HEALTHY_USAGE),
  runWaitHealthyCommand: () => (/* binding */ runWaitHealthyCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./.build/core/config/config.js
var config = __webpack_require__(2885);
// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./.build/core/source-text.js
var source_text = __webpack_require__(1819);
// EXTERNAL MODULE: ./.build/core/health/spec.js
var spec = __webpack_require__(1668);
;// CONCATENATED MODULE: ./.build/core/health/plan.js
// One wait-healthy run's checks and timing: health.<env> from gitops-promote.yaml, replaced by checks given as
// flags/inputs or the `checks` input when there are any, timing layered config < `checks` input < flags/inputs.





function planWaitHealthy(p) {
    const cfg = p.config;
    const lineOf = (key) => {
        if (!cfg || !key.startsWith('health.'))
            return undefined;
        const doc = (0,dist/* parseDocument */.Tp)(cfg.text, { uniqueKeys: false });
        const n = (0,config/* nodeAt */.oB)(doc.contents, key);
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
    const fromConfig = cfg?.parsed.health[p.env] !== undefined ? (0,spec/* normalizeHealth */.U)(cfg.parsed.health[p.env], `health.${p.env}`, fail) : undefined;
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
        throw new errors/* UserError */.y(`no health checks for environment ${(0,errors/* quote */.h)(p.env)}; expected health.${p.env}.checks in ${cfg?.file ?? 'gitops-promote.yaml'}, the checks input, or options such as --url, --prometheus, --argocd-url, --flux-name, --deployment`);
    }
    const timing = (0,spec/* mergeTiming */.R0)(fromConfig?.timing ?? {}, p.inline?.timing ?? {}, p.adhoc.timing);
    if (timing.requestTimeoutMs > timing.timeoutMs)
        timing.requestTimeoutMs = timing.timeoutMs;
    const regions = cfg?.parsed.environments?.find((e) => e.name === p.env)?.regions;
    const resolved = (0,spec/* resolveChecks */.KR)({ checks, timing: {} }, {
        env: p.env, app: p.app, version: p.version, commit: p.commit, regions, environ: p.environ, kubeconfig: p.kubeconfig, fail,
    });
    return { checks: resolved, timing, whereOf, source };
}

;// CONCATENATED MODULE: ./.build/core/health/observation.js
// What one look at one target says, and how the looks of one sample combine.
const ORDER = ['fail', 'pending', 'inconclusive', 'pass'];
/** A sample's verdict: any fail fails it; else any pending; else any inconclusive; else pass. */
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
function revisionHasCommit(revision, commit) {
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

;// CONCATENATED MODULE: ./.build/core/health/argocd-check.js

function argoApplicationPath(t) {
    return `api/v1/applications/${encodeURIComponent(t.app)}${t.appNamespace ? `?appNamespace=${encodeURIComponent(t.appNamespace)}` : ''}`;
}
function evaluateArgo(t, res) {
    if (res.status === 401 || res.status === 403) {
        return { verdict: 'fail', detail: `Argo CD refused the token (status ${res.status}); expected a token that may get application ${t.app}`, fatal: true };
    }
    if (res.status === 404)
        return { verdict: 'fail', detail: `Argo CD has no application ${t.app} (status 404)` };
    if (res.status !== 200)
        return { verdict: 'fail', detail: `Argo CD answered status ${res.status}${res.body ? `: ${oneLine(res.body, 120)}` : ''}` };
    let app;
    try {
        app = JSON.parse(res.body);
    }
    catch {
        return { verdict: 'fail', detail: 'Argo CD answered with a body that is not JSON; expected an Application' };
    }
    const sync = app.status?.sync ?? {};
    const revisions = sync.revisions?.length ? sync.revisions : sync.revision ? [sync.revision] : [];
    const health = app.status?.health?.status ?? 'Unknown';
    const healthMsg = app.status?.health?.message ? ` (${oneLine(app.status.health.message, 120)})` : '';
    const shownRev = revisions.map(observation_short).join(', ') || 'no revision';
    const op = app.status?.operationState;
    const opRevisions = op?.syncResult?.revisions ?? (op?.syncResult?.revision ? [op.syncResult.revision] : []);
    if (t.commit && !revisions.some((r) => revisionHasCommit(r, t.commit))) {
        if ((op?.phase === 'Failed' || op?.phase === 'Error') && opRevisions.some((r) => revisionHasCommit(r, t.commit))) {
            return { verdict: 'fail', detail: `sync of ${observation_short(t.commit)} ${op.phase.toLowerCase()}: ${oneLine(op.message ?? 'no message', 160)}` };
        }
        return { verdict: 'pending', detail: `${sync.status ?? 'Unknown'} at ${shownRev}, ${health}; waiting for ${observation_short(t.commit)}`, waiting: `to sync ${observation_short(t.commit)} (now ${shownRev})` };
    }
    if (sync.status !== 'Synced') {
        return { verdict: 'pending', detail: `${sync.status ?? 'Unknown'} at ${shownRev}, ${health}`, waiting: `to be Synced (now ${sync.status ?? 'Unknown'})` };
    }
    if (health === 'Healthy')
        return { verdict: 'pass', detail: `Synced at ${shownRev}, Healthy` };
    if (health === 'Degraded')
        return { verdict: 'fail', detail: `Synced at ${shownRev}, Degraded${healthMsg}` };
    return { verdict: 'pending', detail: `Synced at ${shownRev}, ${health}${healthMsg}`, waiting: `to be Healthy (now ${health})` };
}
async function probeArgo(t, http, timeoutMs) {
    const url = new URL(argoApplicationPath(t), t.url.endsWith('/') ? t.url : `${t.url}/`).toString();
    let res;
    try {
        res = await http.get({ url, headers: { Accept: 'application/json', ...t.headers }, timeoutMs });
    }
    catch (e) {
        return { verdict: 'fail', detail: `argocd: ${oneLine(e.message)}` };
    }
    return evaluateArgo(t, res);
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
            return { verdict: 'fail', detail: `status ${res.status}${via}, but the body is not JSON (${oneLine(e.message, 80)}); expected a JSON object with ${t.versionField}` };
        }
        const v = fieldAt(doc, t.versionPath);
        if (v === undefined || v === null)
            return { verdict: 'fail', detail: `status ${res.status}${via}, but the JSON body has no ${t.versionField}` };
        if (typeof v === 'object')
            return { verdict: 'fail', detail: `status ${res.status}${via}, but ${t.versionField} is not a string or number` };
        version = String(v);
        if (t.expectVersion !== undefined && !sameVersion(version, t.expectVersion)) {
            return { verdict: 'pending', detail: `status ${res.status}${via}, version ${version}, expected ${t.expectVersion}`, waiting: `to report ${t.expectVersion} (now ${version})`, version };
        }
    }
    if (t.bodyMatch && !t.bodyMatch.test(res.body)) {
        return { verdict: 'fail', detail: `status ${res.status}${via}${version !== undefined ? `, version ${version}` : ''}, but the body does not match /${t.bodyMatch.source}/`, version };
    }
    return { verdict: 'pass', detail: `status ${res.status}${via}${version !== undefined ? `, version ${version}` : ''}`, version };
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

;// CONCATENATED MODULE: ./.build/core/health/kube-check.js

function fluxPath(t) {
    const ns = encodeURIComponent(t.namespace);
    const name = encodeURIComponent(t.name);
    return t.kind === 'HelmRelease'
        ? `/apis/helm.toolkit.fluxcd.io/v2/namespaces/${ns}/helmreleases/${name}`
        : `/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/${ns}/kustomizations/${name}`;
}
function deploymentPath(t) {
    return `/apis/apps/v1/namespaces/${encodeURIComponent(t.namespace)}/deployments/${encodeURIComponent(t.deployment)}`;
}
const cond = (o, type) => o.status?.conditions?.find((c) => c.type === type);
const condText = (c) => (c ? `${c.type}=${c.status}${c.reason ? ` ${c.reason}` : ''}${c.message ? `: ${oneLine(c.message, 140)}` : ''}` : 'no Ready condition');
function evaluateFlux(t, obj) {
    const o = (obj ?? {});
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
        if (ready?.status === 'True' && current && hasApplied)
            return { verdict: 'pass', detail: `Ready, applied ${applied || 'no revision'}` };
        if (hasAttempted && (stalled?.status === 'True' || (ready?.status === 'False' && current))) {
            return { verdict: 'fail', detail: `${condText(stalled?.status === 'True' ? stalled : ready)} (attempted ${attempted || 'no revision'})` };
        }
        if (!hasApplied)
            return { verdict: 'pending', detail: `applied ${applied || 'no revision'}, ${condText(ready)}`, waiting: `to apply ${observation_short(t.commit)} (now ${applied || 'no revision'})` };
        return { verdict: 'pending', detail: condText(ready), waiting: `to be Ready (now ${ready ? `${ready.status}${ready.reason ? ` ${ready.reason}` : ''}` : 'no Ready condition'})` };
    }
    // HelmRelease: the release is made by helm-controller from the spec a commit changed; that the new spec was acted
    // on shows as observedGeneration catching up with metadata.generation (the commit itself is not recorded).
    const chart = o.status?.lastAttemptedRevision ? `, chart ${o.status.lastAttemptedRevision}` : '';
    if (ready?.status === 'True' && current)
        return { verdict: 'pass', detail: `Ready at generation ${gen ?? '?'}${chart}` };
    if (current && (stalled?.status === 'True' || ready?.status === 'False'))
        return { verdict: 'fail', detail: `${condText(stalled?.status === 'True' ? stalled : ready)}${chart}` };
    if (!current)
        return { verdict: 'pending', detail: `observed generation ${observed ?? 'none'} of ${gen}`, waiting: `to reconcile generation ${gen} (now ${observed ?? 'none'})` };
    return { verdict: 'pending', detail: condText(ready), waiting: `to be Ready (now ${ready?.status ?? 'no Ready condition'})` };
}
/** The tag of an image reference: registry:5000/acme/web:v1.2.3@sha256:… → v1.2.3 ('' when it has none). */
function imageTag(image) {
    const noDigest = image.split('@')[0];
    const last = noDigest.slice(noDigest.lastIndexOf('/') + 1);
    const i = last.lastIndexOf(':');
    return i < 0 ? '' : last.slice(i + 1);
}
/** Rollout status as `kubectl rollout status` decides it, plus the promoted version in the image tag. */
function evaluateDeployment(t, obj) {
    const o = (obj ?? {});
    const gen = o.metadata?.generation ?? 0;
    const st = o.status ?? {};
    const want = o.spec?.replicas ?? 1;
    const containers = (o.spec?.template?.spec?.containers ?? []).filter((c) => !t.container || c.name === t.container);
    if (t.container && !containers.length)
        return { verdict: 'fail', detail: `the Deployment has no container ${t.container}` };
    const tags = containers.map((c) => imageTag(c.image ?? ''));
    const version = tags.find((v) => t.expectVersion !== undefined && sameVersion(v, t.expectVersion)) ?? tags[0];
    const progressing = cond(o, 'Progressing');
    if (progressing?.status === 'False' && progressing.reason === 'ProgressDeadlineExceeded') {
        return { verdict: 'fail', detail: `rollout exceeded its progress deadline: ${oneLine(progressing.message ?? '', 160)}`, fatal: true, version };
    }
    if (t.expectVersion !== undefined && !tags.some((v) => sameVersion(v, t.expectVersion))) {
        return { verdict: 'pending', detail: `image tag ${tags.join(', ') || 'none'}, expected ${t.expectVersion}`, waiting: `to run ${t.expectVersion} (now ${tags.join(', ') || 'no tag'})`, version };
    }
    if ((st.observedGeneration ?? 0) < gen)
        return { verdict: 'pending', detail: `observed generation ${st.observedGeneration ?? 0} of ${gen}`, waiting: `to observe generation ${gen}`, version };
    const updated = st.updatedReplicas ?? 0;
    const available = st.availableReplicas ?? 0;
    const total = st.replicas ?? 0;
    if (updated < want)
        return { verdict: 'pending', detail: `${updated} of ${want} replicas updated`, waiting: `to roll out (${updated} of ${want} updated)`, version };
    if (total > updated)
        return { verdict: 'pending', detail: `${total - updated} old replica(s) pending termination`, waiting: `to roll out (${total - updated} old replicas terminating)`, version };
    if (available < updated)
        return { verdict: 'pending', detail: `${available} of ${updated} updated replicas available`, waiting: `to roll out (${available} of ${updated} available)`, version };
    return { verdict: 'pass', detail: `rolled out: ${available}/${want} available${version ? `, image tag ${version}` : ''}`, version };
}
async function probeKube(t, kube, timeoutMs) {
    let o;
    try {
        o = (await kube.get(t.type === 'flux' ? fluxPath(t) : deploymentPath(t), { kubeconfig: t.kubeconfig, context: t.context, timeoutMs }));
    }
    catch (e) {
        const msg = oneLine(e.message);
        return { verdict: 'fail', detail: msg, fatal: /\b(Forbidden|Unauthorized|forbidden|unauthorized)\b/.test(msg) };
    }
    return t.type === 'flux' ? evaluateFlux(t, o) : evaluateDeployment(t, o);
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
/** The first non-passing observation of a sample, worst first (fatal, fail, pending, inconclusive). */
function worst(targets, s) {
    const rank = (o) => (o.fatal ? 0 : { fail: 1, pending: 2, inconclusive: 3, pass: 9 }[o.verdict]);
    let best;
    for (let i = 0; i < s.obs.length; i++) {
        const o = s.obs[i];
        if (o.verdict === 'pass')
            continue;
        if (best === undefined || rank(o) < rank(s.obs[best]))
            best = i;
    }
    return best === undefined ? undefined : { target: targets[best], obs: s.obs[best] };
}
async function poll(o) {
    const clock = o.clock ?? systemClock;
    const { timing, targets } = o;
    const keep = o.keep ?? 120;
    const start = clock.now();
    const deadline = start + timing.timeoutMs;
    const kept = [];
    let dropped = 0;
    let passes = 0;
    let failures = 0;
    let inconclusiveRun = 0;
    let samples = 0;
    let last;
    const state = () => ({ passes, failures, inconclusiveRun, samples, elapsedMs: clock.now() - start, leftMs: Math.max(0, deadline - clock.now()) });
    const finish = (outcome, reason, evidence) => ({ ...state(), outcome, reason, kept, dropped, last, evidence });
    const evidenceText = (e) => (e ? `${e.target.id}: ${e.obs.detail}` : 'no sample was taken');
    if (timing.initialDelayMs > 0)
        await clock.sleep(Math.min(timing.initialDelayMs, deadline - clock.now()));
    for (;;) {
        const sampleStart = clock.now();
        const left = deadline - sampleStart;
        if (left <= 0) {
            const e = last && worst(targets, last);
            return finish('timed-out', `timed out after ${(0,durations/* formatDuration */.a3)(timing.timeoutMs)} with ${passes}/${timing.successThreshold} consecutive passes; last: ${evidenceText(e)}`, e);
        }
        const perRequest = Math.max(1, Math.min(timing.requestTimeoutMs, left));
        const obs = await Promise.all(targets.map((t) => o.probe(t, perRequest).catch((e) => ({ verdict: 'fail', detail: e.message ?? String(e) }))));
        samples++;
        const verdict = combine(obs);
        if (verdict === 'pass')
            passes++;
        else
            passes = 0;
        if (verdict === 'fail')
            failures++;
        inconclusiveRun = verdict === 'inconclusive' ? inconclusiveRun + 1 : 0;
        last = { n: samples, at: sampleStart - start, verdict, obs };
        kept.push(last);
        if (kept.length > keep) {
            kept.shift();
            dropped++;
        }
        o.onSample?.(last, state());
        const e = worst(targets, last);
        const fatal = obs.findIndex((x) => x.fatal);
        if (fatal >= 0) {
            const ev = { target: targets[fatal], obs: obs[fatal] };
            return finish('unhealthy', `unhealthy: ${evidenceText(ev)}`, ev);
        }
        if (passes >= timing.successThreshold) {
            return finish('healthy', `healthy: ${passes} consecutive sample${passes === 1 ? '' : 's'} with every check passing (${targets.length} target${targets.length === 1 ? '' : 's'}) after ${(0,durations/* formatDuration */.a3)(clock.now() - start)}`);
        }
        if (failures > timing.failureLimit) {
            return finish('unhealthy', `unhealthy: ${failures} failed sample${failures === 1 ? '' : 's'}, more than failure-limit ${timing.failureLimit}; last: ${evidenceText(e)}`, e);
        }
        if (timing.inconclusiveLimit !== undefined && inconclusiveRun > timing.inconclusiveLimit) {
            return finish('unhealthy', `unhealthy: ${inconclusiveRun} inconclusive samples in a row, more than inconclusive-limit ${timing.inconclusiveLimit}; last: ${evidenceText(e)}`, e);
        }
        const jitter = 1 + (clock.random() * 2 - 1) * JITTER;
        const next = sampleStart + timing.intervalMs * jitter;
        if (next >= deadline) {
            // The next sample would come after the deadline: nothing more can change the answer.
            const left2 = deadline - clock.now();
            if (left2 > 0)
                await clock.sleep(left2);
            return finish('timed-out', `timed out after ${(0,durations/* formatDuration */.a3)(timing.timeoutMs)} with ${passes}/${timing.successThreshold} consecutive passes; last: ${evidenceText(e)}`, e);
        }
        const wait = next - clock.now();
        if (wait > 0)
            await clock.sleep(wait);
    }
}
/** "(2/3 passes, 1 failure of 3 allowed, 4m left)". */
function progressTail(st, timing) {
    const inc = timing.inconclusiveLimit !== undefined && st.inconclusiveRun ? `, ${st.inconclusiveRun} inconclusive of ${timing.inconclusiveLimit} allowed` : '';
    return `(${st.passes}/${timing.successThreshold} passes, ${st.failures} failure${st.failures === 1 ? '' : 's'} of ${timing.failureLimit} allowed${inc}, ${(0,durations/* formatDuration */.a3)(st.leftMs)} left)`;
}
/** One progress line per sample: what it waits for, or what failed. */
function progressLine(targets, s, st, timing) {
    const notPassing = s.obs.filter((o) => o.verdict !== 'pass').length;
    const more = notPassing > 1 ? ` (+${notPassing - 1} more)` : '';
    const e = worst(targets, s);
    let what;
    if (!e)
        what = `all ${targets.length} target${targets.length === 1 ? '' : 's'} pass`;
    else if (e.obs.verdict === 'pending')
        what = `waiting for ${e.target.id} ${e.obs.waiting ?? `(${e.obs.detail})`}${more}`;
    else
        what = `${e.obs.verdict === 'fail' ? 'failed' : 'inconclusive'}: ${e.target.id}: ${e.obs.detail}${more}`;
    return `[${(0,durations/* formatDuration */.a3)(s.at)}] sample ${s.n}: ${what} ${progressTail(st, timing)}`;
}

// EXTERNAL MODULE: ./.build/core/health/expression.js
var expression = __webpack_require__(3449);
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
/** The samples of an instant-query response, or what is wrong with it. */
function promSamples(doc) {
    const d = doc;
    if (d?.status === 'error')
        return { error: `${d.errorType ?? 'error'}: ${d.error ?? 'no message'}`, errorType: d.errorType };
    if (d?.status !== 'success' || !d.data)
        return { error: 'the response is not a Prometheus query result (no status: success and data)' };
    const { resultType, result } = d.data;
    switch (resultType) {
        case 'scalar':
            return { samples: [promNumber(result?.[1])] };
        case 'vector':
            return { samples: (result ?? []).map((r) => promNumber(r.value?.[1])) };
        case 'matrix':
            // A range query result: the latest value of each series.
            return { samples: (result ?? []).map((r) => promNumber(r.values?.[r.values.length - 1]?.[1])) };
        default:
            return { error: `result type ${JSON.stringify(resultType)} cannot be judged; expected a vector or scalar query` };
    }
}
const fmt = (v) => (Number.isNaN(v) ? 'NaN' : Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(6))));
function evaluatePrometheus(t, res) {
    if (res.status === 401 || res.status === 403)
        return { verdict: 'fail', detail: `prometheus refused the credentials (status ${res.status})`, fatal: true };
    let doc;
    try {
        doc = JSON.parse(res.body);
    }
    catch {
        return { verdict: 'fail', detail: `status ${res.status}: the body is not JSON; expected the Prometheus HTTP API at ${(0,spec/* displayUrl */.Qy)(t.url)}` };
    }
    const parsed = promSamples(doc);
    if ('error' in parsed) {
        // A query Prometheus cannot parse (bad_data, 400) or a refused credential never gets better by waiting.
        const fatal = parsed.errorType === 'bad_data' || res.status === 400;
        return { verdict: 'fail', detail: `prometheus: ${oneLine(parsed.error)} (status ${res.status})`, fatal };
    }
    const s = parsed.samples;
    const { verdict, why } = (0,expression/* judge */.S4)(t.success, t.failure, s);
    const shown = s.length === 0 ? 'no data' : `result ${fmt(s[0])}${s.length > 1 ? ` (${s.length} samples)` : ''}`;
    return { verdict, detail: `${shown}: ${why}`, value: s.length ? s[0] : undefined };
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
        return { verdict: 'fail', detail: `prometheus: ${oneLine(e.message)}` };
    }
    return evaluatePrometheus(t, res);
}

;// CONCATENATED MODULE: ./.build/core/health/report.js
// What a wait-healthy run reports: step outputs (healthy, reason, observed-version, samples as bounded JSON) and a
// Markdown job summary with a timeline per target and a sparkline of metric values. Secrets never get here: only
// URLs without user info, details and verdicts.


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
const ICON = { pass: '✅ pass', pending: '⏳ pending', fail: '❌ fail', inconclusive: '❔ inconclusive' };
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
        const interesting = s.obs.map((o, i) => ({ o, t: targets[i] })).filter(({ o }) => o.verdict !== 'pass' || o.value !== undefined || s.obs.length <= maxTargets);
        const checks = {};
        for (const { o, t } of interesting.slice(0, maxTargets)) {
            checks[oneLine(t.id, 120)] = { verdict: o.verdict, detail: oneLine(o.detail, 160), ...(o.value !== undefined ? { value: Number.isNaN(o.value) ? 'NaN' : Number.isFinite(o.value) ? o.value : String(o.value) } : {}), ...(o.version !== undefined ? { version: o.version } : {}) };
        }
        return { n: s.n, atMs: s.at, verdict: s.verdict, counts, checks, ...(interesting.length > maxTargets ? { more: interesting.length - maxTargets } : {}) };
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
            return JSON.stringify({ outcome: r.outcome, samples: r.samples, shown: out.length, targets: targets.length, list: out });
        }
    }
    return JSON.stringify({ outcome: r.outcome, samples: r.samples, shown: 0, targets: targets.length, list: [] });
}
function outputs(r) {
    return {
        healthy: String(r.result.outcome === 'healthy'),
        reason: oneLine(r.result.reason, 1000),
        'observed-version': observedVersions(r.result.last).join(', '),
        samples: samplesJson(r.targets, r.result),
    };
}
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const clock = (start, atMs) => new Date(start.getTime() + atMs).toISOString().slice(11, 19);
/** Timelines for at most this many targets (non-passing first); the rest get one row each. */
const MAX_TIMELINES = 20;
const MAX_ROWS = 30;
function summary(r) {
    const { result, targets, timing } = r;
    const head = result.outcome === 'healthy' ? '✅ healthy' : result.outcome === 'timed-out' ? '⏱️ timed out' : '❌ unhealthy';
    const lines = [];
    lines.push(`### wait-healthy: ${r.app ? `${r.app} in ` : ''}${r.env} ${head}`, '');
    lines.push(cell(result.reason), '');
    const facts = [
        ['version', r.version ?? '—'],
        ['commit', r.commit ? r.commit.slice(0, 12) : '—'],
        ['observed version', observedVersions(result.last).join(', ') || '—'],
        ['samples', `${result.samples} in ${(0,durations/* formatDuration */.a3)(result.elapsedMs)}`],
        ['timing', `interval ${(0,durations/* formatDuration */.a3)(timing.intervalMs)} ±10%, timeout ${(0,durations/* formatDuration */.a3)(timing.timeoutMs)}, initial delay ${(0,durations/* formatDuration */.a3)(timing.initialDelayMs)}, request timeout ${(0,durations/* formatDuration */.a3)(timing.requestTimeoutMs)}`],
        ['thresholds', `success-threshold ${timing.successThreshold}, failure-limit ${timing.failureLimit}, inconclusive-limit ${timing.inconclusiveLimit ?? 'none'}`],
    ];
    lines.push('| | |', '| --- | --- |', ...facts.map(([k, v]) => `| ${k} | ${cell(v)} |`), '');
    if (result.dropped)
        lines.push(`_The first ${result.dropped} samples are not shown._`, '');
    const order = targets.map((t, i) => ({ t, i, bad: result.last ? result.last.obs[i].verdict !== 'pass' : false }));
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
        for (const { s, o } of shown)
            lines.push(`| ${clock(r.startedAt, s.at)} | ${cell(oneLine(o.detail, 200))} | ${ICON[o.verdict]} |`);
        lines.push('');
    }
    if (targets.length > MAX_TIMELINES) {
        lines.push(`#### ${targets.length - MAX_TIMELINES} more targets (last sample)`, '', '| target | value | verdict |', '| --- | --- | --- |');
        for (const { t, i } of order.slice(MAX_TIMELINES, MAX_TIMELINES + 500)) {
            const o = result.last?.obs[i];
            lines.push(`| ${cell(t.id)} | ${o ? cell(oneLine(o.detail, 120)) : '—'} | ${o ? ICON[o.verdict] : '—'} |`);
        }
        if (targets.length > MAX_TIMELINES + 500)
            lines.push('', `_${targets.length - MAX_TIMELINES - 500} more not listed._`);
        lines.push('');
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./.build/core/health/run-wait-healthy.js






function probeTarget(t, ports, timeoutMs) {
    switch (t.type) {
        case 'http': return probeHttp(t, ports.http, timeoutMs);
        case 'prometheus': return probePrometheus(t, ports.http, timeoutMs);
        case 'argocd': return probeArgo(t, ports.http, timeoutMs);
        case 'flux':
        case 'kubernetes': return probeKube(t, ports.kube, timeoutMs);
    }
}
async function runWaitHealthy(req) {
    const { targets } = req.checks;
    const clock = req.clock ?? systemClock;
    const startedAt = new Date();
    req.logger.info(`wait-healthy: ${req.env}${req.app ? ` ${req.app}` : ''}${req.version ? ` ${req.version}` : ''}${req.commit ? ` at ${req.commit.slice(0, 12)}` : ''}: ${targets.length} target${targets.length === 1 ? '' : 's'} (${req.checks.labels.join('; ')})`);
    const result = await poll({
        targets, timing: req.timing, clock,
        probe: (t, timeoutMs) => probeTarget(t, req, timeoutMs),
        onSample: (s, st) => req.logger.info(progressLine(targets, s, st, req.timing)),
    });
    const healthy = result.outcome === 'healthy';
    if (!healthy) {
        const e = result.evidence;
        req.logger.error(result.reason, e ? req.whereOf?.(e.target.key) : undefined);
    }
    const report = { env: req.env, app: req.app, version: req.version, commit: req.commit, targets, timing: req.timing, result, startedAt };
    return { healthy, exitCode: healthy ? 0 : 1, result, outputs: outputs(report), summary: summary(report) };
}

// EXTERNAL MODULE: ./.build/core/config/config-schema.js
var config_schema = __webpack_require__(9145);
// EXTERNAL MODULE: ./.build/core/config/schema-check.js
var schema_check = __webpack_require__(7889);
;// CONCATENATED MODULE: ./.build/core/health/sources.js
// Where checks come from, besides gitops-promote.yaml: the `checks` input (YAML or JSON, health.<env>'s shape or
// just a list of checks) and flags/inputs (--url, --prometheus …). All end up as one HealthSpec.






/** The `checks` input: YAML or JSON, either {checks: [...], interval: …} or a bare list of checks. */
function checksFromText(text, label) {
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
    const src = new SourceText(text);
    const err = doc.errors[0];
    if (err)
        throw new UserError(`${label}: not valid YAML or JSON (${err.message.split('\n')[0]}) at line ${src.lineOf(Math.min(err.pos[0], text.length))}`);
    const root = doc.contents;
    const isList = Array.isArray(doc.toJS());
    const at = (n) => (n?.range ? ` (line ${src.lineOf(n.range[0])})` : '');
    if (isList) {
        // Validate the list as the value of `checks`.
        const p = checkSchema(root, HEALTH_ENV_SCHEMA.properties.checks, 'checks');
        if (p)
            throw new UserError(`${label}: ${p.key}: ${p.message}${at(p.node)}`);
    }
    else {
        const p = checkSchema(root, HEALTH_ENV_SCHEMA);
        if (p)
            throw new UserError(`${label}: ${p.key}: ${p.message}${at(p.node)}`);
    }
    const raw = doc.toJS();
    return normalizeHealth(isList ? { checks: raw } : raw, label, (key, message) => new UserError(`${label}: ${key.slice(label.length + 1)}: ${message}`));
}
const kebab = (s) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
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
    if (used('expectStatus', 'bodyMatch', 'versionField', 'headers') && !used('urls'))
        throw fail('url', `is needed with ${name('expect-status')}, ${name('version-field')}, ${name('body-match')} and headers; expected the URL to check`);
    if (used('urls')) {
        let expectStatus;
        if (o.expectStatus) {
            expectStatus = o.expectStatus.split(',').map((s) => s.trim()).map((s) => {
                if (!/^[1-5][0-9][0-9]$/.test(s))
                    throw fail('expectStatus', `${(0,errors/* quote */.h)(o.expectStatus)} is not an HTTP status; expected e.g. 200 or 200,204`);
                return Number(s);
            });
        }
        checks.push(build({ type: 'http', urls: o.urls, expectVersion: o.expectVersion || undefined, versionField: o.versionField || undefined, expectStatus, bodyMatch: o.bodyMatch || undefined, headers: o.headers && Object.keys(o.headers).length ? o.headers : undefined }, { urls: 'url' }));
    }
    if (used('prometheus', 'query', 'successCondition', 'failureCondition')) {
        if (!o.prometheus)
            throw fail('prometheus', `is needed with ${name('query')}; expected the Prometheus URL, e.g. http://prometheus:9090`);
        checks.push(build({ type: 'prometheus', url: o.prometheus, query: o.query || undefined, successCondition: o.successCondition || undefined, failureCondition: o.failureCondition || undefined }, { url: 'prometheus' }));
    }
    if (used('argocdUrl', 'argocdApp')) {
        if (!o.argocdUrl)
            throw fail('argocdUrl', `is needed with ${name('argocd-app')}; expected the Argo CD server URL`);
        checks.push(build({ type: 'argocd', url: o.argocdUrl, app: o.argocdApp || undefined }, { url: 'argocd-url', app: 'argocd-app' }));
    }
    if (used('fluxKind', 'fluxName', 'fluxNamespace')) {
        if (o.fluxKind && o.fluxKind !== 'Kustomization' && o.fluxKind !== 'HelmRelease')
            throw fail('fluxKind', `${(0,errors/* quote */.h)(o.fluxKind)} is not a Flux kind; expected Kustomization or HelmRelease`);
        checks.push(build({ type: 'flux', kind: o.fluxKind || undefined, name: o.fluxName || undefined, namespace: o.fluxNamespace || undefined, kubeconfig: o.kubeconfig || undefined, context: o.context || undefined }, { kind: 'flux-kind', name: 'flux-name', namespace: 'flux-namespace' }));
    }
    if (used('deployment')) {
        checks.push(build({ type: 'kubernetes', deployment: o.deployment, namespace: o.namespace || undefined, kubeconfig: o.kubeconfig || undefined, context: o.context || undefined, expectVersion: o.expectVersion || undefined }, {}));
    }
    else if (used('namespace'))
        throw fail('namespace', `is for ${name('deployment')}; expected ${name('deployment')} too (Flux objects take ${name('flux-namespace')})`);
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
        if (!/^[0-9]+$/.test(v) || Number(v) < min || Number(v) > 1000)
            throw fail(k, `${(0,errors/* quote */.h)(v)} is not allowed; expected a whole number from ${min} to 1000`);
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
        if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(k))
            throw new errors/* UserError */.y(`${name}: a header line ${k ? `starting ${(0,errors/* quote */.h)(k)} ` : ''}is not "Name: value"; expected e.g. Authorization: Bearer \${TOKEN}`);
        out[k] = line.slice(i + 1).trim();
    }
    return out;
}
/** A version as it appears in tags: no spaces or control characters. */
function checkVersion(kind, v) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._+@:/-]{0,127}$/.test(v))
        throw new errors/* UserError */.y(`${kind} ${(0,errors/* quote */.h)(v)} is not a version; expected a tag such as v1.2.3`);
    return v;
}
function checkCommit(kind, v) {
    if (!/^[0-9a-f]{7,40}$/i.test(v))
        throw new errors/* UserError */.y(`${kind} ${(0,errors/* quote */.h)(v)} is not a commit; expected a sha of 7 to 40 hex digits`);
    return v.toLowerCase();
}

// EXTERNAL MODULE: ./.build/core/validate-names.js
var validate_names = __webpack_require__(2525);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./.build/adapters/http-fetch.js
// HttpPort on node:http and node:https: keep-alive agents, one deadline for the whole request (redirects included),
// redirects followed up to a bound (credentials dropped when the origin changes), a cap on body size, and errors in
// plain words ("TLS: certificate has expired", "connection refused", "no response within 5s").
// A private CA is trusted the Node way: NODE_EXTRA_CA_CERTS=/path/ca.pem.



const MAX_BODY = 8 * 1024 * 1024;
const SENSITIVE = /^(authorization|cookie|proxy-authorization)$/i;
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
    if (code.startsWith('ERR_SSL') || code === 'EPROTO')
        return `TLS: handshake with ${host} failed (${e.message.split('\n')[0]})`;
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
        const req = mod.request(url, { method: 'GET', agent, headers: { 'user-agent': ua, accept: 'application/json, */*', ...headers } }, (res) => {
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
                for (const [k, v] of Object.entries(res.headers))
                    if (v !== undefined)
                        h[k] = Array.isArray(v) ? v.join(', ') : v;
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
                if (![301, 302, 303, 307, 308].includes(res.status) || !location)
                    return { ...res, url: url.toString(), redirects };
                if (redirects >= max)
                    throw new HttpFailure(`more than ${max} redirects (the last to ${new URL(location, url).host})`);
                const next = new URL(location, url);
                if (next.protocol !== 'http:' && next.protocol !== 'https:')
                    throw new HttpFailure(`redirected to a ${next.protocol} URL; expected http(s)`);
                // Credentials go only to the origin they were given for.
                if (next.origin !== origin)
                    headers = Object.fromEntries(Object.entries(headers).filter(([k]) => !SENSITIVE.test(k)));
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
    return (plain[plain.length - 1] ?? lines[lines.length - 1] ?? 'kubectl failed without a message').replace(/^error: /, '');
}
function kubectlPort(o = {}) {
    const bin = o.kubectl ?? 'kubectl';
    let running = 0;
    const queue = [];
    const limit = o.concurrency ?? 8;
    const acquire = () => running < limit ? (running++, Promise.resolve()) : new Promise((resolve) => queue.push(() => (running++, resolve())));
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
                        resolve({ code: c, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
                    });
                });
                if (error?.code === 'ENOENT')
                    throw new Error(`kubectl is not installed (${bin} is not on PATH); the flux and kubernetes checks run kubectl`);
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
// EXTERNAL MODULE: ./.build/cli/usage.js
var usage = __webpack_require__(1488);
;// CONCATENATED MODULE: ./.build/cli/wait-healthy-command.js
// gitops-promote wait-healthy --env ENV [--app APP] [--version V] [--commit SHA] [checks as options]: waits until
// the promoted version is live and healthy. Checks come from health.<env> in gitops-promote.yaml (the working tree
// of --repo, or --ref REF), or from options, which replace them. Progress on stderr; the verdict on stdout.
// Exit 0 healthy, 1 unhealthy or timed out, 2 bad input. Header values and tokens are never printed.













const WAIT_HEALTHY_USAGE = usage/* USAGE */.u['wait-healthy'];
async function readConfig(repo, path, ref, out) {
    const file = path ?? config/* CONFIG_FILE */.g2;
    let text;
    if (ref !== undefined) {
        const { cliGit, snapshotAt } = await Promise.all(/* import() */[__webpack_require__.e(260), __webpack_require__.e(25)]).then(__webpack_require__.bind(__webpack_require__, 1025));
        const { git } = await cliGit(repo, (0,cli_logger/* cliLogger */.$)(out), false);
        try {
            const snap = await snapshotAt(git, ref);
            if (snap.files.includes(file))
                text = await snap.read(file);
        }
        finally {
            await git.dispose();
        }
    }
    else if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(repo, file))) {
        text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(repo, file), 'utf8');
    }
    if (text === undefined) {
        if (path !== undefined)
            throw new errors/* UserError */.y(`--config ${(0,errors/* quote */.h)(path)} is not in ${ref ? `${(0,errors/* quote */.h)(ref)}` : (0,errors/* quote */.h)(repo)}; expected a path from the repository root`);
        return undefined;
    }
    return { parsed: (0,config/* loadConfig */.Z9)(text, file), text, file };
}
async function runWaitHealthyCommand(argv, out) {
    const { values: v } = (0,external_node_util_.parseArgs)({
        args: argv, strict: true, allowPositionals: false,
        options: {
            env: { type: 'string' }, app: { type: 'string' }, version: { type: 'string' }, commit: { type: 'string' },
            config: { type: 'string' }, repo: { type: 'string' }, ref: { type: 'string' },
            url: { type: 'string', multiple: true }, 'expect-version': { type: 'string' }, 'version-field': { type: 'string' },
            'expect-status': { type: 'string' }, 'body-match': { type: 'string' }, header: { type: 'string', multiple: true },
            prometheus: { type: 'string' }, query: { type: 'string' }, 'success-condition': { type: 'string' }, 'failure-condition': { type: 'string' },
            'argocd-url': { type: 'string' }, 'argocd-app': { type: 'string' },
            'flux-kind': { type: 'string' }, 'flux-name': { type: 'string' }, 'flux-namespace': { type: 'string' },
            deployment: { type: 'string' }, namespace: { type: 'string' }, kubeconfig: { type: 'string' }, context: { type: 'string' },
            'initial-delay': { type: 'string' }, interval: { type: 'string' }, timeout: { type: 'string' }, 'request-timeout': { type: 'string' },
            'success-threshold': { type: 'string' }, 'failure-limit': { type: 'string' }, 'inconclusive-limit': { type: 'string' },
            json: { type: 'boolean', default: false }, summary: { type: 'string' }, verbose: { type: 'boolean', default: false },
        },
    });
    if (v.env === undefined)
        throw new errors/* UserError */.y(`wait-healthy needs --env ENV; ${WAIT_HEALTHY_USAGE}`);
    const env = (0,validate_names/* checkName */.I3)('--env', v.env);
    const app = v.app === undefined ? undefined : (0,validate_names/* checkName */.I3)('--app', v.app);
    const version = v.version === undefined ? undefined : checkVersion('--version', v.version);
    const commit = v.commit === undefined ? undefined : checkCommit('--commit', v.commit);
    if (v['expect-version'] !== undefined)
        checkVersion('--expect-version', v['expect-version']);
    const adhoc = adhocSpec({
        urls: v.url, expectVersion: v['expect-version'], versionField: v['version-field'], expectStatus: v['expect-status'], bodyMatch: v['body-match'],
        headers: v.header ? parseHeaderLines(v.header, '--header') : undefined,
        prometheus: v.prometheus, query: v.query, successCondition: v['success-condition'], failureCondition: v['failure-condition'],
        argocdUrl: v['argocd-url'], argocdApp: v['argocd-app'], fluxKind: v['flux-kind'], fluxName: v['flux-name'], fluxNamespace: v['flux-namespace'],
        deployment: v.deployment, namespace: v.namespace, kubeconfig: v.kubeconfig, context: v.context,
        initialDelay: v['initial-delay'], interval: v.interval, timeout: v.timeout, requestTimeout: v['request-timeout'],
        successThreshold: v['success-threshold'], failureLimit: v['failure-limit'], inconclusiveLimit: v['inconclusive-limit'],
    }, (name) => `--${name}`);
    const repo = (0,external_node_path_.resolve)(v.repo ?? '.');
    const config = await readConfig(repo, v.config, v.ref, out);
    const plan = planWaitHealthy({ env, app, version, commit, config, adhoc, environ: process.env, kubeconfig: v.kubeconfig });
    const logger = (0,cli_logger/* cliLogger */.$)(out, v.verbose);
    const http = nodeHttp();
    try {
        const r = await runWaitHealthy({
            env, app, version, commit, checks: plan.checks, timing: plan.timing, http, kube: kubectlPort(), logger, whereOf: plan.whereOf,
        });
        if (v.summary)
            (0,external_node_fs_.writeFileSync)(v.summary, r.summary);
        if (v.json) {
            out.stdout(JSON.stringify({ healthy: r.healthy, outcome: r.result.outcome, reason: r.outputs.reason, observedVersion: r.outputs['observed-version'], samples: JSON.parse(r.outputs.samples) }));
        }
        else
            out.stdout(r.outputs.reason);
        return r.exitCode;
    }
    finally {
        http.close();
    }
}


/***/ })

};
