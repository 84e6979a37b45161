import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import dataset from '../graph-data/zagorski-2009.json' with { type: 'json' };
import { graphState, openExplorer, openFilters } from './helpers';

/**
 * axe's findings under WCAG 2.2 AA, as "rule: where" lines a reader can act on, and under its
 * heading rules, which it files as best practice rather than WCAG: headings that skip a level
 * (an h1 followed by an h3) and a page without an h1.
 */
async function axeViolations(page: Page): Promise<string[]> {
  const wcag = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const headings = await new AxeBuilder({ page }).withRules(['heading-order', 'page-has-heading-one']).analyze();
  return [...wcag.violations, ...headings.violations].flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' > ')}`));
}

/** Every quote of the dataset with its context, as a stand-in for the user's copy of the source. */
const quotesText = dataset.relations.flatMap((r) => r.evidence.map((e) => `${e.prefix} ${e.quote} ${e.suffix}`)).join('\n\n');

async function openReader(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Read source text' }).click();
  await page.getByLabel(/Open your copy of this source/).setInputFiles({ name: 'quotes.txt', mimeType: 'text/plain', buffer: Buffer.from(quotesText) });
  await expect(page.getByRole('status').filter({ hasText: 'quotes highlighted' })).toBeVisible();
}

/**
 * The alignment matrix's cells whose symbol (++ to −−) has less than 4.5:1 against the cell. axe
 * leaves text made only of symbols unchecked ("needs review"), yet here the symbol is what tells
 * the grades apart without colour, so it is measured here.
 */
async function faintMatrixSymbols(page: Page): Promise<string[]> {
  return page.locator('alignment-matrix [role="gridcell"]').evaluateAll((cells) => {
    const channels = (colour: string) => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (colour: string) => {
      const [r = 0, g = 0, b = 0] = channels(colour).map((value) => {
        const c = value / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    return cells.flatMap((cell) => {
      if (cell.textContent.trim() === '') return [];
      const style = getComputedStyle(cell);
      const [light, dark] = [luminance(style.color), luminance(style.backgroundColor)].sort((a, b) => b - a) as [number, number];
      const ratio = (light + 0.05) / (dark + 0.05);
      return ratio < 4.5 ? [`${cell.getAttribute('aria-label')}: ${ratio.toFixed(2)}`] : [];
    });
  });
}

/** Opens the legend folded over the graph's corner. */
async function openLegend(page: Page): Promise<void> {
  await page.locator('graph-legend summary').click();
  await expect(page.locator('graph-legend details')).toHaveAttribute('open', '');
}

/**
 * Every state the app can be in that shows something different, each checked by axe in the light
 * and the dark theme. `then` brings it about and waits until it is on screen.
 */
const states: readonly { name: string; hash: string; then?: (page: Page) => Promise<void> }[] = [
  { name: 'at rest', hash: '' },
  { name: 'with the legend unfolded', hash: '', then: openLegend },
  {
    name: 'with the dataset and source info open',
    hash: '',
    then: async (page) => {
      await page.getByRole('button', { name: 'About this dataset and its source' }).click();
      await expect(page.getByRole('link', { name: 'doi:10.1163/187502309787858219' })).toBeVisible();
    },
  },
  { name: 'with the Filters drawer open', hash: '#compare=2003..2008', then: openFilters },
  { name: 'with the evidence panel', hash: '#sel=relation:lavrov-defends-kazakhstan-2007' },
  { name: 'with an actor panel', hash: '#sel=actor:kazakhstan' },
  {
    name: 'comparing two dates',
    hash: '#compare=2003..2008',
    then: async (page) => {
      await openLegend(page);
      await expect(page.getByRole('heading', { name: /^From \d{4} to \d{4}$/ })).toBeVisible();
    },
  },
  { name: 'focused on an actor', hash: '#focus=russia:2:hide' },
  { name: 'with a path', hash: '#path=lavrov..odihr', then: (page) => expect(page.getByRole('region', { name: 'Path' })).toBeVisible() },
  {
    name: 'with the table open and a row expanded',
    hash: '#sel=relation:lavrov-defends-kazakhstan-2007',
    then: async (page) => {
      await page.getByRole('button', { name: /Relation table/ }).click();
      await page.getByRole('row').nth(1).getByRole('button').click();
    },
  },
  { name: 'with the export menu open', hash: '', then: (page) => page.getByRole('button', { name: 'Export ▾' }).click() },
  { name: 'in the source reader', hash: '#sel=relation:lavrov-defends-kazakhstan-2007', then: openReader },
  {
    name: 'listing the problems of a broken file',
    hash: '',
    then: async (page) => {
      const broken = { ...dataset, relations: dataset.relations.map((r, i) => (i < 40 ? { ...r, target: 'nowhere' } : r)) };
      await page.locator('#dataset-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
      await expect(page.getByRole('alert')).toContainText('broken.json could not be opened');
    },
  },
  {
    name: 'with the blocs listed, a frustrated tie open, and the bloc legend',
    hash: '#blocs=on',
    then: async (page) => {
      await openFilters(page);
      const blocs = page.getByRole('region', { name: 'Blocs' });
      await expect(blocs.getByRole('status')).toBeVisible();
      await blocs.locator('details.relation summary').first().click();
      await expect(blocs.locator('details.relation relation-evidence').first()).toBeVisible();
      await openLegend(page);
      await expect(page.locator('graph-legend section.blocs')).toBeVisible();
    },
  },
  {
    name: 'with the alignment matrix, its explanation and chart',
    hash: '#align=russia..kazakhstan',
    then: async (page) => {
      const panel = page.getByRole('region', { name: 'Alignments' });
      await expect(panel.getByRole('grid')).toBeVisible();
      await expect(panel.locator('alignment-explanation').getByRole('heading', { level: 3 })).toBeVisible();
      expect(await faintMatrixSymbols(page)).toEqual([]);
    },
  },
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const { name, hash, then } of states) {
      test(`no WCAG 2.2 AA violations and headings in order ${name}`, async ({ page }) => {
        // axe checks each of the matrix's hundreds of cells, and the machine is shared.
        test.setTimeout(90_000);
        await openExplorer(page, hash);
        // The page really is in this theme: its background follows the scheme's tokens.
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(background).toBe(colorScheme === 'dark' ? 'rgb(27, 31, 36)' : 'rgb(255, 255, 255)');
        await then?.(page);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

/** What has keyboard focus, looking through shadow roots: its tag and its name or text. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return 'nothing';
    const name = active.getAttribute('aria-label') ?? active.textContent.replace(/\s+/g, ' ').trim();
    return `${active.localName}: ${name}`;
  });
}

/** Presses Tab until focus is on what `matches` (at most `limit` times). */
async function tabTo(page: Page, matches: RegExp, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (matches.test(await focused(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${matches}; focus is on ${await focused(page)}`);
}

