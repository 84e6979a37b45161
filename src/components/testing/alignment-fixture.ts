/** The bundled dataset's alignment analysis, computed as the store computes it, for browser tests. */
import { viewAlignment, type ViewAlignment } from '../../analysis/view-alignment';
import { defaultViewState, type ViewState } from '../../analysis/view-state';
import { computeVisibility } from '../../analysis/visibility';
import type { DatasetIndex } from '../../model/dataset-index';

export function alignmentOf(index: DatasetIndex, view: ViewState = defaultViewState): ViewAlignment {
  return viewAlignment(index, computeVisibility(index, view));
}
