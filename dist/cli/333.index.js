export const id = 333;
export const ids = [333];
export const modules = {

/***/ 6333:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchClient: () => (/* binding */ fetchClient)
/* harmony export */ });
const HEADERS = (token) => ({
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${token}`,
    'user-agent': 'gitops-promote',
    'x-github-api-version': '2022-11-28',
});
async function send(method, url, token, body) {
    const res = await fetch(url, { method, headers: { ...HEADERS(token), ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    const data = text ? JSON.parse(text) : null;
    if (!res.ok) {
        const err = Object.assign(new Error(data?.message ?? res.statusText), {
            status: res.status,
            response: { headers: Object.fromEntries(res.headers.entries()) },
        });
        throw err;
    }
    return data;
}
function fetchClient(token, apiUrl) {
    const base = apiUrl.replace(/\/+$/, '');
    const request = async (route, params) => {
        const [method, template] = route.split(' ');
        const rest = { ...params };
        const path = template.replace(/\{(\w+)\}/g, (_, k) => {
            const v = rest[k];
            delete rest[k];
            return encodeURIComponent(String(v));
        });
        if (method === 'GET') {
            const q = new URLSearchParams(Object.entries(rest).map(([k, v]) => [k, String(v)]));
            return { data: await send(method, `${base}${path}${q.size ? `?${q}` : ''}`, token) };
        }
        return { data: await send(method, `${base}${path}`, token, rest) };
    };
    const graphql = async (query, variables) => {
        const data = (await send('POST', `${base}/graphql`, token, { query, variables }));
        if (data.errors?.length)
            throw new Error(`GraphQL: ${data.errors.map((e) => e.message).join('; ')}`);
        return data.data;
    };
    return { request, graphql };
}


/***/ })

};