const announcer = (page: Page) => page.getByTestId('announcer');

/** Opens the Filters drawer with Enter on its button, which keeps focus. */
async function openFiltersByKeyboard(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Filters' });
  // Its ☰ and ✕ are decoration: a screen reader hears "Filters", not "trigram for heaven".
  await expect(toggle).toHaveAccessibleName('Filters');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(toggle).toBeFocused();
}

test('keyboard only: skip to the graph, walk it, open evidence and come back', async ({ page }) => {
  await openExplorer(page);
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('button: Skip to the graph');
  await page.keyboard.press('Enter');
  expect(await focused(page)).toMatch(/^div: Actor graph: 30 actors, \d+ relations shown\./);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('graph-canvas [aria-live="polite"]')).toContainText(/^Actor .+ shown\. Down arrow/);
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('graph-canvas [aria-live="polite"]')).toContainText(/^Relation: /);
  const current = await page.evaluate(() => document.querySelector('entente-app')!.shadowRoot!.querySelector('graph-canvas')!.cy!.$('.keyboard-focus').id());
  await page.keyboard.press('Enter');
  // Focus moves to the heading of the evidence that opened, and back to the graph on Escape.
  await expect.poll(() => focused(page)).toMatch(/^h2: \S/);
  await expect.poll(() => page.url()).toContain(`sel=relation:${current}`);
  await page.keyboard.press('Escape');
  await expect.poll(() => focused(page)).toMatch(/^div: Actor graph/);
  await expect(page.getByRole('region', { name: 'Evidence' })).toHaveCount(0);
});

