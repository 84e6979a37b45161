import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Plays through a range of years: shows one every `stepMs`, stops after the last, and stops when
 * its host leaves the page. Its host re-renders whenever playback starts or stops.
 */
export class PlaybackController implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;
  private shown: number | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly stepMs: number,
    private readonly showYear: (year: number) => void,
  ) {
    host.addController(this);
  }

  get playing(): boolean {
    return this.timer !== undefined;
  }

  /** The year playback showed last, while it plays. */
  get year(): number | undefined {
    return this.shown;
  }

  /** Shows `from` at once, then each following year up to `last`. */
  play(from: number, last: number): void {
    this.stop();
    this.show(from);
    this.timer = setInterval(() => {
      const next = (this.shown ?? last) + 1;
      if (next > last) {
        this.stop();
        return;
      }
      this.show(next);
      if (next === last) this.stop();
    }, this.stepMs);
    this.host.requestUpdate();
  }

  stop(): void {
    if (this.timer === undefined && this.shown === undefined) return;
    clearInterval(this.timer);
    this.timer = undefined;
    this.shown = undefined;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private show(year: number): void {
    this.shown = year;
    this.showYear(year);
  }
}
