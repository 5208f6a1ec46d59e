import { escapeRegExp } from '../text/regexp';
import type { Clip, Person } from '../schema/dossier';
import { foldWords } from '../text/fold';
import { sentences } from '../text/sentences';
import { plain } from './clean';
import { companyNames, type NamedCompany } from './events';
import { authoredBy, personQuotes } from './person-words';
import type { Quote } from './quote';
import { CHOICE, ownAnswers, VIEW_ELSEWHERE, WE_ELSEWHERE } from './interview-answers';
import { paragraphQuotes } from './quote-paragraphs';

const OPEN = '“"„«';
const CLOSE = '”"“»';
const QUOTED = new RegExp(`[${OPEN}]([^${OPEN}${CLOSE}]{8,400})[${CLOSE}]`, 'gu');
const SAY =
  /\b(?:said|says|adds|added|admits|admitted|explains|explained|notes|noted|tells|told(?:\s+[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*)*)?|according to)\b/u;
/** A quote to raise is a view on the work, not a courtesy or a subject to handle with care. */
const COURTESY =
  /\b(delighted|thrilled|excited|pleased|proud|honou?red|thank\w*|congratulat\w*|welcome|love you|our dream|look forward)\b/i;
const CAREFUL =
  /\b(issues?|glitch\w*|outages?|layoffs?|laid off|job cuts|eliminat\w+|lawsuit|investigat\w+|inquiry|probe|crash\w*|scandal|recall\w*|flaw\w*|defect\w*|bankrupt\w*|restructur\w+|cost-cutting|fired|resign\w*|su(?:e|es|ed|ing)|outbreak\w*|contaminat\w+|tainted)\b/i;
/**
 * Words that leave a quote saying nothing on its own: what it is about is elsewhere in the story
 * ("one of our most requested features": which?; "It will create more opportunities": what
 * will?), or nothing is named ("a number of things that
 * Stadia can do"), or it is a press release's filler ("leveraging newer technologies"). Repeated in
 * a question, the person met hears a slogan, not a view to talk about.
 */
const SAYS_NOTHING =
  /^(?:it|they)\b|^(?:this|that|these|those)\s+(?:is|was|are|were|has|have|had|will|would|can|could|should|may|might|must|delivers?|means?|gives?|makes?|brings?|lets?|allows?|helps?|shows?|says?|includes?|gets?|puts?|takes?)\b|\bone of (?:our|the|its) (?:most|biggest|best|top)\b|\ba (?:number|lot|host|range) of things\b|\b(?:some|many|lots of) things\b|\bleverag\w*|\bthe beta\b/i;
/** Roles that speak for a company. */
const OFFICE =
  /\b(ceo|cfo|coo|cto|cmo|cpo|chief|president|founder|co-?founder|chair\w*|director|head of|vice president|vp|manager|lead|officer|spokes\w+|partner|principal|executive|engineer|designer)\b/i;

/** The text of a clip as sentences: its excerpt first, then its body. */
function sentencesOf(clip: Clip): string[] {
  const x = clip.extraction;
  const body = (clip.text ?? '').slice(0, 15_000);
  const lines = body.split(/\n+/).flatMap((p) => sentences(p.replace(/\s+/g, ' ').trim()));
  return [...new Set([x.article?.excerpt, ...lines].filter((t): t is string => !!t && t.length >= 20 && t.length <= 700))];
}

const NAME_RUN = /^((?:[\p{Lu}][\p{L}'’-]+)(?:\s+(?:[\p{Lu}]\.|[\p{Lu}][\p{L}'’-]+)){1,3})/u;

interface Speaker {
  name: string;
  role?: string;
}

