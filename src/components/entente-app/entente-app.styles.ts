import { css } from 'lit';

export const ententeAppStyles = css`
  :host {
    display: grid;
    grid-template-rows: auto auto 1fr;
    height: 100%;
    min-height: 0;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 1rem;
    padding: 0.5rem var(--entente-gap, 0.75rem);
    border-bottom: 1px solid var(--entente-border, #d0d7de);
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
  a {
    color: var(--entente-accent, #0b5cad);
  }
  .problems {
    margin: 0;
    padding: 0.5rem var(--entente-gap, 0.75rem);
    background: #fff4e5;
    border-bottom: 1px solid #e6a23c;
    font-size: 0.875rem;
  }
  .problems ul {
    margin: 0.25rem 0 0;
    padding-left: 1.25rem;
  }
  .problems code {
    font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
  }
  main {
    display: grid;
    grid-template-columns: 1fr auto;
    min-height: 0;
  }
  .stage {
    display: grid;
    grid-template-rows: 1fr auto;
    min-width: 0;
    min-height: 0;
  }
  graph-canvas {
    min-height: 0;
  }
  .panel {
    width: var(--entente-panel-width, 420px);
    overflow-y: auto;
    border-left: 1px solid var(--entente-border, #d0d7de);
    padding: 2.75rem 1rem 1.5rem;
    position: relative;
  }
  .close {
    position: absolute;
    top: 0.5rem;
    right: 0.5rem;
  }
  .empty {
    padding: 2rem;
    color: var(--entente-text-muted, #55606b);
  }
  @media (max-width: 760px) {
    main {
      grid-template-columns: 1fr;
      grid-template-rows: 1fr auto;
    }
    .panel {
      width: auto;
      max-height: 50vh;
      border-left: none;
      border-top: 1px solid var(--entente-border, #d0d7de);
    }
  }
`;
