import { css } from 'lit';

/** Styles shared by the sidebar's control groups. */
export const controlStyles = css`
  :host {
    display: block;
    font-size: 0.875rem;
  }
  fieldset {
    border: none;
    margin: 0 0 0.75rem;
    padding: 0;
    min-width: 0;
  }
  legend,
  h2 {
    font-size: 0.7rem;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    color: var(--entente-text-muted, #55606b);
    margin: 0 0 0.3rem;
    padding: 0;
  }
  label {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    line-height: 1.35;
    padding: 0.12rem 0;
    cursor: pointer;
  }
  /* 24 by 24 px targets (WCAG 2.5.8) for the small native controls. */
  input[type='checkbox'],
  input[type='radio'] {
    width: 24px;
    height: 24px;
    margin: 0;
    flex: none;
  }
  input[type='range'] {
    min-height: 24px;
  }
  label.slider {
    flex-direction: column;
    align-items: stretch;
    gap: 0;
  }
  select {
    max-width: 100%;
  }
  .count {
    margin-left: auto;
    color: var(--entente-text-muted, #55606b);
    font-variant-numeric: tabular-nums;
    font-size: 0.8rem;
  }
  .row {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    flex-wrap: wrap;
  }
  select,
  input[type='text'],
  input[type='search'] {
    font: inherit;
    padding: 0.25rem 0.35rem;
    border: 1px solid var(--entente-border, #d0d7de);
    border-radius: var(--entente-radius, 6px);
    min-width: 0;
  }
  input[type='range'] {
    width: 100%;
  }
  .hint {
    color: var(--entente-text-muted, #55606b);
    font-size: 0.8rem;
    margin: 0.2rem 0;
  }
`;
