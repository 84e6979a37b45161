import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DOMParser } from '@xmldom/xmldom';
import dataset from '../graph-data/zagorski-2009.json' with { type: 'json' };
import { allAlignments } from '../src/analysis/alignment.ts';
import { signedScore } from '../src/analysis/alignment-scale.ts';
import { pairKey } from '../src/analysis/signed-graph.ts';
import { pairAlignmentByYear, viewAlignment } from '../src/analysis/view-alignment.ts';
import { defaultViewState, type ViewState } from '../src/analysis/view-state.ts';
import { computeVisibility } from '../src/analysis/visibility.ts';
import { frustrationSentence } from '../src/analysis/bloc-summary.ts';
import { actorName, indexDataset } from '../src/model/dataset-index.ts';
import { validateDataset } from '../src/model/validate.ts';
import { openExplorer, openFilters, watchConsole } from './helpers';

const validated = validateDataset(dataset);
if (!validated.ok) throw new Error('the bundled dataset is invalid');
const index = indexDataset(validated.dataset);
/** What the analysis code finds for a view: the expected values, never written by hand. */
const analysisOf = (view: ViewState) => viewAlignment(index, computeVisibility(index, view));

/** Actors by bloc class and the relations marked frustrated, as the graph draws them. */
async function blocMarks(page: Page) {
  return page.evaluate(() => {
    const cy = document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!.cy!;
    const ids = (selector: string) => cy.$(selector).map((e) => e.id()).sort();
    // A merged edge stands for the relations listed in its data.relationIds.
    const relations = cy.$('edge.frustrated').map((e) => (e.data('relationIds') as string[] | undefined) ?? [e.id()]).flat().sort();
    return { blocs: [ids('node.bloc-0'), ids('node.bloc-1')], noBloc: ids('node.no-bloc'), frustrated: [...new Set(relations)] };
  });
}

