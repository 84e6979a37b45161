import { css } from 'lit';

/** Styles every component shares: visually hidden text and visible keyboard focus. */
export const sharedStyles = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :focus-visible {
    outline: 3px solid var(--entente-focus, #0b5cad);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    cursor: pointer;
    border: 1px solid var(--entente-border, #d0d7de);
    border-radius: var(--entente-radius, 6px);
    background: var(--entente-surface, #fff);
    color: var(--entente-text, #1d2329);
    padding: 0.3rem 0.6rem;
  }
  button:hover {
    background: var(--entente-surface-alt, #f4f6f8);
  }
`;
