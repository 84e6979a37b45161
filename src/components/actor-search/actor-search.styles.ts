import { css } from 'lit';

export const actorSearchStyles = css`
  .box {
    position: relative;
  }
  input {
    width: 100%;
  }
  [role='listbox'] {
    position: absolute;
    z-index: 10;
    left: 0;
    right: 0;
    margin: 2px 0 0;
    padding: 0.2rem 0;
    list-style: none;
    background: var(--entente-surface, #fff);
    border: 1px solid var(--entente-border, #d0d7de);
    border-radius: var(--entente-radius, 6px);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
  }
  [role='option'] {
    padding: 0.25rem 0.5rem;
    cursor: pointer;
  }
  [role='option'][aria-selected='true'],
  [role='option']:hover {
    background: var(--entente-chosen, #e8f0fb);
  }
  .alias {
    color: var(--entente-text-muted, #55606b);
    font-size: 0.8rem;
  }
`;
