import type { PageExtraction } from '../schema/page-extraction';
import { prune } from '../objects';
import { appointedPeople } from './appointments';
import { mergePeople, samePerson } from './merge-people';
import { proseFacts } from './prose';
import { biographyPeople, prosePeople } from './prose-people';
import { profileForName } from './socials';

/**
 * What a company's own page states in sentences ("Founded in 2012", "headquartered in Berlin",
 * "more than 400 people", "Our mission is to …"), added to the details the page's markup gave:
 * prose only fills what is missing, structured data is trusted over sentences. It reads text the
 * extraction already holds (the page's text and the description), no page: so it runs in the
 * background once the company-details script has returned (lib/background/tab-clipper.ts), which
 * keeps the sentence patterns out of the script injected into the page. The command line and the
 * tests run it right after the details (lib/extract/full.ts). `text`: the page's own lines when
 * the clipper's reading of its text was only a teaser (proseTextOf). The people its sentences
 * name (founders, biographies, appointments) join the cards' people here too, each with the
 * page's LinkedIn link that spells their name (`profileLinks`, read by the script).
 */
export function withProseFacts(x: PageExtraction, text = x.text, profileLinks: readonly string[] = []): PageExtraction {
  if (x.kind !== 'company-page' || !x.company) return x;
  const company = { ...x.company };
  const sources = { ...x.sources };
  // The description may come from a block the page's text leaves out (a footer's "About Acme"
  // column): what its sentences state counts too, after the main text's.
  const prose = { ...proseFacts(company.description, company.name), ...proseFacts(text, company.name) };
  for (const [key, value] of Object.entries(prose) as Array<[keyof typeof prose, never]>) {
    if (key === 'size' || key === 'sizeMin' || key === 'sizeMax') {
      if (company.size === undefined && prose.size !== undefined) {
        Object.assign(company, { size: prose.size, sizeMin: prose.sizeMin, sizeMax: prose.sizeMax });
        sources['company.size'] = 'prose';
      }
      continue;
    }
    if (company[key] === undefined) {
      company[key] = value;
      sources[`company.${key}`] = 'prose';
    }
  }
  const people = prosePeopleOf(x, text, company.name, profileLinks);
  if (people) sources.people ??= 'prose';
  return { ...x, company: prune(company), sources, ...(people ? { people } : {}) };
}

/** The page's people with those its sentences name added; undefined when the sentences add none. */
function prosePeopleOf(x: PageExtraction, text: string | undefined, name: string | undefined, links: readonly string[]) {
  const known = x.people ?? [];
  const named = [
    ...prosePeople(text, name),
    // A biography may call a card's "Daniel C. Goldie" "Dan Goldie": one person.
    ...biographyPeople(text).filter((b) => !known.some((p) => samePerson(p.name, b.name))),
    ...appointedPeople(text?.split('\n') ?? []),
  ];
  if (!named.length) return undefined;
  const people = mergePeople(known, named);
  for (const p of people) {
    const profile = p.profileUrl ? undefined : profileForName(links, p.name);
    if (profile) p.profileUrl = profile;
  }
  return people;
}
