// A minimal GitHub REST/GraphQL client on fetch, for the CLI (which must not load @actions/github). It expands
// Octokit-style routes ("POST /repos/{owner}/{repo}/pulls"), sends the rest of the parameters as the query (GET)
// or JSON body, and throws errors shaped like Octokit's so the same retry logic applies.
import type { ApiRequest, GraphqlRequest, HttpError } from './github-pull-requests.js';

const HEADERS = (token: string): Record<string, string> => ({
  accept: 'application/vnd.github+json',
  authorization: `Bearer ${token}`,
  'user-agent': 'gitops-promote',
  'x-github-api-version': '2022-11-28',
});

async function send(method: string, url: string, token: string, body?: unknown): Promise<unknown> {
  const res = await fetch(url, { method, headers: { ...HEADERS(token), ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  const data: unknown = text ? JSON.parse(text) : null;
  if (!res.ok) {
    const err: HttpError & Error = Object.assign(new Error((data as { message?: string } | null)?.message ?? res.statusText), {
      status: res.status,
      response: { headers: Object.fromEntries(res.headers.entries()) },
    });
    throw err;
  }
  return data;
}

export function fetchClient(token: string, apiUrl: string): { request: ApiRequest; graphql: GraphqlRequest } {
  const base = apiUrl.replace(/\/+$/, '');
  const request: ApiRequest = async (route, params) => {
    const [method, template] = route.split(' ') as [string, string];
    const rest: Record<string, unknown> = { ...params };
    const path = template.replace(/\{(\w+)\}/g, (_, k: string) => {
      const v = rest[k];
      delete rest[k];
      return encodeURIComponent(String(v));
    });
    if (method === 'GET') {
      const q = new URLSearchParams(Object.entries(rest).map(([k, v]): [string, string] => [k, String(v)]));
      return { data: await send(method, `${base}${path}${q.size ? `?${q}` : ''}`, token) };
    }
    return { data: await send(method, `${base}${path}`, token, rest) };
  };
  const graphql: GraphqlRequest = async (query, variables) => {
    const data = (await send('POST', `${base}/graphql`, token, { query, variables })) as { errors?: { message: string }[]; data?: unknown };
    if (data.errors?.length) throw new Error(`GraphQL: ${data.errors.map((e) => e.message).join('; ')}`);
    return data.data;
  };
  return { request, graphql };
}
