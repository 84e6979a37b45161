import { css } from 'lit';

/** Diverging: blue for aligned, vermillion for opposed (Okabe–Ito), with the symbol in each cell. */
export const alignmentMatrixStyles = css`
  :host {
    display: block;
    font-size: 0.8rem;
    --cell: 1.2rem;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 0.8rem;
    margin: 0 0 0.4rem;
    color: var(--entente-text-muted, #55606b);
  }
  .key {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
  }
  .scroller {
    overflow: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    table-layout: fixed;
  }
  th {
    font-weight: 500;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  th[scope='row'] {
    max-width: 8.5rem;
    text-align: right;
    padding-right: 0.35rem;
  }
  th[scope='col'] {
    width: var(--cell);
    max-width: var(--cell);
    height: 6.5rem;
    vertical-align: bottom;
    padding: 0 0 0.25rem;
  }
  th[scope='col'] span {
    display: inline-block;
    writing-mode: vertical-rl;
    transform: rotate(180deg);
    max-height: 6.25rem;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  td[role='gridcell'],
  .cell-sample {
    width: var(--cell);
    min-width: var(--cell);
    height: var(--cell);
    text-align: center;
    font-weight: 700;
    font-size: 0.75rem;
    border: 1px solid #e1e5e9;
    padding: 0;
    cursor: pointer;
    line-height: 1;
    letter-spacing: -0.08em;
  }
  .cell-sample {
    display: inline-grid;
    place-items: center;
    cursor: default;
  }
  .strong-plus {
    background: #0072b2;
    color: #fff;
  }
  .plus {
    background: #a9d3ee;
    color: #0b2e45;
  }
  .neutral {
    background: #fff;
    color: #1d2329;
  }
  .minus {
    background: #f6c4a3;
    color: #4a1f00;
  }
  .strong-minus {
    background: #c2570a;
    color: #fff;
  }
  .none {
    background: #f4f6f8;
  }
  .self {
    background: #e9ecef;
    color: #8c959f;
    cursor: default;
  }
  .bloc-start {
    border-left: 3px solid #1d2329;
  }
  tr.bloc-start > * {
    border-top: 3px solid #1d2329;
  }
  td.chosen {
    outline: 3px solid #000;
    outline-offset: -3px;
  }
  td:focus-visible {
    outline: 3px solid var(--entente-focus, #0b5cad);
    outline-offset: -1px;
    position: relative;
    z-index: 1;
  }
  .empty {
    color: var(--entente-text-muted, #55606b);
  }
`;
