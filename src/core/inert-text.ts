// Text from outside (a PR's files, a renderer's message, an endpoint) made inert for a log line: one line, control
// characters escaped, bounded, and never starting with "::" (a workflow command on the runner).
export function inert(text: string, max = 2000): string {
  const one = text.replace(/\r\n|\r|\n/g, ' ⏎ ').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const safe = one.replace(/^(\s*)::/, '$1:\u200b:');
  return safe.length > max ? `${safe.slice(0, max - 1)}…` : safe;
}
