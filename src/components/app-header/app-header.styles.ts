import { css } from 'lit';

export const appHeaderStyles = css`
  :host {
    display: block;
    border-bottom: 1px solid var(--entente-border, #d0d7de);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 1rem;
    padding: 0.5rem var(--entente-gap, 0.75rem);
  }
  h1 {
    margin: 0;
    font-size: 1.15rem;
    letter-spacing: 0.02em;
  }
  .dataset-title {
    font-weight: 600;
  }
  .source {
    color: var(--entente-text-muted, #55606b);
    font-size: 0.875rem;
  }
  .actions {
    margin-left: auto;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }
  .dataset-origin {
    font-size: 0.8rem;
    padding: 0.05rem 0.45rem;
    border-radius: 999px;
    background: var(--entente-surface-alt, #f4f6f8);
    border: 1px solid var(--entente-border, #d0d7de);
  }
  a {
    color: var(--entente-accent, #0b5cad);
  }
`;
