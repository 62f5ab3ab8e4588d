// Where a V8 .cpuprofile (node --cpu-prof) spends its time, as small text tables: self time per function, and
// total (inclusive) time per function, which shows the split between parsing, editing and writing files.

const frameKey = (f) => `${f.functionName || '(anonymous)'}${f.url ? ` ${f.url.replace(/^.*\//, '')}:${(f.lineNumber ?? 0) + 1}` : ''}`;

export function summariseProfile(profile, limit = 15) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const total = new Map();
  let sum = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    sum += dt;
    const node = byId.get(id);
    self.set(frameKey(node.callFrame), (self.get(frameKey(node.callFrame)) ?? 0) + dt);
    // Count each function once per sample, however often it recurses on the stack.
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) seen.add(frameKey(byId.get(at).callFrame));
    for (const key of seen) total.set(key, (total.get(key) ?? 0) + dt);
  });
  const row = ([key, us]) => `${(us / 1000).toFixed(1).padStart(8)} ms ${((100 * us) / sum).toFixed(1).padStart(5)}%  ${key}`;
  const top = (m, skip) => [...m.entries()].filter(([k]) => !skip(k)).sort((a, b) => b[1] - a[1]).slice(0, limit).map(row);
  // Native fs bindings carry no source url: their self time is time in the system call.
  const fsCalls = [...self.entries()].filter(([k]) => /^(open|close|read|write\w*|fsync|rename|lstat|stat|fstat|fchmod|realpath|unlink)$/.test(k));
  const fsUs = fsCalls.reduce((a, [, us]) => a + us, 0);
  return [
    `sampled ${(sum / 1000).toFixed(0)} ms; in fs system calls ${(fsUs / 1000).toFixed(0)} ms (${((100 * fsUs) / sum).toFixed(0)}%: ${fsCalls.sort((a, b) => b[1] - a[1]).map(([k, us]) => `${k} ${(us / 1000).toFixed(0)}`).join(', ')})`,
    '',
    'self time',
    ...top(self, () => false),
    '',
    'total time (inclusive), JS functions',
    ...top(total, (k) => !k.includes(':') || /^\(|^(anonymous)/.test(k)),
  ].join('\n');
}
