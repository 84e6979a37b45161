import { nothing, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/**
 * Sets an element's height in pixels through the CSSOM. Lit's styleMap writes a `style=`
 * attribute on first render, which the app's Content-Security-Policy refuses.
 */
class BlockSizeDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('blockSize() belongs on an element, not in an attribute or text');
  }

  render(_pixels: number): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [pixels]: [number]): typeof nothing {
    if (part.element instanceof HTMLElement) part.element.style.height = `${pixels}px`;
    return nothing;
  }
}

export const blockSize = directive(BlockSizeDirective);
