/**
 * A people move told as the new leader's arrival: "Jose Mourinho has agreed a deal to replace
 * Mauricio Pochettino as Tottenham's manager", "Jane Roe was named chief executive of Acme",
 * "John Doe will succeed Ann Lee as CEO". Sports and business stories name the newcomer first and the
 * company only in the role's owner, with no verb of appointing the company did (blind-13
 * tottenham-mourinho-changer gave no point): said back as who came in and as what, never the
 * predecessor (whose exit is care, not a question).
 */

const ROLE = String.raw`(?:manager|head coach|coach|chief executive(?: officer)?|chief [a-z]+ officer|CEO|CTO|CFO|COO|CMO|president|chair(?:man|woman|person)?|managing director|general manager|editor|head of [a-z]+(?: [a-z]+)?)`;

/** The newcomer (two or three capitalised words), how they came, whom they replace, and the role with its owner. */
const ARRIVAL = new RegExp(
  String.raw`^(?<who>\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}),?(?: [^,]{0,40},)? (?:has |have |had |was |is |were )?(?:(?:been )?(?:appointed|named|hired|confirmed)(?: as)?|agreed (?:a deal|terms|a contract) to (?:replace|succeed) \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2} as|(?:replaced|replaces|succeeded|succeeds) \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2} as|(?:joined|joins) (?:\S+ ){1,3}as) (?:(?<owner>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,4}['’]s) |the |its )?(?:new )?(?<role>${ROLE})(?: (?:of|at) (?<at>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,4}))?(?=[ ,.;]|$)`,
  'u',
);

/** The arrival said short ("Jose Mourinho came in as Tottenham's new manager"), when the role is the company's (its name in the owner, or "the"/"its" in its own story). */
export function arrivalClause(sentence: string, names: readonly string[]): string | undefined {
  const m = ARRIVAL.exec(sentence.trim());
  if (!m?.groups) return undefined;
  const { who, owner, role, at } = m.groups;
  const ours = (x?: string) => !!x && names.some((n) => x.toLowerCase().includes(n.toLowerCase()));
  if ((owner && !ours(owner)) || (at && !ours(at))) return undefined;
  if (!owner && !at) return undefined;
  const whose = owner ? `${owner.replace(/'s$/, '’s')} new ${role}` : `the new ${role} of ${at}`;
  return `${who} came in as ${whose}`;
}
