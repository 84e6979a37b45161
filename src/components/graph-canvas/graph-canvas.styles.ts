import { css } from 'lit';

export const graphCanvasStyles = css`
  :host {
    display: block;
    position: relative;
    min-height: 300px;
  }
  .frame {
    position: absolute;
    inset: 0;
  }
  .frame:focus-visible {
    outline-offset: -3px;
  }
  /* Cytoscape needs a positioned container with a real size. */
  .cy {
    position: relative;
    width: 100%;
    height: 100%;
  }
  /* A new dataset's actors all sit on one spot until the layout worker places them. */
  .cy.laying-out {
    visibility: hidden;
  }
  .layout-status {
    position: absolute;
    top: 50%;
    left: 50%;
    transform: translate(-50%, -50%);
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .layout-status:empty {
    display: none;
  }
  .controls {
    position: absolute;
    top: var(--entente-gap, 0.75rem);
    /* The host says how much of its right side a panel covers, so the buttons stay in sight. */
    right: calc(var(--entente-covered-right, 0px) + var(--entente-gap, 0.75rem));
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .controls button {
    min-width: 2.25rem;
    box-shadow: 0 1px 2px rgb(0 0 0 / 0.12);
  }
  /* Touch screens and phones pinch to zoom: the zoom buttons would only cover the graph. */
  @media (pointer: coarse), (max-width: 640px) {
    /* In a row under the search and Filters toolbar, which takes the whole width of a phone. */
    .controls {
      flex-direction: row;
      top: 3.1rem;
      right: 0.4rem;
    }
    .controls button[aria-label^='Zoom'] {
      display: none;
    }
  }
`;
