import { fold } from '../text/fold';
import { listing } from './clean';
import { type Page, type Statement, companySentences, onPage, quoted, speaksForCompany } from './statement-page';

// The projects a company names on its own pages ("projects such as the Deutsche Messe and Hannover
// airport", "Arbeiten Sie an Großprojekten wie der Deutschen Messe oder dem Flughafen Hannover"),
// read by lib/prep/statements.ts: a list of at least two names after the word for projects and
// "such as", in English, German, French, Dutch, Spanish or Italian. The page speaks in the
// sentence — "we", its name, or "you" on a careers page talking to the reader — or in the one next
// to it. Words in another language are quoted, never translated.

const PROJECTS =
  /(?<![\p{L}])(?:projects|Projekte[n]?|Großprojekte[n]?|Referenzprojekte[n]?|Bauvorhaben|projets|projecten|proyectos|progetti)\s+(?:such as|like|including|for|wie|für|bei|comme|tels? que|pour|zoals|voor|como|para|come|per)\s+([^.;:!?]{4,140})/iu;
/** The reader addressed by a careers page: the company talking. */
const YOU = /(?<![\p{L}])(?:you|your|Sie|Ihr|Ihre|vous|votre|u|jij|je|usted|tu|voi)(?![\p{L}])/u;
const ARTICLE = /^(?:the|der|dem|den|des|die|das|einem|einer|le|la|les|l['’]|du|de la|des|het|de|el|los|las|il|lo|gli|a|an)\s+/iu;

function names(list: string, own: string[]): string[] | undefined {
  const items = list
    .replace(/,?\s+(?:among others|and (?:many )?more|and others|etc\.?|u\.\s?a\.|und (?:viele )?mehr|usw\.?)$/iu, '')
    .split(/\s*,\s*|\s+(?:and|or|und|oder|et|ou|en|of|y|o|e)\s+/u)
    .map((x) => x.trim().replace(ARTICLE, '').trim())
    .filter(Boolean);
  const ok = items.every((x) => /^\p{Lu}/u.test(x) && x.split(/\s+/).length <= 5);
  const theirs = items.filter((x) => !own.some((n) => fold(n) === fold(x)));
  return ok && theirs.length >= 2 && theirs.length === items.length ? theirs : undefined;
}

export function projects(page: Page, own: string[]): Statement[] {
  for (const s of companySentences(page, own)) {
    const m = PROJECTS.exec(s.text);
    const shown = m && names(m[1]!, own);
    if (!shown) continue;
    const speaks = (t: string | undefined) => !!t && (speaksForCompany(t, own) || YOU.test(t));
    if (!speaks(s.text) && !speaks(s.all[s.index - 1]) && !speaks(s.all[s.index + 1])) continue;
    const list = page.english ? listing(shown.slice(0, 3)) : quoted(m[0]);
    return [
      {
        kind: 'projects',
        text: `Projects it names: ${list}`,
        phrase: page.english ? `names ${list} among its projects` : `names its projects: ${list}`,
        names: shown.slice(0, 3),
        evidence: s.text,
        ...onPage(page),
        strength: 7,
      },
    ];
  }
  return [];
}
