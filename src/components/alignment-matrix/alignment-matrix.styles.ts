import { css } from 'lit';

/**
 * Diverging: blue for aligned, vermillion for opposed (Okabe–Ito), with the symbol in each cell.
 * Cells are 24 px, the smallest pointer target WCAG 2.2 allows (2.5.8). In the dark theme the scale
 * runs from the dark page to the brightest cells at the ends, so strength still reads as contrast;
 * every symbol has at least 4.5:1 against its cell.
 */
export const alignmentMatrixStyles = css`
  :host {
    display: block;
    /* Its sticky row names stack inside the matrix, under the panel's own sticky header. */
    isolation: isolate;
    font-size: 0.8rem;
    --cell: 24px;
    --strong-plus-fill: #0072b2;
    --strong-plus-ink: #fff;
    --plus-fill: #a9d3ee;
    --plus-ink: #0b2e45;
    --minus-fill: #f6c4a3;
    --minus-ink: #4a1f00;
    --strong-minus-fill: #b85209;
    --strong-minus-ink: #fff;
    --self-fill: #e9ecef;
    --self-ink: #5f6b76;
    --grid-line: #e1e5e9;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --strong-plus-fill: #56b4e9;
      --strong-plus-ink: #0b1c29;
      --plus-fill: #1c4462;
      --plus-ink: #d5ebfa;
      --minus-fill: #5a2a0c;
      --minus-ink: #fbd9c2;
      --strong-minus-fill: #f0884a;
      --strong-minus-ink: #2a0f00;
      --self-fill: #2f363e;
      --self-ink: #a9b4be;
      --grid-line: #3d4650;
    }
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
  /* The actor names stay in sight while a wide matrix scrolls sideways. */
  th[scope='row'] {
    max-width: 8.5rem;
    text-align: right;
    padding-right: 0.35rem;
    position: sticky;
    left: 0;
    z-index: 2;
    background: var(--entente-surface, #fff);
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
    border: 1px solid var(--grid-line);
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
    background: var(--strong-plus-fill);
    color: var(--strong-plus-ink);
  }
  .plus {
    background: var(--plus-fill);
    color: var(--plus-ink);
  }
  .neutral {
    background: var(--entente-surface, #fff);
    color: var(--entente-text, #1d2329);
  }
  .minus {
    background: var(--minus-fill);
    color: var(--minus-ink);
  }
  .strong-minus {
    background: var(--strong-minus-fill);
    color: var(--strong-minus-ink);
  }
  .none {
    background: var(--entente-surface-alt, #f4f6f8);
  }
  .self {
    background: var(--self-fill);
    color: var(--self-ink);
    cursor: default;
  }
  .bloc-start {
    border-left: 3px solid var(--entente-text, #1d2329);
  }
  tr.bloc-start > * {
    border-top: 3px solid var(--entente-text, #1d2329);
  }
  td.chosen {
    outline: 3px solid var(--entente-text, #1d2329);
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
