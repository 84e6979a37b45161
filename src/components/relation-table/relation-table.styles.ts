import { css } from 'lit';

export const relationTableStyles = css`
  :host {
    display: block;
    font-size: 0.8125rem;
    overflow: auto;
    /* Its own scroll box always, so that it can draw only the rows in view. */
    max-height: 100vh;
    /* The table keeps the rows in view in place itself when it redraws. */
    overflow-anchor: none;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    /* Column widths that do not change with the rows drawn, so scrolling never shifts them. */
    table-layout: fixed;
    /* Narrow screens scroll sideways rather than squeeze the summary into a sliver. */
    min-width: 52rem;
  }
  .toggle-column {
    width: 1.9rem;
  }
  .source-column,
  .target-column {
    width: 17%;
  }
  .type-column {
    width: 7.5rem;
  }
  .date-column {
    width: 7.5rem;
  }
  .quotes-column {
    width: 4.5rem;
  }
  tr.spacer td {
    padding: 0;
    border: none;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding: 0.35rem var(--entente-gap, 0.75rem);
  }
  th {
    position: sticky;
    top: 0;
    background: var(--entente-surface-alt, #f4f6f8);
    text-align: left;
    font-weight: 600;
    border-bottom: 1px solid var(--entente-border, #d0d7de);
    z-index: 1;
  }
  th button {
    border: none;
    background: none;
    font: inherit;
    font-weight: 600;
    padding: 0.3rem 0.5rem;
    width: 100%;
    text-align: left;
  }
  td {
    overflow-wrap: anywhere;
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--entente-border, #d0d7de);
    vertical-align: top;
  }
  tbody tr.relation {
    cursor: pointer;
  }
  tbody tr.relation:hover {
    background: var(--entente-surface-alt, #f4f6f8);
  }
  tr[aria-selected='true'] {
    background: var(--entente-chosen, #e8f0fb);
  }
  tr.relation:focus-visible {
    outline: 3px solid var(--entente-focus, #0b5cad);
    outline-offset: -3px;
  }
  .type {
    white-space: nowrap;
  }
  .toggle {
    width: 1.6rem;
    padding: 0.15rem 0 0 0.3rem;
  }
  .toggle button {
    border: none;
    background: none;
    padding: 0 0.2rem;
    color: var(--entente-text-muted, #55606b);
  }
  .swatch {
    display: inline-block;
    width: 1rem;
    border-top: 3px var(--relation-line) var(--relation-color);
    margin-right: 0.3rem;
    vertical-align: middle;
  }
  .quotes,
  .date {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .evidence-row td {
    background: var(--entente-surface-alt, #f4f6f8);
    padding: 0.5rem 1rem 0.75rem 2rem;
  }
`;
