import { css, unsafeCSS } from 'lit';
import { relationTypes } from '../model/vocabulary';
import { relationLooks } from '../../styles/palette';

/**
 * One class per relation type (`type-support`...) that sets `--relation-color` and
 * `--relation-line` from the palette. Components put the class on an element instead of an
 * inline `style=` attribute, which a strict Content-Security-Policy (style-src 'self') blocks;
 * these rules are adopted as a constructable stylesheet, which it allows.
 */
const typeRules = relationTypes
  .map((type) => `.type-${type} { --relation-color: ${relationLooks[type].color}; --relation-line: ${relationLooks[type].lineStyle}; }`)
  .join('\n');

// Built from the palette's constants and the schema's type names, never from data.
export const relationTypeStyles = css`
  ${unsafeCSS(typeRules)}
`;