test('keyboard only: skip to the table, search without losing the panel, find a path', async ({ page }) => {
  await openExplorer(page, '#sel=actor:kazakhstan');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('button: Skip to the relation table');
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toMatch(/^tr: /);

  // Escape in the search box clears it and leaves the actor panel open.
  await page.getByRole('combobox', { name: 'Find an actor by name or alias' }).focus();
  await page.keyboard.type('Kreml');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Actor: Kazakhstan' })).toBeVisible();
  await page.keyboard.type('Kremlin');
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toBe('h2: Russia');

  // The path controls are in the Filters drawer, opened from the keyboard.
  await openFiltersByKeyboard(page);
  await page.locator('focus-path #path-from').selectOption('lavrov');
  await page.locator('focus-path #path-to').selectOption('odihr');
  await page.locator('focus-path #path-to').focus();
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('button: Find path');
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toMatch(/^h2: Path between Sergey Lavrov and/);
  await expect(announcer(page)).toContainText(/Path found between Sergey Lavrov and Office for Democratic Institutions and Human Rights, \d+ steps?/);
  await page.keyboard.press('Escape');
  await expect.poll(() => focused(page)).toBe('button: Find path');
});

test('keyboard only on a phone: a row chosen in the table hands focus to the sheet that covers it, and gets it back', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openExplorer(page, '');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('button: Skip to the relation table');
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toMatch(/^tr: /);
  await page.keyboard.press('ArrowDown');
  // The evidence sheet takes the table's place: focus is on its heading, not lost on the page.
  await expect.poll(() => focused(page)).toMatch(/^h2: /);
  await page.keyboard.press('Escape');
  await expect.poll(() => focused(page)).toMatch(/^tr: /);
});

test('keyboard only: filters, comparison and focus are announced, the Export menu closes on Escape and when focus leaves', async ({ page }) => {
  await openExplorer(page);
  const shown = dataset.relations.length;
  const oppositions = dataset.relations.filter((r) => r.type === 'opposition').length;
  await openFiltersByKeyboard(page);
  await page.locator('filter-panel input[type="checkbox"]').nth(1).focus();
  await page.keyboard.press('Space');
  await expect(announcer(page)).toHaveText(`${shown} to ${shown - oppositions} relations shown`);

  // Compare: focus moves to the comparison's heading; focus on an actor: announced.
  await page.getByRole('button', { name: 'Compare', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toMatch(/^h2: From \d{4} to \d{4}$/);
  await expect(announcer(page)).toContainText(/^Compared \d{4} with \d{4}: \d+ appeared, \d+ ended, \d+ changed sign/);
  await page.keyboard.press('Escape');
  await expect.poll(() => focused(page)).toBe('button: Compare');
  await page.locator('focus-path #focus-actor').selectOption('russia');
  await page.getByRole('button', { name: 'Focus', exact: true }).focus();
  await page.keyboard.press('Enter');
  // Dimming the rest leaves every relation shown: only the focus is news.
  await expect(announcer(page)).toHaveText('Focus on Russia, 1 step');

  const exportButton = page.getByRole('button', { name: 'Export ▾' });
  await exportButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Export' })).toBeVisible();
  // Escape from outside the menu closes it too.
  await page.getByRole('button', { name: 'Read source text' }).focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('group', { name: 'Export' })).toHaveCount(0);
  // Tabbing out of the open menu closes it.
  await exportButton.focus();
  await page.keyboard.press('Enter');
  await tabTo(page, /^button: Open snapshot…$/);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('group', { name: 'Export' })).toHaveCount(0);
});

