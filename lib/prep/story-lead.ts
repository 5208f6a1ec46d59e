import { sentences } from '../text/sentences';
import type { Clip } from '../schema/dossier';
import { plain } from './clean';
import { wordCount } from '../text/word-count';
import { withoutDateline } from './dateline';

// What a story says in its own summary, and a deal it reports as not yet closed: read by
// lib/prep/signals.ts for the hooks (the story's lead under its title) and for "handle with care".

const words = wordCount;

/**
 * The story's lead, as its publisher summarises it (the excerpt): a plain statement of 8 to 60
 * words, shown under the story's title so the reader knows what it says. A quotation, a teaser cut
 * with an ellipsis or a byline ("By Charles Arthur") is no lead.
 */
export function storyLead(clip: Clip): string | undefined {
  const raw = plain(clip.extraction.article?.excerpt ?? clip.extraction.description ?? '').trim();
  if (!raw || /^[“"‘'«„]/.test(raw) || /(?:…|\.\.\.)$/.test(raw) || /\bBy\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s*$/u.test(raw)) return undefined;
  const n = words(raw);
  // The excerpt is quoted under the story's hook: without the wire's dateline ("HELSINKI (AP) — …", blind-11 nokia-q2).
  return n >= 8 && n <= 60 ? withoutDateline(raw) : undefined;
}

/**
 * A deal the story says is planned and not yet closed ("the proposed merger with …", "die geplante
 * Fusion … mit dem US-Rivalen Praxair", "le projet de fusion avec …"): those inside may not be free
 * to discuss it, so it is handled with care, never asked.
 */
const PENDING =
  /(?<![\p{L}])(?:(?:planned|proposed|pending|announced|agreed)\s+(?:\$?[\d.,]+\s*(?:billion|million|bn)\s+)?(?:merger|takeover|acquisition|combination|sale)|geplanten?\s+(?:Fusion|Zusammenschluss|Übernahme|Verkauf|Akquisition|Erwerb)|plan(?:t|en)\s+(?:die\s+|den\s+)?(?:Akquisition|Übernahme|Erwerb|Kauf)|(?:Fusion|Zusammenschluss|Übernahme)\s+(?:ist\s+)?geplant|projet\s+de\s+(?:fusion|rachat|cession)|fusion\s+(?:prévue|envisagée|projetée|annoncée)|voorgenomen\s+(?:fusie|overname)|geplande\s+(?:fusie|overname))(?![\p{L}])/iu;

/** A deal signed and not yet closed, said plainly: "has entered into a definitive agreement to acquire …", "… expected to close in …". */
const SIGNED_NOT_CLOSED =
  /\b(?:definitive (?:merger )?agreement to (?:acquire|buy|merge|be acquired)|(?:deal|acquisition|transaction|merger|takeover) (?:is )?expected to close)\b/i;

/**
 * `names`: for a story not about the company alone (a roundup saved to it), the sentence must name
 * the company, else it is another company's deal.
 */
export function pendingDeal(clip: Clip, names?: string[]): string | undefined {
  const text = [clip.extraction.article?.excerpt ?? '', ...(clip.text ?? '').slice(0, 4000).split(/\n+/)].map((p) => plain(p));
  for (const p of text)
    for (const s of sentences(p)) {
      // A denied rumour is hearsay (signals.ts), and a question about the deal is a guess: only a deal the story reports as planned.
      if (names && !names.some((n) => s.toLowerCase().includes(n.toLowerCase()))) continue;
      // The patterns first: they rarely match, and counting the words of every sentence of every story was most of the sheet's reading of deals.
      if (
        (PENDING.test(s) || SIGNED_NOT_CLOSED.test(s)) &&
        words(s) >= 6 &&
        words(s) <= 50 &&
        !/\b(?:rumou?r\w*|denie[sd]|speculat\w*)\b/i.test(s)
      )
        return s.trim();
    }
  return undefined;
}
