/**
 * Pictures of the graph: PNG (Cytoscape's own renderer, so it is what the screen shows) and SVG
 * (cytoscape-svg), each optionally with the legend and a credit line drawn underneath.
 */
import type { Core } from 'cytoscape';
import './svg-export-types';
import { footerSvg, type FooterContent } from './legend-svg';

export interface ImageOptions {
  /** The current view, or the whole graph. */
  readonly scope: 'view' | 'full';
  /** 1 to 4; clamped to what the browser's canvas can hold. */
  readonly scale: number;
  readonly background: 'white' | 'transparent';
  readonly footer: FooterContent;
}

/** Chromium's largest canvas side; larger pictures come out blank. */
const maxCanvasSide = 16384;
/** Chromium's largest canvas area, in pixels. */
const maxCanvasArea = 268_435_456;

function graphSize(cy: Core, scope: 'view' | 'full'): { width: number; height: number } {
  if (scope === 'view') return { width: cy.width(), height: cy.height() };
  const box = cy.elements(':visible').boundingBox({});
  return { width: Math.max(1, Math.ceil(box.w)), height: Math.max(1, Math.ceil(box.h)) };
}

/** The scale actually used: the one asked for, or less if the canvas could not hold it. */
export function clampedScale(cy: Core, options: Pick<ImageOptions, 'scope' | 'scale' | 'footer'>): number {
  const { width, height } = graphSize(cy, options.scope);
  const footer = footerSvg(options.footer, width).height;
  const requested = Math.min(4, Math.max(1, options.scale));
  const bySide = maxCanvasSide / Math.max(width, height + footer);
  const byArea = Math.sqrt(maxCanvasArea / (width * (height + footer)));
  return Math.max(0.1, Math.min(requested, bySide, byArea));
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the legend could not be drawn'));
    image.src = url;
  });
}

export async function graphPng(cy: Core, options: ImageOptions): Promise<Blob> {
  const scale = clampedScale(cy, options);
  const bg = options.background === 'white' ? '#ffffff' : undefined;
  // A maxWidth keeps Cytoscape from multiplying the scale by the screen's pixel ratio, so the
  // picture is the size asked for on every screen.
  const graph = await cy.png({ output: 'blob-promise', full: options.scope === 'full', scale, maxWidth: Number.MAX_SAFE_INTEGER, ...(bg ? { bg } : {}) });
  const graphImage = await createImageBitmap(graph);
  // Read the size now: a closed bitmap reports 0 by 0.
  const graphHeight = graphImage.height;
  const width = graphImage.width / scale;
  const footer = footerSvg(options.footer, width);
  if (footer.height === 0) {
    graphImage.close();
    return graph;
  }
  const canvas = document.createElement('canvas');
  canvas.width = graphImage.width;
  canvas.height = Math.ceil(graphHeight + footer.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw the picture');
  if (bg) {
    context.fillStyle = bg;
    context.fillRect(0, 0, canvas.width, canvas.height);
  }
  context.drawImage(graphImage, 0, 0);
  graphImage.close();
  const footerDocument = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${footer.height}">${footer.markup}</svg>`;
  const footerImage = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(footerDocument)}`);
  context.drawImage(footerImage, 0, graphHeight, width * scale, footer.height * scale);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the picture could not be encoded'))), 'image/png'));
}

export function graphSvg(cy: Core, options: Omit<ImageOptions, 'scale'>): string {
  const graph = cy.svg({ full: options.scope === 'full', scale: 1, maxWidth: Number.MAX_SAFE_INTEGER, ...(options.background === 'white' ? { bg: '#ffffff' } : {}) });
  const inner = graph.slice(graph.indexOf('<svg'));
  const width = Number(/\bwidth="([\d.]+)"/.exec(inner)?.[1] ?? cy.width());
  const height = Number(/\bheight="([\d.]+)"/.exec(inner)?.[1] ?? cy.height());
  const footer = footerSvg(options.footer, width);
  const total = height + footer.height;
  const background = options.background === 'white' ? `<rect width="100%" height="100%" fill="#ffffff"/>` : '';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}">`,
    background,
    inner,
    footer.height > 0 ? `<g transform="translate(0,${height})">${footer.markup}</g>` : '',
    '</svg>',
    '',
  ].join('\n');
}
