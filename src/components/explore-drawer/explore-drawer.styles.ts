import { css } from 'lit';

/* The host adds no box: the toolbar and drawer are placed over the graph, in the page's main area. */
export const exploreDrawerStyles = css`
  :host {
    display: contents;
  }
  .toolbar button,
  .drawer {
    background: var(--entente-surface, #fff);
    box-shadow: var(--entente-overlay-shadow, 0 2px 10px rgb(0 0 0 / 0.14));
  }
  .toolbar {
    position: absolute;
    z-index: 12;
    top: 0.5rem;
    left: 0.5rem;
    display: flex;
    align-items: flex-start;
    gap: 0.4rem;
    width: min(24rem, calc(100% - 7rem));
  }
  .toolbar actor-search {
    flex: 1;
    min-width: 0;
  }
  .drawer-toggle {
    flex: none;
    font-weight: 600;
  }
  .drawer {
    position: absolute;
    z-index: 11;
    top: 0;
    /* Above the bottom sheet on small screens (the page sets it while the sheet is open). */
    bottom: var(--entente-drawer-bottom, 0);
    left: 0;
    width: var(--entente-drawer-width, 290px);
    overflow-y: auto;
    /* The toolbar floats over the drawer's top: a border, not padding, keeps that band clear, since
       scrolled content is clipped at the border and so never slides under the toolbar (nor hides a
       focused control there, WCAG 2.4.11). */
    border-top: 2.85rem solid var(--entente-surface, #fff);
    padding: 0.25rem 0.75rem 0.75rem;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    gap: 0.5rem;
    border-right: 1px solid var(--entente-border, #d0d7de);
  }
  .drawer[hidden] {
    display: none;
  }
  /* Phones: the graph's buttons sit in a row under the toolbar (graph-canvas), so the search takes the width. */
  @media (max-width: 640px) {
    .toolbar {
      top: 0.4rem;
      left: 0.4rem;
      width: calc(100% - 0.8rem);
    }
  }
`;
