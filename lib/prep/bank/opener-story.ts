import type { CompanyEvent } from '../events';
import type { Signals } from '../signals';
import type { Filled } from './types';

/** "a new app" and "its Tern 2 drone" as the one the story is about: "the new app", "the Tern 2 drone". */
export const named = (what: string) => {
  const t = what.replace(/^(?:a|an|its|their|our)\s+/i, 'the ');
  return /^[\p{Ll}‘“'"]/u.test(t) && !/^the\s/i.test(t) ? `the ${t}` : t;
};

/** The event a question is about, as the key the engine keeps one question per (Filled.hook). */
export const eventHook = (e: Pick<CompanyEvent, 'kind' | 'what'>) => `event:${e.kind}:${e.what.toLowerCase()}`;

/** The company's size, as clipped, is a few hundred people at most. */
export const smallCompany = (s: Signals) => {
  const n = (s.fact('size')?.value.match(/\d[\d,.]*/g) ?? []).map((x) => Number(x.replace(/[,.]/g, '')));
  return n.length > 0 && Math.max(...n) <= 500;
};

/** A thing with a name: a capitalised word past the article ("the Tern 2 drone", "Stadia"), a model number, or words in quotation marks ("the ‘family’ plan"). */
const NAMED_THING = /(?:^|\s)(?:(?!(?:A|An|The|Its|Their|Our)\s)\p{Lu}|\p{N})|[‘’“”'"]/u;

/** Work that makes the product: whoever the user meets for it is likely to have touched what the company just put out. */
const BUILDS = new Set(['engineering', 'data', 'product', 'design', 'built', 'research', 'science']);
/** Work far from what the company makes (treasury, law, people): its people rarely put anything into a launch, even at a small firm. */
const FAR = new Set(['finance', 'legal', 'people', 'operations']);

/**
 * The person met is unlikely to sit in what the company sells (issue 11: an enterprise-sales sheet
 * opened on Apple's "AirPods to Apple Pay"): the user aims at work far from the product (treasury,
 * law, people), or at work that does not make it (sales, marketing, support) at a company whose
 * clipped size says it is more than a few hundred people, where those teams are organised by
 * customer, not by product. With no size on file the menu stays: "which of these is closest to your
 * own work" is a fair opener for a customer educator at Notion (a home page lists no headcount), and
 * the generic opener that replaced it was worse (prep50's fix, reverted in review). For a launch
 * (one product, rarely everyone's) an unknown size counts as big.
 * The one product a summary names ("Loom's video messaging platform") is everyone's at a firm that
 * makes one thing: only a clipped size over a few hundred takes it from sales and support.
 */
export function farFromProduct(s: Signals, of: 'menu' | 'launch' | 'one product' = 'menu'): boolean {
  const family = s.self.targetFamily;
  if (family && FAR.has(family)) return true;
  if (family && BUILDS.has(family)) return false;
  if (s.fact('size') || of === 'launch') return !smallCompany(s);
  return false;
}

/**
 * A launch the opener can name: recent, no setback, a product with a name ("the Tern 2 drone"), not a
 * common noun a story's verb happened to take ("the war": blind-12 apple-cook-tv-peer asked how close
 * their work was to it).
 */
export function openerLaunch(s: Signals): CompanyEvent | undefined {
  return s.events.find(
    (e) => e.recent && !e.sensitive && e.kind === 'launch' && e.what.split(/\s+/).length <= 6 && NAMED_THING.test(e.what),
  );
}

/**
 * Someone nobody names yet, asked what their work covers against the product the company just put
 * out, the one the user read about: a single question (what they do), the launch its yardstick, so
 * the first answer already says whether the questions on it are theirs to answer. The old opener
 * glued the classic "how did you come to it?" onto the guess (blind-14 apple-mbp16): "did any of it
 * go into …" lets "none" be an answer. At a big company the person met may never touch the launch,
 * so there it is asked only of someone met for work that makes products (the user's target); at a
 * small one everyone is near it, but for work far from the product (as the product opener, opener.ts).
 */
export function launchOpener(s: Signals, co: string): Filled[] | undefined {
  const launch = openerLaunch(s);
  if (!launch) return undefined;
  if (farFromProduct(s, 'launch')) return undefined;
  return [
    {
      text: `What does your job at ${co} cover, and did any of it go into ${named(launch.what)}?`,
      reason: `Their profile is not clipped: the opener finds out what they do, against ${named(launch.what)} (${launch.source}), so you know whether to ask them about it.`,
      basis: [`clip:${launch.clipId}`],
      hook: eventHook(launch),
    },
  ];
}
