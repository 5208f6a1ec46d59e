import type { PageExtraction, PersonExtraction, SourceKind } from '../../schema/page-extraction';
import { cleanLine, httpUrlOf } from '../clean';
import { linkedinCompanyUrl, linkedinProfileUrl } from '../facts';
import { prune } from '../../objects';
import { isType, objectsOf, PERSON_TYPES, typesOf } from '../json-ld';
import { linkedinEntities } from '../linkedin-json';
import { isLegacyProfile, legacyProfile } from '../linkedin-legacy';
import { jsonProfile } from '../linkedin-profile-json';
import { isSduiProfile, sduiProfile } from '../linkedin-sdui';
import { readMetadata } from '../metadata';
import { aboutOf, educationOf, experienceOf, skillsOf, visible } from '../linkedin-sections';
import { personFacts } from '../schema-org';
import type { Extractor } from '../types';

/**
 * LinkedIn person profiles. Signed in: the DOM (name, headline, sections by anchor id, one of
 * each visually-hidden duplicate) and the API JSON in `<code>` blocks, keeping only the profile
 * the URL names — after an in-app navigation the previous profile's blocks are still in the page.
 * Signed out: the Person JSON-LD.
 */
export const linkedinPerson: Extractor = {
  id: 'linkedin-person',
  matches: (url) => /(^|\.)linkedin\.com$/i.test(url.hostname) && /^\/in\/[^/]+/i.test(url.pathname),
  // Saved or mirrored: the old public layouts, the signed-in top card, or a profile's JSON-LD.
  claims: (doc) =>
    isLegacyProfile(doc) ||
    isSduiProfile(doc) ||
    !!doc.querySelector(
      '.pv-top-card, [data-view-name="profile-top-card"], [data-view-name="profile-card"], .top-card-layout__title ~ * .experience-item, li.experience-item.profile-section-card, li.education__list-item.profile-section-card',
    ) ||
    /"ProfilePage"/.test(doc.querySelector('script[type="application/ld+json"]')?.textContent?.slice(0, 2_000) ?? ''),
  extract(doc, url, opts) {
    const md = readMetadata(doc, url);
    const ldPerson = publicPerson(md.ld);
    // Opened from disk with no canonical link, the address says nothing: the page names its profile.
    const profileUrl = linkedinProfileUrl(url.href) ?? ownProfileUrl(doc, url, ldPerson ? personFacts(md.ld, ldPerson, url) : undefined);
    const publicId = decodeURIComponent(profileUrl?.split('/')[4] ?? '');
    const sources: Record<string, SourceKind> = {};

    const fromJson = publicId ? jsonProfile(linkedinEntities(doc), publicId) : undefined;
    const fromLegacy = legacyProfile(doc, url);
    const fromSdui = fromLegacy ? undefined : sduiProfile(doc);
    const isActivity = /^\/in\/[^/]+\/(recent-activity|posts)\b/i.test(url.pathname);
    // An activity or posts tab shows the person only as the author of their posts.
    const fromDom = fromLegacy ?? fromSdui ?? (isActivity ? postAuthor(doc, publicId, md.title) : domProfile(doc, url));
    const fromLd = ldPerson ? personFacts(md.ld, ldPerson, url) : {};
    // The public page's title reads "Name - Headline | LinkedIn".
    const titled = /^(.+?)\s+[-–]\s+(.+?)\s+\|\s+LinkedIn$/.exec(md.title);
    const fromTitle: PersonExtraction = titled && titled[1] === (fromDom.name ?? fromLd.name) ? { headline: titled[2] } : {};

    const pick = <K extends keyof PersonExtraction>(key: K): PersonExtraction[K] | undefined => {
      for (const [src, kind] of [
        [fromDom, 'dom'],
        [fromTitle, 'meta'],
        [fromJson, 'embedded-json'],
        [fromLd, 'json-ld'],
      ] as const) {
        const v = src?.[key];
        if (v !== undefined && !(Array.isArray(v) && v.length === 0)) {
          sources[`person.${key}`] = kind;
          return v as PersonExtraction[K];
        }
      }
      return undefined;
    };
    // The JSON lists every position; the page shows the first few. Take the fuller list: the
    // longer one, and of two as long the one that says more (a top card names only the school).
    const fullness = (l: unknown[] | undefined) =>
      (l?.length ?? 0) * 1_000 + (l ?? []).reduce<number>((n, e) => n + (e && typeof e === 'object' ? Object.keys(e).length : 1), 0);
    const longer = <T>(a: T[] | undefined, b: T[] | undefined, c: T[] | undefined) =>
      [a, b, c].reduce<T[] | undefined>((best, l) => (fullness(l) > fullness(best) ? l : best), undefined);
    const experience = longer(fromDom.experience, fromJson?.experience, fromLd.experience);
    const education = longer(fromDom.education, fromJson?.education, fromLd.education);
    const current = experience?.find((e) => !e.end && e.start) ?? experience?.[0];
    const headline = pick('headline');
    const name = pick('name');
    const fromHeadline = headlineRole(headline);

    const person: PersonExtraction = prune({
      name,
      headline,
      currentTitle: current && !current.end ? current.title : (fromSdui?.currentTitle ?? fromHeadline?.title),
      currentCompany: current && !current.end ? current.company : (fromSdui?.currentCompany ?? fromHeadline?.company),
      currentCompanyUrl: current && !current.end ? (linkedinCompanyUrl(current.companyUrl) ?? fromLegacy?.currentCompanyUrl) : undefined,
      location: pick('location'),
      about: pick('about'),
      profileUrl,
      experience: experience?.map(({ companyUrl: _drop, ...e }) => e),
      education,
      skills: longer(fromDom.skills, fromJson?.skills, fromLd.skills),
      // Only the posts they wrote, checked against the name and address of the profile.
      posts: opts?.personPosts?.(doc, url, { name, publicId }),
    });
    if (person.experience)
      sources['person.experience'] =
        experience === fromDom.experience ? 'dom' : experience === fromJson?.experience ? 'embedded-json' : 'json-ld';
    const x: PageExtraction = {
      kind: 'person-profile',
      url: url.href,
      canonicalUrl: md.canonicalUrl,
      title: md.title,
      siteName: 'LinkedIn',
      lang: md.lang,
      image: md.image,
      person,
      extractor: 'linkedin-person',
      sources,
    };
    return prune(x);
  },
};

