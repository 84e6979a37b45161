import { css } from 'lit';

export const relationEvidenceStyles = css`
  ol.relations {
    gap: 1.1rem;
  }
  .when {
    margin: 0 0 0.4rem;
    color: var(--entente-muted, #56606b);
    font-size: 0.875rem;
  }
  .summary {
    margin: 0 0 0.6rem;
  }
  h3,
  .evidence-heading {
    font-size: 0.9rem;
    margin: 0.75rem 0 0.4rem;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  figure {
    margin: 0;
  }
  blockquote {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-left: 4px solid var(--relation-color, #888);
    background: var(--entente-surface-alt, #f4f6f8);
    font-family: var(--entente-font-serif, Georgia, serif);
    font-size: 0.975rem;
    line-height: 1.45;
  }
  blockquote p {
    margin: 0;
  }
  .context {
    color: var(--entente-text-muted, #55606b);
  }
  figcaption {
    font-size: 0.8rem;
    color: var(--entente-text-muted, #55606b);
    margin-top: 0.3rem;
    line-height: 1.4;
  }
  a {
    color: var(--entente-accent, #0b5cad);
  }
  .show-in-text {
    margin-left: 0.4rem;
    font-size: 0.75rem;
    padding: 0.1rem 0.4rem;
  }
`;
