export const id = 419;
export const ids = [419];
export const modules = {

/***/ 8419:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fetchClient: () => (/* binding */ fetchClient)
});

// UNUSED EXPORTS: graphqlUrl

// EXTERNAL MODULE: ./.build/core/durations.js
var durations = __webpack_require__(7105);
// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
;// CONCATENATED MODULE: ./.build/adapters/github-rate-limit.js
// When GitHub says "not now", how long to wait, following GitHub's documented rules
// (docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-rate-limit):
// retry-after wins; an exhausted quota (x-ratelimit-remaining: 0, or a GraphQL RATE_LIMITED error) waits until
// x-ratelimit-reset; a secondary limit without headers waits a minute; repeated secondary limits wait
// exponentially longer. The actions (Octokit's throttling plugin) and the CLI (fetch) share these numbers, the
// ceiling and the log lines, so both behave alike.


const MAX_WAIT_ENV = 'GITOPS_PROMOTE_RATE_LIMIT_MAX_WAIT';
/** Longer than GitHub's primary window (an hour) never helps; 15 minutes covers secondary limits. */
const DEFAULT_MAX_WAIT_MS = 15 * 60_000;
/** GitHub: "Otherwise, wait for at least one minute before retrying." */
const SECONDARY_FALLBACK_MS = 60_000;
/** Waits for one request; the next refusal fails the call. */
const MAX_RATE_LIMIT_RETRIES = 3;
const realSleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** The ceiling from GITOPS_PROMOTE_RATE_LIMIT_MAX_WAIT (a duration such as 15m or 1h), else 15 minutes. */
function maxWaitFromEnv(env = process.env) {
    const raw = env[MAX_WAIT_ENV];
    if (raw === undefined || raw.trim() === '')
        return DEFAULT_MAX_WAIT_MS;
    const ms = (0,durations/* parseDuration */.E9)(raw);
    if (typeof ms !== 'number')
        throw new errors/* UserError */.y(`environment variable ${MAX_WAIT_ENV} ${(0,errors/* quote */.h)(raw)}: ${ms.error}`);
    return ms;
}
/** A refusal for rate reasons, from an HTTP status, headers, the message and GraphQL error types. */
function rateLimitKind(status, headers, message, graphqlTypes = []) {
    // GitHub documents RATE_LIMITED; RATE_LIMIT has been seen too (yanyongyu/githubkit#271).
    if (graphqlTypes.includes('RATE_LIMITED') || graphqlTypes.includes('RATE_LIMIT'))
        return 'primary';
    if (status !== 403 && status !== 429)
        return undefined;
    if (/\bsecondary rate\b/i.test(message) || headers['retry-after'] !== undefined)
        return 'secondary';
    if (headers['x-ratelimit-remaining'] === '0')
        return 'primary';
    // A bare 429 is a rate limit too; a bare 403 is a permission problem.
    return status === 429 ? 'secondary' : undefined;
}
/** Milliseconds to wait before retry number `retryCount` (0 for the first retry). */
function rateLimitWaitMs(kind, headers, retryCount, now = Date.now()) {
    if (kind === 'primary' && headers['retry-after'] === undefined) {
        const reset = Number(headers['x-ratelimit-reset']);
        // One second past the reset, as GitHub advises; without the header, a minute.
        return Number.isFinite(reset) && reset > 0 ? Math.max(reset * 1000 - now + 1000, 1000) : SECONDARY_FALLBACK_MS;
    }
    const after = Number(headers['retry-after']);
    return backoff(kind, Number.isFinite(after) && after > 0 ? after * 1000 : SECONDARY_FALLBACK_MS, retryCount);
}
/** GitHub: "If your request continues to fail due to a secondary rate limit, wait for an exponentially increasing
 * amount of time between retries". A primary limit's reset time is exact: no growth. */
