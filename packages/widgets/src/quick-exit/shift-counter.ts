/**
 * Counts presses of the Shift key on its own, as GOV.UK "Exit this page" does: three presses
 * within the time window trigger; any other key, or the window running out, starts again.
 */
export class ShiftCounter {
  static readonly pressesToExit = 3;
  private presses = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly windowMs: number;
  private readonly onProgress: (pressesLeft: number) => void;
  private readonly onExpired: () => void;
  private readonly onComplete: () => void;

  constructor(options: {
    windowMs: number;
    onProgress: (pressesLeft: number) => void;
    onExpired: () => void;
    onComplete: () => void;
  }) {
    this.windowMs = options.windowMs;
    this.onProgress = options.onProgress;
    this.onExpired = options.onExpired;
    this.onComplete = options.onComplete;
  }

  readonly handleKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Shift') {
      this.reset();
      return;
    }
    if (event.repeat) return;
    this.presses += 1;
    if (this.presses === 1) {
      this.timer = setTimeout(() => {
        this.reset();
        this.onExpired();
      }, this.windowMs);
    }
    if (this.presses >= ShiftCounter.pressesToExit) {
      this.reset();
      this.onComplete();
      return;
    }
    this.onProgress(ShiftCounter.pressesToExit - this.presses);
  };

  reset(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.presses = 0;
  }
}