/**
 * "Co-founder & CTO at Pipelex | Executable AI Methods" → Co-founder & CTO, Pipelex: a headline
 * that reads "Title at Company" names the current role (only its first part, before a "|").
 */
function headlineRole(headline: string | undefined): { title: string; company: string } | undefined {
  const first = headline?.split(/\s+[|•·]\s+/)[0];
  const m = /^(.+?)\s+(?:at|@|bei|chez|presso)\s+(.+)$/i.exec(first ?? '');
  return m ? { title: m[1]!.trim(), company: m[2]!.trim() } : undefined;
}

/**
 * The profile a page shows, from the page itself (a saved file says nothing by its address): the
 * top card's own links (photo, contact info, activity), else the JSON-LD Person's `url`.
 */
function ownProfileUrl(doc: Document, base: URL, ld: PersonExtraction | undefined): string | undefined {
  const link = doc.querySelector(
    'section[componentkey$="Topcard"] a[href*="/in/"], a[href*="/overlay/contact-info"], .pv-top-card a[href*="/in/"], a[href*="/recent-activity/"]',
  );
  return linkedinProfileUrl(httpUrlOf(link?.getAttribute('href'), base)) ?? linkedinProfileUrl(ld?.profileUrl);
}

/**
 * The person on their activity or posts tab: the author of the posts, by the link to the profile
 * the URL names (2020-2024: `.update-components-actor` / `.feed-shared-actor` with a title and a
 * description; 2025-2026: the author link followed by the degree and the headline), else the
 * page title "Activity | Name | LinkedIn".
 */
function postAuthor(doc: Document, publicId: string, title: string): PersonExtraction {
  const id = publicId.toLowerCase();
  const mine = (a: Element) => {
    const m = /\/in\/([^/?#]+)/i.exec(a.getAttribute('href') ?? '');
    return !!m && decodeURIComponent(m[1]!).toLowerCase() === id;
  };
  for (const actor of Array.from(doc.querySelectorAll('.update-components-actor, .feed-shared-actor')).slice(0, 20)) {
    if (!Array.from(actor.querySelectorAll('a[href*="/in/"]')).some(mine)) continue;
    const shown = (sel: string) => {
      const el = actor.querySelector(sel);
      return cleanLine((el?.querySelector('span[aria-hidden="true"]') ?? el)?.textContent);
    };
    const name = shown('.update-components-actor__title, .update-components-actor__name, .feed-shared-actor__name');
    if (name)
      return prune({
        name: name.replace(/\s*•\s*\S+$/, ''),
        headline: shown('.update-components-actor__description, .feed-shared-actor__description'),
      });
  }
  for (const a of Array.from(doc.querySelectorAll('main a[href*="/in/"]')).slice(0, 200)) {
    if (!mine(a)) continue;
    const name = cleanLine(a.textContent);
    if (!name || name.length > 80) continue;
    // The lines after the author's link: "• 2nd", then the headline.
    const lines: string[] = [];
    for (let el = a.nextElementSibling ?? a.parentElement?.nextElementSibling; el && lines.length < 3; el = el.nextElementSibling) {
      const t = cleanLine(el.textContent);
      if (t) lines.push(t);
    }
    const headline = lines.find((l) => !/^[•·]?\s*(1st|2nd|3rd|\d+th|you|author)$/i.test(l) && !/^\d+[smhdwy]\b/i.test(l));
    return prune({ name, headline });
  }
  const parts = title
    .replace(/^\(\d+\+?\)\s+/, '')
    .split(/\s+\|\s+/)
    .filter((p) => !/^(linkedin|activity|all activity|posts|comments|reactions)$/i.test(p));
  return prune({ name: cleanLine(parts[0]?.replace(/[’']s (activity|posts)$/i, '')) });
}

// ---- signed-in DOM ----------------------------------------------------------------------------

function domProfile(doc: Document, base: URL): PersonExtraction {
  const top = doc.querySelector('.pv-top-card, [data-view-name="profile-top-card"], section.artdeco-card, main') ?? doc.body;
  const h1 = top?.querySelector('h1') ?? doc.querySelector('h1');
  const headline = top?.querySelector('.text-body-medium.break-words, .pv-top-card--list + h2, h2.mt1, .top-card-layout__headline');
  const location = top?.querySelector(
    '.text-body-small.inline.t-black--light.break-words, .pv-top-card--list-bullet li, .top-card__subline-item, .top-card-layout__first-subline span',
  );
  return prune({
    name: visible(h1),
    headline: visible(headline),
    location: visible(location),
    about: aboutOf(doc),
    experience: experienceOf(doc, base),
    education: educationOf(doc),
    skills: skillsOf(doc),
  });
}

// ---- signed-out JSON-LD -----------------------------------------------------------------------

function publicPerson(ld: ReturnType<typeof readMetadata>['ld']) {
  for (const page of ld.nodes.filter((n) => typesOf(n).includes('ProfilePage'))) {
    const main = objectsOf(ld, page, 'mainEntity').find((n) => isType(n, PERSON_TYPES));
    if (main) return main;
  }
  return ld.nodes.find((n) => isType(n, PERSON_TYPES));
}
