/** Patterns the postal address reading shares (lib/extract/postal-address.ts, postal-lines.ts). */
export const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming';
export const TOWN = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ -](?:(?:de|la|le|sur|lez|lès|en|am|an|der|im|bei|aan|op|upon|on)[ -])?[\p{L}'’.-]+){0,3}`;
export const CA_PROVINCES =
  'AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT|Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland(?: and Labrador)?|Nova Scotia|Northwest Territories|Nunavut|Ontario|Prince Edward Island|Quebec|Québec|Saskatchewan|Yukon';
// "VOA 1K2": a letter O typed for the zero is still the code (V0A 1K2).
export const CA_CODE = String.raw`[A-Z][\dO][A-Z]\s?[\dO][A-Z][\dO]`;
/** A street line: a house number before or after the name, a suite's number alone ("#500", fresh18-specialtyheating), or a word streets and suites are named with. */
export const STREET_WORD =
  /^#\s?\d+[a-z]?$|^\d+[a-z]?(-\d+)?\s+\S|\S\s+\d+-?[a-z]?(?:[-/]\d+[a-z]?)?(\s|,|$)|\b(street|st\.?|avenue|ave\.?|road|rd\.?|way|lane|ln\.?|drive|dr\.?|boulevard|blvd\.?|parkway|pkwy|circle|court|ct\.?|place|plaza|square|highway|hwy|suite|ste\.?|floor|building|house|park|parc|parque|po box|p\.o\.|straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|rue|allée|chemin|quai|impasse|route|straat|laan|plein|markt|kade|gracht|dijk|singel|(?:industrial|trading|business) estate)\b/i;
/**
 * Not a street: a contact line, a telephone tariff ("0844 Special Rate", fld22-bluepenguins) or
 * opening hours set between the street and the town ("Di - Vr: 09:30 tot 17:30 uur", fresh20-sfeervolwonen).
 */
export const NOT_STREET =
  /[@$€£%]|https?:|www\.|\b(tel|phone|fax|e-?mail|telefon|téléphone|telefoon|kvk|btw|vat|ust|freephone|toll[- ]free|(?:special|local|national|business|fixed|standard|premium) rate)\b|^\+?\(?\d[\d\s()./-]{6,}$|\b\d{1,2}[:.]\d{2}\s*(?:uur|uhr|h|am|pm)?\s*(?:-|–|tot|bis|to|à)\s*\d{1,2}[:.]\d{2}\b/i;
/** "Redwood City, CA 94065", "Houston TX, 77019", "Burleson,TX 76028", "Goodland, Kansas 67735", "Rhinelander, WI" (with the street before it on the same line, or not). */
export const US_LINE = new RegExp(String.raw`^(?:(.*?),\s*)?(${TOWN})(?:,\s*|\s+)(${US_STATES})\.?(?:,?\s+(\d{5}(?:-\d{4})?))?$`, 'u');
/**
 * "Burlington, Ontario L7L 6C7", "North Vancouver, BC V7P 1B3" (with the street before it, or not);
 * the province may go unsaid before the code ("Montréal, H2K 3X8", fresh26-pharmaciensremplacants;
 * "Toronto M9C 1A3", fresh6-larsentoubro): the code's letter-digit pattern is Canada's alone.
 */
export const CA_LINE = new RegExp(String.raw`^(?:(.*?),\s*)?(${TOWN}),?\s+(${CA_PROVINCES})\.?,?\s+(${CA_CODE})$`, 'u');