test('keyboard only: the reader takes focus, its highlights are one Tab stop walked with the arrows', async ({ page }) => {
  await openExplorer(page);
  const readButton = page.getByRole('button', { name: 'Read source text' });
  await readButton.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toBe('h2: Source text');
  await page.getByLabel(/Open your copy of this source/).setInputFiles({ name: 'quotes.txt', mimeType: 'text/plain', buffer: Buffer.from(quotesText) });
  await expect(page.getByRole('status').filter({ hasText: 'quotes highlighted' })).toBeVisible();
  const marks = page.locator('source-reader mark');
  expect(await marks.count()).toBeGreaterThan(20);
  expect(await page.locator('source-reader mark[tabindex="0"]').count()).toBe(1);
  await tabTo(page, /^mark: /);
  const first = await focused(page);
  await page.keyboard.press('ArrowRight');
  const second = await focused(page);
  expect(second).not.toBe(first);
  await page.keyboard.press('End');
  expect(await page.locator('source-reader mark').last().evaluate((mark) => mark.matches(':focus'))).toBe(true);
  // One more Tab leaves the text: the highlights were a single stop.
  await page.keyboard.press('Tab');
  expect(await focused(page)).not.toMatch(/^mark: /);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.url()).toContain('sel=relation:');
});

/**
 * The control with keyboard focus, and what is drawn at its centre (looking through shadow roots):
 * `hidden` when that is some other element that covers it, such as a panel over it (WCAG 2.4.11).
 */
async function focusedControl(page: Page): Promise<{ name: string; inDrawer: boolean; hidden: boolean }> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!(active instanceof HTMLElement)) return { name: 'nothing', inDrawer: false, hidden: true };
    let inDrawer = false;
    for (let node: Node | null = active; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
      if (node instanceof HTMLElement && node.id === 'explore') inDrawer = true;
    }
    const box = active.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    let hit: Element | null = null;
    for (let root: Document | ShadowRoot | null = document; root; ) {
      const next: Element | null = root.elementFromPoint(x, y);
      if (!next || next === hit) break;
      hit = next;
      root = next.shadowRoot;
    }
    const name = `${active.localName}: ${active.getAttribute('aria-label') ?? active.closest('label')?.textContent.replace(/\s+/g, ' ').trim() ?? active.textContent.trim()}`;
    return { name, inDrawer, hidden: !hit || !(hit === active || active.contains(hit)) };
  });
}

/** Tabs from the drawer's toggle through every control of the open drawer, noting those hidden when focused. */
async function tabThroughDrawer(page: Page): Promise<{ visited: string[]; hidden: string[] }> {
  const visited: string[] = [];
  const hidden: string[] = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const control = await focusedControl(page);
    if (!control.inDrawer) {
      if (visited.length > 0) break;
      continue;
    }
    visited.push(control.name);
    if (control.hidden) hidden.push(control.name);
  }
  return { visited, hidden };
}

/** Focuses a control (from script, as a check) and says whether anything covers it. */
async function focusedControlAt(page: Page, control: Locator): Promise<{ name: string; hidden: boolean }> {
  await control.focus();
  return focusedControl(page);
}

for (const { width, height } of [
  { width: 390, height: 844 },
  { width: 640, height: 360 },
  { width: 1280, height: 720 },
]) {
  test(`keyboard only at ${width}x${height}: with an actor's sheet open, no control of the Filters drawer is hidden when it has focus`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openExplorer(page, '#sel=actor:kazakhstan');
    await expect(page.getByRole('region', { name: 'Actor: Kazakhstan' })).toBeVisible();
    await openFiltersByKeyboard(page);
    const { visited, hidden } = await tabThroughDrawer(page);
    // The walk went through the whole drawer, down to its path controls and beyond.
    expect(visited).toContain('select: Path to');
    expect(visited.length).toBeGreaterThan(15);
    expect(hidden).toEqual([]);
    // The sheet is still there, beside the drawer rather than over it.
    await expect(page.getByRole('region', { name: 'Actor: Kazakhstan' })).toBeVisible();
  });
}

