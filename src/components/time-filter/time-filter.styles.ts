import { css } from 'lit';

export const timeFilterStyles = css`
  input[type='range'] {
    margin: 0.2rem 0 0;
    accent-color: var(--entente-accent, #0b5cad);
  }
  .ends {
    display: flex;
    justify-content: space-between;
    font-size: 0.75rem;
    color: var(--entente-text-muted, #55606b);
    font-variant-numeric: tabular-nums;
  }
`;
