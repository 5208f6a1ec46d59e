import { listing } from '../clean';
import { escapeRegExp } from '../../text/regexp';
import { companyNames } from '../events';
import type { Grounded, Signals } from '../signals';
import { one } from './helpers';
import { openerOfferings, openerSpan } from './offerings';
import { roleSaid } from './role-said';
import { quoted } from '../statement-page';
import type { Filled } from './types';
import { farFromProduct, launchOpener } from './opener-story';

/** "the e-tron Sportback", "Stadia": a launch named as a question names it. */
export { named } from './opener-story';

/** What the company makes, when its own summary says it plainly ("Stream builds chat and feeds for …"). */
function makes(s: Signals): Grounded<string> | undefined {
  const f = s.fact('summary');
  if (!f || !s.companyName) return undefined;
  const m = new RegExp(
    String.raw`^(?:${companyNames({ name: s.companyName }).map(escapeRegExp).join('|')})\s+(?:builds|makes|sells|develops|designs|manufactures|produces)\s+(?!an?\s|the\s|its\s)([\p{L}\p{N}][\p{L}\p{N} &'’-]{2,40}?)(?=\s+(?:for|to|at|in|that|which|with|from)\b|[,.;])`,
    'u',
  ).exec(f.value);
  if (m && m[1]!.split(/\s+/).length <= 5) return { value: m[1]!.trim(), basis: f.basis };
  // "Loom is the video messaging platform for work": what it is (to the word that ends it: "to-do list app" is one thing), when that is a product ("a platform",
  // "an app"), not a kind of firm ("a family-owned company" has no part to work on).
  const is = new RegExp(
    String.raw`^(?:${companyNames({ name: s.companyName }).map(escapeRegExp).join('|')})\s+is\s+(?:the|an?)\s+(?:(?:world['’]s|leading|#1|number one|favou?rite|best|first|only|most\s+\p{L}+)\s+)*([\p{L}\p{N}][\p{L}\p{N} &'’-]{2,50}?)(?=\s+(?:for|to|at|in|that|which|with|from|built|designed|used)\s|[,.;])`,
    'u',
  ).exec(f.value);
  const what = is?.[1]?.trim();
  return what && what.split(/\s+/).length <= 6 && PRODUCT_NOUN.test(what) ? { value: what, basis: f.basis } : undefined;
}

/**
 * The lines of work its own summary lists after a verb of making, as an encyclopedia writes it
 * ("… a technology corporation producing computer software, consumer electronics, personal
 * computers, and related services"; "… that designs, develops and sells phones, tablets and
 * wearables"): two to four of them, each a few words, less a catch-all ("related services").
 */
export function makesList(s: Signals): Grounded<string[]> | undefined {
  const f = s.fact('summary');
  const m =
    /\b(?:producing\s+|(?:that|which)\s+(?:(?:designs|develops|makes|produces|manufactures|sells|markets)(?:,?\s+and\s+|,\s*|\s+))+)((?:[\p{Ll}][\p{L}-]*\s?){1,3}(?:,\s*(?:and\s+)?(?:[\p{Ll}][\p{L}-]*\s?){1,3}){1,4})[.;]/u.exec(
      f?.value ?? '',
    );
  if (!f || !m) return undefined;
  const items = m[1]!
    .split(/,\s*(?:and\s+)?|\s+and\s+/)
    .map((x) => x.trim())
    .filter((x) => x && !/^(?:(?:other|related|similar|associated)\s+\p{L}+|more)$/u.test(x));
  return items.length >= 2 && items.length <= 4 ? { value: items, basis: f.basis } : undefined;
}

/** The last word of a product, not of a firm. */
const PRODUCT_NOUN =
  /(?:platform|app|application|software|tool|service|network|marketplace|system|engine|API|database|manager|editor|browser|layout|framework|suite|recorder)$/i;

/**
 * The opener as the dossier allows, when no profile tells their path. Someone a team page's bio
 * says joined in a given year is asked what came before (their title alone is asked about by the
 * role questions: the opener would say it twice); someone nobody names yet is asked what they work on, against the thing the research found — the product just
 * launched, what the company makes — so the first question also says where they sit. Not an open
 * role or an order won: the questions after it name those again, and a sheet saying "the Analytics
 * Engineer" three times in four questions reads as a template. Nothing of these: what they work on.
 */
