/**
 * The elements the first picture does not show (the side panel with its evidence, reader, path
 * and comparison, the alignment view, the relation table): loaded just after it rather than in
 * the first load (issue 11). Until one is defined, Lit keeps the properties set on it, which the
 * element takes up when it upgrades.
 */
import './alignment-view/alignment-view';
import './relation-table/relation-table';
import './side-panel/side-panel';
