#!/usr/bin/env node
// Runs the CLI from one JavaScript bundle, compiled with esbuild on first use and again whenever a
// file under src/ is newer, so that no call pays for transpiling TypeScript (about 1 s with tsx).
import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = `${root}node_modules/.cache/entente/cli.mjs`;

/** The newest modification time of any file below a folder. */
function newestChange(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(`${entry.parentPath}/${entry.name}`).mtimeMs);
  }
  return newest;
}

function bundleTime() {
  try {
    return statSync(bundle).mtimeMs;
  } catch {
    return -1;
  }
}

if (bundleTime() < newestChange(`${root}src`)) {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [`${root}src/cli/main.ts`],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'error',
    outfile: bundle,
  });
  mkdirSync(`${root}node_modules/.cache/entente`, { recursive: true });
  // Written beside and renamed, so that a call running at the same time never reads half a file.
  const partial = `${bundle}.${process.pid}.tmp`;
  writeFileSync(partial, result.outputFiles[0].contents);
  renameSync(partial, bundle);
}

const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
