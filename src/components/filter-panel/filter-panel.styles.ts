import { css } from 'lit';

/** A relation type's line swatch, as the graph draws it (colour and dash from its `type-*` class). */
export const filterPanelStyles = css`
  .swatch {
    display: inline-block;
    width: 1.1rem;
    border-top: 3px var(--relation-line) var(--relation-color);
  }
`;
