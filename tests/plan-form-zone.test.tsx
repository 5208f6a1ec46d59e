import { describe, expect, it, vi } from 'vitest';
import { PlanForm } from '../components/PlanForm';
import { mount } from './helpers/render';

describe('planning a meeting', () => {
  it('shows the user’s own time zone even when the browser’s list lacks it (Chromium lists no "UTC")', () => {
    const onSubmit = vi.fn();
    const v = mount(
      <PlanForm
        who="Northwind Traders"
        timeZone="UTC"
        zones={['Africa/Abidjan', 'Europe/London']}
        defaultWhen={Date.UTC(2026, 11, 1, 10)}
        onSubmit={onSubmit}
        onCancel={() => {}}
      />,
    );
    const select = v.root.querySelector('select')!;
    expect(select.value).toBe('UTC');
    expect(select.selectedOptions[0]?.textContent).toBe('UTC');
    // A zone the list has is not offered twice.
    v.rerender(
      <PlanForm
        who="N"
        timeZone="Europe/London"
        zones={['Africa/Abidjan', 'Europe/London']}
        defaultWhen={0}
        onSubmit={onSubmit}
        onCancel={() => {}}
      />,
    );
    expect([...v.root.querySelectorAll('option')].map((o) => o.value)).toEqual(['Africa/Abidjan', 'Europe/London']);
    v.unmount();
  });
});
