import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ColorScheme } from '../../styles/palette';

/** Follows the page's `prefers-color-scheme`, for what CSS cannot colour (the canvas, SVG swatches). */
export class ColorSchemeController implements ReactiveController {
  private readonly query = window.matchMedia('(prefers-color-scheme: dark)');

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange: (scheme: ColorScheme) => void = () => undefined,
  ) {
    host.addController(this);
  }

  get scheme(): ColorScheme {
    return this.query.matches ? 'dark' : 'light';
  }

  hostConnected(): void {
    this.query.addEventListener('change', this.handleChange);
  }

  hostDisconnected(): void {
    this.query.removeEventListener('change', this.handleChange);
  }

  private readonly handleChange = (): void => {
    this.onChange(this.scheme);
    this.host.requestUpdate();
  };
}
