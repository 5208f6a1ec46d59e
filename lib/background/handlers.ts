import type { RapportDb } from '../db/database';
import { companyClues, companyHint, findCompany } from '../db/companies';
import { personHint } from '../db/save-person';
import { stripUndefined } from '../objects';
import { nextMeeting, pageContext } from '../db/page-context';
import { researchingCompany } from '../db/researching';
import { saveClip } from '../db/save-clip';
import { knownAt } from '../db/known-people';
import { hostSuffixes } from '../db/host-suffixes';
import { urlKey } from '../db/url-key';
import { UserError } from '../messaging/errors';
import type { Handlers } from '../messaging/server';
import { extractTab, tabOrGone, type TabAccess } from './tab-clipper';

/** What the background does beside answering. */
export interface BackgroundServices {
  /** After a clip: mark the tab's badge. */
  onSaved?(tabId: number): Promise<unknown>;
}

/** The background's answers to the popup (the one page that talks to it: it acts on a tab). */
export function createHandlers(db: RapportDb, tabs: TabAccess, services: BackgroundServices = {}): Handlers {
  return {
    async preview({ tabId }) {
      const { extraction, ms, partial } = await extractTab(tabs, tabId);
      const existing = await db.clips.where('urlKey').equals(urlKey(extraction.url)).first();
      const clues = companyClues(extraction);
      const known = existing?.companyId ? await db.companies.get(existing.companyId) : await findCompany(db, clues);
      const company = known ? { id: known.id, name: known.name } : clues.mayCreate && clues.name ? { name: clues.name } : undefined;
      const hints = existing
        ? undefined
        : { company: await companyHint(db, clues, known?.id), person: await personHint(db, extraction, known?.id) };
      // A story about no company, or about one the dossier does not know: offer the one the
      // user is preparing for.
      const ambiguous = extraction.kind === 'article' && !known;
      const target = ambiguous ? await researchingCompany(db) : undefined;
      return {
        extraction,
        existingClip: existing ? { id: existing.id, capturedAt: existing.capturedAt } : undefined,
        company,
        hints: hints?.company || hints?.person ? stripUndefined(hints) : undefined,
        suggested: target,
        extractMs: ms,
        partial,
      };
    },

    async save({ tabId, extraction, companyId, personId }) {
      if (extraction) {
        // The reviewed extraction must still describe the page in that tab.
        const tab = await tabOrGone(tabs, tabId);
        if (!tab) throw new UserError('no-tab', 'That tab is gone. Open the page again and retry.');
        if (!tab.url || urlKey(tab.url) !== urlKey(extraction.url)) {
          throw new UserError(
            'tab-changed',
            'This tab moved to another page since Rapport read it. Open Rapport again to clip the new page.',
          );
        }
      }
      const x = extraction ?? (await extractTab(tabs, tabId)).extraction;
      if (companyId && !(await db.companies.get(companyId)))
        throw new UserError('no-company', 'That company is no longer in your dossier. Choose another one and clip again.');
      if (personId && !(await db.people.get(personId)))
        throw new UserError('no-person', 'That person is no longer in your dossier. Clip the page without choosing them.');
      const result = await saveClip(db, x, { companyId, personId });
      await services.onSaved?.(tabId);
      return result;
    },

    async companies() {
      const all = await db.companies.orderBy('name').toArray();
      return all.map((c) => ({ id: c.id, name: c.name }));
    },

    async context({ url }) {
      const ctx = await pageContext(db, url);
      const [company, person, next] = await Promise.all([
        ctx.companyId ? db.companies.get(ctx.companyId) : undefined,
        ctx.personId ? db.people.get(ctx.personId) : undefined,
        nextMeeting(db, ctx),
      ]);
      return {
        companyId: company?.id,
        companyName: company?.name,
        personId: person?.id,
        personName: person?.name,
        connection: person?.connection && {
          since: person.connection.since,
          company: person.connection.company,
          position: person.connection.position,
        },
        next: next && {
          interviewId: next.interview.id,
          when: next.interview.when,
          timeZone: next.interview.timeZone,
          where: next.interview.where,
          durationMinutes: next.interview.durationMinutes,
          who: next.who,
          mustAsk: next.mustAsk,
        },
      };
    },

    async known({ companyId, name, domains, linkedinUrl, exceptPersonId }) {
      // A company in the dossier knows more of its names and domains than the page does.
      const company = companyId
        ? await db.companies.get(companyId)
        : await findCompany(db, {
            name,
            domains: (domains ?? []).flatMap((d) => hostSuffixes(`https://${d}`)),
            linkedinUrl,
            mayCreate: false,
            claims: {},
          });
      // A page's host ("careers.wrenfold.io") stands for each of its registrable suffixes.
      const hosts = (domains ?? []).flatMap((d) => hostSuffixes(`https://${d}`));
      const org = company ?? (name ? { name, domains: hosts, linkedinUrl } : undefined);
      if (!org) return { people: [], total: 0 };
      const people = await knownAt(db, org, await db.self.get('me'), exceptPersonId);
      return { companyId: company?.id, companyName: org.name, people: people.slice(0, 50), total: people.length };
    },
  };
}
