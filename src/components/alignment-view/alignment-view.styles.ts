import { css } from 'lit';

export const alignmentViewStyles = css`
  :host {
    display: block;
    overflow: auto;
    background: var(--entente-surface, #fff);
    font-size: 0.875rem;
  }
  section {
    padding: 0.5rem 0.75rem 1rem;
  }
  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    position: sticky;
    top: -0.5rem;
    padding: 0.35rem 0;
    border-bottom: 1px solid var(--entente-border, #d0d7de);
    background: var(--entente-surface, #fff);
    z-index: 2;
  }
  h2 {
    font-size: 1.05rem;
    margin: 0;
  }
  h3 {
    font-size: 0.95rem;
    margin: 0.75rem 0 0.25rem;
  }
  .hint {
    color: var(--entente-text-muted, #55606b);
    margin: 0.25rem 0 0.5rem;
  }
`;
