import { type Group, firstSegment } from './menu-groups';
import { itemsOf } from './menu-item-names';
import { FURNITURE, GENERIC_LABEL, NOT_AN_ITEM, PRODUCT_LABEL, inOwnWords, normalLabel, notAnItem } from './menu-words';

/**
 * A small site's main menu names what it sells between its furniture: "Home · Land Brokerage ·
 * Property Management · Consulting · About · Blog". The menu is the first one with furniture (two
 * items at least: Home, About, Contact…) in the page's header or navigation; the offerings are its
 * longest run of three to ten items between the furniture, without the generic sections
 * (Technology, Partners) and the calls to act ("Get a Quote"). A menu says nothing of what an item
 * is, so an item counts only where the site describes itself with its words (its title, its
 * description and keywords, its first heading: "experienced in oilfield insurance, personal
 * insurance and commercial insurance"), and the run only when most of its items do. A menu that
 * opens one trade's list is read for that list first (menuFamily).
 */
export function mainMenuOfferings(groups: readonly Group[], selfWords: ReadonlySet<string>): string[] {
  const menu = groups.find(
    (g) =>
      !g.el.parentElement?.closest('li') &&
      g.items.length >= 5 &&
      g.items.length <= 16 &&
      !!g.el.closest('nav, header, [id*="nav" i], [class*="nav" i], [id*="menu" i], [class*="menu" i]') &&
      !g.el.closest('footer') &&
      furnished(g),
  );
  if (!menu) return [];
  const family = menuFamily(groups, menu);
  if (family.length) return family;
  let best: Group['items'] = [];
  let run: Group['items'] = [];
  for (const item of [...menu.items, { text: 'home' }]) {
    // "Services" among them: a menu of sections, whose offerings sit a level down.
    if (FURNITURE.test(item.text) || PRODUCT_LABEL.test(normalLabel(item.text))) {
      if (run.length > best.length) best = run;
      run = [];
    } else if (item.href && !GENERIC_LABEL.test(normalLabel(item.text)) && !NOT_AN_ITEM.test(item.text)) run.push(item);
  }
  if (best.length < 3 || best.length > 10 || best.some((i) => i.text.split(/\s+/).length > 5)) return [];
  const named = best.filter((i) => inOwnWords(i.text, selfWords));
  if (named.length < 2 || named.length * 2 <= best.length) return [];
  // Two items in three in the site's words: the rest are its offerings too ("Custom Homes" beside
  // "Remodels · Green Building" on a builder that speaks of remodeling and green building).
  return itemsOf([{ ...menu, items: named.length * 3 >= best.length * 2 ? best : named, label: undefined }]);
}

/**
 * A small site's menu of its offerings set apart from the main menu (a sidebar's "Terras Veranda ·
 * Serres · Overkappingen" beside "home · producten · contact", co2-marchal; a row of "Personal
 * Car Finance · Business Car Finance · Novated Leases" under the header, fresh6-fincar): a list
 * of three to twelve short names without a heading, none of them furniture or a section, outside
 * the footer, a breadcrumb or a dropdown, on a site whose main menu is furniture — and most items in the words the site
 * describes itself with, which a blog's categories or a list of articles seldom are.
 */
export function sideMenuOfferings(groups: readonly Group[], selfWords: ReadonlySet<string>): string[] {
  if (!groups.some(furnished)) return [];
  for (const g of groups) {
    // The call to act that closes a list ("Contact", "Contact Interior Designer", fresh15-zynkdesign)
    // is no offering, and no reason to refuse the rest.
    const items = notAnItem(g.items[g.items.length - 1]?.text ?? '') ? g.items.slice(0, -1) : g.items;
    if (
      !g.label &&
      !g.nested &&
      items.length >= 3 &&
      g.items.length <= 12 &&
      // Never a breadcrumb ("Esprit Barbecue › Barbecue › Barbecue charbon"), nor one item's dropdown
      // ("Fietsen" › "Nieuwe fietsen · Gebruikte fietsen"), nor a list in a sentence's words ("basic custom aluminum").
      !g.el.closest('[class*="breadcrumb" i], [class*="drop" i], [class*="submenu" i]') &&
      // A footer's row ("Health Spa & Fitness Centre Interior Design | Hotel & Spa Interior Design | …",
      // fresh15-zynkdesign) only when every item is a page of one section of the site (/our-work/…).
      (!g.el.closest('footer, [id*="footer" i], [class*="footer" i]') || oneSection(items)) &&
      items.every((i) => i.href && /^[\p{Lu}\d]/u.test(i.text) && i.text.split(/\s+/).length <= 7 && !notAnItem(i.text)) &&
      items.filter((i) => inOwnWords(i.text, selfWords)).length >= 0.6 * items.length
    )
      return itemsOf([{ ...g, items }]);
  }
  return [];
}

/** Every item a page inside the same folder of the site (pages at its root each have their own). */
const oneSection = (items: Group['items']) => items.every((i) => firstSegment(i.href) === firstSegment(items[0]!.href));

/**
 * A small firm's main menu that opens one menu besides its furniture: "Home · Over ons · Dakwerk ›
 * Platte daken · Hellende daken … · Contact". The item names the firm's one trade in its own word
 * (Dakwerk, Concentrations, Instruments), which no list of labels can foresee, and its menu lists
 * the offerings. Not a menu that holds furniture or a section of the site ("Vakwerk" › "Garantie ·
 * Projecten"), nor one whose item is partly a section ("Membership & Support"), nor a long list
 * (a recruiter's industries); and not where several items open menus, which on most sites are
 * the sections of the site (Programs · Students · Parents), not a trade.
 */
function menuFamily(groups: readonly Group[], menu: Group): string[] {
  const families = groups.filter(
    (s) =>
      s.el.parentElement?.closest('li')?.parentElement === menu.el &&
      !notAnItem(s.label ?? 'home') &&
      !s.items.some((i) => FURNITURE.test(i.text) || GENERIC_LABEL.test(normalLabel(i.text))),
  );
  const [f] = families;
  return families.length === 1 && f!.items.length <= 12 && !f!.label!.split(/\s*[&+/,]\s*/).some(notAnItem) ? itemsOf(families) : [];
}

/** Two items at least are furniture: Home, About, Contact… */
const furnished = (g: Group) => g.items.filter((i) => FURNITURE.test(i.text)).length >= 2;
