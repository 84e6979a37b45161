import { css } from 'lit';

export const actorDetailsStyles = css`
  :host {
    display: block;
  }
  .eyebrow {
    margin: 0;
    font-size: 0.75rem;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--entente-text-muted, #55606b);
  }
  h2 {
    margin: 0.15rem 0 0.4rem;
    font-size: 1.2rem;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.15rem 0.75rem;
    margin: 0 0 0.75rem;
    font-size: 0.875rem;
  }
  dt {
    color: var(--entente-text-muted, #55606b);
  }
  dd {
    margin: 0;
  }
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
