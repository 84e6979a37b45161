import { css, unsafeCSS } from 'lit';
import { blocLooksIn, frustratedColor, type BlocLook } from '../../../styles/palette';

const swatchRules = (looks: readonly BlocLook[]) =>
  looks.map((look, bloc) => `.swatch.bloc-${bloc} { background: ${look.fill}; border: 3px ${look.borderStyle} ${look.border}; }`).join('\n');

/** A sample of each bloc's look, as the graph draws it in either theme. */
const blocSwatches = unsafeCSS(`${swatchRules(blocLooksIn('light'))}\n@media (prefers-color-scheme: dark) {\n${swatchRules(blocLooksIn('dark'))}\n}`);

export const blocPanelStyles = css`
  h3 {
    display: flex;
    align-items: center;
    gap: 0.4rem;
  }
  .verdict {
    font-weight: 600;
    margin: 0 0 0.2rem;
  }
  .members {
    margin: 0;
    line-height: 1.4;
  }
  .swatch {
    display: inline-block;
    flex: none;
    width: 1rem;
    height: 1rem;
  }
  .swatch.halo {
    height: 0.5rem;
    border-radius: 0.25rem;
    background: ${unsafeCSS(frustratedColor)};
    box-shadow: 0 0 0 2px rgb(0 0 0 / 0.25);
  }
  ${blocSwatches}
  .frustrated > li > p {
    margin: 0.2rem 0;
  }
  details.relation p {
    margin: 0.2rem 0;
  }
`;
