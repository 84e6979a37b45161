import { css } from 'lit';

export const ententeAppStyles = css`
  :host {
    display: grid;
    grid-template-rows: auto auto 1fr;
    height: 100%;
    min-height: 0;
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
    position: relative;
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
  /* Over the graph's right side, in the graph's row: the blocs stay in sight on its left. */
  alignment-view {
    position: absolute;
    grid-area: 1 / 1 / 2 / 2;
    top: 0;
    right: 0;
    bottom: 0;
    width: min(44rem, 75%);
    z-index: 5;
    border-left: 1px solid var(--entente-border, #d0d7de);
    box-shadow: -4px 0 12px rgb(0 0 0 / 0.12);
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
    alignment-view {
      width: 100%;
    }
    .sidebar {
      border-right: none;
      border-bottom: 1px solid var(--entente-border, #d0d7de);
      max-height: 40vh;
    }
  }
  /* Skip links: out of the grid's flow, shown only when the keyboard reaches them. */
  .skip-links {
    position: absolute;
    top: 0;
    left: 0;
    z-index: 100;
    display: flex;
    gap: 0.5rem;
    padding: 0.25rem;
  }
  .skip-links button:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /*
   * Reflow (WCAG 1.4.10, 1.4.4), kept apart from the layout above: on a narrow or short window (a
   * 1280x720 screen at 200% zoom is 640x360) the page becomes one scrolling column, and the graph
   * keeps a usable height instead of sharing what is left of the window.
   */
  @media (max-width: 900px), (max-height: 480px) {
    :host {
      display: block;
    }
    main,
    .centre,
    .centre.with-table {
      display: block;
      overflow: visible;
    }
    .sidebar {
      max-height: none;
      overflow: visible;
      border-right: none;
      border-bottom: 1px solid var(--entente-border, #d0d7de);
    }
    graph-canvas {
      height: max(240px, 70vh);
    }
    relation-table {
      display: block;
      max-height: 80vh;
      overflow: auto;
    }
  }
`;
