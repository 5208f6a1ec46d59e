import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PrepSheetView, type PrepSheetViewProps } from '../../components/PrepSheetView';
import { PrintSheet } from '../../components/PrintSheet';
import { findPerson, prepInputFor } from '../../lib/prep/from-dossier';
import { prepSheetMarkdown } from '../../lib/prep/markdown';
import { buildPrepSheet, type PrepSheet } from '../../lib/prep/sheet';
import type { Interview, Question } from '../../lib/schema/dossier';
import { DossierExport } from '../../lib/schema/export';
import { personRecord } from '../helpers/records';
import { mount } from '../helpers/render';

const NOW = Date.UTC(2026, 10, 26);
const interview: Interview = {
  id: 'i1',
  when: NOW + 3 * 86_400_000,
  timeZone: 'Europe/London',
  where: 'Video call',
  durationMinutes: 30,
  status: 'planned',
  createdAt: NOW,
  updatedAt: NOW,
};

function sheetFor(name: string): PrepSheet {
  const d = DossierExport.parse(JSON.parse(readFileSync(join(__dirname, '../fixtures/dossiers', `${name}.json`), 'utf8')));
  const person = findPerson(d, undefined);
  return buildPrepSheet(prepInputFor(d, person ? { personId: person.id } : { companyId: d.companies[0]?.id }, NOW));
}

const asQuestions = (sheet: PrepSheet): Question[] =>
  sheet.questions.map(
    (q, i) => ({ ...q, interviewId: 'i1', origin: 'suggested', asked: false, order: i, basis: q.basis ?? [] }) as Question,
  );

function handlers() {
  const names = [
    'onIntro',
    'onTimer',
    'onChecklist',
    'onDone',
    'onThankYouText',
    'onThanked',
    'onCopyThankYou',
    'onReferral',
    'onCopyMarkdown',
    'onDownloadMarkdown',
    'onPrint',
    'onOpenPerson',
    'onOpenCompany',
    'onPullQuestion',
    'onCalendar',
    'onChange',
    'onMove',
    'onDelete',
    'onAdd',
  ];
  return Object.fromEntries(names.map((n) => [n, vi.fn()])) as never;
}

function render(sheet: PrepSheet, meeting: Interview = interview) {
  const h = handlers() as Record<string, ReturnType<typeof vi.fn>>;
  const props = {
    interview: meeting,
    sheet,
    questions: asQuestions(sheet),
    referrals: [],
    thankYou: '',
    ...h,
  } as unknown as PrepSheetViewProps;
  const v = mount(<PrepSheetView {...props} />);
  return { v, h, props };
}

