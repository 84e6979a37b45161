import { css } from 'lit';

export const actorDetailsStyles = css`
  h3 {
    font-size: 0.95rem;
    margin: 1rem 0 0.3rem;
  }
  h4 {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    font-size: 0.85rem;
    margin: 0.6rem 0 0.2rem;
  }
  .swatch {
    width: 1.4rem;
    height: 0;
    border-top: 3px solid var(--relation-color);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    border-bottom: 1px solid var(--entente-border, #d0d7de);
  }
  summary {
    cursor: pointer;
    padding: 0.35rem 0;
    font-size: 0.875rem;
  }
  .when {
    color: var(--entente-text-muted, #55606b);
    font-variant-numeric: tabular-nums;
  }
  details[open] > summary {
    font-weight: 600;
  }
  details > div {
    padding: 0 0 0.6rem 1rem;
  }
  .select {
    margin-top: 0.5rem;
    font-size: 0.8rem;
  }
`;