test('keyboard only at 390x844: the alignment panel and the Filters drawer never hide each other', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openExplorer(page, '#align=russia..kazakhstan');
  const alignments = page.getByRole('heading', { name: 'Alignments' });
  await expect(alignments).toBeVisible();
  // Its heading and ✕ are clear of the search and Filters toolbar.
  expect((await focusedControlAt(page, page.getByRole('button', { name: 'Close the alignments' }))).hidden).toBe(false);

  // The open drawer is not under the full-width panel: the panel steps aside, and comes back.
  await openFiltersByKeyboard(page);
  await expect(alignments).toBeHidden();
  const { visited, hidden } = await tabThroughDrawer(page);
  expect(visited).toContain('input: Alignment matrix and chart');
  expect(hidden).toEqual([]);

  // Turned off and on again from the drawer: the panel opens in the drawer's place, with focus.
  await page.getByRole('checkbox', { name: 'Alignment matrix and chart' }).focus();
  await page.keyboard.press('Space');
  await expect.poll(() => page.url()).not.toContain('align=');
  await page.keyboard.press('Space');
  await expect.poll(() => focusedControl(page)).toMatchObject({ name: 'h2: Alignments', hidden: false });
  await expect(page.getByRole('button', { name: 'Filters' })).toHaveAttribute('aria-expanded', 'false');
  // Escape closes it; focus goes to the graph, not to the checkbox in the closed drawer.
  await page.keyboard.press('Escape');
  await expect(alignments).toHaveCount(0);
  await expect.poll(() => focused(page)).toMatch(/^div: Actor graph/);
});

