/** The core method cytoscape-svg adds (registered in register-extensions.ts). */
import 'cytoscape';

declare module 'cytoscape' {
  interface SvgExportOptions {
    full?: boolean;
    scale?: number;
    maxWidth?: number;
    bg?: string;
  }
  interface Core {
    svg(options?: SvgExportOptions): string;
  }
}
