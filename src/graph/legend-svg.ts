/**
 * The legend and credit line drawn as SVG markup, for exported pictures: the same marks and
 * names as the on-screen legend, from the same palette. Text is escaped; data never becomes markup.
 */
import { actorKinds, stanceTypes, tieTypes } from '../model/vocabulary';
import type { ActorKind, RelationType } from '../model/schema';
import { escapeXmlAttribute, escapeXmlText } from '../export/xml-escape';
import { actorLooks, relationLooks, type ActorLook, type RelationLook } from '../../styles/palette';
import { blocLegendItems, borderDash, type BlocLegend, type BlocLegendItem } from './bloc-legend';

export interface FooterContent {
  readonly legend: {
    readonly kindCounts: Partial<Record<ActorKind, number>>;
    readonly typeCounts: Partial<Record<RelationType, number>>;
    /** The blocs view's marks and counts, while it is on. */
    readonly blocs?: BlocLegend | null;
  } | null;
  /** Dataset title, source citation and the dates shown, on one line; null for none. */
  readonly credit: string | null;
}

const font = 'font-family="DejaVu Sans, Arial, Helvetica, sans-serif"';
const itemWidth = 150;
/** Bloc items name their look in words too ("Bloc A (19): dark, solid border"), so they are wider. */
const blocItemWidth = 260;
const rowHeight = 24;
/** A generous average width of an 11px sans-serif character, so wrapped lines fit. */
const creditCharWidth = 6.6;

/** Breaks text into lines of at most `limit` characters, at spaces where it can. */
export function wrapWords(text: string, limit: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (candidate.length <= limit || current === '') current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

function shape(look: ActorLook, x: number, y: number): string {
  const paint = `fill="${look.fill}" stroke="${look.border}" stroke-width="1.5"`;
  switch (look.shape) {
    case 'rectangle':
      return `<rect x="${x}" y="${y - 7}" width="16" height="14" ${paint}/>`;
    case 'hexagon':
      return `<polygon points="${x + 4},${y - 7} ${x + 12},${y - 7} ${x + 16},${y} ${x + 12},${y + 7} ${x + 4},${y + 7} ${x},${y}" ${paint}/>`;
    case 'ellipse':
      return `<circle cx="${x + 8}" cy="${y}" r="7.5" ${paint}/>`;
    case 'diamond':
      return `<polygon points="${x + 8},${y - 8} ${x + 16},${y} ${x + 8},${y + 8} ${x},${y}" ${paint}/>`;
  }
}

function line(look: RelationLook, x: number, y: number): string {
  const end = x + 34;
  const dash = look.dash ? ` stroke-dasharray="${look.dash.join(' ')}"` : '';
  const stroke = look.double
    ? `<line x1="${x}" y1="${y - 2.5}" x2="${end}" y2="${y - 2.5}" stroke="${look.color}" stroke-width="1.6"/><line x1="${x}" y1="${y + 2.5}" x2="${end}" y2="${y + 2.5}" stroke="${look.color}" stroke-width="1.6"/>`
    : `<line x1="${x}" y1="${y}" x2="${end}" y2="${y}" stroke="${look.color}" stroke-width="${Math.min(look.width, 3)}" stroke-linecap="round"${dash}/>`;
  const head =
    look.arrow === 'triangle'
      ? `<polygon points="${end},${y - 5} ${end + 9},${y} ${end},${y + 5}" fill="${look.color}"/>`
      : look.arrow === 'tee'
        ? `<rect x="${end}" y="${y - 7}" width="3.5" height="14" fill="${look.color}"/>`
        : look.arrow === 'circle'
          ? `<circle cx="${end + 3}" cy="${y}" r="4" fill="${look.color}"/>`
          : look.arrow === 'square'
            ? `<rect x="${end - 1}" y="${y - 4}" width="8" height="8" fill="${look.color}"/>`
            : '';
  return stroke + head;
}

/** A bloc mark: a node with the bloc's fill and border line, or a line under a thick halo. */
function blocMark(item: BlocLegendItem, x: number, y: number): string {
  const { mark } = item;
  if (mark.kind === 'halo') {
    return `<line x1="${x}" y1="${y}" x2="${x + 34}" y2="${y}" stroke="${mark.color}" stroke-width="10" stroke-linecap="round"/><line x1="${x}" y1="${y}" x2="${x + 34}" y2="${y}" stroke="#1d2329" stroke-width="2"/>`;
  }
  const dash = borderDash(mark.borderStyle);
  return `<circle cx="${x + 8}" cy="${y}" r="7" fill="${mark.fill}" stroke="${mark.border}" stroke-width="2.5"${dash === undefined ? '' : ` stroke-dasharray="${dash}"`}/>`;
}

function label(text: string, x: number, y: number, options = ''): string {
  return `<text x="${x}" y="${y + 4}" font-size="12" fill="#1d2329" ${font}${options}>${escapeXmlText(text)}</text>`;
}

/** Markup for the footer, `width` wide, and its height; empty when there is nothing to draw. */
export function footerSvg(content: FooterContent, width: number): { readonly markup: string; readonly height: number } {
  const parts: string[] = [];
  let y = 16;
  if (content.legend) {
    const { kindCounts, typeCounts } = content.legend;
    const rows: [string, string[], number][] = [
      ['Actors', actorKinds.map((kind, i) => `${shape(actorLooks[kind], 0, 0)}${label(`${actorLooks[kind].label} (${kindCounts[kind] ?? 0})`, 22, 0)}`.replace(/^/, `<g data-i="${i}">`) + '</g>'), itemWidth],
      ['Stances', stanceTypes.map((type) => `<g>${line(relationLooks[type], 0, 0)}${label(`${relationLooks[type].label} (${typeCounts[type] ?? 0})`, 50, 0)}</g>`), itemWidth],
      ['Ties', tieTypes.map((type) => `<g>${line(relationLooks[type], 0, 0)}${label(`${relationLooks[type].label} (${typeCounts[type] ?? 0})`, 50, 0)}</g>`), itemWidth],
    ];
    if (content.legend.blocs) {
      const items = blocLegendItems(content.legend.blocs).map(
        (item) => `<g>${blocMark(item, 0, 0)}${label(`${item.label} (${item.count}): ${item.looks}`, item.mark.kind === 'halo' ? 42 : 22, 0)}</g>`,
      );
      rows.push(['Blocs', items, blocItemWidth]);
    }
    for (const [heading, items, columnWidth] of rows) {
      const perRow = Math.max(1, Math.floor((width - 90) / columnWidth));
      parts.push(label(heading, 12, y, ' font-weight="bold"'));
      items.forEach((item, i) => {
        const column = i % perRow;
        if (i > 0 && column === 0) y += rowHeight;
        parts.push(`<g transform="translate(${90 + column * columnWidth},${y})">${item}</g>`);
      });
      y += rowHeight;
    }
  }
  if (content.credit) {
    for (const creditLine of wrapWords(content.credit, Math.max(20, Math.floor((width - 24) / creditCharWidth)))) {
      parts.push(`<text x="12" y="${y + 2}" font-size="11" fill="#55606b" ${font}>${escapeXmlText(creditLine)}</text>`);
      y += 15;
    }
    y += 3;
  }
  if (parts.length === 0) return { markup: '', height: 0 };
  const height = y;
  return { markup: `<g class="entente-footer" aria-label="${escapeXmlAttribute('Legend and credit')}">${parts.join('')}</g>`, height };
}
