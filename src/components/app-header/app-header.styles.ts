import { css } from 'lit';

export const appHeaderStyles = css`
  :host {
    display: block;
    position: relative;
    /* Above the overlays on the graph, so the Export menu opens over them. */
    z-index: 30;
    background: var(--entente-surface, #fff);
    border-bottom: 1px solid var(--entente-border, #d0d7de);
  }
  header {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    min-height: var(--entente-header-height, 2.75rem);
    padding: 0.3rem var(--entente-gap, 0.75rem);
  }
  h1 {
    margin: 0;
    font-size: 1.1rem;
    letter-spacing: 0.02em;
    flex: none;
  }
  .dataset-title {
    font-weight: 600;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .info {
    flex: none;
    width: 1.6rem;
    height: 1.6rem;
    padding: 0;
    border-radius: 50%;
    font-family: var(--entente-font-serif, Georgia, serif);
    font-style: italic;
    font-weight: 700;
    line-height: 1;
  }
  .dataset-origin {
    flex: none;
    font-size: 0.8rem;
    padding: 0.05rem 0.45rem;
    border-radius: 999px;
    background: var(--entente-surface-alt, #f4f6f8);
    border: 1px solid var(--entente-border, #d0d7de);
    white-space: nowrap;
  }
  .actions {
    margin-left: auto;
    flex: none;
    display: flex;
    gap: 0.4rem;
    font-size: 0.875rem;
  }
  [popover] {
    position: fixed;
    inset: auto;
    top: calc(var(--entente-header-height, 2.75rem) + 0.25rem);
    left: var(--entente-gap, 0.75rem);
    margin: 0;
    max-width: min(34rem, calc(100vw - 1.5rem));
    padding: 0.5rem 1rem;
    font-size: 0.875rem;
    line-height: 1.45;
    color: var(--entente-text, #1d2329);
    background: var(--entente-surface, #fff);
    border: 1px solid var(--entente-border, #d0d7de);
    border-radius: var(--entente-radius, 6px);
    box-shadow: var(--entente-overlay-shadow, 0 2px 10px rgb(0 0 0 / 0.14));
  }
  .source {
    color: var(--entente-text-muted, #55606b);
  }
  a {
    color: var(--entente-accent, #0b5cad);
  }
  /* Phones: the actions take a second line rather than squeezing the title away. */
  @media (max-width: 640px) {
    header {
      flex-wrap: wrap;
      row-gap: 0.3rem;
    }
    .dataset-title {
      flex: 1 1 0;
    }
    .dataset-origin {
      display: none;
    }
    .actions {
      margin-left: 0;
      flex: 1 1 100%;
      min-width: 0;
      flex-wrap: wrap;
    }
  }
`;
