/**
 * The benchmark's loopback server: the production build under /app/ (as e2e/serve-dist.mjs serves
 * it), generated datasets and baseline inputs from memory under /data/, and the baseline page
 * with Cytoscape and fcose straight from node_modules.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const projectRoot = new URL('../', import.meta.url).pathname;
const dist = join(projectRoot, 'dist');
const types: Readonly<Record<string, string>> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** Loaded in this order; fcose registers itself with the global `cytoscape`. */
const vendorScripts: ReadonlyMap<string, string> = new Map([
  ['cytoscape.js', 'node_modules/cytoscape/dist/cytoscape.min.js'],
  ['layout-base.js', 'node_modules/layout-base/layout-base.js'],
  ['cose-base.js', 'node_modules/cose-base/cose-base.js'],
  ['cytoscape-fcose.js', 'node_modules/cytoscape-fcose/cytoscape-fcose.js'],
]);

const baselinePage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Cytoscape baseline</title><link rel="icon" href="data:,">
<style>html, body { margin: 0; height: 100%; overflow: hidden; } #cy { position: relative; width: 100vw; height: 100vh; }</style>
${[...vendorScripts.keys()].map((name) => `<script src="/vendor/${name}"></script>`).join('\n')}
</head><body><div id="cy"></div></body></html>`;

export interface BenchServer {
  readonly origin: string;
  /** Makes a JSON document available at /data/<name>.json. */
  put(name: string, value: unknown): void;
  close(): Promise<void>;
}

/** `distDir`: the build to serve under /app/ (an unminified one, say, for a readable CPU profile). */
export async function startBenchServer(port = 0, distDir = dist): Promise<BenchServer> {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error('dist/ has no build: run without --no-build');
  const documents = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const send = (type: string, body: Buffer | string) => response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    if (path === '/baseline.html') return send('text/html', baselinePage);
    const vendor = path.startsWith('/vendor/') ? vendorScripts.get(path.slice('/vendor/'.length)) : undefined;
    if (vendor !== undefined) {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      createReadStream(join(projectRoot, vendor)).pipe(response);
      return;
    }
    const document = path.startsWith('/data/') ? documents.get(path.slice('/data/'.length)) : undefined;
    if (document) return send('application/json', document);
    if (path.startsWith('/app/')) {
      const relative = normalize(decodeURIComponent(path.slice('/app/'.length))).replace(/^(\.\.[/\\])+/, '');
      let file = join(distDir, relative);
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (existsSync(file)) {
        response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
        createReadStream(file).pipe(response);
        return;
      }
    }
    response.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${bound}`,
    put: (name, value) => documents.set(`${name}.json`, Buffer.from(JSON.stringify(value))),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
