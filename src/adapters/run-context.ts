// Facts about the workflow run, from the runner's environment.

export interface RunContext {
  workspace: string;
  repository: string;
  repositoryName: string;
  serverUrl: string;
  apiUrl: string;
  actor: string;
  runUrl?: string;
  /** Commits are authored by the actor and committed by github-actions[bot]. */
  identity: Record<string, string>;
}

export function runContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  const repository = env.GITHUB_REPOSITORY || '';
  const actor = env.GITHUB_ACTOR || 'github-actions[bot]';
  const actorId = env.GITHUB_ACTOR_ID;
  const runUrl = repository && env.GITHUB_RUN_ID
    ? `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` +
      `${env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`
    : undefined;
  const bot = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
  const author = actorId ? { name: actor, email: `${actorId}+${actor}@users.noreply.github.com` } : bot;
  return {
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    repository,
    repositoryName: repository.split('/')[1] || 'app',
    serverUrl,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    actor,
    runUrl,
    identity: {
      GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email,
      GIT_COMMITTER_NAME: bot.name, GIT_COMMITTER_EMAIL: bot.email,
    },
  };
}
