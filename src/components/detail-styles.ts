import { css } from 'lit';

/** The head of a detail panel (relation or actor): eyebrow, title and a facts list. */
export const detailStyles = css`
  :host {
    display: block;
  }
  .eyebrow {
    margin: 0;
    font-size: 0.75rem;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--entente-text-muted, #55606b);
  }
  h2 {
    margin: 0.15rem 0 0.4rem;
    font-size: 1.2rem;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.15rem 0.75rem;
    margin: 0 0 0.75rem;
    font-size: 0.875rem;
  }
  dt {
    color: var(--entente-text-muted, #55606b);
  }
  dd {
    margin: 0;
  }
`;
