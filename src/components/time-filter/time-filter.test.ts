import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultViewState, type ViewState } from '../../analysis/view-state';
import { mount, unmountAll } from '../testing/fixture';
import './time-filter';
import type { TimeFilter } from './time-filter';

afterEach(() => {
  vi.useRealTimers();
  unmountAll();
});

/** The element with its view changes fed back to it, as the app does through the store. */
async function timeFilter(): Promise<{ element: TimeFilter; view: () => ViewState }> {
  const element = mount('time-filter', { view: defaultViewState, years: { first: 1999, last: 2011 }, undatedCount: 5 }, { width: 300, height: 400 });
  element.addEventListener('entente-view-change', (event) => {
    element.view = { ...element.view!, ...event.detail.patch };
  });
  await element.updateComplete;
  return { element, view: () => element.view! };
}

const shown = (element: TimeFilter) => element.shadowRoot!.querySelector('output')!.textContent;

describe('<time-filter>', () => {
  it('plays the years one by one and stops at the last', async () => {
    vi.useFakeTimers();
    const { element, view } = await timeFilter();
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-pressed]')!.click();
    await element.updateComplete;
    expect(view().time).toEqual({ mode: 'as-of', date: '1999' });
    expect(shown(element)).toBe('As of 1999');
    await vi.advanceTimersByTimeAsync(1200);
    expect(view().time).toEqual({ mode: 'as-of', date: '2000' });
    await vi.advanceTimersByTimeAsync(1200 * 20);
    expect(view().time).toEqual({ mode: 'as-of', date: '2011' });
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('button[aria-pressed]')?.textContent.trim()).toBe('Play years');
  });

  it('stops playing when the user chooses a time', async () => {
    vi.useFakeTimers();
    const { element, view } = await timeFilter();
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-pressed]')!.click();
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.click(); // "All"
    await element.updateComplete;
    await vi.advanceTimersByTimeAsync(5000);
    expect(view().time).toBeNull();
    expect(element.shadowRoot!.querySelector('button[aria-pressed]')?.getAttribute('aria-pressed')).toBe('false');
  });

  it('stops playing when it leaves the page', async () => {
    vi.useFakeTimers();
    const { element, view } = await timeFilter();
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-pressed]')!.click();
    await element.updateComplete;
    element.remove();
    await vi.advanceTimersByTimeAsync(5000);
    expect(view().time).toEqual({ mode: 'as-of', date: '1999' });
    document.body.append(element);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('button[aria-pressed]')?.getAttribute('aria-pressed')).toBe('false');
  });

  it('moves the "as of" year with the keyboard', async () => {
    const { element, view } = await timeFilter();
    element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]!.click(); // "As of"
    await element.updateComplete;
    const slider = element.shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]')!;
    expect(slider.getAttribute('aria-label')).toBe('As of year');
    slider.focus();
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(view().time).toEqual({ mode: 'as-of', date: '2009' });
    await element.updateComplete;
    expect(shown(element)).toBe('As of 2009');
  });
});
