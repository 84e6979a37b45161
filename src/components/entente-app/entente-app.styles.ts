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
  .header-actions {
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
  .drop-hint {
    position: fixed;
    inset: 0.5rem;
    z-index: 50;
    display: grid;
    place-items: center;
    border: 3px dashed var(--entente-accent, #0b5cad);
    border-radius: 12px;
    background: rgb(238 244 252 / 0.85);
    font-size: 1.2rem;
    pointer-events: none;
  }
  a {
    color: var(--entente-accent, #0b5cad);
  }
  .messages:empty {
    display: none;
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
  .problems {
    background: #fff4e5;
    border-bottom: 1px solid #e6a23c;
  }
  .notice {
    background: #eef4fc;
    border-bottom: 1px solid #9cbbe3;
  }
  .problems ul {
    margin: 0.25rem 0 0;
    padding-left: 1.25rem;
  }
  code {
    font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
  }
  main {
    display: grid;
    grid-template-columns: 270px minmax(0, 1fr) auto;
    min-height: 0;
  }
  .sidebar {
    overflow-y: auto;
    border-right: 1px solid var(--entente-border, #d0d7de);
    padding: 0.75rem;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    gap: 0.5rem;
  }
  .centre {
    display: grid;
    grid-template-rows: minmax(0, 1fr) auto auto;
    min-width: 0;
    min-height: 0;
  }
  .centre.with-table {
    grid-template-rows: minmax(0, 3fr) auto minmax(0, 2fr);
  }
  graph-canvas {
    min-height: 0;
  }
  relation-table {
    border-top: 1px solid var(--entente-border, #d0d7de);
    min-height: 0;
  }
  .table-toggle {
    display: block;
    width: 100%;
    border-radius: 0;
    border-left: none;
    border-right: none;
    text-align: left;
    padding: 0.3rem var(--entente-gap, 0.75rem);
    font-weight: 600;
  }
  .details {
    width: var(--entente-panel-width, 420px);
    display: grid;
    grid-template-rows: auto minmax(0, 1fr);
    border-left: 1px solid var(--entente-border, #d0d7de);
    min-height: 0;
  }
  .details-bar {
    display: flex;
    align-items: center;
    gap: 0.25rem;
    padding: 0.4rem 0.5rem 0;
    border-bottom: 1px solid var(--entente-border, #d0d7de);
  }
  [role='tab'] {
    border-bottom: none;
    border-radius: 6px 6px 0 0;
  }
  [role='tab'][aria-selected='true'] {
    background: var(--entente-surface-alt, #f4f6f8);
    font-weight: 600;
  }
  .close {
    margin-left: auto;
    margin-bottom: 0.3rem;
  }
  .details-body {
    overflow-y: auto;
    padding: 0.75rem 1rem 1.5rem;
  }
  .panel + .panel {
    margin-top: 1.25rem;
    padding-top: 1rem;
    border-top: 1px solid var(--entente-border, #d0d7de);
  }
  .hint {
    color: var(--entente-text-muted, #55606b);
  }
  .empty {
    padding: 2rem;
    color: var(--entente-text-muted, #55606b);
  }
  @media (max-width: 900px) {
    main {
      grid-template-columns: 1fr;
      grid-template-rows: auto minmax(60vh, 1fr) auto;
      overflow-y: auto;
    }
    .sidebar {
      border-right: none;
      border-bottom: 1px solid var(--entente-border, #d0d7de);
      max-height: 40vh;
    }
    .details {
      width: auto;
      border-left: none;
      border-top: 1px solid var(--entente-border, #d0d7de);
    }
  }
`;
