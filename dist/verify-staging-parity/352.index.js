export const id = 352;
export const ids = [352];
export const modules = {

/***/ 4352:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   octokitRequest: () => (/* binding */ octokitRequest)
/* harmony export */ });
/* unused harmony exports octokitPullRequests, actionPullRequests */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8005);


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
            throw new UserError('mode pull-request needs a token (input token); expected a GitHub token with pull-requests: write');
        return octokitPullRequests(token, repository, apiUrl, logger);
    };
}


/***/ })

};