function backoff(kind, baseMs, retryCount) {
    // A reset already past (clocks differ) still waits a second.
    return kind === 'secondary' ? baseMs * 2 ** retryCount : Math.max(baseMs, 1000);
}
/** Whether to wait (and the line to log either way): never past the ceiling, never more than the retries. */
function decideWait(what, kind, ms, retryCount, maxWaitMs) {
    const limit = `GitHub's ${kind} rate limit`;
    if (retryCount >= MAX_RATE_LIMIT_RETRIES) {
        return { wait: false, message: `${what}: ${limit} again after ${retryCount} waits; giving up` };
    }
    if (ms > maxWaitMs) {
        return {
            wait: false,
            message: `${what}: ${limit} asks to wait ${(0,durations/* formatDuration */.a3)(ms)}, longer than the ${(0,durations/* formatDuration */.a3)(maxWaitMs)} `
                + `allowed (${MAX_WAIT_ENV}); not waiting`,
        };
    }
    const attempt = `attempt ${retryCount + 2}/${MAX_RATE_LIMIT_RETRIES + 1}`;
    return { wait: true, ms, message: `${what}: ${limit}; waiting ${(0,durations/* formatDuration */.a3)(ms)} before ${attempt}` };
}

;// CONCATENATED MODULE: ./.build/adapters/github-fetch.js
// A minimal GitHub REST/GraphQL client on fetch, for the CLI (which must not load @actions/github). It expands
// Octokit-style routes ("POST /repos/{owner}/{repo}/pulls"), sends the rest of the parameters as the query (GET)
// or JSON body, throws errors shaped like Octokit's, and retries by the rules the actions get from
// Octokit's retry and throttling plugins (github-rate-limit.ts): rate limits wait as GitHub asks,
// up to a ceiling, and say how long; 5xx and network failures retry 3 times after 1, 4 and 9 s.


