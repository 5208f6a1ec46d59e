import { listing } from './clean';
import { type Page, type Statement, companySentences, onPage, speaksForCompany } from './statement-page';

/**
 * The rules a firm says its work complies with or is certified to: "Our healthcare software company
 * complies with HIPAA and GDPR" (blind-16 appsolutions-inrole), "ISO 27001 certified", "SOC 2
 * compliant", "We build and test with WCAG 2.1 Accessibility standards". Working under a standard is
 * what the job is made of (audits, encryption, paperwork), and only someone inside can say what it
 * asks day to day.
 */
const STANDARD = String.raw`(?:HIPAA|GDPR|DSGVO|RGPD|SOC\s?[12](?:\s+Type\s+(?:I{1,2}|[12]))?|ISO\s?\d{4,5}(?::\d{4})?|PCI[- ]DSS|HITRUST|FedRAMP|TISAX|NIS2?|DORA|CCPA|FERPA|GxP|GMP|IATF\s?16949|AS\s?9100|CE|UL|FDA|WCAG(?:\s?\d(?:\.\d)?)?(?:\s+AAA?)?|ADA|Section\s508|EN\s?301\s?549)`;
/** Work done to a standard: "We build and test with WCAG 2.1 Accessibility standards", "designed against Section 508". */
const BUILT = String.raw`(?:buil[dt]|test|design|develop|audit)\w*(?:\s+and\s+(?:buil[dt]|test|design|develop|audit)\w*)?`;
const LIST = String.raw`${STANDARD}(?:\s*(?:,|and|&|und|et|en)\s*${STANDARD}){0,3}`;
const COMPLIES = new RegExp(
  String.raw`\b(?:compl(?:y|ies|iant|iance)\s+with|adheres?\s+to|certified\s+(?:to|under|for)|zertifiziert\s+nach|conforme?\s+(?:au|à la|aux)|${BUILT}\s+(?:with|to|against))\s+(?:the\s+)?(${LIST})(?![\p{L}\d])|(?<![\p{L}])(${LIST})[- ](?:[Cc]ompliant|[Cc]ompliance|certified|zertifiziert|certifiée?)\b`,
  'u',
);

const names = (list: string) => [
  ...new Set(
    list
      .split(/\s*(?:,|\band\b|&|\bund\b|\bet\b|\ben\b)\s*/)
      .map((x) => x.trim())
      .filter(Boolean),
  ),
];

export function compliance(page: Page, company: string[]): Statement[] {
  // The rules a page names in several sentences are one statement ("We build and test with WCAG 2.1
  // … All Blennd projects include thorough ADA Compliance testing", blind-20 blennd-brittany-changer).
  const rules: string[] = [];
  let evidence: string | undefined;
  for (const s of companySentences(page, company)) {
    const m = COMPLIES.exec(s.text);
    if (!m || !speaksForCompany(s.text.slice(0, m.index + m[0].length), company)) continue;
    for (const r of names(m[1] ?? m[2]!)) if (!rules.includes(r)) rules.push(r);
    evidence ??= s.text;
  }
  if (!evidence) return [];
  return [
    {
      kind: 'compliance',
      text: `Works under ${listing(rules)}`,
      phrase: `says its work complies with ${listing(rules)}`,
      names: rules,
      evidence,
      ...onPage(page),
      strength: 6,
    },
  ];
}