describe('the prep sheet as the side panel shows it', () => {
  it('adds a referral with the same name and role fields as "Add a person", and refuses an empty name in words', () => {
    const { v, h, props } = render(sheetFor('rich-with-self'), { ...interview, personId: 'p1', status: 'done' });
    const form = v.root.querySelector('form[aria-labelledby="referrals-h"]')!;
    const input = (label: string) =>
      [...form.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label))!.querySelector('input')!;
    expect([...form.querySelectorAll('label')].map((l) => l.textContent)).toEqual(['Name', 'Role (optional)']);
    v.type(input('Name'), '  ');
    v.click(v.button('Add referral'));
    expect(form.querySelector('[role="alert"]')?.textContent).toBe("Type the person's name first.");
    expect(input('Name').getAttribute('aria-invalid')).toBe('true');
    expect(h.onReferral).not.toHaveBeenCalled();
    v.type(input('Name'), ' Ioana Petrescu ');
    expect(form.querySelector('[role="alert"]')).toBeNull();
    v.type(input('Role (optional)'), 'Data platform lead');
    v.click(v.button('Add referral'));
    expect(h.onReferral).toHaveBeenCalledWith('Ioana Petrescu', 'Data platform lead');
    // Until the dossier lists her (a failed add is said in the notice area), what was typed stays.
    expect(input('Name').value).toBe(' Ioana Petrescu ');
    // Listed: the pair empties for the next person they named.
    v.rerender(<PrepSheetView {...props} referrals={[personRecord('r1', 'Ioana Petrescu', { currentTitle: 'Data platform lead' })]} />);
    expect(input('Name').value).toBe('');
    expect(input('Role (optional)').value).toBe('');
    v.unmount();
  });

  it('a meeting with a company (nobody to have suggested them) says where to add the people suggested, instead of a form that refuses them', () => {
    const sheet = sheetFor('rich-with-self');
    const { v, h } = render(sheet, { ...interview, companyId: 'c1', status: 'done' });
    expect(v.root.querySelector('form[aria-labelledby="referrals-h"]')).toBeNull();
    const company = sheet.company!.name;
    expect(v.root.querySelector('.follow-up')?.textContent).toContain(
      `This meeting was with ${company}, not with a person in your dossier: add the people they suggested with “Add a person” on ${company}'s page.`,
    );
    v.click(v.button(`Open ${company}`));
    expect(h.onOpenCompany).toHaveBeenCalledWith('c1');
    v.unmount();
  });

  it('shows the questions in order with their minutes and the must-asks marked', () => {
    const sheet = sheetFor('rich-with-self');
    const { v } = render(sheet);
    expect(sheet.questions.length).toBeGreaterThan(3);
    const text = v.text();
    for (const q of sheet.questions) expect(text).toContain(q.text);
    const positions = sheet.questions.map((q) => text.indexOf(q.text));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const marked = [...v.root.querySelectorAll('li.question--must')].map((li) => li.getAttribute('data-question-id'));
    expect(marked).toEqual(sheet.questions.filter((q) => q.mustAsk).map((q) => q.id));
    expect(marked.length).toBe(3);
    v.unmount();
  });

  it('shows the company website as a person reads it, linked to the full address', () => {
    const base = sheetFor('rich-with-self');
    const sheet: PrepSheet = {
      ...base,
      company: {
        ...base.company!,
        facts: [
          ...base.company!.facts.filter((f) => f.key !== 'website'),
          { key: 'website', label: 'Website', value: 'https://www.northwind.example/', sourceClipId: 'k1' },
        ],
      },
    };
    const { v } = render(sheet);
    const link = [...v.root.querySelectorAll('a')].find((a) => a.getAttribute('href') === 'https://www.northwind.example/')!;
    expect(link.textContent).toBe('northwind.example');
    v.unmount();
  });

  it('prints a long company fact cut at a sentence, never mid-word', () => {
    const base = sheetFor('rich-with-self');
    const long =
      "Northwind Traders is an American food distribution company selling speciality foods to restaurants and grocers. Headquartered at the Northwind campus in Redmond, Washington, Northwind's best-known brands are Harbour Pantry and Fieldstone.";
    const sheet: PrepSheet = {
      ...base,
      company: {
        ...base.company!,
        facts: [
          { key: 'summary', label: 'What it does', value: long, sourceClipId: 'k1' },
          ...base.company!.facts.filter((f) => f.key !== 'summary'),
        ],
      },
    };
    const v = mount(<PrintSheet sheet={sheet} interview={interview} questions={asQuestions(sheet)} onPrint={vi.fn()} />);
    const dd = [...v.root.querySelectorAll('dd')].find((d) => d.textContent?.startsWith('Northwind Traders is'))!;
    expect(dd.textContent).toBe(
      'Northwind Traders is an American food distribution company selling speciality foods to restaurants and grocers.',
    );
    v.unmount();
  });

  it('pulls a question from the reserve when the user asks for more', () => {
    const sheet = sheetFor('rich-with-self');
    const { v, h } = render(sheet);
    const reserve = (sheet as unknown as { reserve?: Array<{ text: string }> }).reserve ?? [];
    expect(reserve.length).toBeGreaterThan(0);
    const add = [...v.root.querySelectorAll('button')].find(
      (b) => b.getAttribute('aria-label') === `Add to my questions: ${reserve[0]!.text}`,
    );
    expect(add, 'an Add button beside the reserve').toBeTruthy();
    v.click(add!);
    expect(h.onPullQuestion).toHaveBeenCalledWith(reserve[0]);
    v.unmount();
  });

  it('says in one line that nothing is clipped about a company it knows nothing of, here, in print and in Markdown', () => {
    const sheet = sheetFor('person-no-company');
    const empty: PrepSheet = { ...sheet, company: { name: 'Quillmark Systems', facts: [], news: [] }, referrals: [] };
    const { v } = render(empty);
    const card = [...v.root.querySelectorAll('section')].find(
      (s) => s.querySelector('h2')?.textContent === 'Quillmark Systems at a glance',
    );
    expect(card?.textContent).toContain('Nothing clipped about Quillmark Systems yet: clip their site or their LinkedIn page.');
    expect(card?.querySelector('dl')).toBeNull();
    v.unmount();
    expect(prepSheetMarkdown(empty)).toContain(
      '## Quillmark Systems at a glance\n\nNothing clipped about Quillmark Systems yet: clip their site or their LinkedIn page.',
    );
  });

  it('prints and exports what the page says under each hook, as the side panel shows it', () => {
    const sheet = sheetFor('person-no-company');
    const withHook: PrepSheet = {
      ...sheet,
      hooks: [
        {
          kind: 'statement',
          text: 'Handles over $10 billion in cross-border transactions',
          evidence: 'Our team has handled over $10 billion in cross-border transactions for banks in West Africa.',
          source: 'their site',
          recent: false,
          basis: [],
        },
      ],
    };
    expect(prepSheetMarkdown(withHook)).toContain(
      '- Handles over $10 billion in cross-border transactions (their site)\n  - _“Our team has handled over $10 billion in cross-border transactions for banks in West Africa.”_',
    );
    const v = mount(<PrintSheet sheet={withHook} interview={interview} questions={asQuestions(withHook)} onPrint={vi.fn()} />);
    expect(v.root.querySelector('.evidence')?.textContent).toBe(
      '“Our team has handled over $10 billion in cross-border transactions for banks in West Africa.”',
    );
    v.unmount();
  });
});
