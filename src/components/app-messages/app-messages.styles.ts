import { css } from 'lit';

export const appMessagesStyles = css`
  :host {
    display: block;
  }
  .problems,
  .notice {
    margin: 0;
    padding: 0.5rem var(--entente-gap, 0.75rem);
    font-size: 0.875rem;
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
  }
  .problems {
    background: #fff4e5;
    border-bottom: 1px solid #e6a23c;
  }
  .notice {
    background: var(--entente-accent-wash, #eef4fc);
    border-bottom: 1px solid #9cbbe3;
  }
  .problems ul {
    margin: 0.25rem 0 0;
    padding-left: 1.25rem;
  }
  code {
    font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
  }
`;
