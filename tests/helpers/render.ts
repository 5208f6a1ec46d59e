import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

// Views a test left mounted are taken down after it: their pending effects (Preact runs them after
// the next animation frame) fired after the file's jsdom was gone, and vitest failed the run on
// "cancelAnimationFrame is not defined" from a test that had passed (seen under load).
const mounted = new Set<() => void>();
afterEach(() => {
  for (const unmount of mounted) unmount();
  mounted.clear();
});

/** Renders a component into jsdom, as the extension's pages do, and gives ways to look and act. */
export function mount(node: ComponentChild) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  const unmount = () => {
    if (!mounted.delete(unmount)) return;
    act(() => render(null, root));
    root.remove();
  };
  mounted.add(unmount);
  return {
    root,
    text: () => root.textContent ?? '',
    /** The element whose accessible text (or label) is `label`. */
    button: (label: string | RegExp) => {
      const b = [...root.querySelectorAll('button')].find((x) =>
        typeof label === 'string' ? x.textContent?.trim() === label : label.test(x.textContent ?? ''),
      );
      if (!b) throw new Error(`no button ${String(label)} in: ${root.textContent}`);
      return b;
    },
    click: (el: Element) => act(() => void (el as HTMLElement).click()),
    type: (el: HTMLInputElement | HTMLTextAreaElement, value: string) =>
      act(() => {
        el.value = value;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    choose: (el: HTMLSelectElement, value: string) =>
      act(() => {
        el.value = value;
        el.dispatchEvent(new Event('change', { bubbles: true }));
      }),
    rerender: (next: ComponentChild) => act(() => render(next, root)),
    unmount,
  };
}
