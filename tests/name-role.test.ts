import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { AddPerson } from '../components/AddPerson';
import { NAME_FIRST } from '../lib/messaging/errors';

/** Types into an input the way a browser reports it (an input event after the value changes). */
function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

async function mount(onAdd: (name: string, title?: string) => void) {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(h(AddPerson, { companyName: 'Brennwerk', onAdd, onPlan: () => {}, onOpen: () => {} }), root));
  await act(() => (root.querySelector('button') as HTMLButtonElement).click());
  const [name, role] = [...root.querySelectorAll('input')] as HTMLInputElement[];
  const submit = () => act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
  return { root, name: name!, role: role!, submit };
}

describe('the name and role pair (useNameRole), as the forms that add a person use it', () => {
  it('refuses an empty name with the sentence under the fields, and typing takes it away', async () => {
    const added: unknown[] = [];
    const { root, name, submit } = await mount((...a) => added.push(a));
    await submit();
    expect(added).toEqual([]);
    expect(root.querySelector('[role=alert]')?.textContent).toBe(NAME_FIRST);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    await act(() => type(name, 'T'));
    expect(root.querySelector('[role=alert]')).toBeNull();
    render(null, root);
  });

  it('hands over the name on one line, trimmed, and the role only when one was typed', async () => {
    const added: unknown[] = [];
    const { root, name, role, submit } = await mount((...a) => added.push(a));
    await act(() => type(name, '  Tim \n Thabe '));
    await submit();
    await act(() => type(role, ' CEO '));
    await submit();
    expect(added).toEqual([
      ['Tim Thabe', undefined],
      ['Tim Thabe', 'CEO'],
    ]);
    render(null, root);
  });
});
