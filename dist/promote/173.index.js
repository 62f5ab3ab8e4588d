export const id = 173;
export const ids = [173];
export const modules = {

/***/ 8173:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  actionPullRequests: () => (/* binding */ actionPullRequests),
  octokitClient: () => (/* binding */ octokitClient),
  octokitPullRequests: () => (/* binding */ octokitPullRequests),
  octokitRequest: () => (/* binding */ octokitRequest)
});

// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(1499);
;// CONCATENATED MODULE: ./.build/adapters/github-pull-requests.js
/** Runs one API call; a failure says what was being done: "creating the pull request failed: HTTP 422: …". */
async function described(what, fn) {
    try {
        return await fn();
    }
    catch (e) {
        const err = e;
        throw Object.assign(new Error(`${what} failed: ${err.status ? `HTTP ${err.status}: ` : ''}${err.message}`), {
            status: err.status,
            response: err.response,
        });
    }
}
const AUTO_MERGE = 'mutation($id: ID!) { enablePullRequestAutoMerge(input: {pullRequestId: $id, mergeMethod: SQUASH}) '
    + '{ pullRequest { number } } }';
function pullRequestsOver(request, graphql, repository) {
    const [owner, repo] = repository.split('/');
    const toPr = (d, created) => ({ number: d.number, url: d.html_url, nodeId: d.node_id, created });
    const findOpen = async (head, base) => {
        const params = { owner, repo, state: 'open', head: `${owner}:${head}`, base, per_page: 10 };
        const { data } = await described('listing pull requests', () => request('GET /repos/{owner}/{repo}/pulls', params));
        const list = data;
        return list[0] ? toPr(list[0], false) : undefined;
    };
    const create = async (p) => {
        const params = { owner, repo, head: p.head, base: p.base, title: p.title, body: p.body };
        const fields = { ...params, maintainer_can_modify: false };
        try {
            const { data } = await request('POST /repos/{owner}/{repo}/pulls', fields);
            return toPr(data, true);
        }
        catch (e) {
            // The transport retries a 5xx; when the first attempt had landed after all, GitHub answers the retry with
            // 422 "already exists". Either way the PR may be there: look before failing.
            const status = e.status ?? 0;
            const found = status >= 422 ? await findOpen(p.head, p.base) : undefined;
            if (found)
                return found;
            return described('creating the pull request', () => Promise.reject(e));
        }
    };
    return {
        findOpen,
        create,
        async update(number, p) {
            const params = { owner, repo, pull_number: number, title: p.title, body: p.body };
            const route = 'PATCH /repos/{owner}/{repo}/pulls/{pull_number}';
            const { data } = await described('updating the pull request', () => request(route, params));
            return toPr(data, false);
        },
        async addLabels(number, labels) {
            const params = { owner, repo, issue_number: number, labels };
            const route = 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels';
            await described('labelling the pull request', () => request(route, params));
        },
        async enableAutoMerge(pr) {
            await described('enabling auto-merge', () => graphql(AUTO_MERGE, { id: pr.nodeId }));
        },
    };
}

// EXTERNAL MODULE: ./.build/core/durations.js
var durations = __webpack_require__(9879);
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

;// CONCATENATED MODULE: ./.build/adapters/github-octokit.js



function limitHandler(kind, o) {
    return async (retryAfter, options, _octokit, retryCount) => {
        // The plugin passes retry-after (or 60 s without it) for secondary limits and the time to the reset for
        // primary ones; waiting happens here, through `sleep`, and the plugin retries at once (retryAfterBaseValue 0).
        const ms = backoff(kind, retryAfter * 1000, retryCount);
        const d = decideWait(`${options.method} ${options.url}`, kind, ms, retryCount, o.maxWaitMs);
        o.logger.warning(d.message);
        if (!d.wait)
            return false;
        await o.sleep(d.ms);
        return true;
    };
}
/** A Bottleneck group stand-in that runs every job at once: no pacing. (Typed `never`: the plugin's type is
 * bottleneck's whole Group class, of which it calls only key().schedule().) */
const UNPACED = {
    key: () => ({ schedule: (_o, fn, ...a) => fn(...a) }),
};
async function octokitClient(token, apiUrl, o = {}) {
    const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
        __webpack_require__.e(/* import() */ 502).then(__webpack_require__.bind(__webpack_require__, 7502)), Promise.all(/* import() */[__webpack_require__.e(115), __webpack_require__.e(743)]).then(__webpack_require__.bind(__webpack_require__, 2743)), Promise.all(/* import() */[__webpack_require__.e(115), __webpack_require__.e(808)]).then(__webpack_require__.bind(__webpack_require__, 4808)),
    ]);
    const limits = {
        logger: o.logger ?? (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 8440))).actionLogger,
        maxWaitMs: o.maxWaitMs ?? maxWaitFromEnv(),
        sleep: o.sleep ?? realSleep,
    };
    const throttle = {
        onSecondaryRateLimit: limitHandler('secondary', limits),
        onRateLimit: limitHandler('primary', limits),
        retryAfterBaseValue: 0,
        ...(o.paceWrites === false ? { write: UNPACED, notifications: UNPACED, search: UNPACED } : {}),
    };
    // 429 is the throttling plugin's to handle (with the wait GitHub asks for), not plugin-retry's 1-4-9 s.
    const retryOptions = {
        retryAfterBaseValue: o.retryBaseMs ?? 1000,
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
    };
    const octokit = getOctokit(token, { baseUrl: apiUrl, throttle, retry: retryOptions }, retry, throttling);
    return {
        request: (route, params) => octokit.request(route, params),
        graphql: (query, variables) => octokit.graphql(query, variables),
    };
}
async function octokitPullRequests(token, repository, apiUrl, logger, o = {}) {
    const client = await octokitClient(token, apiUrl, { logger, ...o });
    return pullRequestsOver(client.request, client.graphql, repository);
}
/** Octokit's request function alone (issues and other REST calls). */
async function octokitRequest(token, apiUrl, logger) {
    return (await octokitClient(token, apiUrl, { logger })).request;
}
/** Pull requests for an action: Octokit on the run's repository, loaded only when a PR is made. */
function actionPullRequests(token, repository, apiUrl, logger) {
    return async () => {
        if (!token) {
            const expected = 'expected a GitHub token with pull-requests: write';
            throw new errors/* UserError */.y(`mode pull-request needs a token (input token); ${expected}`);
        }
        return octokitPullRequests(token, repository, apiUrl, logger);
    };
}


/***/ })

};
