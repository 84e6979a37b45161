import { css } from 'lit';

export const alignmentExplanationStyles = css`
  h3 {
    font-size: 0.95rem;
    margin: 0.5rem 0 0.25rem;
  }
  .how {
    margin: 0 0 0.4rem;
  }
  .terms > li {
    margin: 0.35rem 0;
  }
  .terms p {
    margin: 0.1rem 0;
  }
  details.relation p {
    margin: 0.2rem 0;
  }
`;
