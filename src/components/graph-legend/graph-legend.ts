import { html, LitElement, nothing, svg, type SVGTemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { actorKinds, stanceTypes, tieTypes, type ActorKind, type RelationType } from '../../model/schema';
import { actorLooks, relationLooks, type ActorLook, type RelationLook } from '../../../styles/palette';
import { blocLegendItems, borderDash, type BlocLegend, type BlocLegendItem } from '../../graph/bloc-legend';
import { sharedStyles } from '../shared-styles';
import { graphLegendStyles } from './graph-legend.styles';

function shapeSwatch(look: ActorLook): SVGTemplateResult {
  const paint = `fill:${look.fill};stroke:${look.border};stroke-width:1.5`;
  switch (look.shape) {
    case 'rectangle':
      return svg`<rect x="2" y="3" width="16" height="14" style=${paint} />`;
    case 'hexagon':
      return svg`<polygon points="5,2.5 15,2.5 19,10 15,17.5 5,17.5 1,10" style=${paint} />`;
    case 'ellipse':
      return svg`<circle cx="10" cy="10" r="8" style=${paint} />`;
    case 'diamond':
      return svg`<polygon points="10,1.5 18.5,10 10,18.5 1.5,10" style=${paint} />`;
  }
}

function arrowhead(look: RelationLook): SVGTemplateResult | null {
  const fill = `fill:${look.color}`;
  switch (look.arrow) {
    case 'triangle':
      return svg`<polygon points="34,4 44,10 34,16" style=${fill} />`;
    case 'tee':
      return svg`<rect x="40" y="3" width="3.5" height="14" style=${fill} />`;
    case 'circle':
      return svg`<circle cx="40" cy="10" r="4" style=${fill} />`;
    case 'square':
      return svg`<rect x="36" y="6" width="8" height="8" style=${fill} />`;
    default:
      return null;
  }
}

function lineSwatch(look: RelationLook): SVGTemplateResult {
  const stroke = `stroke:${look.color};stroke-linecap:round`;
  const dash = (look.dash ?? []).join(' ');
  const lines =
    look.double
      ? svg`<line x1="2" y1="7.5" x2="44" y2="7.5" style=${`${stroke};stroke-width:1.6`} />
            <line x1="2" y1="12.5" x2="44" y2="12.5" style=${`${stroke};stroke-width:1.6`} />`
      : svg`<line x1="2" y1="10" x2=${look.arrow === 'none' ? 44 : 36} y2="10" stroke-dasharray=${dash} style=${`${stroke};stroke-width:${Math.min(look.width, 3)}`} />`;
  return svg`${lines}${arrowhead(look)}`;
}

function blocSwatch(item: BlocLegendItem): SVGTemplateResult {
  const { mark } = item;
  if (mark.kind === 'halo') {
    return svg`<line x1="5" y1="10" x2="41" y2="10" style=${`stroke:${mark.color};stroke-opacity:0.75;stroke-width:10;stroke-linecap:round`} />
      <line x1="5" y1="10" x2="41" y2="10" style="stroke:#1d2329;stroke-width:2" />`;
  }
  return svg`<circle cx="10" cy="10" r="7" stroke-dasharray=${borderDash(mark.borderStyle) ?? ''} style=${`fill:${mark.fill};stroke:${mark.border};stroke-width:2.5`} />`;
}

/**
 * Explains every node shape and colour and every line colour, style and arrowhead in the graph.
 * Colours are never the only cue, so each row pairs a swatch with a name and a meaning.
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
  /** Start folded (when room is short); the user can still unfold it. */
  @property({ type: Boolean }) folded = false;

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
        ${this.renderTypes('Stances', stanceTypes)} ${this.renderTypes('Ties', tieTypes)} ${this.renderBlocs()}
        <p class="note">Node size: number of relations. Faint lines: inferred, not stated outright. Arrows point from the actor to the one acted on. A count on a line (3 ×): that many relations of one type between the same two actors; zoom in or press <em>Each</em> to see them apart.</p>
        </div>
      </details>
    `;
  }

  /** Each bloc mark with its look in words (border line, halo), so it reads without colour. */
  private renderBlocs() {
    if (this.blocs === null) return nothing;
    return html`<section class="blocs">
      <h3>Blocs</h3>
      <ul>
        ${blocLegendItems(this.blocs).map(
          (item) => html`<li title=${item.meaning}>
            <svg width=${item.mark.kind === 'halo' ? 46 : 20} height="20" viewBox=${item.mark.kind === 'halo' ? '0 0 46 20' : '0 0 20 20'} aria-hidden="true">${blocSwatch(item)}</svg>
            <span class="label">${item.label}</span> <span class="looks">(${item.looks})</span><span class="visually-hidden">: ${item.meaning}</span>
            <span class="count">${item.count}</span>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderTypes(heading: string, types: readonly RelationType[]) {
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
