// Release steps that need more than a shell line, for .github/workflows/release.yml (and a maintainer's terminal):
//
//   node scripts/release.mjs check TAG   the tag is "v" + package.json's version, and CHANGELOG.md has its section
//   node scripts/release.mjs notes TAG   that section's text (the release notes), on stdout
//   node scripts/release.mjs major TAG   the major tag to move to TAG ("v1"), or nothing when TAG is a pre-release
//                                        or an older line than a release already tagged (git tag in the cwd)
//
// Exit 0 done, 1 refused (with one `error:` line saying what is wrong), 2 bad usage.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?$/;

function fail(message, code = 1) {
  console.error(`error: ${message}`);
  process.exit(code);
}

function parseTag(tag) {
  const m = TAG.exec(tag ?? '');
  const expected = 'expected vMAJOR.MINOR.PATCH such as v1.2.3 or v1.2.3-rc.1';
  if (!m) fail(`tag ${JSON.stringify(tag ?? '')} is not a version tag; ${expected}`, 2);
  return { version: tag.slice(1), major: Number(m[1]), parts: [m[1], m[2], m[3]].map(Number), pre: m[4] };
}

/** The lines of CHANGELOG.md under "## [VERSION]" up to the next "## " heading, trimmed. */
function changelogSection(text, version) {
  const lines = text.split(/\r?\n/);
  const escaped = version.replace(/[.+]/g, '\\$&');
  const start = lines.findIndex((l) => new RegExp(`^## \\[${escaped}\\](?:\\s|$)`).test(l));
  if (start === -1) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => /^## /.test(l) || /^\[[^\]]+\]: /.test(l));
  return rest.slice(0, end === -1 ? undefined : end).join('\n').trim();
}

function readText(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    return fail(`${file}: ${e.code === 'ENOENT' ? 'not found; run this in the repository root' : e.message}`);
  }
}

function notes(tag) {
  const { version } = parseTag(tag);
  const section = changelogSection(readText('CHANGELOG.md'), version);
  const heading = `"## [${version}] - YYYY-MM-DD"`;
  if (section === undefined) fail(`CHANGELOG.md has no section for ${version}; expected a heading ${heading}`);
  if (!section) fail(`CHANGELOG.md's section for ${version} is empty; expected what changed in this release`);
  return section;
}

function check(tag) {
  const { version } = parseTag(tag);
  const pkg = JSON.parse(readText('package.json')).version;
  if (pkg !== version) {
    fail(`tag ${tag} does not match package.json's version ${JSON.stringify(pkg)}; expected v${pkg}`);
  }
  notes(tag);
}

/** Negative, zero or positive as release a is older than, the same as, or newer than b. */
function compare(a, b) {
  const i = a.parts.findIndex((n, k) => n !== b.parts[k]);
  return i === -1 ? 0 : a.parts[i] - b.parts[i];
}

function major(tag) {
  const t = parseTag(tag);
  if (t.pre) return ''; // a release candidate never moves what users pinned
  const tags = execFileSync('git', ['tag', '--list', `v${t.major}.*`], { encoding: 'utf8' }).split('\n');
  const releases = tags.filter((x) => TAG.test(x) && !TAG.exec(x)[4]).map(parseTag);
  const ahead = releases.find((r) => compare(r, t) > 0);
  if (ahead) {
    console.error(`note: v${ahead.version} is newer than ${tag}: v${t.major} stays where it is`);
    return '';
  }
  return `v${t.major}`;
}

const [command, tag, ...extra] = process.argv.slice(2);
const USAGE = 'usage: node scripts/release.mjs check|notes|major TAG';
if (extra.length) fail(`unexpected argument ${JSON.stringify(extra[0])}; ${USAGE}`, 2);
if (command === 'check') check(tag);
else if (command === 'notes') console.log(notes(tag));
else if (command === 'major') console.log(major(tag));
else fail(`unknown command ${JSON.stringify(command ?? '')}; ${USAGE}`, 2);