/** The speaker named after the verb: "Ralf Groene, Microsoft's head of design, as he …", "CEO Tim Cook", "chief product officer Matt Salazar". */
function speakerAfter(text: string): Speaker | undefined {
  const t = text.replace(/^[\s,]+/, '');
  // "Ralf Groene, Microsoft's head of industrial design, as he sits …"
  const named = NAME_RUN.exec(t);
  if (named) {
    const rest = t.slice(named[0].length);
    const role = /^,\s*([^,;.]{3,90})/.exec(rest)?.[1];
    return { name: named[1]!, role: role && OFFICE.test(role) ? role.trim() : undefined };
  }
  // "CEO Tim Cook said", "chief product officer Matt Salazar"
  const titled = /^((?:[\p{L}'’-]+\s+){0,4}?)((?:[\p{Lu}][\p{L}'’-]+)(?:\s+[\p{Lu}][\p{L}'’-]+){1,2})/u.exec(t);
  if (titled && titled[1] && OFFICE.test(titled[1])) return { name: titled[2]!, role: titled[1].trim() };
  return undefined;
}

/** Words of a job title, never an organisation's name ("Senior Vice President", "Chief Product Officer"). */
const TITLE_WORD =
  /^(senior|junior|vice|chief|executive|head|managing|general|global|lead|principal|director|president|founder|co-?founder|ceo|cfo|cto|coo|cmo|cpo|vp|svp|evp|chair\w*|deputy|associate|assistant|regional|group|product|marketing|sales|engineering|design|technical|the|its|our|former|new|first|co-ceo|officer|manager|partner)$/i;

/** The speaker named before the verb: "…,” CEO Tim Cook said", "“…,” Salazar said". */
function speakerBefore(text: string): Speaker | undefined {
  // "Strauss Zelnick, CEO of Take-Two," — the name, then the role between commas.
  const apposed = /^((?:[\p{Lu}][\p{L}'’-]+\s+){1,2}[\p{Lu}][\p{L}'’-]+),\s*([^,]{3,90}),?$/u.exec(text.trim());
  if (apposed) return { name: apposed[1]!, role: OFFICE.test(apposed[2]!) ? apposed[2]!.trim() : undefined };
  const words = text.trim().split(/\s+/);
  // The name is the capitalised run the text ends with; title words before it ("CEO") are the role.
  let i = words.length;
  while (i > 0 && /^[\p{Lu}][\p{L}'’.-]*$/u.test(words[i - 1]!) && !TITLE_WORD.test(words[i - 1]!)) i--;
  const name = words.slice(i).join(' ');
  if (!name || words.length - i > 3) return undefined;
  const role = words
    .slice(Math.max(0, i - 5), i)
    .join(' ')
    .split(/[,.;]/)
    .pop()
    ?.trim();
  return { name, role: role && OFFICE.test(role) ? role : undefined };
}

/**
 * A role that names another organisation: "Senior Vice President of Sales for Dräger, Inc.",
 * "Emirates President", "Salesforce founder and co-CEO" — unless the organisation is the company.
 */
function otherOrganisation(role: string, names: string[]): boolean {
  const own = (org: string) => names.some((n) => ` ${foldWords(org)} `.includes(` ${n} `));
  // "… at tech market research firm IDC", "… for Dräger, Inc.", "CEO of Take-Two": a capitalised name after the preposition.
  const orgs = [
    ...role.matchAll(/\b(?:at|for)\s+(?:[\p{Ll}\p{N}/-]+\s+){0,5}([\p{Lu}][\p{L}\p{N}&'’.-]*)/gu),
    // No case-blind flag: with it, \p{Lu} would match small letters ("head of industrial design").
    ...role.matchAll(/\b(?:CEO|[Cc]hief [Ee]xecutive|[Ff]ounder|[Pp]resident|[Cc]hair\w*)\s+of\s+([\p{Lu}][\p{L}\p{N}&'’.-]*)/gu),
  ].map((m) => m[1]!);
  if (orgs.some((o) => !TITLE_WORD.test(o) && !own(o))) return true;
  const first = role
    .trim()
    .split(/\s+/)[0]!
    .replace(/['’]s$/, '');
  return /^[\p{Lu}]/u.test(first) && !TITLE_WORD.test(first) && !own(first);
}

/** A surname alone ("Salazar said") is the person the story named in full earlier ("Matt Salazar"), with the role it gave them there. */
function resolve(speaker: Speaker, text: string): Speaker | undefined {
  let { name, role } = speaker;
  if (!name.includes(' ')) {
    const full = new RegExp(`((?:[\\p{Lu}][\\p{L}'’-]+\\s+){1,2})${name}\\b`, 'u').exec(text);
    if (!full) return undefined;
    name = `${full[1]!.trim()} ${name}`;
  }
  if (!role) {
    // "chief product officer Matt Salazar", "Matt Salazar, chief product officer"
    const esc = escapeRegExp(name);
    // Whole words only, digits included: "21st Century Fox executive chairman", never "st Century Fox …".
    const before = new RegExp(`(?<![\\p{L}\\p{N}'’-])((?:[\\p{L}\\p{N}'’-]+\\s+){1,5})${esc}`, 'u').exec(text)?.[1];
    const after = new RegExp(`${esc},\\s*([^,;.“”"]{3,90})`, 'u').exec(text)?.[1];
    const cand = [after, before?.split(/[,.;]/).pop()].find((r) => r && OFFICE.test(r));
    role = cand?.trim().replace(/^(?:the|its|and|as)\s+/i, '');
  }
  return { name, role };
}

/** Words that make an answer a view worth asking about, not small talk. */
const VIEW = /\b(lesson|learned|learnt|critical|important|importance|biggest|key|believe|must)\b/i;

/**
 * The sentence of an interview's answers ("A: …") that says what the person met has learned or
 * believes: "I would also add being comfortable making decisions with imperfect information is critical."
 */
/** Where a quote was read: the clip, its address, the publication and the story's date. */
function fromStory(clip: Clip): Pick<Quote, 'clipId' | 'url' | 'source' | 'date'> {
  return {
    clipId: clip.id,
    url: clip.url,
    source: clip.siteName ?? 'a story you clipped',
    date: clip.publishedAt ?? clip.extraction.article?.publishedAt,
  };
}

/** The person met, answering in an interview the clip holds: their words on the record. */
function interviewAnswer(clip: Clip, person: Person, quote: string): Quote {
  return {
    speaker: plain(person.name),
    quote,
    byPerson: true,
    ...fromStory(clip),
    headline: false,
    answer: true,
  };
}

function answerOf(clip: Clip, person: Person): string | undefined {
  const all = answersOf(clip, person);
  // In another language: a choice they tell first, else a view said in ten words or more ("Für uns ist
  // das auch eine großer Herausforderung" says nothing of what "das" is).
  const elsewhere = (a: string) => VIEW_ELSEWHERE.test(a) && WE_ELSEWHERE.test(a);
  return (
    all.find((a) => VIEW.test(a) && /\b(I|we|you)\b/.test(a)) ??
    // A choice they tell for themselves or their team ("We chose Next.js 9.1 because of …"): asked for what it changed.
    all.find((a) => CHOICE.test(a) && /\b(?:I|[Ww]e)\b/.test(a)) ??
    all.find((a) => elsewhere(a) && CHOICE.test(a)) ??
    all.find((a) => elsewhere(a) && a.split(/\s+/).length >= 10)
  );
}

/** The sentences of an interview's answers ("A: …") when the interview is with the person met, fit to raise (no courtesy, nothing to handle with care). */
function answersOf(clip: Clip, person: Person): string[] {
  const title = `${clip.extraction.article?.title ?? clip.title} ${clip.extraction.article?.excerpt ?? ''}`;
  if (clip.kind !== 'article') return [];
  // A printed interview whose answers open on their surname ("Weber: „…“") is theirs whatever the headline names.
  // Or lines that open on their name and a colon, with no quotation marks ("Marissa: I was introduced …").
  const prefixed = ownAnswers(clip.text ?? '', plain(person.name));
  if (!prefixed.length && !foldWords(title).includes(foldWords(person.name))) return [];
  const lines = prefixed.length
    ? prefixed
    : (clip.text ?? '')
        .split(/\n+/)
        .filter((l) => /^\s*A\s*[:.]/.test(l))
        .map((l) => l.replace(/^\s*A\s*[:.]\s*/, ''));
  return lines
    .flatMap((l) => sentences(plain(l)))
    .filter((a) => {
      const n = a.split(/\s+/).length;
      return n >= 8 && n <= 30 && !COURTESY.test(a) && !CAREFUL.test(a);
    });
}

/** "We are moving subscription access to the next level with … INWEGO": what they say the company will do next. */
const PLAN =
  /^(?:we are|we're|we will|we'll)\s+(?:moving|building|launching|working on|rolling out|bringing|expanding|taking|creating|opening|adding)\b/i;

/** The plan the person met states in an interview with them: the company's next move in their own words. */
export function planOf(clip: Clip, person: Person): string | undefined {
  return answersOf(clip, person).find((a) => PLAN.test(a));
}

/**
 * A role as a sentence can carry it: "director for games at the tech giant" (the story's nickname
 * for the company says nothing) is "director for games"; a caption's "the Disney executive who is
 * overseeing the Disney+ streaming service (Walt Disney Co" (cut at the full stop of "Co.") loses
 * its open bracket and its "who is".
 */
export function roleAsWritten(role: string, company?: string): string {
  // "director for games at Google": the company the question is about goes without saying.
  const own = company ? new RegExp(`\\s+(?:at|for|of)\\s+${escapeRegExp(company)}\\.?$`, 'i') : undefined;
  return (
    role
      .replace(/\s+/g, ' ')
      // "…, but spokeswoman Andrea Rader said": the joining word belongs to the sentence, not the role.
      .replace(/^(?:(?:but|and|so|yet|while|whereas|though|although|however|also|then|when|after|with|to|according|a|an)\s+)+/i, '')
      .replace(own ?? /$^/, '')
      .replace(/\s*\([^)]*$/, '')
      .replace(/\s+who\s+(?:is|was)\s+/g, ' ')
      .replace(/\s+at\s+the\s+[\p{Ll}\s-]+$/u, '')
      .trim()
  );
}

/** The first quote by someone a story about something else places at the company (lib/prep/quote-paragraphs.ts). */
function quotesOfOthersStory(clip: Clip, names: string[]): Quote[] {
  const fit = (q: string) => !COURTESY.test(q) && !CAREFUL.test(q) && !SAYS_NOTHING.test(q);
  return paragraphQuotes(clip, names, fit)
    .slice(0, 1)
    .map((q) => ({
      speaker: q.speaker,
      role: roleAsWritten(q.role),
      quote: q.quote,
      byPerson: false,
      ...fromStory(clip),
      headline: false,
    }));
}

/**
 * Everything said on the record: the company's quotes (below), and when none of them is the person
 * met's, the person's own words found by their surname (person-words.ts) first.
 */
export function quotesIn(clips: Clip[], company: NamedCompany | undefined, person: Person | undefined): Quote[] {
  const found = company ? companyQuotes(clips, company, person) : [];
  // The person met, quoted by surname in a story the company's quotes do not read (person-words.ts).
  return found.some((q) => q.byPerson) ? found : [...personQuotes(clips, person), ...found];
}

/**
 * Quotes by people of the company (or by the person met) in clipped stories and the company's own
 * pages, one per clip at most, the best first: a quote the headline carries, a speaker whose role
 * the story gives, a statement of a view rather than a courtesy.
 */
function companyQuotes(clips: Clip[], company: NamedCompany, person: Person | undefined): Quote[] {
  const names = companyNames(company).map(foldWords);
  const out: Quote[] = [];
  for (const clip of clips) {
    if (clip.kind !== 'article' && clip.kind !== 'company-page') continue;
    // A story about the company (its title names it) or the company's own page.
    const title = clip.extraction.article?.title ?? clip.title;
    const own = clip.kind === 'company-page' || foldWords(clip.siteName ?? '') === names[0];
    if (!own && !names.some((n) => ` ${foldWords(title)} `.includes(` ${n} `))) {
      // A story about something else: only its quotes by people it places at the company.
      if (clip.kind === 'article') out.push(...quotesOfOthersStory(clip, companyNames(company)));
      continue;
    }
    // A story whose headline is a setback ("‘We had some issues,’ exec says on Disney+ glitches"):
    // what its people say answers for the setback ("We’ve never had demand that we saw that day"),
    // so none of it is a quote to raise (it is marked careful); the setback is handled with care instead.
    const careful = CAREFUL.test(title);
    const text = plain(clip.text ?? '');
    const found: Array<Quote & { score: number }> = [];
    for (const s of sentencesOf(clip)) {
      const sentence = plain(s);
      for (const m of sentence.matchAll(QUOTED)) {
        const quote = m[1]!.trim().replace(/[,]$/, '');
        const words = quote.split(/\s+/).length;
        if (words < 3 || words > 40 || COURTESY.test(quote) || CAREFUL.test(sentence) || SAYS_NOTHING.test(quote)) continue;
        const before = sentence.slice(0, m.index);
        const after = sentence.slice(m.index! + m[0].length);
        // "“…,” says Jack Buser, director …" / "“…,” CEO Tim Cook said" / "Tim Cook said: “…”"
        const lead = /^\s*,?\s*/.exec(after)![0];
        const rest = after.slice(lead.length);
        let sp: Speaker | undefined;
        const verbFirst = new RegExp(`^${SAY.source}\\s+`, 'u').exec(rest);
        if (verbFirst) sp = speakerAfter(rest.slice(verbFirst[0].length));
        else {
          const verbAfter = new RegExp(`^(.{2,60}?)\\s+${SAY.source}`, 'u').exec(rest);
          if (verbAfter) sp = speakerBefore(verbAfter[1]!);
          else {
            const said = new RegExp(`(.{2,60}?)\\s+${SAY.source}\\s*(?:that\\s+)?[,:]?\\s*$`, 'u').exec(before);
            if (said) sp = speakerBefore(said[1]!);
          }
        }
        if (!sp) continue;
        sp = resolve(sp, text || sentence);
        if (!sp) continue;
        const byPerson = !!person && foldWords(person.name) === foldWords(sp.name);
        // Someone of another organisation ("… for Dräger, Inc.", "Emirates President Tim Clark") speaks for them, not for the company.
        const role = sp.role;
        if (!byPerson && (!role || otherOrganisation(role, names))) continue;
        // A quote inside a claim ("Apple was “pulled into the enterprise,” …"): the claim is the sentence up to the quote's end.
        const claimText =
          before.trim() && !new RegExp(`${SAY.source}\\s*(?:that\\s+)?[,:]?\\s*$`, 'u').test(before) ? before.trim() : undefined;
        const claim = claimText && claimText.split(/\s+/).length <= 12 ? `${claimText} “${quote}”` : undefined;
        const headline = quote.split(/\s+/).length >= 3 && foldWords(title).includes(foldWords(quote).split(' ').slice(0, 3).join(' '));
        found.push({
          speaker: sp.name,
          // "director for games at the tech giant": the story's nickname for the company says nothing.
          role: role && roleAsWritten(role, company.name),
          quote,
          claim,
          byPerson,
          // Their own byline on the story: words of theirs it carries, they wrote.
          written: byPerson && authoredBy(clip, plain(person!.name)),
          ...fromStory(clip),
          headline,
          // The story's headline quote first, then the person met, then the first quote the story gives (its lede).
          score: (headline ? 4 : 0) + (byPerson ? 3 : 0) + (found.length ? 0 : 2) + (words >= 6 && words <= 30 ? 1 : 0) + (role ? 1 : 0),
        });
      }
    }
    // An interview with the person met ("Q: … A: …"): their answers are their own words on the record.
    if (person && !found.some((q) => q.byPerson)) {
      const answer = answerOf(clip, person);
      if (answer) found.push({ ...interviewAnswer(clip, person, answer), score: 3 });
    }
    const best = found.sort((a, b) => b.score - a.score)[0];
    if (best) {
      const { score: _score, ...q } = best;
      out.push(careful ? { ...q, careful } : q);
    }
    // An interview with the person met may also say what the company does next, in their words: a second subject.
    const plan = person && planOf(clip, person);
    if (person && plan && plan !== best?.quote)
      out.push({ ...interviewAnswer(clip, person, plan), plan: true, ...(careful ? { careful } : {}) });
  }
  return out.sort((a, b) => Number(b.headline) - Number(a.headline) || (b.date ?? '').localeCompare(a.date ?? ''));
}