export function openerFor(s: Signals): Filled[] | undefined {
  if (s.move || s.studySwitch || s.career.current || s.headline) return undefined;
  // "Apple", not "Apple Inc.": said aloud, the legal suffix sounds read off a form.
  const co = s.companyName ? companyNames({ name: s.companyName }).pop() : undefined;
  if (s.title && co) {
    // Their own quote on the company's page says why they joined: asked back, it opens on their story
    // and on what the page only claims ("a scalable contribution"), which only their work can show.
    if (s.bio?.why)
      return one(
        `On ${co}'s page you say you joined because ${s.bio.why}. Where does your own work show that, and where is it hardest?`,
        'Their own words on the company’s page say why they joined: how that holds up in the work is theirs to tell.',
        [`clip:${s.bio.clipId}`],
      );
    // Years in the trade and a licence, as their company's page says: how they got there is the opener.
    if (!s.bio?.joined && (s.bio?.years || s.bio?.credential)) {
      const said = listing(
        [s.bio.years ? `spent ${s.bio.years}` : undefined, s.bio.credential ? `become ${s.bio.credential}` : undefined].filter(
          (x): x is string => !!x,
        ),
      );
      return one(
        `${co}'s page says you have ${said}. How did you get started, and what did it take to get there?`,
        'Their company’s own page tells where they got to, not the road there: that story is theirs to tell.',
        [`clip:${s.bio.clipId}`],
      );
    }
    if (s.bio?.joined)
      return one(
        `You joined ${co} in ${s.bio.joined.slice(0, 4)}. What did you do before, and what brought you there?`,
        'Their bio on the team page says when they joined, not the road there: that story is theirs to tell.',
        [`clip:${s.bio.clipId}`],
      ).map((f) => ({ ...f, weak: true }));
    // Only a title (a team card, a service page's byline, a story naming them): the opener asks the
    // road to that very role, not the classic "how did you find your way" any sheet could ask. Still
    // weak: a title is what the page says, not a fact the question puts to work.
    const role = roleSaid(s.title, co);
    if (role)
      return one(
        `How did you come to be ${role} ${/^the\s/.test(role) && !/\sof\s/.test(role) ? 'of' : 'at'} ${co}, and what did the road there look like?`,
        'Their title is all the research says of them: the road to it is their story, and no page tells it.',
        [`person:${s.personId}:title`],
      ).map((f) => ({ ...f, weak: true }));
    return undefined;
  }
  if (s.title || !co) return undefined;
  // The launch the user read about, as the yardstick of what they do (opener-story.ts). Its own
  // question on the launch may make the sheet: then the opener is the one it would be without it
  // (the engine swaps it in), so one sheet never asks about the same launch twice (issue 11: audi-etron).
  const launched = launchOpener(s, co);
  const plain = placeOpener(s, co);
  if (launched) return launched.map((f) => ({ ...f, instead: plain[0] }));
  return plain;
}

/** Where someone nobody names yet sits, against what the company's own pages say it does; nothing of that: what they work on. */
function placeOpener(s: Signals, co: string): Filled[] {
  // The company's own page the user clipped is on one of its services: which part of it is theirs
  // places them in the user's own reading (blind-15 warrenaverett-hr-inrole, viehbacher asked "what do you work on").
  const page = s.ownPage?.value;
  const own = `${/s$/i.test(co) ? `${co}’` : `${co}’s`}`;
  if (page?.service)
    return one(
      page.english
        ? `Which part of ${own} ${page.phrase} is yours, and what does it involve?`
        : `I read ${own} page on ${quoted(page.phrase)}. Which part of that work is yours, and what does it involve?`,
      'Their profile is not clipped: the opener finds out where they sit in the service the company’s own page, the one you read, is about.',
      s.ownPage!.basis,
    );
  // What its own site lists as its services or products: which of them is theirs places them at
  // once, unless the role the user is meeting them for is unlikely to sit in any (opener-story.ts).
  const far = farFromProduct(s);
  const offered = far ? undefined : openerOfferings(s);
  if (offered)
    return one(
      `${/s$/i.test(co) ? `${co}’` : `${co}’s`} site lists ${listing(offered.value)}. Which of those is closest to your own work, and what does your part of it involve?`,
      'Their profile is not clipped: the opener finds out where they sit among the things the company says it does.',
      offered.basis,
    );
  // A longer menu: its span, first line to last, and where in it they sit.
  const span = far ? undefined : openerSpan(s);
  if (span)
    return one(
      `${own} site lists ${span.value.count} things it offers, from ${span.value.first} to ${span.value.last}. Which of them is closest to your own work, and what does your part of it involve?`,
      'Their profile is not clipped: the opener finds out where they sit among the things the company says it does.',
      span.basis,
    );
  // Its own page describes it in two parts (blind-15 montagnard: “restaurant en partycentrum”): which side is theirs.
  if (page && !page.service)
    return one(
      `${own} site calls it ${quoted(page.phrase)}. Which side of that is yours, and what does it involve?`,
      'Their profile is not clipped: the opener finds out which side of the business, as its own page describes it, they work on.',
      s.ownPage!.basis,
    );
  // What its summary says it makes, listed (microsoft-surface: the Surface Studio has its own question,
  // so the opener places them among the company's lines of work rather than asking what they do).
  const lines = far ? undefined : makesList(s);
  if (lines)
    return one(
      `${co} makes ${listing(lines.value)}. Which of those is closest to your own work, and what does your part of it involve?`,
      'Their profile is not clipped: the opener finds out where they sit among the things the company makes, as its own summary lists them.',
      lines.basis,
    );
  // Someone aiming at work far from what the company makes (treasury, law, people) asks what they work on, not which part of the product.
  const product = farFromProduct(s, 'one product') ? undefined : makes(s);
  if (product)
    return one(
      `What part of ${co}'s ${product.value} do you work on, and what does it involve?`,
      'Their profile is not clipped: the opener finds out where they sit in what the company makes.',
      product.basis,
    );
  return one(
    `What do you work on at ${co}, and how did you come to it?`,
    'Their profile is not clipped: the opener finds out what they do, and their story.',
  );
}
