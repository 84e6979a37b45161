import { css } from 'lit';

export const timeFilterStyles = css`
  input[type='range'] {
    margin: 0.2rem 0 0;
    accent-color: var(--entente-accent, #0b5cad);
  }
  /* The range's thumb never reaches the track's ends: the ticks keep the same inset. */
  .ticks {
    display: block;
    width: calc(100% - 16px);
    height: 6px;
    margin: 0 8px;
    overflow: visible;
    stroke: var(--entente-text-muted, #55606b);
    stroke-width: 1;
  }
  .ends {
    display: flex;
    justify-content: space-between;
    font-size: 0.75rem;
    color: var(--entente-text-muted, #55606b);
    font-variant-numeric: tabular-nums;
  }
`;
