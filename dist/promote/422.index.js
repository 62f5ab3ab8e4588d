export const id = 422;
export const ids = [422];
export const modules = {

/***/ 5422:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  actionPullRequests: () => (/* binding */ actionPullRequests),
  octokitPullRequests: () => (/* binding */ octokitPullRequests),
  octokitRequest: () => (/* binding */ octokitRequest)
});

// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
;// CONCATENATED MODULE: ./.build/adapters/github-pull-requests.js
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/**
 * Retries rate limits (403/429 with retry-after or an exhausted quota) always, since GitHub did not act on the
 * request, and 5xx only for `idempotent` requests; a 5xx on a create is resolved by the caller looking first.
 */
async function withApiRetry(what, fn, logger, idempotent, attempts = 4) {
    for (let i = 1;; i++) {
        try {
            return await fn();
        }
        catch (e) {
            const err = e;
            const h = err.response?.headers ?? {};
            const limited = (err.status === 403 || err.status === 429) && (h['retry-after'] !== undefined || h['x-ratelimit-remaining'] === '0');
            const serverError = err.status !== undefined && err.status >= 500;
            if (i >= attempts || !(limited || (serverError && idempotent)))
                throw new Error(`${what} failed: ${err.status ? `HTTP ${err.status}: ` : ''}${err.message}`);
            // retry-after wins; the quota's reset time matters only when the quota is spent (GitHub sends
            // x-ratelimit-reset on every response, up to an hour away).
            const resetIn = h['retry-after'] === undefined && h['x-ratelimit-remaining'] === '0' && h['x-ratelimit-reset'] ? Number(h['x-ratelimit-reset']) * 1000 - Date.now() : 0;
            const wait = limited ? Math.min(60_000, Math.max(1000, Number(h['retry-after'] ?? 0) * 1000, resetIn)) : 500 * 2 ** (i - 1);
            logger.warning(`${what}: HTTP ${err.status}, retrying in ${Math.round(wait / 1000)} s (attempt ${i + 1}/${attempts})`);
            await sleep(wait);
        }
    }
}
function pullRequestsOver(request, graphql, repository, logger) {
    const [owner, repo] = repository.split('/');
    const toPr = (d, created) => ({ number: d.number, url: d.html_url, nodeId: d.node_id, created });
    const findOpen = async (head, base) => {
        const { data } = await withApiRetry('listing pull requests', () => request('GET /repos/{owner}/{repo}/pulls', { owner, repo, state: 'open', head: `${owner}:${head}`, base, per_page: 10 }), logger, true);
        const list = data;
        return list[0] ? toPr(list[0], false) : undefined;
    };
    return {
        findOpen,
        async create(p) {
            return withApiRetry('creating the pull request', async () => {
                try {
                    const { data } = await request('POST /repos/{owner}/{repo}/pulls', { owner, repo, head: p.head, base: p.base, title: p.title, body: p.body, maintainer_can_modify: false });
                    return toPr(data, true);
                }
                catch (e) {
                    // After a 5xx or a 422 "already exists" the PR may be there: look before trying again.
                    const status = e.status ?? 0;
                    const found = status >= 422 ? await findOpen(p.head, p.base) : undefined;
                    if (found)
                        return found;
                    throw e;
                }
            }, logger, true);
        },
        async update(number, p) {
            const { data } = await withApiRetry('updating the pull request', () => request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number: number, title: p.title, body: p.body }), logger, true);
            return toPr(data, false);
        },
        async addLabels(number, labels) {
            await withApiRetry('labelling the pull request', () => request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', { owner, repo, issue_number: number, labels }), logger, true);
        },
        async enableAutoMerge(pr) {
            await withApiRetry('enabling auto-merge', () => graphql('mutation($id: ID!) { enablePullRequestAutoMerge(input: {pullRequestId: $id, mergeMethod: SQUASH}) { pullRequest { number } } }', { id: pr.nodeId }), logger, true);
        },
    };
}

;// CONCATENATED MODULE: ./.build/adapters/github-octokit.js


async function octokitPullRequests(token, repository, apiUrl, logger) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const octokit = getOctokit(token, { baseUrl: apiUrl });
    return pullRequestsOver((route, params) => octokit.request(route, params), (q, v) => octokit.graphql(q, v), repository, logger);
}
/** Octokit's request function alone (issues and other REST calls). */
async function octokitRequest(token, apiUrl) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const octokit = getOctokit(token, { baseUrl: apiUrl });
    return (route, params) => octokit.request(route, params);
}
/** Pull requests for an action: Octokit on the run's repository, loaded only when a PR is made. */
function actionPullRequests(token, repository, apiUrl, logger) {
    return async () => {
        if (!token)
            throw new errors/* UserError */.y('mode pull-request needs a token (input token); expected a GitHub token with pull-requests: write');
        return octokitPullRequests(token, repository, apiUrl, logger);
    };
}


/***/ })

};
