import { cleanLine } from '../clean';
import { withoutLegalForm } from './legal-form';
import { ARTICLE_TYPES, isType, objectsOf, textOf, typesOf } from '../json-ld';
import type { readMetadata } from '../metadata';

// ("TOKYO, June 22, 2015 - (JCN Newswire) - Eisai Co., Ltd. …": the wire between dashes is the dateline's.)
const DATELINE =
  /^\s*[\p{Lu}][\p{L} .,'-]{1,60},\s+[\p{L}]+\.?\s+\d{1,2},\s+\d{4}\s*(?:\/[^/]{2,40}\/)?\s*(?:(?:--|—|–|-)\s*\([^()]{2,40}\)\s*)?(?:--|—|–|-)\s*(.{2,200}?),?\s+(?:the|a|an|one of|which|today|has|announced|today announced)\b/mu;

/** Words only a publication's name ends or opens with. */
const PUBLICATION_NAME =
  /\b(?:news|nieuws|nachrichten|noticias|nouvelles|times|post|herald|journal|daily|gazette|tribune|chronicle|courier|observer|magazine|mag|weekly|report|reporter|review|dispatch|bulletin|examiner|inquirer|standard|telegraph|mirror|express|independent|zeitung|tageblatt|kurier|rundschau|anzeiger|nouvelliste|quotidien)\b/i;

/** Whose story this is when the company tells it: a blog post or a press release on its own site. */
export function ownStorySubject(
  ld: ReturnType<typeof readMetadata>['ld'],
  siteName: string | undefined,
  text: string | undefined,
): string | undefined {
  const article = ld.nodes.find((n) => isType(n, ARTICLE_TYPES));
  const publisher = article ? objectsOf(ld, article, 'publisher')[0] : undefined;
  const publisherIsNews = publisher ? typesOf(publisher).includes('NewsMediaOrganization') : false;
  const types = article ? typesOf(article) : [];
  const publisherName = cleanLine(textOf(ld, publisher, 'name'));
  // A news site that types its stories BlogPosting ("Ilanga News", "The Wexcombe Herald") is a publication, not a company speaking.
  if (types.includes('BlogPosting') && publisherName && !publisherIsNews && !PUBLICATION_NAME.test(publisherName)) return publisherName;
  const dateline = DATELINE.exec(text?.slice(0, 3_000) ?? '');
  if (dateline || types.includes('PressRelease')) {
    if (publisherName && !publisherIsNews) return publisherName;
    const first = cleanLine(dateline?.[1]?.split(',')[0]);
    // "Eisai Co., Ltd." is Eisai, as the story's subject is named everywhere else.
    const subject = first ? withoutLegalForm(first).base : undefined;
    return subject || siteName;
  }
  return undefined;
}
