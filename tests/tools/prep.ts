// npm run prep -- <dossier.json> [--person <name>] [--company <name>]
// Prints the prep sheet Markdown for a dossier export, through the same code as the side panel.
import '../../lib/schema/messages-en';
import { readFileSync } from 'node:fs';
import { z } from 'zod/mini';
import { findPerson, prepInputFor } from '../../lib/prep/from-dossier';
import { prepSheetMarkdown } from '../../lib/prep/markdown';
import { buildPrepSheet } from '../../lib/prep/sheet';
import { DossierExport } from '../../lib/schema/export';

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith('--') && !['--person', '--company'].includes(args[i - 1] ?? ''));
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
if (!file) {
  console.error('usage: npm run prep -- <dossier.json> [--person <name>] [--company <name>]');
  process.exit(2);
}
let raw: unknown;
try {
  raw = JSON.parse(readFileSync(file, 'utf8'));
} catch (err) {
  console.error(`${file}: cannot read JSON: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
const parsed = DossierExport.safeParse(raw);
if (!parsed.success) {
  console.error(`${file}: not a Rapport dossier export:\n${z.prettifyError(parsed.error)}`);
  process.exit(1);
}
const d = parsed.data;
const companyName = opt('--company');
const company = companyName ? d.companies.find((c) => c.name.toLowerCase().includes(companyName.toLowerCase())) : undefined;
const person = opt('--person') || !company ? findPerson(d, opt('--person')) : undefined;
if (opt('--person') && !person) {
  console.error(`No person matching "${opt('--person')}" in ${file}. People: ${d.people.map((p) => p.name).join(', ') || 'none'}`);
  process.exit(1);
}
const input = prepInputFor(d, person ? { personId: person.id } : { companyId: company?.id ?? d.companies[0]?.id }, Date.now());
process.stdout.write(prepSheetMarkdown(buildPrepSheet(input)));
