import { css } from 'lit';

export const sourceReaderStyles = css`
  :host {
    display: block;
    font-size: 0.875rem;
  }
  h2 {
    font-size: 1.05rem;
    margin: 0 0 0.3rem;
  }
  .drop {
    border: 2px dashed var(--entente-border, #d0d7de);
    border-radius: var(--entente-radius, 6px);
    padding: 0.6rem;
    margin: 0.4rem 0;
  }
  .drop.over {
    border-color: var(--entente-accent, #0b5cad);
    background: var(--entente-accent-wash, #eef4fc);
  }
  .text {
    white-space: pre-wrap;
    font-family: var(--entente-font-serif, Georgia, serif);
    font-size: 0.95rem;
    line-height: 1.55;
  }
  mark {
    /* Dark text on the yellow marks in both themes. */
    color: #1d2329;
    background: #fbeea6;
    cursor: pointer;
    border-radius: 2px;
  }
  mark:focus-visible {
    outline: 3px solid var(--entente-focus, #0b5cad);
  }
  mark.current {
    background: #f2c14e;
    outline: 2px solid #9a6a00;
  }
  mark.flash {
    animation: flash 1.2s ease-out;
  }
  @media (prefers-reduced-motion: reduce) {
    mark.flash {
      animation: none;
      background: #ff9f1a;
    }
  }
  @keyframes flash {
    from {
      background: #ff9f1a;
    }
  }
  .error {
    color: var(--entente-error, #a4262c);
  }
  .muted {
    color: var(--entente-text-muted, #55606b);
  }
`;
