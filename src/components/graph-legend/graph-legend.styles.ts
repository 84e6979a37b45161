import { css } from 'lit';

export const graphLegendStyles = css`
  :host {
    display: block;
    font-size: 0.8125rem;
    background: var(--entente-surface, #fff);
  }
  details {
    padding: 0.3rem 0.6rem;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
  }
  .groups {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 2rem;
    margin-top: 0.25rem;
  }
  h3 {
    font-size: 0.7rem;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--entente-text-muted, #55606b);
    margin: 0 0 0.1rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
  }
  li {
    display: flex;
    align-items: center;
    gap: 0.35rem;
    line-height: 1.6;
  }
  .count {
    color: var(--entente-text-muted, #55606b);
    font-variant-numeric: tabular-nums;
  }
  .looks {
    color: var(--entente-text-muted, #55606b);
  }
  .note {
    color: var(--entente-text-muted, #55606b);
    margin: 0.2rem 0 0;
    flex-basis: 100%;
  }
  svg {
    flex: none;
  }
`;
