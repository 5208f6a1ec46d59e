import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { CompanyPicker } from '../../components/CompanyPicker';
import { mount } from '../helpers/render';

// The side panel reads the list of every company once the company view is shown
// (entrypoints/sidepanel/App.tsx): the picker stands in its place before, empty, then fills.
describe('the side panel’s company picker', () => {
  it('holds its place with no options while the list is read, then shows the company chosen', () => {
    const onSelect = vi.fn();
    const v = mount(<CompanyPicker companies={undefined} selectedId="c-quill" onSelect={onSelect} />);
    const select = () => v.root.querySelector<HTMLSelectElement>('select[aria-label="Switch company"]')!;
    expect(select()).not.toBeNull();
    expect(select().options).toHaveLength(0);
    const companies = [
      { id: 'c-fern', name: 'Fernhill Robotics' },
      { id: 'c-quill', name: 'Quillmark' },
    ];
    act(() => render(<CompanyPicker companies={companies} selectedId="c-quill" onSelect={onSelect} />, v.root));
    expect([...select().options].map((o) => o.text)).toEqual(['Fernhill Robotics', 'Quillmark']);
    expect(select().value).toBe('c-quill');
    v.choose(select(), 'c-fern');
    expect(onSelect).toHaveBeenCalledWith('c-fern');
  });
});
