import { type Group, sameHref } from './menu-groups';
import { NOT_AN_ITEM, SERVED } from './menu-words';
import { MAX_LEAVES } from './offering-menus';

export function itemsOf(groups: Group[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const g of groups)
    for (const item of g.items) {
      // "Cosmelan® Peel": the trademark signs are the maker's, not the name; nor is a "New!" badge.
      const text = item.text
        .replace(/^[→›»>•·▸▶►\s]+/, '')
        .replace(/\s*[®™℠]/g, '')
        .replace(/\s+(?:new|neu|nieuw|nouveau|nouveauté)\s*!$/i, '')
        // "Figma DrawNew", "Figma BuzzBeta": a mega menu's badge glued to the name.
        .replace(/(?<=\p{Ll})(?:New|Beta|Alpha|Neu)$/u, '')
        .trim();
      const key = text.toLowerCase();
      if (seen.has(key) || NOT_AN_ITEM.test(text) || SERVED.test(text) || text.length > 60 || key === g.label?.toLowerCase()) continue;
      // "Procedures" › "Skin Care Procedures" to the same page: the section's overview, not an offering.
      if (item.href && g.labelHref && g.label && sameHref(item.href, g.labelHref) && key.includes(g.label.toLowerCase().trim())) continue;
      seen.add(key);
      out.push(text);
    }
  return out.slice(0, MAX_LEAVES);
}
