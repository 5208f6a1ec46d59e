import { fold } from '../text/fold';
import { type Page, type Statement, onPage, words } from './statement-page';

// A client story on a company's own page, read by lib/prep/statements.ts: a heading that names the
// client the work was for ("Analytics Uncovers Massive ROI for Hanover Company", "Case study:
// Northwind", "How Northwind cut costs …"), a result the block puts in figures ("86x return on ad
// spend", "40% fewer tickets") and, when the block says it, how the result was got ("By distilling
// conversion data by channel …, we …"). A coach asks what made the difference and what it asked
// of the work the user wants (blind-12 forthea: the Hanover case gave no hook and no question).

/** A client: one to four capitalised words, a legal or group word allowed at the end. */
const CLIENT = String.raw`(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,3})`;
const HEADINGS = [
  new RegExp(String.raw`^(?:case study|client story|customer story|success story)\s*[:|–—-]\s*${CLIENT}`, 'iu'),
  new RegExp(String.raw`^.{3,80}?\s+(?:for|with|at)\s+${CLIENT}$`, 'u'),
  new RegExp(
    String.raw`^How\s+${CLIENT}\s+(?:cut|grew|reduced|increased|doubled|tripled|saved|boosted|improved|won|built|scaled|moved)\b`,
    'u',
  ),
];
/** Words of a result in a heading: what the story is about is an outcome, not a product for someone. */
const OUTCOME =
  /\b(?:ROI|results?|growth|success|uncovers?|drives?|boosts?|cuts?|saves?|doubles?|triples?|increases?|reduces?|wins?|case study|story)\b/i;
/** A figure and what it counts: "86x return on ad spend", "40% fewer tickets", "3 times faster". */
const FIGURE = /(\d[\d.,]*\s?(?:x|%|percent|times))\s?([\p{Ll}][\p{Ll} -]{3,60}?)(?=[.,;:!]|\s*$)/u;
/** A block labelled as a client story ("CLIENT STORY", "Case study"), its heading on the next line. */
const LABEL = /^(?:client|customer|success)\s+stor(?:y|ies)$|^case\s+stud(?:y|ies)$/i;
/** A client the story leaves unnamed, as its first sentence describes it: "A major healthcare organization needed …". */
const UNNAMED =
  /^(?:An?|One)\s+((?:[\p{Ll}-]+\s+){0,3}(?:organi[sz]ation|company|client|customer|provider|firm|bank|insurer|manufacturer|retailer|hospital|health system|university|agency|utility|brand|business|developer|school|city|council|charity|nonprofit|start-?up|chain|group|network|operator|carrier|airline))\b/u;
/** How it was got, as the block says it: "By distilling conversion data by channel and …, we …". */
const HOW = /^By\s+([\p{Ll}][^,;]{10,120}?),\s+(?:we|our team)\b/u;

const NOT_A_CLIENT = /^(?:Us|You|Your|Our|the|Free|More|All|Business(?:es)?|Teams?|Everyone|Success|Growth|Results?)$/i;

export function cases(page: Page, own: string[]): Statement[] {
  if (!page.english) return [];
  const { lines } = page;
  for (const [i, line] of lines.entries()) {
    // A heading: short, no sentence's full stop.
    if (words(line) > 12 || /[.!?]$/.test(line)) continue;
    // Under a "Client story" label, a client the story leaves unnamed is the one its first sentence describes.
    const labelled = i > 0 && LABEL.test(lines[i - 1]!);
    const unnamed = labelled ? UNNAMED.exec(lines[i + 1] ?? '')?.[1] : undefined;
    const client = HEADINGS.map((re) => re.exec(line)?.[1]).find(Boolean) ?? (unnamed ? `a ${unnamed}` : undefined);
    if (!client || NOT_A_CLIENT.test(client) || own.some((n) => fold(n) === fold(client) || fold(client).startsWith(fold(n)))) continue;
    if (!labelled && !OUTCOME.test(line)) continue;
    // The figure sits beside the heading (a stat card above it, a sentence below), within the block;
    // a labelled story tells its result at its end.
    const block = lines.slice(Math.max(0, i - 2), i + (labelled ? 6 : 4));
    const fig = block.map((l) => FIGURE.exec(l.replace(/(\d)(x|%)(?=\p{L})/u, '$1$2 '))).find(Boolean);
    if (!fig) continue;
    // "a 25% reduction in their cyber insurance premiums": the client's, said of one client.
    const counted = fig[2]!.trim().replace(/\btheir\b/g, 'its');
    const result = `${/^(?:reduction|increase|cut|rise|drop|gain|improvement|growth)\b/.test(counted) ? 'a ' : ''}${fig[1]!.replace(/\s+/g, '')} ${counted}`;
    const told = lines
      .slice(i + 1, i + 5)
      .flatMap((l) => l.split(/(?<=[.!?])\s+/))
      .map((x) => HOW.exec(x)?.[1])
      .find(Boolean);
    // Said in a few words, its first step: the page's whole method read back is the page pasted, not a question.
    const first = told?.split(/\s+and\s+/)[0];
    const how = first && words(first) <= 8 ? first : undefined;
    return [
      {
        kind: 'case',
        text: `A client story: ${result} for ${client}`,
        phrase: `tells of its work for ${client}: ${result}${how ? `, from ${how}` : ''}`,
        names: [client, result],
        evidence: [line, fig[0]].join(' — '),
        ...onPage(page),
        strength: 8,
      },
    ];
  }
  return [];
}
