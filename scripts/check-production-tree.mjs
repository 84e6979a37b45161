// What ships to users' browsers is the production dependency tree. This check keeps it pinned and
// reviewed: the lockfile's production packages must match the committed record
// (production-tree.json: name, version, licence, integrity), and what is installed in
// node_modules must be exactly what the lockfile says. With --online it also downloads each
// tarball from the npm registry and checks it against the lockfile's sha512, the one check of
// provenance this machine can make (see "Supply chain" in the README for what it cannot).
//
//   node scripts/check-production-tree.mjs            offline: record, lockfile and node_modules agree
//   node scripts/check-production-tree.mjs --online   and every tarball hashes to its integrity
//   node scripts/check-production-tree.mjs --write    rewrite the record from the lockfile (after review)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const recordPath = join(root, 'production-tree.json');
const args = new Set(process.argv.slice(2));

/** The lockfile's production packages (not dev, not dev-optional), sorted by name. */
function productionTree() {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const tree = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || entry.dev || entry.devOptional || entry.link) continue;
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    tree.push({ name, path, version: entry.version, license: entry.license ?? 'UNKNOWN', resolved: entry.resolved, integrity: entry.integrity });
  }
  return tree.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function recordOf(tree) {
  return tree.map(({ name, path, version, license, integrity }) => ({ name, path, version, license, integrity }));
}

const tree = productionTree();
const problems = [];

if (args.has('--write')) {
  writeFileSync(recordPath, `${JSON.stringify(recordOf(tree), null, 2)}\n`);
  console.log(`Wrote ${tree.length} production packages to production-tree.json.`);
  process.exit(0);
}

// 1. The lockfile's production tree is the reviewed one.
const recorded = existsSync(recordPath) ? JSON.parse(readFileSync(recordPath, 'utf8')) : [];
const recordedByPath = new Map(recorded.map((entry) => [entry.path, entry]));
const lockedByPath = new Map(tree.map((entry) => [entry.path, entry]));
for (const entry of tree) {
  const known = recordedByPath.get(entry.path);
  if (!known) problems.push(`${entry.name}@${entry.version} is in the lockfile's production tree but not in production-tree.json`);
  else
    for (const field of ['version', 'license', 'integrity'])
      if (known[field] !== entry[field]) problems.push(`${entry.name}: ${field} is ${entry[field]} in the lockfile, ${known[field]} in production-tree.json`);
}
for (const entry of recorded)
  if (!lockedByPath.has(entry.path)) problems.push(`${entry.name}@${entry.version} is in production-tree.json but no longer in the lockfile`);

// 2. What is installed is what is locked.
for (const entry of tree) {
  const manifest = join(root, entry.path, 'package.json');
  if (!existsSync(manifest)) {
    problems.push(`${entry.name} is locked at ${entry.version} but not installed (run npm ci)`);
    continue;
  }
  const installed = JSON.parse(readFileSync(manifest, 'utf8')).version;
  if (installed !== entry.version) problems.push(`${entry.name} is installed at ${installed}, locked at ${entry.version} (run npm ci)`);
}

/** Where npm would download the package from: the lockfile's `resolved`, else the configured registry. */
function tarballUrl(entry, registry) {
  if (entry.resolved) return entry.resolved;
  const base = entry.name.slice(entry.name.lastIndexOf('/') + 1);
  return new URL(`${entry.name}/-/${base}-${entry.version}.tgz`, registry.endsWith('/') ? registry : `${registry}/`).href;
}

// 3. Online: each tarball the registry serves hashes to the lockfile's integrity.
if (args.has('--online')) {
  const registry = execFileSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8' }).trim();
  for (const entry of tree) {
    const [algorithm, expected] = entry.integrity.split(/-(.*)/s);
    const url = tarballUrl(entry, registry);
    try {
      const response = await fetch(url);
      if (!response.ok) {
        problems.push(`${entry.name}@${entry.version}: the registry answered ${response.status} for ${url}`);
        continue;
      }
      const actual = createHash(algorithm).update(Buffer.from(await response.arrayBuffer())).digest('base64');
      if (actual !== expected) problems.push(`${entry.name}@${entry.version}: the tarball's ${algorithm} is ${actual}, the lockfile says ${expected}`);
      else console.log(`ok  ${entry.name}@${entry.version}  ${algorithm} matches the lockfile`);
    } catch (error) {
      problems.push(`${entry.name}@${entry.version}: could not download ${url} (${error instanceof Error ? error.message : String(error)})`);
    }
  }
}

if (problems.length > 0) {
  console.error(`The production dependency tree does not match its record:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  console.error('If the change is intended, review it, then run: node scripts/check-production-tree.mjs --write');
  process.exit(1);
}
console.log(`Production tree: ${tree.length} packages, as recorded in production-tree.json and installed${args.has('--online') ? ', every tarball matching its integrity' : ''}.`);
