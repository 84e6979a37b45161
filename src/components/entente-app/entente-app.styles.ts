import { css } from 'lit';

/*
 * The graph fills everything under the header; every other part floats over it, so opening or
 * closing one never resizes the drawing (nor re-fits it).
 */
export const ententeAppStyles = css`
  :host {
    display: grid;
    grid-template-rows: auto minmax(0, 1fr);
    grid-template-columns: minmax(0, 1fr);
    height: 100%;
    min-height: 0;
  }
  /* Elements still loading (deferred-elements.ts) take no place in the grid until they are defined. */
  :not(:defined) {
    display: none;
  }
  .drop-hint {
    position: fixed;
    inset: 0.5rem;
    z-index: 50;
    display: grid;
    place-items: center;
    border: 3px dashed var(--entente-accent, #0b5cad);
    border-radius: 12px;
    background: color-mix(in srgb, var(--entente-accent-wash, #eef4fc) 85%, transparent);
    font-size: 1.2rem;
    pointer-events: none;
  }
  main {
    position: relative;
    min-height: 0;
    overflow: hidden;
  }
  graph-canvas {
    position: absolute;
    inset: 0;
    min-height: 0;
    background: var(--entente-canvas, #fff);
  }
  graph-canvas.under-panel {
    --entente-covered-right: var(--entente-panel-width, 380px);
  }
  /* Floating cards share one look. */
  .dock-bar > *,
  relation-table,
  side-panel {
    background: var(--entente-surface, #fff);
    box-shadow: var(--entente-overlay-shadow, 0 2px 10px rgb(0 0 0 / 0.14));
  }
  .dock {
    position: absolute;
    z-index: 10;
    left: 0;
    right: 0;
    bottom: 0;
    display: flex;
    flex-direction: column;
    pointer-events: none;
  }
  .dock.beside-panel {
    right: var(--entente-panel-width, 380px);
  }
  /* Over the graph's right side: the blocs stay in sight on its left. */
  alignment-view {
    position: absolute;
    top: 0;
    right: 0;
    bottom: 0;
    width: min(44rem, 75%);
    z-index: 12;
    border-left: 1px solid var(--entente-border, #d0d7de);
    box-shadow: -4px 0 12px rgb(0 0 0 / 0.12);
  }
  /* The legend and table keep clear of the open drawer. */
  explore-drawer[open] ~ .dock {
    left: var(--entente-drawer-width, 290px);
  }
  .dock-bar {
    display: flex;
    align-items: flex-end;
    gap: 0.5rem;
    padding: 0.5rem;
  }
  .dock-bar > * {
    pointer-events: auto;
    border-radius: var(--entente-radius, 6px);
  }
  graph-legend {
    max-width: min(34rem, calc(100% - 14rem));
    max-height: calc(100vh - 10rem);
    overflow-y: auto;
    border: 1px solid var(--entente-border, #d0d7de);
  }
  .table-toggle {
    margin-left: auto;
    font-weight: 600;
    white-space: nowrap;
  }
  relation-table {
    pointer-events: auto;
    height: min(40vh, 22rem);
    border-top: 1px solid var(--entente-border, #d0d7de);
  }
  side-panel {
    position: absolute;
    z-index: 13;
    top: 0;
    right: 0;
    bottom: 0;
  }
  .empty {
    padding: 2rem;
    color: var(--entente-text-muted, #55606b);
  }
  /* Tablets and phones: details come up from the bottom as a sheet over the lower half. */
  @media (max-width: 900px) {
    main {
      --entente-sheet-height: 58%;
    }
    side-panel {
      top: auto;
      left: 0;
      height: var(--entente-sheet-height);
      border-radius: 12px 12px 0 0;
    }
    /* The open drawer ends where the sheet begins, so no control in it is hidden under the sheet
       (WCAG 2.4.11): the drawer scrolls a focused control into the part left in sight. */
    explore-drawer.above-sheet {
      --entente-drawer-bottom: var(--entente-sheet-height);
    }
    /* The whole width, under the search and Filters toolbar (whose band the drawer keeps too), so
       the toolbar hides neither its heading nor its ✕. */
    alignment-view {
      top: 2.85rem;
      width: 100%;
    }
    /* It would cover the open drawer entirely: it steps aside while the drawer is open (its state
       kept), as the drawer closes when the panel is opened from it (entente-app.ts). */
    main:has(explore-drawer[open]) alignment-view {
      display: none;
    }
    graph-canvas.under-panel {
      --entente-covered-right: 0px;
    }
    /* The sheet takes the dock's place until it is closed. */
    .dock.beside-panel {
      display: none;
    }
    graph-legend {
      max-width: calc(100% - 11rem);
      max-height: 50vh;
    }
  }
  /* Phones: the open drawer takes the dock's place. */
  @media (max-width: 640px) {
    explore-drawer[open] ~ .dock {
      display: none;
    }
    relation-table {
      height: 45vh;
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
`;
