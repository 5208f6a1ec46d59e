import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { requestRoute, useRoute } from '../lib/ui/route';

beforeEach(() => fakeBrowser.reset());

/** What the side panel would show: the name of its view, or nothing while the request is read. */
async function shown(): Promise<{ first: string; settled: string; root: HTMLElement }> {
  const root = document.createElement('div');
  document.body.append(root);
  function Panel() {
    const [route] = useRoute();
    return h('p', null, route ? route.name : 'nothing yet');
  }
  await act(() => render(h(Panel, null), root));
  const first = root.textContent ?? '';
  await act(() => new Promise((r) => setTimeout(r, 0)));
  return { first, settled: root.textContent ?? '', root };
}

describe('the side panel opens on the view it was asked for, not on the company view first', () => {
  it('shows no view until the request is read, then the requested one', async () => {
    await requestRoute({ name: 'prep', id: 'iv1' });
    const { first, settled, root } = await shown();
    // Before the request is read no view starts (the company view would read the newest company's clips).
    expect(first).toBe('nothing yet');
    expect(settled).toBe('prep');
    render(null, root);
  });

  it('shows the company view when nothing was requested, or the request is damaged', async () => {
    const none = await shown();
    expect(none.first).toBe('nothing yet');
    expect(none.settled).toBe('company');
    render(null, none.root);
    await fakeBrowser.storage.session.set({ 'rapport:route': { name: 'prep' } });
    const damaged = await shown();
    expect(damaged.settled).toBe('company');
    render(null, damaged.root);
  });

  it('follows a request made while it is open', async () => {
    const { settled, root } = await shown();
    expect(settled).toBe('company');
    await act(async () => {
      await requestRoute({ name: 'pipeline' });
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(root.textContent).toBe('pipeline');
    render(null, root);
  });
});
