/**
 * Writes graph-data/zagorski-2009.positions.json: the bundled dataset's seeded layout as the app
 * computes it in Chromium (labels measured by the browser), for a desktop and a phone canvas, so
 * the app can draw it at once without loading or running the layout (issue 11).
 *
 *   npm run positions
 *
 * It opens the app on a Vite dev server with the dataset as `?data=` (so the app lays it out as
 * any user dataset) and reads graph-canvas's public `cy`.
 */
import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright';
import { createServer } from 'vite';
import type { PresetFile, PresetLayout } from '../src/graph/preset-positions';
import { chromiumArgs, chromiumPath } from './chromium-options';
import { bundledPositionsInputs, bundledPositionsPath, projectRoot } from './bundled-positions-inputs';

/** The viewports the shipped layouts are computed for: the benchmark's desktop and a common phone. */
const viewports = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
];

/** One actor a line, so a change of layout reads as a diff of the actors that moved. */
function formatted(file: PresetFile): string {
  const layouts = file.layouts.map((layout) => {
    const rows = layout.positions.map((row) => `      ${JSON.stringify(row)}`).join(',\n');
    return `    {\n      "width": ${layout.width},\n      "height": ${layout.height},\n      "positions": [\n${rows.replace(/^ {6}/gm, '        ')}\n      ]\n    }`;
  });
  return `{\n  "inputs": ${JSON.stringify(file.inputs)},\n  "layouts": [\n${layouts.join(',\n')}\n  ]\n}\n`;
}

async function main(): Promise<void> {
  const server = await createServer({ root: projectRoot, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  await server.listen();
  const { port } = server.httpServer?.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const layouts: PresetLayout[] = [];
    for (const viewport of viewports) {
      const page = await browser.newPage({ viewport });
      await page.goto(`http://127.0.0.1:${port}/?data=graph-data/zagorski-2009.json`);
      // Laid out once every actor has left the origin and the picture holds still.
      const handle = await page.waitForFunction(
        () => {
          const cy = document.querySelector('entente-app')?.shadowRoot?.querySelector('graph-canvas')?.cy;
          if (!cy || cy.nodes().empty() || cy.nodes().toArray().every((node) => node.position('x') === 0 && node.position('y') === 0)) return undefined;
          return {
            width: cy.width(),
            height: cy.height(),
            positions: cy.nodes().map((node) => [node.id(), node.position('x'), node.position('y')] as [string, number, number]),
          };
        },
        undefined,
        { timeout: 60_000 },
      );
      const layout = (await handle.jsonValue()) as PresetLayout;
      // Whole graph units: under a pixel at the zoom that fits the graph, and a smaller first load.
      const round = (value: number) => Math.round(value);
      layouts.push({ ...layout, positions: layout.positions.map(([id, x, y]) => [id, round(x), round(y)] as const) });
      await page.close();
    }
    const file: PresetFile = { inputs: bundledPositionsInputs(), layouts };
    writeFileSync(bundledPositionsPath, formatted(file));
    console.log(`wrote ${bundledPositionsPath}: ${layouts.map((l) => `${l.width}x${l.height}`).join(', ')}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
