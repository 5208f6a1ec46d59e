import { listing } from './clean';
import { type Page, type Statement, companySentences, onPage, speaksForCompany } from './statement-page';

/**
 * The rules a firm says its work complies with or is certified to: "Our healthcare software company
 * complies with HIPAA and GDPR" (blind-16 appsolutions-inrole), "ISO 27001 certified", "SOC 2
 * compliant". Working under a standard is what the job is made of (audits, encryption, paperwork),
 * and only someone inside can say what it asks day to day.
 */
const STANDARD = String.raw`(?:HIPAA|GDPR|DSGVO|RGPD|SOC\s?[12](?:\s+Type\s+(?:I{1,2}|[12]))?|ISO\s?\d{4,5}(?::\d{4})?|PCI[- ]DSS|HITRUST|FedRAMP|TISAX|NIS2?|DORA|CCPA|FERPA|GxP|GMP|IATF\s?16949|AS\s?9100|CE|UL|FDA)`;
const LIST = String.raw`${STANDARD}(?:\s*(?:,|and|&|und|et|en)\s*${STANDARD}){0,3}`;
const COMPLIES = new RegExp(
  String.raw`\b(?:compl(?:y|ies|iant|iance)\s+with|adheres?\s+to|certified\s+(?:to|under|for)|zertifiziert\s+nach|conforme?\s+(?:au|à la|aux))\s+(?:the\s+)?(${LIST})(?![\p{L}\d])|(?<![\p{L}])(${LIST})[- ](?:compliant|certified|zertifiziert|certifiée?)\b`,
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
  for (const s of companySentences(page, company)) {
    const m = COMPLIES.exec(s.text);
    if (!m || !speaksForCompany(s.text.slice(0, m.index + m[0].length), company)) continue;
    const rules = names(m[1] ?? m[2]!);
    return [
      {
        kind: 'compliance',
        text: `Works under ${listing(rules)}`,
        phrase: `says its work complies with ${listing(rules)}`,
        names: rules,
        evidence: s.text,
        ...onPage(page),
        strength: 6,
      },
    ];
  }
  return [];
}