test('"Blocs" puts every actor in a stance relation in a bloc, marks and lists the frustrated ties, and follows the time slider', async ({ page }) => {
  const messages = watchConsole(page);
  await openExplorer(page);
  await openFilters(page);
  await page.getByRole('checkbox', { name: 'Blocs (structural balance)' }).check();
  const expected = analysisOf(defaultViewState);
  const blocsRegion = page.getByRole('region', { name: 'Blocs' });
  await expect(blocsRegion.getByRole('status')).toHaveText(frustrationSentence(expected));
  await expect(page).toHaveURL(/#blocs=on$/);
  const marks = await blocMarks(page);
  expect(marks.blocs).toEqual(expected.blocs.blocs.map((bloc) => [...bloc].sort()));
  expect([...marks.blocs[0]!, ...marks.blocs[1]!].sort()).toEqual([...expected.graph.actors].sort());
  expect(marks.noBloc).toEqual(dataset.actors.map((a) => a.id).filter((id) => !expected.graph.actors.includes(id)).sort());
  expect(marks.frustrated).toEqual([...expected.blocs.frustratedRelations].sort());
  // Each frustrated tie is listed, and its relations open onto their quotes.
  const frustratedId = expected.blocs.frustratedRelations[0]!;
  const relation = index.relations.get(frustratedId)!;
  await expect(blocsRegion.getByRole('heading', { name: `Frustrated ties (${expected.blocs.frustratedTies.length})` })).toBeVisible();
  const details = blocsRegion.locator('details.relation').filter({ hasText: relation.summary }).first();
  await details.locator('summary').click();
  await expect(details.locator('relation-evidence')).toContainText(relation.evidence[0]!.quote);

  // As of 2003, the blocs are those of the relations begun by then.
  await openExplorer(page, '#blocs=on&time=as-of:2003');
  await openFilters(page);
  const early = analysisOf({ ...defaultViewState, time: { mode: 'as-of', date: '2003' } });
  await expect(page.getByRole('region', { name: 'Blocs' }).getByRole('status')).toHaveText(frustrationSentence(early));
  expect((await blocMarks(page)).blocs).toEqual(early.blocs.blocs.map((bloc) => [...bloc].sort()));
  expect(messages).toEqual([]);
});

/** Each actor's body (no label) in graph units, once no actor is moving. */
async function settledBodies(page: Page): Promise<Record<string, { x1: number; x2: number; y1: number; y2: number }>> {
  const moving = () => page.evaluate(() => document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!.cy!.nodes().toArray().some((node) => node.animated()));
  await expect.poll(moving).toBe(false);
  return page.evaluate(() => {
    const cy = document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!.cy!;
    return Object.fromEntries(cy.nodes().map((node) => [node.id(), node.boundingBox({ includeLabels: false, includeOverlays: false })]));
  });
}

test('with "Blocs" on, the blocs stand apart, the legend explains the marks, and the GraphML export carries each bloc; off, the layout returns', async ({ page }) => {
  const messages = watchConsole(page);
  await openExplorer(page);
  const normal = await settledBodies(page);
  await openFilters(page);
  await page.getByRole('checkbox', { name: 'Blocs (structural balance)' }).check();
  const expected = analysisOf(defaultViewState);
  await expect(page.getByRole('region', { name: 'Blocs' }).getByRole('status')).toHaveText(frustrationSentence(expected));
  const [blocA, blocB] = expected.blocs.blocs;
  // A vertical line separates bloc A from bloc B (once the placement code has come and the move
  // has ended), and no two actors overlap.
  const gapBetweenBlocs = async () => {
    const bodies = await settledBodies(page);
    return Math.min(...blocB.map((id) => bodies[id]!.x1)) - Math.max(...blocA.map((id) => bodies[id]!.x2));
  };
  await expect.poll(gapBetweenBlocs).toBeGreaterThan(0);
  const placed = await settledBodies(page);
  const boxes = Object.entries(placed);
  const clashes = boxes.flatMap(([a, p], i) => boxes.slice(i + 1).filter(([, q]) => p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2).map(([b]) => `${a} / ${b}`));
  expect(clashes).toEqual([]);

  const legendRows = page.locator('graph-legend section.blocs li');
  await expect(legendRows).toHaveCount(4);
  await expect(legendRows.nth(0)).toContainText(`Bloc A (dark, solid border)`);
  await expect(legendRows.nth(0)).toContainText(String(blocA.length));
  await expect(legendRows.nth(3)).toContainText('Frustrated tie (thick halo around the line)');

  await page.getByRole('button', { name: 'Export ▾' }).click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'GraphML' }).first().click();
  const graphml = new DOMParser().parseFromString(readFileSync(await (await downloadPromise).path(), 'utf8'), 'text/xml');
  const exported = new Map<string, string>();
  for (const node of Array.from(graphml.getElementsByTagName('node'))) {
    const bloc = Array.from(node.getElementsByTagName('data')).find((data) => data.getAttribute('key') === 'node_bloc');
    exported.set(node.getAttribute('id')!, bloc?.textContent ?? '');
  }
  for (const actor of dataset.actors) {
    const bloc = expected.blocOf.get(actor.id);
    expect(exported.get(actor.id), actor.id).toBe(bloc === undefined ? '' : ['A', 'B'][bloc]);
  }

  await page.getByRole('checkbox', { name: 'Blocs (structural balance)' }).uncheck();
  await expect(page.locator('graph-legend section.blocs')).toHaveCount(0);
  const back = await settledBodies(page);
  for (const [id, box] of Object.entries(normal)) {
    expect(Math.abs(back[id]!.x1 - box.x1), id).toBeLessThan(1);
    expect(Math.abs(back[id]!.y1 - box.y1), id).toBeLessThan(1);
  }
  expect(messages).toEqual([]);
});