const RETRIES = 3;
const HEADERS = (token) => ({
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${token}`,
    'user-agent': 'gitops-promote',
    'x-github-api-version': '2022-11-28',
});
/** GitHub Enterprise Server serves REST under /api/v3 and GraphQL at /api/graphql (not /api/v3/graphql). */
function graphqlUrl(apiUrl) {
    const base = apiUrl.replace(/\/+$/, '');
    return /\/api\/v3$/.test(base) ? base.replace(/\/api\/v3$/, '/api/graphql') : `${base}/graphql`;
}
async function sendOnce(method, url, token, body) {
    const json = body === undefined ? {} : { 'content-type': 'application/json' };
    const res = await fetch(url, {
        method,
        headers: { ...HEADERS(token), ...json },
        body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let data = null;
    try {
        data = text ? JSON.parse(text) : null;
    }
    catch {
        data = { message: text.slice(0, 200) }; // a proxy's HTML error page, say
    }
    return { status: res.status, headers: Object.fromEntries(res.headers.entries()), data };
}
const messageOf = (a) => a.data?.message ?? `HTTP ${a.status}`;
const graphqlErrors = (a) => a.data?.errors ?? [];
function httpError(a, message = messageOf(a)) {
    return Object.assign(new Error(message), { status: a.status, response: { headers: a.headers, data: a.data } });
}
/** GitHub's own "try again" answers: 5xx, and GraphQL's transient failure (as Octokit's retry plugin reads it). */
const github_fetch_transient = (a) => a.status >= 500 || /Something went wrong while executing your query/.test(graphqlErrors(a)[0]?.message ?? '');
async function exchange(label, send, retries, s) {
    let waits = 0;
    let failures = 0;
    for (;;) {
        let a;
        try {
            a = await send();
        }
        catch (e) {
            // No answer at all (DNS, reset connection): as plugin-retry, a failure worth retrying.
            a = { status: 500, headers: {}, data: { message: `network error: ${e.message}` } };
        }
        const kind = rateLimitKind(a.status, a.headers, messageOf(a), graphqlErrors(a).map((e) => e.type ?? ''));
        if (kind) {
            const d = decideWait(label, kind, rateLimitWaitMs(kind, a.headers, waits, s.now()), waits, s.maxWaitMs);
            s.logger.warning(d.message);
            if (!d.wait)
                throw httpError(a, d.message);
            waits++;
            await s.sleep(d.ms);
            continue;
        }
        if (github_fetch_transient(a) && failures < retries) {
            failures++;
            const ms = failures ** 2 * s.retryBaseMs;
            const attempt = `attempt ${failures + 1}/${retries + 1}`;
            s.logger.warning(`${label}: ${messageOf(a)}; retrying in ${(0,durations/* formatDuration */.a3)(ms)} (${attempt})`);
            await s.sleep(ms);
            continue;
        }
        if (a.status >= 400)
            throw httpError(a);
        return a;
    }
}
function fetchClient(token, apiUrl, o) {
    const s = {
        logger: o.logger,
        maxWaitMs: o.maxWaitMs ?? maxWaitFromEnv(),
        sleep: o.sleep ?? realSleep,
        retryBaseMs: o.retryBaseMs ?? 1000,
        now: o.now ?? Date.now,
    };
    const base = apiUrl.replace(/\/+$/, '');
    const request = async (route, params) => {
        const [method, template] = route.split(' ');
        // `request: {retries: 0}` as Octokit takes it: for a create that must not be sent twice blindly.
        const { request: options, ...rest } = params;
        const path = template.replace(/\{(\w+)\}/g, (_, k) => {
            const v = rest[k];
            delete rest[k];
            return encodeURIComponent(String(v));
        });
        const query = new URLSearchParams(Object.entries(rest).map(([k, v]) => [k, String(v)]));
        const url = method === 'GET' && query.size ? `${base}${path}?${query}` : `${base}${path}`;
        const body = method === 'GET' ? undefined : rest;
        const send = () => sendOnce(method, url, token, body);
        const a = await exchange(`${method} ${template}`, send, options?.retries ?? RETRIES, s);
        return { data: a.data };
    };
    const graphql = async (query, variables) => {
        const send = () => sendOnce('POST', graphqlUrl(base), token, { query, variables });
        const a = await exchange('POST /graphql', send, RETRIES, s);
        const errors = graphqlErrors(a);
        if (errors.length)
            throw new Error(`GraphQL: ${errors.map((e) => e.message).join('; ')}`);
        return a.data.data;
    };
    return { request, graphql };
}


/***/ }),

/***/ 7105:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   l5: () => (/* binding */ policyDuration)
/* harmony export */ });
// Durations as people write them in configs and flags: `500ms`, `5s`, `10m`, `1h30m`, `2h`, `7d`, `2w`, `0`.
// Always a unit (a bare number other than 0 is refused: is `30` seconds or minutes?). Health checks wait at most
// a week (the default cap); policy durations (soak times, how long an env may lag) may be longer.
const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/y;
const WEEK = 7 * 24 * 3_600_000;
/** Milliseconds, or an error message saying what was expected. */
function parseDuration(text, max = WEEK) {
    const s = text.trim();
    const expected = 'expected a duration such as 500ms, 5s, 10m, 1h30m or 7d';
    if (s === '0')
        return 0;
    if (s === '')
        return { error: `is empty; ${expected}` };
    let ms = 0;
    let at = 0;
    PART.lastIndex = 0;
    while (at < s.length) {
        PART.lastIndex = at;
        const m = PART.exec(s);
        if (!m) {
            return { error: `${JSON.stringify(text)} is not a duration (at ${JSON.stringify(s.slice(at))}); ${expected}` };
        }
        ms += Number(m[1]) * UNITS[m[2]];
        at = PART.lastIndex;
    }
    if (!Number.isFinite(ms) || ms > max) {
        return {
            error: `${JSON.stringify(text)} is longer than `
                + `${max === WEEK ? 'a week' : `${Math.round(max / 86_400_000)} days`}; ${expected}`,
        };
    }
    return Math.round(ms);
}
/** A short human form: 500ms, 5s, 1m30s, 4m, 1h2m. Rounds to whole seconds from 10 s up. */
function formatDuration(ms) {
    if (ms < 0)
        ms = 0;
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 10_000)
        return `${Number((ms / 1000).toFixed(1))}s`;
    let s = Math.round(ms / 1000);
    // From an hour up, seconds are noise: round to minutes.
    if (s >= 3600)
        s = Math.round(s / 60) * 60;
    const h = Math.floor(s / 3600);
    s -= h * 3600;
    const m = Math.floor(s / 60);
    s -= m * 60;
    if (h >= 48)
        return `${Math.floor(h / 24)}d${h % 24 ? `${h % 24}h` : ''}`;
    return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s || (!h && !m) ? `${s}s` : ''}`;
}
/** For policy settings, where a bad value is the caller's to report: throws an Error with the message. */
function policyDuration(text) {
    const d = parseDuration(text, Number.MAX_SAFE_INTEGER);
    if (typeof d !== 'number')
        throw new Error(`duration ${d.error}`);
    return d;
}


/***/ })

};
