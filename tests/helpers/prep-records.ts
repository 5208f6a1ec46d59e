import type { Clip, Company, Person, SelfProfile } from '../../lib/schema/dossier';
import type { PageKind, PostEntry } from '../../lib/schema/page-extraction';
import { clipRecord, companyRecord, personRecord } from './records';

/**
 * Records for prep-engine tests, written by hand: `clips(...)` makes a clip maker whose stories
 * carry one publication and date unless a test says otherwise.
 */
export function clips(defaults: { idPrefix: string; publishedAt: string; siteName: string }) {
  let n = 0;
  return function clip(kind: PageKind, title: string, text: string, extra: Partial<Clip> = {}): Clip {
    const url = extra.url ?? `https://news.example/${++n}`;
    return storyClip(`${defaults.idPrefix}${++n}`, url, kind, title, text, {
      publishedAt: defaults.publishedAt,
      siteName: defaults.siteName,
      ...extra,
    });
  };
}

/**
 * A clip of a page of this kind whose extraction repeats its kind, URL and title (an article's
 * title too); `extra.extraction`, when given, replaces that extraction whole.
 */
export function storyClip(id: string, url: string, kind: PageKind, title: string, text: string, extra: Partial<Clip> = {}): Clip {
  const { extraction, ...rest } = extra;
  const clip = clipRecord(id, url, { kind, title, text, ...rest, extraction: kind === 'article' ? { article: { title } } : {} });
  return extraction ? { ...clip, extraction } : clip;
}

export const person = (name: string, extra: Partial<Person> = {}): Person =>
  personRecord(`p-${name}`, name, { status: 'to-contact', ...extra });

export const company = (name: string, facts: Company['facts'] = {}): Company => companyRecord(`co-${name}`, name, { facts });

export const self = (extra: Partial<SelfProfile>): SelfProfile => ({ id: 'me', schools: [], employers: [], updatedAt: 0, ...extra });

/** A company fact from the company's own site. */
export const fact = (value: string | string[], clipId = 'c-fact') => [{ value, sourceClipId: clipId, at: 0, strength: 'owner' as const }];

/** A LinkedIn profile clip as the LinkedIn extractor leaves it, with the person's own posts. */
export function profileClipWithPosts(name: string, posts: PostEntry[], opts: { personId: string; url: string; capturedAt: number }): Clip {
  return {
    id: 'c-profile',
    url: opts.url,
    urlKey: opts.url,
    title: `${name} | LinkedIn`,
    kind: 'person-profile',
    capturedAt: opts.capturedAt,
    updatedAt: opts.capturedAt,
    personId: opts.personId,
    extraction: { kind: 'person-profile', url: opts.url, title: name, extractor: 'linkedin-person', sources: {}, person: { name, posts } },
  };
}