test('the alignment matrix opens, moves by keyboard, and a chosen cell explains itself with its relations and quotes', async ({ page }) => {
  const messages = watchConsole(page);
  await openExplorer(page);
  await openFilters(page);
  await page.getByRole('checkbox', { name: 'Alignment matrix and chart' }).check();
  const panel = page.getByRole('region', { name: 'Alignments' });
  const grid = panel.getByRole('grid');
  await expect(grid).toBeVisible();
  await expect(page).toHaveURL(/#align=russia\.\.kazakhstan$/);
  const analysis = analysisOf(defaultViewState);
  const { order } = analysis;
  expect(await grid.getByRole('rowheader').count()).toBe(order.length);
  // The pair with the most relations behind a direct stance, other than the one open: the richest explanation.
  const target = allAlignments(analysis.graph)
    .filter((p) => p.direct !== null && pairKey(p.actors[0], p.actors[1]) !== pairKey('russia', 'kazakhstan'))
    .sort((x, y) => y.relationIds.length - x.relationIds.length)[0]!;
  const [rowId, columnId] = target.actors;
  const name = (id: string) => actorName(index, id);
  await expect(grid.getByRole('gridcell', { name: `${name(rowId)} and ${name(columnId)}: ${signedScore(target.score)}` })).toBeVisible();
  // Walk there with the arrow keys from the open pair's cell, which holds the grid's one tab stop.
  const start = grid.locator('[role="gridcell"][tabindex="0"]');
  await expect(start).toHaveAccessibleName(new RegExp(`^${name('russia')} and ${name('kazakhstan')}:`));
  await start.focus();
  const rowSteps = order.indexOf(rowId) - order.indexOf('russia');
  const columnSteps = order.indexOf(columnId) - order.indexOf('kazakhstan');
  for (let i = 0; i < Math.abs(rowSteps); i++) await page.keyboard.press(rowSteps > 0 ? 'ArrowDown' : 'ArrowUp');
  for (let i = 0; i < Math.abs(columnSteps); i++) await page.keyboard.press(columnSteps > 0 ? 'ArrowRight' : 'ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#align=${rowId}\\.\\.${columnId}$`));
  const explanation = panel.locator('alignment-explanation');
  await expect(explanation.getByRole('heading', { level: 3 })).toHaveText(new RegExp(`^${name(rowId)} and ${name(columnId)}: ${signedScore(target.score).replace('+', '\\+')}`));
  const directRelation = index.relations.get(target.terms.find((t) => t.kind === 'direct')!.relationIds[0]!)!;
  const details = explanation.locator('details.relation').filter({ hasText: directRelation.summary }).first();
  await details.locator('summary').click();
  await expect(details.locator('relation-evidence')).toContainText(directRelation.evidence[0]!.quote);
  expect(messages).toEqual([]);
});

test('the chart shows the Russia–Kazakhstan alignment by year, and follows the filters and the chosen actors', async ({ page }) => {
  await openExplorer(page, '#align=russia..kazakhstan&time=as-of:2006');
  const chart = page.getByRole('region', { name: 'Alignments' }).locator('alignment-chart');
  const rows = chart.locator('table tbody tr');
  const expectedRows = (view: ViewState, a: string, b: string) =>
    pairAlignmentByYear(index, view, { a, b }).map(({ year, alignment }) =>
      [String(year), alignment.basis === 'none' ? 'no evidence' : signedScore(alignment.score), alignment.direct === null ? '–' : signedScore(alignment.direct), alignment.shared === null ? '–' : signedScore(alignment.shared)].join(' '),
    );
  const tableText = async () => (await rows.allTextContents()).map((text) => text.trim().split(/\s+/).join(' '));
  await expect.poll(tableText).toEqual(expectedRows(defaultViewState, 'russia', 'kazakhstan'));
  await expect(chart.getByRole('img', { name: /Alignment of Russia and Kazakhstan by year/ })).toBeVisible();
  expect(await chart.locator('circle.point').count()).toBe(expectedRows(defaultViewState, 'russia', 'kazakhstan').length);
  await expect(chart.getByText('as of 2006')).toBeVisible();
  // Hiding opposition changes every year's score; the chart follows.
  await openFilters(page);
  await page.getByRole('checkbox', { name: /Opposition/ }).uncheck();
  await expect.poll(tableText).toEqual(expectedRows({ ...defaultViewState, hiddenTypes: ['opposition'] }, 'russia', 'kazakhstan'));
  await page.getByRole('combobox', { name: 'Second actor' }).selectOption({ label: 'China' });
  await expect(page).toHaveURL(/align=russia\.\.china/);
  await expect.poll(tableText).toEqual(expectedRows({ ...defaultViewState, hiddenTypes: ['opposition'] }, 'russia', 'china'));
});
