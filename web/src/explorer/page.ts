// What a page renderer gets: where to draw, how to name the page, and how to clean up.
export interface PageContext {
  main: HTMLElement;
  params: URLSearchParams;
  /** Aborted when the reader navigates away. */
  signal: AbortSignal;
  setTitle(title: string): void;
  /** Runs fn when the page is left (e.g. to destroy a graph). */
  onCleanup(fn: () => void): void;
  /** Whether this render is still the current one. */
  current(): boolean;
}

export const SITE = 'Gut–Skin Axis Explorer';
