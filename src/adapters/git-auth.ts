// Token auth for git over HTTPS without the token ever being on a command line or in .git/config: git reads
// extra config from GIT_CONFIG_COUNT/KEY_n/VALUE_n in its environment. An empty extraheader first resets any
// header actions/checkout persisted for the same URL, so git never sends two Authorization headers.

export interface GitAuth {
  env: Record<string, string>;
  /** Every form of the secret that could show up somewhere, for masking. */
  secrets: string[];
}

/** `remoteUrl` is the fetch URL of the remote; the header is scoped to its scheme, host and port. */
export function gitAuthEnv(token: string, remoteUrl: string, base: NodeJS.ProcessEnv = process.env): GitAuth {
  let scope: string;
  try {
    const u = new URL(remoteUrl);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return { env: {}, secrets: [token] };
    scope = `${u.protocol}//${u.host}/`;
  } catch {
    return { env: {}, secrets: [token] }; // ssh or a local path: no HTTP header to set
  }
  const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
  const header = `AUTHORIZATION: basic ${basic}`;
  const start = Number(base.GIT_CONFIG_COUNT ?? '0') || 0;
  const key = `http.${scope}.extraheader`;
  const env: Record<string, string> = {
    GIT_CONFIG_COUNT: String(start + 2),
    [`GIT_CONFIG_KEY_${start}`]: key,
    [`GIT_CONFIG_VALUE_${start}`]: '',
    [`GIT_CONFIG_KEY_${start + 1}`]: key,
    [`GIT_CONFIG_VALUE_${start + 1}`]: header,
    GIT_TERMINAL_PROMPT: '0',
  };
  return { env, secrets: [token, basic, header, Buffer.from(token).toString('base64')] };
}
