/**
 * The elements around the graph (the search and Filters drawer, the legend, messages, the
 * header's Export menu with the formats it lists, and what opens later: the side panel with
 * evidence, reader, path and comparison, the alignment view, the relation table): loaded just
 * after the first picture rather than in the first load (issue 11). Until one is defined, Lit
 * keeps the properties set on it, which it takes up when it upgrades.
 */
import '../alignment-view/alignment-view';
import '../app-messages/app-messages';
import '../explore-drawer/explore-drawer';
import '../export-menu/export-menu';
import '../graph-legend/graph-legend';
import '../relation-table/relation-table';
import '../side-panel/side-panel';
