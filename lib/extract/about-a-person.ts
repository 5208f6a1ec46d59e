/**
 * A biography ("During his career, Ray has worked in farm management …"): it says "he" or "she"
 * twice and never "we" or "our". The company's founder's story is not what the company does.
 */
export function aboutAPerson(text: string, ownWord: (word: string) => boolean = () => false): boolean {
  const head = text.slice(0, 400);
  if (/\b(we|our|us|wir|unser|nous|notre|nos|wij|onze|ons)\b/i.test(head)) return false;
  const personal = head.match(/\b(he|she|his|her|him|er|sie|sein|seine|il|elle|hij|zij|zijn|haar)\b/gi)?.length ?? 0;
  if (personal >= 2 || /^(?:during|throughout|over) (?:his|her) career\b/i.test(head)) return true;
  // "Ray served as … Ray is a graduate of …", "Timo verbindet … bringt er …": one first name is
  // the subject of its sentences (twice, or once with a pronoun after), and it is not the company's.
  const subjects = new Map<string, number>();
  for (const m of text.slice(0, 600).matchAll(/(?:^|[.!?]\s+)(\p{Lu}\p{Ll}{1,14})(?:\s+\p{Lu}\p{Ll}+)?\s+\p{Ll}/gu)) {
    const word = m[1]!;
    if (!OPENERS.test(word) && !ownWord(word)) subjects.set(word, (subjects.get(word) ?? 0) + 1);
  }
  // "He is a member of …", "Sinan Sen ist der technologische Rückgrat … verantwortet er": a
  // pronoun, or a first name and surname, opens the paragraph.
  if (/^(?:he|she|er|il|elle|hij|zij)\s+\p{Ll}/iu.test(head)) return true;
  const first = /^(\p{Lu}\p{Ll}{1,14})(?:\s+\p{Lu}\p{Ll}+)?\s+\p{Ll}/u.exec(text)?.[1];
  const firstCounts = !!first && !OPENERS.test(first) && !ownWord(first);
  return [...subjects.values()].some((n) => n >= 2) || (firstCounts && personal >= 1);
}
/** Words that open a sentence without being its subject's name. */
const OPENERS =
  /^(?:the|this|these|those|that|there|here|it|its|they|their|what|which|who|how|why|when|where|all|any|some|such|in|on|at|for|from|by|as|if|so|but|and|or|der|die|das|ein|eine|le|la|les|un|une|des|ce|het|een|de|dit|dat|today|now|since|founded|established|located|based|after|before|while|when|once|each|every|both|many|most|some|using|with|without|through|because|although|however|also|mit|seit|heute|nach|durch|als|wenn|bei|dank|unsere?|depuis|avec|après|aujourd|grâce|chaque|sinds|vandaag|na|met|door|bij|sindsdien)$/i;
