import { css } from 'lit';

/* Toasts: they float over the page, so they never shift the layout or make the graph re-fit. */
export const appMessagesStyles = css`
  :host {
    position: fixed;
    z-index: 40;
    left: 50%;
    bottom: 1rem;
    transform: translateX(-50%);
    width: min(40rem, calc(100vw - 1.5rem));
    display: grid;
    /* Toasts keep their own height, stacked at the bottom, whatever box the element is given. */
    align-content: end;
    gap: 0.5rem;
    pointer-events: none;
  }
  .problems,
  .notice {
    pointer-events: auto;
    margin: 0;
    padding: 0.5rem 0.75rem;
    font-size: 0.875rem;
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    border-radius: var(--entente-radius, 6px);
    box-shadow: var(--entente-overlay-shadow, 0 2px 10px rgb(0 0 0 / 0.14));
    color: var(--entente-text, #1d2329);
  }
  /* Always in the page (empty, it takes no room), so a screen reader hears it when it fills. */
  .loading:empty {
    padding: 0;
    border: none;
  }
  /* Small files open in a blink: the status shows only for work the user would wait on (it still
     speaks at once, as it only fades in). The animation restarts each time the status fills. */
  .loading:not(:empty) {
    animation: appear 0s 0.3s backwards;
  }
  .loading {
    pointer-events: auto;
    margin: 0;
    padding: 0.5rem var(--entente-gap, 0.75rem);
    font-size: 0.875rem;
    background: var(--entente-accent-wash, #eef4fc);
    border-bottom: 1px solid #9cbbe3;
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  @keyframes appear {
    from {
      opacity: 0;
    }
  }
  .loading span:not(.spinner) {
    flex: 1;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .loading progress {
    flex: none;
    width: 6rem;
  }
  .problems {
    background: var(--entente-warning-wash, #fff4e5);
    border: 1px solid var(--entente-warning-line, #e6a23c);
    max-height: 45vh;
    overflow-y: auto;
  }
  .notice {
    background: var(--entente-accent-wash, #eef4fc);
    border: 1px solid var(--entente-accent-line, #9cbbe3);
    align-items: center;
  }
  .notice span,
  .problems div {
    flex: 1;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .problems > div {
    min-width: 0;
    flex: 1;
  }
  /* However many problems, the list scrolls inside a few lines and the graph keeps its size. */
  .problems ul {
    margin: 0.25rem 0 0;
    padding-left: 1.25rem;
    max-height: min(9rem, 25vh);
    overflow: auto;
  }
  code {
    font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
  }
  button {
    flex: none;
  }
`;
