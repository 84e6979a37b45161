import { html, LitElement, nothing, svg, type SVGTemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { actorKinds, stanceTypes, tieTypes } from '../../model/vocabulary';
import type { ActorKind, RelationType } from '../../model/schema';
import { actorLooks, canvasInk, compareMarkLooks, relationLooksIn, type ActorLook, type CompareMarkLook, type RelationLook } from '../../../styles/palette';
import { ColorSchemeController } from '../color-scheme-controller';
import { blocLegendItems, borderDash, type BlocLegend, type BlocLegendItem } from '../../graph/bloc-legend';
import { sharedStyles } from '../shared-styles';
import { graphLegendStyles } from './graph-legend.styles';

// Colours go in presentation attributes, not style attributes: the page's CSP allows no inline styles.
function shapeSwatch(look: ActorLook): SVGTemplateResult {
  const { fill, border } = look;
  switch (look.shape) {
    case 'rectangle':
      return svg`<rect x="2" y="3" width="16" height="14" fill=${fill} stroke=${border} stroke-width="1.5" />`;
    case 'hexagon':
      return svg`<polygon points="5,2.5 15,2.5 19,10 15,17.5 5,17.5 1,10" fill=${fill} stroke=${border} stroke-width="1.5" />`;
    case 'ellipse':
      return svg`<circle cx="10" cy="10" r="8" fill=${fill} stroke=${border} stroke-width="1.5" />`;
    case 'diamond':
      return svg`<polygon points="10,1.5 18.5,10 10,18.5 1.5,10" fill=${fill} stroke=${border} stroke-width="1.5" />`;
  }
}

function arrowhead(look: RelationLook): SVGTemplateResult | null {
  const fill = look.color;
  switch (look.arrow) {
    case 'triangle':
      return svg`<polygon points="34,4 44,10 34,16" fill=${fill} />`;
    case 'tee':
      return svg`<rect x="40" y="3" width="3.5" height="14" fill=${fill} />`;
    case 'circle':
      return svg`<circle cx="40" cy="10" r="4" fill=${fill} />`;
    case 'square':
      return svg`<rect x="36" y="6" width="8" height="8" fill=${fill} />`;
    default:
      return null;
  }
}

function lineSwatch(look: RelationLook): SVGTemplateResult {
  const stroke = look.color;
  const dash = (look.dash ?? []).join(' ');
  const lines = look.double
    ? svg`<line x1="2" y1="7.5" x2="44" y2="7.5" stroke=${stroke} stroke-linecap="round" stroke-width="1.6" />
          <line x1="2" y1="12.5" x2="44" y2="12.5" stroke=${stroke} stroke-linecap="round" stroke-width="1.6" />`
    : svg`<line x1="2" y1="10" x2=${look.arrow === 'none' ? 44 : 36} y2="10" stroke=${stroke} stroke-linecap="round" stroke-dasharray=${dash} stroke-width=${Math.min(look.width, 3)} />`;
  return svg`${lines}${arrowhead(look)}`;
}

/** A comparison's mark as the graph draws it: the symbol on a pill of the mark's colour. */
function markSwatch(look: CompareMarkLook, ink: string): SVGTemplateResult {
  return svg`<line x1="2" y1="10" x2="44" y2="10" stroke=${look.color} stroke-opacity="0.45" stroke-width="9" stroke-linecap="round" />
    <rect x="14" y="2" width="18" height="16" rx="4" fill=${look.color} />
    <text x="23" y="15" text-anchor="middle" font-size="14" font-weight="bold" fill=${ink}>${look.symbol}</text>`;
}

/** A bloc mark as the graph draws it; a frustrated tie's line in the canvas's ink. */
function blocSwatch(item: BlocLegendItem, ink: string): SVGTemplateResult {
  const { mark } = item;
  if (mark.kind === 'halo') {
    return svg`<line x1="5" y1="10" x2="41" y2="10" stroke=${mark.color} stroke-width="10" stroke-linecap="round" />
      <line x1="5" y1="10" x2="41" y2="10" stroke=${ink} stroke-width="2" />`;
  }
  return svg`<circle cx="10" cy="10" r="7" stroke-dasharray=${borderDash(mark.borderStyle) ?? ''} fill=${mark.fill} stroke=${mark.border} stroke-width="2.5" />`;
}

/**
 * Explains every node shape and colour and every line colour, style and arrowhead in the graph,
 * and a comparison's marks while one is on show. Colours are never the only cue, so each row pairs
 * a swatch with a name and a meaning. Folds away to one button over the corner of the graph.
 */
@customElement('graph-legend')
export class GraphLegend extends LitElement {
  static override styles = [sharedStyles, graphLegendStyles];

  /** How many actors of each kind the dataset has. */
  @property({ attribute: false }) kindCounts: Partial<Record<ActorKind, number>> = {};
  /** How many relations of each type the dataset has. */
  @property({ attribute: false }) typeCounts: Partial<Record<RelationType, number>> = {};
  /** The blocs view's marks and counts while it is on; null hides that group. */
  @property({ attribute: false }) blocs: BlocLegend | null = null;
  /** Start folded (it floats over the graph, which it must not hide unasked); the user unfolds it. */
  @property({ type: Boolean }) folded = false;
  /** A comparison is on show: explain its marks. */
  @property({ type: Boolean }) comparing = false;

  private readonly colorScheme = new ColorSchemeController(this);

  protected override render() {
    return html`
      <details ?open=${!this.folded}>
        <summary>Legend</summary>
        <div class="groups">
        <section>
        <h3>Actors</h3>
        <ul>
          ${actorKinds.map(
            (kind) => html`<li>
              <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">${shapeSwatch(actorLooks[kind])}</svg>
              <span class="label">${actorLooks[kind].label}</span><span class="count">${this.kindCounts[kind] ?? 0}</span>
            </li>`,
          )}
        </ul>
        </section>
        ${this.renderTypes('Stances', stanceTypes)} ${this.renderTypes('Ties', tieTypes)} ${this.comparing ? this.renderMarks() : nothing} ${this.renderBlocs()}
        <p class="note">Node size: number of relations. Faint lines: inferred, not stated outright. Arrows point from the actor to the one acted on. A count on a line (3 ×): that many relations of one type between the same two actors; zoom in or press <em>Each</em> to see them apart.</p>
        </div>
      </details>
    `;
  }

  private renderMarks() {
    return html`<section>
      <h3>Comparison</h3>
      <ul>
        ${Object.values(compareMarkLooks).map(
          (look) => html`<li title=${look.meaning}>
            <svg width="46" height="20" viewBox="0 0 46 20" aria-hidden="true">${markSwatch(look, canvasInk[this.colorScheme.scheme].background)}</svg>
            <span class="label">${look.label}</span><span class="visually-hidden">: ${look.meaning}</span>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  /** Each bloc mark with its look in words (border line, halo), so it reads without colour. */
  private renderBlocs() {
    if (this.blocs === null) return nothing;
    return html`<section class="blocs">
      <h3>Blocs</h3>
      <ul>
        ${blocLegendItems(this.blocs, this.colorScheme.scheme).map(
          (item) => html`<li title=${item.meaning}>
            <svg width=${item.mark.kind === 'halo' ? 46 : 20} height="20" viewBox=${item.mark.kind === 'halo' ? '0 0 46 20' : '0 0 20 20'} aria-hidden="true">${blocSwatch(item, canvasInk[this.colorScheme.scheme].text)}</svg>
            <span class="label">${item.label}</span> <span class="looks">(${item.looks})</span><span class="visually-hidden">: ${item.meaning}</span>
            <span class="count">${item.count}</span>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderTypes(heading: string, types: readonly RelationType[]) {
    const relationLooks = relationLooksIn(this.colorScheme.scheme);
    return html`<section>
      <h3>${heading}</h3>
      <ul>
        ${types.map(
          (type) => html`<li title=${relationLooks[type].meaning}>
            <svg width="46" height="20" viewBox="0 0 46 20" aria-hidden="true">${lineSwatch(relationLooks[type])}</svg>
            <span class="label">${relationLooks[type].label}</span><span class="visually-hidden">: ${relationLooks[type].meaning}</span>
            <span class="count">${this.typeCounts[type] ?? 0}</span>
          </li>`,
        )}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'graph-legend': GraphLegend;
  }
}
