import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newPerson } from '../lib/db/records';
import { askMessage, connectionNote, NOTE_LIMIT, nudge, wordCount } from '../lib/outreach/drafts';
import type { OutreachInput } from '../lib/outreach/grounds';
import type { Clip, SelfProfile } from '../lib/schema/dossier';
import { awaitingReply } from '../lib/warm/follow-up';
import { companyRecord } from './helpers/records';

const NOW = Date.UTC(2025, 10, 29, 12);
const self: SelfProfile = {
  id: 'me',
  name: 'Priya Raman',
  schools: ['Kestrel Hill University'],
  employers: ['Harrowgate Retail', 'Quayline Freight Systems'],
  targetRole: 'Data engineer',
  updatedAt: 1,
};
const maren = newPerson(
  {
    id: 'm',
    name: 'Maren Okafor-Lindqvist',
    currentTitle: 'Head of Data Platform',
    education: [{ school: 'Kestrel Hill University' }],
    experience: [{ title: 'Head of Data Platform', company: 'Brightwater Logistics' }],
  },
  1,
);
const company = companyRecord('c', 'Brightwater Logistics', { createdAt: 1, updatedAt: 1 });
const input = (over: Partial<OutreachInput> = {}): OutreachInput => ({ person: maren, company, self, clips: [], now: NOW, ...over });

describe('outreach drafts rest on what the dossier holds', () => {
  it('a connection note: the shared school, who the user is, a short ask, within 300 characters', () => {
    const d = connectionNote(input());
    expect(d.text).toBe(
      "Hi Maren, I see we both studied at Kestrel Hill University. I'm Priya, most recently at Harrowgate Retail, and I'm exploring data engineer roles. I'd value your perspective on what data engineer work looks like at Brightwater Logistics. Would you be open to connecting?",
    );
    expect(d.text.length).toBeLessThanOrEqual(NOTE_LIMIT);
    expect(d.basis).toEqual(['You both studied at Kestrel Hill University (their clipped profile and your profile)']);
  });

  it('the referral comes first: "Jane suggested I reach out"', () => {
    const d = askMessage(input({ referrer: { name: 'Jane Doe' } }));
    expect(d.text).toMatch(/^Hi Maren,\n\nJane Doe suggested I reach out to you\. /);
    expect(d.text).toContain('Would you have 20–30 minutes');
    expect(d.text).toContain("If now isn't a good time, no problem at all");
    expect(d.text).toMatch(/Best,\nPriya Raman$/);
    expect(wordCount(d.text)).toBeLessThan(120);
    expect(d.subject).toBe('20 minutes on your work at Brightwater Logistics?');
  });

  it('something they wrote, when it was clipped and names them as author', () => {
    const piece = {
      id: 'k1',
      kind: 'article',
      title: 'From batch to streaming',
      publishedAt: '2025-09-01',
      extraction: {
        kind: 'article',
        article: { title: 'From batch to streaming at a freight company', authors: ['Maren Okafor-Lindqvist'] },
      },
    } as unknown as Clip;
    const stranger = newPerson({ id: 's', name: 'Maren Okafor-Lindqvist', currentTitle: 'Head of Data Platform' }, 1);
    const d = askMessage(input({ person: stranger, clips: [piece] }));
    expect(d.text).toContain('I read your piece "From batch to streaming at a freight company".');
  });

  it('claims nothing the dossier does not hold: no common ground, no profile, no name', () => {
    const bare = newPerson({ id: 'b', name: 'Alex Kim' }, 1);
    const note = connectionNote({ person: bare, clips: [], now: NOW });
    expect(note.text).toBe('Hi Alex, would you be open to connecting?');
    expect(note.basis).toEqual([]);
    const ask = askMessage({ person: bare, clips: [], now: NOW });
    expect(ask.text).not.toMatch(/both|I'm|read your|suggested/);
    expect(ask.text).toMatch(/Best,$/);
  });

  it('a connection’s drafts never ask to connect again, and say only what their export says', () => {
    const conn = newPerson(
      { id: 'k', name: 'Dev Anand', connection: { company: 'Brightwater Logistics Ltd', position: 'Operations Analyst', importedAt: 1 } },
      1,
    );
    const d = askMessage({ person: conn, self, clips: [], now: NOW });
    expect(d.text).toContain('I came across your work as Operations Analyst at Brightwater Logistics Ltd.');
    expect(d.basis).toContain('You are connected on LinkedIn (your export)');
  });

  it('the nudge names when the first message went', () => {
    const log = [{ id: 'l', at: NOW - 8 * 86_400_000, kind: 'messaged' as const, draft: 'ask' as const }];
    const waiting = awaitingReply({ log }, NOW);
    expect(waiting).toMatchObject({ days: 8, nudged: false });
    const d = nudge(input(), waiting);
    expect(d.text).toContain('A quick follow-up on my note from last week');
    const older = nudge(input(), awaitingReply({ log: [{ ...log[0]!, at: Date.UTC(2025, 9, 2) }] }, NOW));
    expect(older.text).toContain('my note of 2 October');
    expect(awaitingReply({ log: [...log, { id: 'r', at: NOW - 86_400_000, kind: 'replied' }] }, NOW)).toBeUndefined();
  });

  it('whatever the profile holds, the note fits 300 characters and the ask stays under 120 words', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.string({ maxLength: 300 }),
        fc.string({ maxLength: 2000 }),
        fc.string({ maxLength: 300 }),
        (name, employer, exploring, title) => {
          const me = { ...self, name: name || undefined, employers: employer ? [employer] : [], exploring: exploring || undefined };
          const p = newPerson({ id: 'x', name: title || 'Someone', currentTitle: title || undefined }, 1);
          const x = { person: p, self: me, company, clips: [], now: NOW };
          expect(connectionNote(x).text.length).toBeLessThanOrEqual(NOTE_LIMIT);
          const ask = askMessage(x);
          // Words the user typed cannot be shortened; the draft drops its own parts first.
          if (wordCount(`${me.name ?? ''} ${employer} ${exploring} ${title}`) < 40) expect(wordCount(ask.text)).toBeLessThan(120);
        },
      ),
      { numRuns: 200 },
    );
  });
});
