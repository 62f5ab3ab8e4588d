// One exit-code table for every verb and action, printed by every --help and generated into the docs.

export const EXIT_CODES: readonly { code: 0 | 1 | 2 | 3; meaning: string }[] = [
  {
    code: 0,
    meaning: 'done: promoted, rolled back, in parity, healthy, or read (also a dry run, or nothing to change)',
  },
  {
    code: 1,
    meaning: 'refused or unhealthy: a policy said no, a parity violation, drift with fail-on-drift, a push that could '
      + "not land, wait-healthy's verdict unhealthy",
  },
  { code: 2, meaning: 'bad input: one error: line naming the file, line and value, and nothing changed' },
  {
    code: 3,
    meaning: "could not decide: wait-healthy's verdict unknown (a refused token, an unknown app, an unreachable "
      + 'control plane, a query that does not parse, only inconclusive samples, a paused Rollout); nothing should be '
      + 'rolled back on it',
  },
];
