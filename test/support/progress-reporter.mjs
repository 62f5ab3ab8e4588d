// A jest reporter beside the default one, for CI logs: the default reporter prints a line when a test file ends,
// so a file of many real-git or real-process tests leaves the log silent for a minute or more and a stuck run looks
// like a slow one. This one prints, whenever nothing was printed for QUIET_MS, which files are running, how many of
// their tests have finished and for how long; and at the end the slowest files (what to look at in bench/ or in a
// helper that spawns too much). It reports; it asserts nothing.
const QUIET_MS = 30_000;
const TICK_MS = 5_000;
const SLOWEST = 8;

const seconds = (ms) => `${ms < 10_000 ? (ms / 1000).toFixed(1) : Math.round(ms / 1000)} s`;
const clock = (ms) => {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

export default class ProgressReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
    this.running = new Map(); // path → { started, done }
    this.finished = [];
    this.total = 0;
    this.timer = undefined;
  }

  relative(path) {
    return path.startsWith(`${this.rootDir}/`) ? path.slice(this.rootDir.length + 1) : path;
  }

  say(line) {
    process.stderr.write(`${line}\n`);
    this.lastSaid = Date.now();
  }

  onRunStart(results) {
    this.total = results.numTotalTestSuites;
    this.started = this.lastSaid = Date.now();
    this.timer = setInterval(() => this.tick(), TICK_MS);
    this.timer.unref();
  }

  onTestFileStart(test) {
    this.running.set(test.path, { started: Date.now(), done: 0 });
  }

  onTestCaseResult(test) {
    const file = this.running.get(test.path);
    if (file) file.done++;
  }

  onTestFileResult(test, result) {
    this.running.delete(test.path);
    const { start, end } = result.perfStats;
    this.finished.push({ path: this.relative(test.path), ms: end - start, tests: result.testResults.length });
    // The default reporter has just printed this file's PASS/FAIL line.
    this.lastSaid = Date.now();
  }

  tick() {
    const now = Date.now();
    if (now - this.lastSaid < QUIET_MS || !this.running.size) return;
    const files = [...this.running].map(([path, f]) =>
      `${this.relative(path)} (${f.done} test${f.done === 1 ? '' : 's'} done, ${seconds(now - f.started)})`);
    this.say(`progress ${clock(now - this.started)}: ${this.finished.length} of ${this.total} files done; running ${files.join(', ')}`);
  }

  onRunComplete() {
    clearInterval(this.timer);
    if (this.finished.length < 2) return;
    const slow = [...this.finished].sort((a, b) => b.ms - a.ms).slice(0, SLOWEST);
    this.say(`slowest files (of ${this.finished.length}, ${clock(Date.now() - this.started)} in all):`);
    for (const f of slow) this.say(`  ${seconds(f.ms).padStart(6)}  ${f.path} (${f.tests} tests)`);
  }
}
