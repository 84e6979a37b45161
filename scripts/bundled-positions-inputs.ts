/**
 * What the bundled dataset's shipped positions (graph-data/zagorski-2009.positions.json) depend
 * on: the dataset, the layout pipeline (the worker's, and the page's measuring) with everything it
 * imports, the code that turns a dataset into styled elements (labels take room in the layout),
 * and the Cytoscape and fcose versions.
 * Their sha256 is recorded in the file, so a test notices when the positions are stale.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const bundledDatasetPath = join(projectRoot, 'graph-data/zagorski-2009.json');
export const bundledPositionsPath = join(projectRoot, 'graph-data/zagorski-2009.positions.json');

/** The modules the seeded layout's result depends on; what they import is followed. */
const layoutRoots = ['src/graph/offscreen-layout.ts', 'src/graph/worker-relayout.ts', 'src/graph/elements.ts', 'src/graph/stylesheet.ts', 'src/graph/label-sizing.ts'];
const packages = ['cytoscape', 'cytoscape-fcose', 'cose-base', 'layout-base'];

/** Every project module reachable from the roots through relative value imports, sorted. */
export function layoutInputFiles(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    // Type-only imports leave nothing in the running code.
    for (const [, specifier] of text.matchAll(/^(?:import|export) (?!type )[^;]*?from '(\.{1,2}\/[^']+)'/gms)) {
      if (specifier === undefined) continue;
      const target = resolve(dirname(file), specifier);
      const candidate = [target, `${target}.ts`].find((path) => path.endsWith('.ts') && existsSync(path));
      if (candidate) visit(candidate);
    }
  };
  for (const root of layoutRoots) visit(join(projectRoot, root));
  return [...seen].map((file) => relative(projectRoot, file)).sort();
}

export function bundledPositionsInputs(): string {
  const hash = createHash('sha256');
  const add = (name: string, content: string) => hash.update(`${name}\0${content.replace(/\r\n/g, '\n')}\0`);
  add('graph-data/zagorski-2009.json', readFileSync(bundledDatasetPath, 'utf8'));
  for (const file of layoutInputFiles()) add(file, readFileSync(join(projectRoot, file), 'utf8'));
  for (const name of packages) {
    const { version } = JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
    add(name, version);
  }
  return hash.digest('hex');
}
