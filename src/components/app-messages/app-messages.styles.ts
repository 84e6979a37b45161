import { css } from 'lit';

export const appMessagesStyles = css`
  :host {
    display: block;
  }
  .problems,
  .notice {
    margin: 0;
    padding: 0.5rem var(--entente-gap, 0.75rem);
    font-size: 0.875rem;
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
  }
  /* Always in the page (empty, it takes no room), so a screen reader hears it when it fills. */
  .loading:empty {
    padding: 0;
    border: none;
  }
  .loading {
    margin: 0;
    padding: 0.5rem var(--entente-gap, 0.75rem);
    font-size: 0.875rem;
    background: var(--entente-accent-wash, #eef4fc);
    border-bottom: 1px solid #9cbbe3;
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .spinner {
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  .problems {
    background: #fff4e5;
    border-bottom: 1px solid #e6a23c;
  }
  .notice {
    background: var(--entente-accent-wash, #eef4fc);
    border-bottom: 1px solid #9cbbe3;
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
`;
