import { css } from 'lit';

export const alignmentChartStyles = css`
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
    stroke: #e1e5e9;
    stroke-width: 1;
  }
  .zero {
    stroke: #8c959f;
    stroke-width: 1.5;
  }
  .axis {
    font-size: 12px;
    fill: #55606b;
  }
  .line {
    fill: none;
    stroke: #0072b2;
    stroke-width: 2.5;
  }
  .point {
    fill: #0072b2;
    stroke: #fff;
    stroke-width: 1.5;
  }
  .point.none {
    fill: #fff;
    stroke: #8c959f;
  }
  .marked {
    stroke: #1d2329;
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .marked-label {
    fill: #1d2329;
  }
  select {
    max-width: 13rem;
  }
`;
