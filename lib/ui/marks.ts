/**
 * Performance marks the benchmark reads (tests/bench): when a view first shows its data. A mark
 * costs nothing measurable and leaves the page, the user and the network untouched.
 */
const done = new Set<string>();

export function markOnce(name: 'app-start' | 'popup-interactive' | 'company-rendered' | 'prep-rendered' | 'pipeline-rendered'): void {
  if (done.has(name)) return;
  done.add(name);
  performance.mark(`rapport:${name}`);
}
