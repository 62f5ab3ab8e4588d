export const id = 235;
export const ids = [235,459];
export const modules = {

/***/ 2235:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   issuesOver: () => (/* binding */ issuesOver)
/* harmony export */ });
/* unused harmony exports DRIFT_TRACKING_MARKER, MARKER_PAGES */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1499);
/* harmony import */ var _github_pull_requests_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4459);
// IssuePort over GitHub's REST API (the same `request` function as pull requests: Octokit in actions, fetch in
// the CLI; retries and rate limits are theirs).
//
// The tracking issue is found by its label and, failing that, by a hidden marker in its body. The marker matters
// because POST /issues silently drops labels when the token lacks push access (issues: write alone is not
// enough): found by label only, such an issue would be missed and a new one opened on every run.
// The marker is looked for in a paginated list of open issues, not through the search API: search is eventually
// consistent (an issue opened a minute ago may not be indexed yet, which is exactly the duplicate we must avoid),
// has its own 30-requests-a-minute limit, and matches words rather than the exact marker. A page of 100 open issues
// per request is cheap, and the list is read only when the label finds nothing.


/** In the tracking issue's body; invisible once rendered. */
const DRIFT_TRACKING_MARKER = '<!-- gitops-promote:drift-tracking -->';
/** Pages of 100 open issues read when looking for the marker. */
const MARKER_PAGES = 10;
const withMarker = (body, marker) => (body.includes(marker) ? body : `${body.trimEnd()}\n\n${marker}\n`);
const labelName = (l) => (typeof l === 'string' ? l : String(l.name ?? ''));
const toIssue = (i) => ({ number: i.number, url: i.html_url });
const ISSUES = 'GET /repos/{owner}/{repo}/issues';
const CREATE = 'POST /repos/{owner}/{repo}/issues';
const UPDATE = 'PATCH /repos/{owner}/{repo}/issues/{issue_number}';
const COMMENT = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
function issuesOver(request, repository, logger, marker = DRIFT_TRACKING_MARKER) {
    const [owner, repo] = repository.split('/');
    const call = async (what, route, params) => (await (0,_github_pull_requests_js__WEBPACK_IMPORTED_MODULE_1__/* .described */ .W)(what, () => request(route, { owner, repo, ...params }))).data;
    // The issues API lists pull requests too: callers skip them.
    const list = async (params) => (await call('listing issues', ISSUES, { state: 'open', ...params }));
    const byMarker = async () => {
        for (let page = 1; page <= MARKER_PAGES; page++) {
            const issues = await list({ per_page: 100, page });
            const found = issues.find((i) => !i.pull_request && (i.body ?? '').includes(marker));
            if (found || issues.length < 100)
                return found;
        }
        logger.warning(`looked for the tracking issue's marker in the ${MARKER_PAGES * 100} newest open issues only`);
        return undefined;
    };
    const findOpen = async (label) => {
        const labelled = (await list({ labels: label, per_page: 10 })).find((i) => !i.pull_request);
        if (labelled)
            return toIssue(labelled);
        const marked = await byMarker();
        if (marked)
            logger.info(`tracking issue #${marked.number} found by its hidden marker (no label ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(label)})`);
        return marked ? toIssue(marked) : undefined;
    };
    const create = async (p) => {
        const params = { title: p.title, body: withMarker(p.body, marker), labels: p.labels };
        const what = 'creating the tracking issue';
        let made;
        try {
            // Not retried blindly: a create that landed before a 5xx would make a second issue.
            made = (await request(CREATE, { owner, repo, ...params, request: { retries: 0 } })).data;
        }
        catch (e) {
            if ((e.status ?? 500) < 500)
                return (0,_github_pull_requests_js__WEBPACK_IMPORTED_MODULE_1__/* .described */ .W)(what, () => Promise.reject(e));
            const landed = await byMarker();
            if (landed)
                return toIssue(landed);
            made = (await call(what, CREATE, params));
        }
        warnDroppedLabels(made, p.labels, logger);
        return toIssue(made);
    };
    return {
        findOpen,
        create,
        async update(number, body) {
            await call('updating the tracking issue', UPDATE, { issue_number: number, body: withMarker(body, marker) });
        },
        async close(number, comment) {
            await call('commenting on the tracking issue', COMMENT, { issue_number: number, body: comment });
            const closed = { issue_number: number, state: 'closed', state_reason: 'completed' };
            await call('closing the tracking issue', UPDATE, closed);
        },
    };
}
function warnDroppedLabels(made, wanted, logger) {
    const got = new Set((made.labels ?? []).map((l) => labelName(l).toLowerCase()));
    const dropped = wanted.filter((l) => !got.has(l.toLowerCase()));
    if (!dropped.length)
        return;
    logger.warning(`the tracking issue #${made.number} was created without the label(s) ${dropped.join(', ')}: `
        + 'GitHub drops labels silently when the token lacks push access; the issue is found by its hidden marker instead');
}


/***/ }),

/***/ 4459:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ described),
/* harmony export */   pullRequestsOver: () => (/* binding */ pullRequestsOver)
/* harmony export */ });
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


/***/ })

};
