export const id = 459;
export const ids = [459];
export const modules = {

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
