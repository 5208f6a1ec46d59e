import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';

// import.meta.url, not __dirname: the benchmark runs this file as plain ESM (tsx).
const DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/linkedin');
export const SAMPLE_FILES = ['Connections.csv', 'Profile.csv', 'Positions.csv', 'Education.csv'] as const;

/** One file of the hand-written sample export (tests/fixtures/linkedin). */
export const sampleFile = (name: (typeof SAMPLE_FILES)[number]) => readFileSync(join(DIR, name), 'utf8');

/** A .zip as LinkedIn sends it: the CSV files at the archive's root, plus files Rapport never reads. */
export function exportZip(files: Record<string, string>): Uint8Array {
  return zipSync(
    {
      ...Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])),
      'messages.csv': strToU8('CONVERSATION ID,FROM,TO,DATE,CONTENT\r\nx,Someone,Me,2024-01-01,private words\r\n'),
      'Invitations.csv': strToU8('From,To,Sent At,Message,Direction\r\n'),
    },
    { level: 6 },
  );
}

/** The hand-written sample export as one archive. */
export const sampleZip = () => exportZip(Object.fromEntries(SAMPLE_FILES.map((f) => [f, sampleFile(f)])));

const FIRST = [
  'Amelia',
  'Noah',
  'Olivia',
  'Liam',
  'Ava',
  'Mateo',
  'Isla',
  'Arjun',
  'Chloé',
  'Kenji',
  'Zainab',
  'Lars',
  'Priyanka',
  'Tomás',
  'Ifeoma',
  'Yusuf',
  'Greta',
  'Hamid',
  'Rosa',
  'Wei',
];
const LAST = [
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Nakamura',
  'Haddad',
  'García',
  'Byrne',
  'Kowalski',
  'Mensah',
  'Patel',
  'Fischer',
  'Osei',
  'Nguyen',
  'Ross',
  'Abara',
  'Dubois',
  'Silva',
  'Varga',
  'Chen',
  'Eriksen',
];
const COMPANIES = [
  'Brightwater Logistics',
  'Fernhill Robotics Ltd',
  'Cobaltine Health, Inc.',
  'Wrenfold',
  'Quarrybrook Therapeutics',
  'Harrowgate Retail',
  'Kestrel Hill University',
  '',
];
const TITLES = [
  'Data Engineer',
  'Product Manager',
  'Account Executive',
  'Head of People',
  'Software Engineer, Platform',
  'Research Scientist',
  '',
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Connections.csv with `n` invented connections, deterministic: LinkedIn's notes before the
 * header, quoted companies with commas, empty emails and companies, dates like "12 Nov 2024".
 * `company(i)` may override the company of row i (a newer export where people moved).
 */
export function bigConnectionsCsv(n: number, company?: (i: number) => string | undefined): string {
  const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let i = 0; i < n; i++) {
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
    const co = company?.(i) ?? COMPANIES[(i * 7) % COMPANIES.length]!;
    const email = i % 23 === 0 ? `${first.toLowerCase()}.${i}@example-mail.test` : '';
    const date = `${(i % 28) + 1} ${MONTHS[i % 12]} ${2012 + (i % 14)}`;
    lines.push(
      [first, `${last}-${i}`, `https://www.linkedin.com/in/${first.toLowerCase()}-${i}`, email, co, TITLES[i % TITLES.length]!, date]
        .map(q)
        .join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
