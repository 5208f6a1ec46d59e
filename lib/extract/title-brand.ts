import { cleanLine } from './clean';
import { siteLabel } from './site-label';
import { ORNAMENT } from './title-ornament';

/** A welcome before the name, in the languages of the pages we read. */
const GREETING =
  /^(?:welcome to|welkom (?:bij|op)|willkommen (?:bei|auf)|bienvenue (?:chez|sur|à)|bienvenid[oa]s? a|benvenut[io] (?:da|su|a)|bem-vindo (?:à|ao))\s+/i;

/**
 * The company's name from a page title when nothing better says it: "About us | Acme Robotics"
 * → "Acme Robotics". The title part that resembles the domain wins; else the last part.
 */
export function brandFromTitle(title: string, hostname: string): string | undefined {
  const parts = title
    .split(/\s+[|–—·•:»›]\s+|\s+-\s+/)
    // ":: Welkom bij Autoschade Peter Leunissen ::": ornaments and a greeting are no part of the name.
    .map((p) => p.replace(ORNAMENT, '').replace(GREETING, '').trim())
    .filter(Boolean);
  const label = hostname
    .replace(/^www\d?\./, '')
    .split('.')[0]!
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const match = parts.find((p) => {
    const q = squash(p);
    return q.length > 1 && (q.includes(label) || label.includes(q));
  });
  if (match) return cleanLine(match);
  return parts.length > 1 ? cleanLine(parts[parts.length - 1]) : undefined;
}

/** "acme-robotics.co.uk" → "Acme Robotics": the last resort for a company's name. */
export function nameFromHost(hostname: string, pathname = '/'): string {
  const label = siteLabel(hostname, pathname);
  return label
    .split(/[-_]/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
}
