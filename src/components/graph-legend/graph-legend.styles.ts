import { css } from 'lit';

export const graphLegendStyles = css`
  :host {
    display: block;
    font-size: 0.8125rem;
    background: rgb(255 255 255 / 0.94);
    border: 1px solid var(--entente-border, #d0d7de);
    border-radius: var(--entente-radius, 6px);
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.12);
    max-width: 18rem;
  }
  details {
    padding: 0.4rem 0.6rem;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
  }
  h3 {
    font-size: 0.75rem;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--entente-text-muted, #55606b);
    margin: 0.5rem 0 0.2rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    display: flex;
    align-items: center;
    gap: 0.45rem;
    line-height: 1.5;
  }
  .count {
    color: var(--entente-text-muted, #55606b);
    margin-left: auto;
    font-variant-numeric: tabular-nums;
  }
  .note {
    color: var(--entente-text-muted, #55606b);
    margin: 0.4rem 0 0.1rem;
  }
  svg {
    flex: none;
  }
`;
