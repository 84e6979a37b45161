import { css } from 'lit';

/** Themed through the page's tokens; the line and points take Okabe–Ito's sky blue on the dark page. */
export const alignmentChartStyles = css`
  :host {
    --chart-line: #0072b2;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --chart-line: #56b4e9;
    }
  }
  figure {
    margin: 0.4rem 0 0;
  }
  svg {
    display: block;
    width: 100%;
    max-width: 520px;
    height: auto;
  }
  figcaption {
    font-size: 0.8rem;
    color: var(--entente-text-muted, #55606b);
  }
  .grid {
    stroke: var(--entente-border, #d0d7de);
    stroke-width: 1;
  }
  .zero {
    stroke: #8c959f;
    stroke-width: 1.5;
  }
  .axis {
    font-size: 12px;
    fill: var(--entente-text-muted, #55606b);
  }
  .line {
    fill: none;
    stroke: var(--chart-line);
    stroke-width: 2.5;
  }
  .point {
    fill: var(--chart-line);
    stroke: var(--entente-surface, #fff);
    stroke-width: 1.5;
  }
  .point.none {
    fill: var(--entente-surface, #fff);
    stroke: #8c959f;
  }
  .marked {
    stroke: var(--entente-text, #1d2329);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .marked-label {
    fill: var(--entente-text, #1d2329);
  }
  select {
    max-width: 13rem;
  }
`;
