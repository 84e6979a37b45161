import { css } from 'lit';

export const exportMenuStyles = css`
  :host {
    position: relative;
    display: inline-block;
  }
  .menu {
    position: absolute;
    right: 0;
    top: calc(100% + 4px);
    z-index: 20;
    width: 22rem;
    background: var(--entente-surface, #fff);
    border: 1px solid var(--entente-border, #d0d7de);
    border-radius: var(--entente-radius, 6px);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.18);
    padding: 0.75rem;
  }
  .buttons {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.35rem;
    margin-top: 0.4rem;
  }
  .buttons button {
    text-align: left;
  }
  .hint {
    display: block;
    font-size: 0.7rem;
    color: var(--entente-text-muted, #55606b);
  }
`;
