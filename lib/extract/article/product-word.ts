/**
 * Words that name a thing a company makes, not the company: "Palm Phone", "Apple Watch", "Xbox
 * Series X", "Acme Cloud". Its own file: the clipper's own-site reading needs it without the
 * subject finder it belongs to.
 */
export const PRODUCT_WORD =
  /^(?:Phone|Smartphone|Watch|Pad|Tablet|Book|Pro|Max|Mini|Plus|Ultra|Air|Lite|Edition|Series|Model|TV|Box|Console|Camera|Car|Drive|Cloud|Store|App|Apps|Music|Maps|Pay|Play|Search|Browser|OS|Assistant|Card|Pencil)$/;
