import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledDataset, mount, nextEvent, unmountAll } from '../testing/fixture';
import '../export-menu/export-menu';
import './app-header';

afterEach(unmountAll);

describe('<app-header>', () => {
  it('names the dataset on show, where it came from and its source, with the DOI linked', async () => {
    const header = mount('app-header', { data: bundledDataset(), canOpen: true }, { width: 1200, height: 100 });
    await header.updateComplete;
    const root = header.shadowRoot!;
    expect(root.querySelector('.dataset-title')?.textContent).toBe(bundledDataset().title);
    expect(root.querySelector('[role="note"]')?.textContent).toBe('bundled dataset');
    expect(root.querySelector('a')?.getAttribute('href')).toBe('https://doi.org/10.1163/187502309787858219');
    expect([...root.querySelectorAll('button')].map((b) => b.textContent.trim())).not.toContain('Back to bundled dataset');

    header.openedFrom = 'small.json';
    await header.updateComplete;
    expect(root.querySelector('[role="note"]')?.textContent).toBe('opened from small.json');
    const back = nextEvent(header, 'entente-show-bundled');
    await userEvent.click([...root.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Back to bundled dataset')!);
    await back;
  });

  it('hands over the dataset file the user chooses, and asks to open or close the reader', async () => {
    const header = mount('app-header', { data: bundledDataset(), canOpen: true }, { width: 1200, height: 100 });
    await header.updateComplete;
    const input = header.shadowRoot!.querySelector<HTMLInputElement>('#dataset-file')!;
    const opened = nextEvent(header, 'entente-open-file');
    await userEvent.upload(input, new File(['{}'], 'mine.json', { type: 'application/json' }));
    const { file, as } = (await opened).detail;
    expect({ name: file.name, as }).toEqual({ name: 'mine.json', as: 'dataset' });

    const reader = header.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-pressed]')!;
    expect(reader.getAttribute('aria-pressed')).toBe('false');
    const toggled = nextEvent(header, 'entente-reader-toggle');
    await userEvent.click(reader);
    expect((await toggled).detail.open).toBe(true);
  });

  it('offers no file actions where nothing can be opened', async () => {
    const header = mount('app-header', {}, { width: 1200, height: 100 });
    await header.updateComplete;
    expect(header.shadowRoot!.querySelectorAll('button, export-menu')).toHaveLength(0);
  });
});
