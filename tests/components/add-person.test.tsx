import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { CompanyScreen } from '../../entrypoints/sidepanel/CompanyScreen';
import { db } from '../../lib/db/database';
import { saveClip } from '../../lib/db/save-clip';
import { ActionsContext, runAction, type Notice } from '../../lib/ui/actions';
import type { Route } from '../../lib/ui/route';
import { companyPage } from '../helpers/factories';
import { mount } from '../helpers/render';

const until = async (ok: () => boolean) => {
  for (let i = 0; i < 300 && !ok(); i++) await act(() => new Promise((r) => setTimeout(r, 10)));
};

/** The company screen as the side panel mounts it, its notices and routes recorded. */
function screen(companyId: string) {
  const notices: Notice[] = [];
  const go = vi.fn<(r: Route) => void>();
  const run = (action: () => unknown, opts?: object) => void runAction(action, (n) => notices.push(n), opts);
  const v = mount(
    <ActionsContext.Provider value={run}>
      <CompanyScreen companyId={companyId} empty={false} go={go} onDeleted={() => {}} />
    </ActionsContext.Provider>,
  );
  const input = (label: string) =>
    [...v.root.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label))!.querySelector('input')!;
  return { v, notices, go, input };
}

describe('adding the person met by hand, on the company view', () => {
  it('refuses an empty name with a sentence, then adds the person, lists them and offers to plan a meeting', async () => {
    const saved = await saveClip(
      db(),
      companyPage('https://www.scharf-partner.example/', { name: 'Scharf Partner', summary: 'Tax advisers.' }),
    );
    const { v, notices, go, input } = screen(saved.companyId!);
    await until(() => v.text().includes('Scharf Partner'));
    v.click(v.button('Add a person'));
    v.type(input('Name'), '   ');
    v.click(v.button('Add person'));
    expect(v.root.querySelector('[role="alert"]')?.textContent).toBe("Type the person's name first.");
    expect(await db().people.count()).toBe(0);

    v.type(input('Name'), ' Wiebke Scharf ');
    // Typing answers the complaint: it goes.
    expect(v.root.querySelector('[role="alert"]')).toBeNull();
    v.type(input('Role (optional)'), 'Kanzleileitung');
    v.click(v.button('Add person'));
    await until(() => !!v.root.querySelector('ul[aria-label="People"] li'));
    const rows = [...v.root.querySelectorAll('ul[aria-label="People"] li')].map((li) => li.textContent);
    expect(rows).toEqual(['Wiebke ScharfKanzleileitung']);
    expect(notices).toEqual([{ ok: true, text: 'Added Wiebke Scharf to Scharf Partner.' }]);
    expect(v.text()).toContain("Wiebke Scharf is now among Scharf Partner's people.");
    const person = (await db().people.toArray())[0]!;
    expect(person).toMatchObject({ name: 'Wiebke Scharf', currentTitle: 'Kanzleileitung', currentCompanyId: saved.companyId });
    expect(person.status).toBeUndefined();
    v.click(v.button('Plan a meeting with Wiebke Scharf'));
    expect(go).toHaveBeenCalledWith({ name: 'plan', personId: person.id, companyId: saved.companyId });
    v.unmount();
  });

  it('from a company known only from a story (the bare card), and opens someone already there instead of adding them twice', async () => {
    const saved = await saveClip(db(), {
      kind: 'article',
      url: 'https://www.finanz.example/creditshelf-waechst',
      title: 'creditshelf wächst',
      extractor: 'generic',
      sources: {},
      article: { title: 'creditshelf wächst', aboutCompany: 'creditshelf' },
    });
    const companyId = saved.companyId!;
    const { v, notices, go, input } = screen(companyId);
    await until(() => v.text().includes('Still to find'));
    v.click(v.button('Add a person'));
    v.type(input('Name'), 'Tim Thabe');
    v.type(input('Role (optional)'), 'CEO');
    v.click(v.button('Add person'));
    await until(() => !!v.root.querySelector('ul[aria-label="People"] li'));
    // No empty card comes back once the company has a person: what is still missing stays one line each.
    expect(v.text()).not.toMatch(/No (facts|people|open roles) yet/);
    expect([...v.root.querySelectorAll('#next-h + ul li')].map((li) => li.textContent)).toEqual([
      'What creditshelf does, its size and where it is: clip its About page or its LinkedIn page.',
      'Open roles: clip its careers page or a job posting.',
    ]);
    v.click(v.button('Add a person'));
    v.type(input('Name'), 'tim  THABE');
    v.click(v.button('Add person'));
    await until(() => notices.length > 1);
    expect(notices.map((n) => n.text)).toEqual([
      'Added Tim Thabe to creditshelf.',
      "Tim Thabe is already among creditshelf's people: here they are.",
    ]);
    const people = await db().people.where('currentCompanyId').equals(companyId).toArray();
    expect(people.map((p) => [p.name, p.currentTitle])).toEqual([['Tim Thabe', 'CEO']]);
    expect(go).toHaveBeenCalledWith({ name: 'person', id: people[0]!.id });
    v.unmount();
  });
});
