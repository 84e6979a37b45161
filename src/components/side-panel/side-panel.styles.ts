import { css } from 'lit';

export const sidePanelStyles = css`
  :host {
    width: var(--entente-panel-width, 420px);
    display: grid;
    grid-template-rows: auto minmax(0, 1fr);
    border-left: 1px solid var(--entente-border, #d0d7de);
    min-height: 0;
  }
  .bar {
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
  .body {
    overflow-y: auto;
    padding: 0.75rem 1rem 1.5rem;
  }
  .panel + .panel {
    margin-top: 1.25rem;
    padding-top: 1rem;
    border-top: 1px solid var(--entente-border, #d0d7de);
  }
  /* A bottom sheet on small screens: the host (the shell) places it. */
  @media (max-width: 900px) {
    :host {
      width: auto;
      border-left: none;
      border-top: 1px solid var(--entente-border, #d0d7de);
    }
    .bar {
      padding: 0.3rem 0.5rem 0;
      border-bottom: none;
    }
    /* Without tabs the bar holds only ✕: it floats in the corner, leaving the room to the details. */
    .bar:not(:has([role='tablist'])) {
      position: absolute;
      z-index: 1;
      top: 0;
      right: 0;
    }
    :host {
      position: relative;
    }
    .bar:not(:has([role='tablist'])) + .body > .panel:first-child {
      padding-right: 2rem;
    }
    .close {
      margin-bottom: 0;
      padding: 0.15rem 0.5rem;
    }
    .body {
      padding: 0.6rem 0.9rem 1rem;
    }
  }
`;
