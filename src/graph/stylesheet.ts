/** The Cytoscape stylesheet, built from the shared palette so the legend always matches. */
import type { StylesheetJson } from 'cytoscape';
import { actorKinds, relationTypes } from '../model/vocabulary';
import { actorLooks, blocLooksIn, canvasInk, compareMarkLooks, frustratedColor, noBlocLook, relationLooksIn, type ColorScheme, type CompareMarkName } from '../../styles/palette';

export const labelFont = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif';

export function graphStylesheet(scheme: ColorScheme = 'light'): StylesheetJson {
  const ink = canvasInk[scheme];
  const relationLooks = relationLooksIn(scheme);
  const kindRules: StylesheetJson = actorKinds.map((kind) => ({
    selector: `node.kind-${kind}`,
    style: { shape: actorLooks[kind].shape, 'background-color': actorLooks[kind].fill, 'border-color': actorLooks[kind].border },
  }));
  const typeRules: StylesheetJson = relationTypes.map((type) => {
    const look = relationLooks[type];
    return {
      selector: `edge.type-${type}`,
      style: {
        'line-color': look.double ? ink.background : look.color,
        'line-style': look.lineStyle,
        ...(look.double ? { 'line-outline-width': 1.75, 'line-outline-color': look.color } : {}),
        ...(look.dash ? { 'line-dash-pattern': [...look.dash] } : {}),
        width: look.width,
        'target-arrow-color': look.color,
        'source-arrow-color': look.color,
        'mid-target-arrow-color': look.color,
      },
    };
  });
  const arrowRules: StylesheetJson = relationTypes.map((type) => ({
    selector: `edge.directed.type-${type}`,
    style: { 'target-arrow-shape': relationLooks[type].arrow },
  }));
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'border-width': 2,
        label: 'data(label)',
        'font-family': labelFont,
        'font-size': 13,
        color: ink.text,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'text-background-color': ink.halo,
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'rectangle',
      },
    },
    ...kindRules,
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'control-point-step-size': 28,
        'arrow-scale': 1.2,
        opacity: 0.9,
        'line-cap': 'round',
      },
    },
    ...typeRules,
    ...arrowRules,
    {
      // Parallel relations of one type drawn as one: wider with each, and a count on it.
      selector: 'edge.merged',
      style: {
        width: 'mapData(count, 2, 12, 4.5, 12)',
        label: 'data(label)',
        'font-weight': 'bold',
        color: '#1d2329',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.95,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'text-border-width': 1,
        'text-border-color': '#6b7680',
        'text-border-opacity': 1,
      },
    },
    { selector: 'edge.certainty-inferred', style: { opacity: 0.65 } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.outside-focus', style: { opacity: 0.18, 'text-opacity': 0.35 } },
    // A selection, a path or a comparison: the rest steps back alike, so what matters reads at a glance.
    { selector: '.outside-selection, .outside-highlight', style: { opacity: 0.4, 'text-opacity': 0.7 } },
    { selector: 'edge.on-path', style: { 'underlay-color': '#F0E442', 'underlay-opacity': 0.9, 'underlay-padding': 6, 'z-index': 25 } },
    { selector: 'node.on-path', style: { 'underlay-color': '#F0E442', 'underlay-opacity': 0.9, 'underlay-padding': 8 } },
    ...compareMarkRules(ink.background),
    ...blocLooksIn(scheme).map((look, bloc) => ({
      selector: `node.bloc-${bloc}`,
      style: { 'background-color': look.fill, 'border-color': look.border, 'border-style': look.borderStyle, 'border-width': look.borderWidth },
    })),
    { selector: 'node.no-bloc', style: { 'background-color': noBlocLook.fill, 'border-color': noBlocLook.border, 'border-style': noBlocLook.borderStyle, 'border-width': noBlocLook.borderWidth } },
    // A thick halo, wider than any other mark, so it reads in grey too; opaque, for 3:1 against white.
    { selector: 'edge.frustrated', style: { 'underlay-color': frustratedColor, 'underlay-opacity': 1, 'underlay-padding': 9, 'z-index': 22 } },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.3 } },
    { selector: 'node.neighbourhood', style: { 'border-width': 3 } },
    // A label hidden where it would collide comes back for the actor in hand.
    { selector: 'node.label-hidden', style: { label: '' } },
    { selector: 'node.neighbourhood, node.selected, node.keyboard-focus, node.on-path', style: { label: 'data(label)', 'z-index': 15 } },
    { selector: 'node.hovered', style: { label: 'data(name)', 'z-index': 40 } },
    {
      selector: 'edge.hovered, edge.keyboard-focus',
      style: { label: 'data(label)', 'font-size': 11, color: ink.text, 'text-background-color': ink.halo, 'text-background-opacity': 0.9, 'z-index': 20 },
    },
    { selector: '.keyboard-focus', style: { 'overlay-color': ink.focus, 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
    // The keyboard's place, marked at 3:1 or more against the canvas in either theme (WCAG 1.4.11).
    { selector: 'node.keyboard-focus', style: { 'outline-width': 3, 'outline-color': ink.focus, 'outline-offset': 3, 'outline-opacity': 1 } },
    { selector: 'edge.keyboard-focus', style: { 'underlay-color': ink.focus, 'underlay-opacity': 0.7, 'underlay-padding': 5, 'z-index': 40 } },
    { selector: 'node.selected', style: { 'border-width': 5, 'border-color': ink.selection, 'z-index': 30 } },
    {
      selector: 'edge.selected',
      style: {
        'underlay-color': ink.selection,
        'underlay-opacity': 0.22,
        'underlay-padding': 5,
        width: 6,
        label: 'data(label)',
        'font-size': 12,
        color: ink.text,
        'text-background-color': ink.halo,
        'text-background-opacity': 0.95,
        'z-index': 30,
      },
    },
    { selector: 'edge.merged.selected', style: { width: 'mapData(count, 2, 12, 6.5, 14)' } },
    // A large graph zoomed out (level-of-detail.ts): straight lines, cheap to draw, no arrows or counts.
    {
      selector: 'edge.simple',
      style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', 'source-arrow-shape': 'none', label: '' },
    },
  ];
}

/** A comparison's marks: a coloured halo and a symbol on the edge, so no mark is told by hue alone. */
function compareMarkRules(background: string): StylesheetJson {
  return (Object.entries(compareMarkLooks) as [CompareMarkName, (typeof compareMarkLooks)[CompareMarkName]][]).map(([name, look]) => ({
    selector: `edge.${name}`,
    style: {
      'underlay-color': look.color,
      'underlay-opacity': 0.45,
      'underlay-padding': 6,
      label: look.symbol,
      'font-size': 22,
      'font-weight': 'bold',
      color: background,
      'text-background-color': look.color,
      'text-background-opacity': 1,
      'text-background-shape': 'roundrectangle',
      'text-background-padding': '3px',
      'z-index': 22,
    },
  }));
}
