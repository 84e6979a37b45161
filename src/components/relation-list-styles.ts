import { css } from 'lit';

/** Lists of relations that expand to their evidence (path and comparison results). */
export const relationListStyles = css`
  :host {
    display: block;
    font-size: 0.875rem;
  }
  h2 {
    font-size: 1.05rem;
    margin: 0 0 0.3rem;
  }
  h3 {
    font-size: 0.85rem;
    margin: 0.75rem 0 0.25rem;
  }
  ol,
  ul {
    margin: 0;
    padding-left: 1.2rem;
  }
  li {
    margin: 0.15rem 0;
  }
  summary {
    cursor: pointer;
  }
  .when {
    color: var(--entente-text-muted, #55606b);
  }
  .link {
    border: none;
    background: none;
    padding: 0;
    color: var(--entente-accent, #0b5cad);
    text-decoration: underline;
    cursor: pointer;
    font: inherit;
    text-align: left;
  }
  .empty {
    color: var(--entente-text-muted, #55606b);
  }
`;