/** Presses Tab until the control with focus is named by `matches` (see focusedControl), at most `limit` times. */
async function tabToControl(page: Page, matches: RegExp, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (matches.test((await focusedControl(page)).name)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${matches}; focus is on ${(await focusedControl(page)).name}`);
}

const visibleRelationCount = (page: Page) => graphState(page).then((state) => state.edges.length);

test('keyboard only: the time slider, as of a year and a window, moved with the arrow keys', async ({ page }) => {
  await openExplorer(page);
  const all = await visibleRelationCount(page);
  await openFiltersByKeyboard(page);
  // The time radios are one Tab stop; the arrow keys choose "As of", which brings its slider.
  await tabToControl(page, /^input: All$/);
  await page.keyboard.press('ArrowRight');
  expect((await focusedControl(page)).name).toBe('input: As of');
  await page.keyboard.press('Tab');
  expect((await focusedControl(page)).name).toBe('input: As of year');
  const asOf = page.getByRole('slider', { name: 'As of year' });
  const first = Number(await asOf.getAttribute('min'));
  const last = Number(await asOf.getAttribute('max'));
  await expect(asOf).toHaveValue(String(last));
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(asOf).toHaveValue(String(last - 3));
  await expect(asOf).toBeFocused();
  await expect.poll(() => page.url()).toContain(`time=as-of:${last - 3}`);
  await expect(page.locator('time-filter output')).toContainText(String(last - 3));
  const asOfCount = await visibleRelationCount(page);
  expect(asOfCount).toBeLessThan(all);
  // Each step is announced; the last says where the count ended.
  await expect(announcer(page)).toHaveText(new RegExp(`^\\d+ to ${asOfCount} relations shown$`));

  // Back to the radios, on to "Window": a From and a To slider, each moved from the keyboard.
  await page.keyboard.press('Shift+Tab');
  expect((await focusedControl(page)).name).toBe('input: As of');
  await page.keyboard.press('ArrowRight');
  expect((await focusedControl(page)).name).toBe('input: Window');
  await page.keyboard.press('Tab');
  expect((await focusedControl(page)).name).toBe('input: From year');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  expect((await focusedControl(page)).name).toBe('input: To year');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => page.url()).toContain(`time=window:${first + 2}..${last - 1}`);
  await expect(page.getByRole('slider', { name: 'From year' })).toHaveValue(String(first + 2));
  await expect(page.getByRole('slider', { name: 'To year' })).toHaveValue(String(last - 1));
  await expect(page.locator('time-filter output')).toContainText(`${first + 2}`);
  expect(await visibleRelationCount(page)).toBeLessThan(all);
});

test('keyboard only: a file exported from the Export menu downloads', async ({ page }) => {
  await openExplorer(page);
  await tabToControl(page, /^button: Export ▾$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Export' })).toBeVisible();
  await tabToControl(page, /^button: GraphML/);
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^zagorski-2009.*\.graphml$/);
  const text = (await readFile(await file.path())).toString('utf8');
  expect(text).toContain('<graphml');
  expect(text.match(/<edge /g)).toHaveLength(dataset.relations.length);
});

test('keyboard only: Open dataset… opens the file picker, and the chosen dataset is shown', async ({ page }) => {
  // Playwright intercepts file pickers only once it listens: it starts before the page loads, as
  // listening just before Enter leaves a race it loses here, and the picker then never reports.
  const chooser = page.waitForEvent('filechooser');
  await openExplorer(page);
  await tabToControl(page, /^button: Open dataset…$/);
  await page.keyboard.press('Enter');
  const picker = await chooser;
  const smaller = { ...dataset, title: 'A smaller copy', relations: dataset.relations.slice(0, 20) };
  await picker.setFiles({ name: 'smaller.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(smaller)) });
  await expect(page.getByRole('note', { name: 'Dataset on show' })).toHaveText('opened from smaller.json');
  await expect(page.locator('app-header .dataset-title')).toHaveText('A smaller copy');
  await expect.poll(() => visibleRelationCount(page)).toBe(20);
  // Focus stays where the keyboard user left it, ready for the next step.
  expect((await focusedControl(page)).name).toBe('button: Open dataset…');
});

test('reflow at 640x360: the page fits the window, a usable graph, panels over it that scroll on their own', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 360 });
  await openExplorer(page);
  // The page is the window's size: neither it nor anything in it scrolls sideways, nor the page down.
  const pageSize = () => page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
  expect(await pageSize()).toEqual({ width: 640, height: 360 });
  const graph = (await page.locator('graph-canvas').boundingBox())!;
  expect(graph.height).toBeGreaterThanOrEqual(200);
  expect(graph.width).toBeLessThanOrEqual(640);

  // An actor's details come up as a sheet over the graph's lower part, the Filters drawer over its
  // left: each is inside the window and scrolls its own content.
  await page.goto('./#sel=actor:kazakhstan');
  await openFiltersByKeyboard(page);
  expect(await pageSize()).toEqual({ width: 640, height: 360 });
  const scrollsOnItsOwn = (selector: string) =>
    page.evaluate((path) => {
      let element: Element | null | undefined = document.querySelector('entente-app');
      for (const part of path.split(' >> ')) element = (element?.shadowRoot ?? element)?.querySelector(part);
      if (!element) return `${path} not found`;
      const box = element.getBoundingClientRect();
      const inWindow = box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight;
      return { inWindow, scrolls: getComputedStyle(element).overflowY === 'auto' && element.scrollHeight > element.clientHeight };
    }, selector);
  expect(await scrollsOnItsOwn('side-panel >> .body')).toEqual({ inWindow: true, scrolls: true });
  expect(await scrollsOnItsOwn('explore-drawer >> .drawer')).toEqual({ inWindow: true, scrolls: true });
});

test('with reduced motion, years step on request and a shown quote does not flash', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openExplorer(page, '#sel=relation:lavrov-defends-kazakhstan-2007');
  await openFilters(page);
  await expect(page.getByRole('button', { name: 'Next year' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play years' })).toHaveCount(0);
  const years = dataset.relations.flatMap((r) => ('date' in r && r.date ? [Number(r.date.slice(0, 4))] : []));
  const first = Math.min(...years);
  await page.getByRole('button', { name: 'Next year' }).click();
  await expect(page.locator('time-filter output')).toContainText(String(first));
  await page.getByRole('button', { name: 'Next year' }).click();
  await expect(page.locator('time-filter output')).toContainText(String(first + 1));

  await openReader(page);
  await page.getByRole('tab', { name: 'Details' }).click();
  await page.getByRole('button', { name: /Show in text/ }).first().click();
  const shown = page.locator('source-reader mark.flash');
  await expect(shown).toBeFocused();
  expect(await shown.evaluate((mark) => getComputedStyle(mark).animationName)).toBe('none');
});
