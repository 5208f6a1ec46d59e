/**
 * Pages built to hurt a clipper, generated rather than committed (some are tens of megabytes).
 * Each is served by the end-to-end tests and read by the unit tests.
 */
const MB = 1_000_000;

const head = (title: string, extra = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${extra}</head>`;

export const hostilePages: Record<string, (size?: number) => string> = {
  /** A 1 MB title, description and company name. */
  'huge-strings': () => {
    const big = 'A'.repeat(MB);
    return `${head(big, `<meta name="description" content="${big}"><meta property="og:site_name" content="${big}">`)}<body><main><h1>${big}</h1><p>${'word '.repeat(200_000)}</p></main></body></html>`;
  },
  /** 10,000 nested elements (jsdom takes half a minute to parse that many: unit tests use fewer). */
  'deep-dom': (depth = 10_000) =>
    `${head('Deep DOM Ltd')}<body><main>${'<div>'.repeat(depth)}deep text${'</div>'.repeat(depth)}<p>Deep DOM Ltd was founded in 2001.</p></main></body></html>`,
  /** About 20 MB of HTML. */
  'twenty-mb': () => {
    const para = `<p>${'Twenty megabytes of filler text about logistics and freight. '.repeat(30)}</p>`;
    return `${head('Twenty MB Corp')}<body><main><h1>Twenty MB Corp</h1>${para.repeat(Math.ceil((20 * MB) / para.length))}</main></body></html>`;
  },
  /** JSON-LD that is not JSON, 5 MB of JSON-LD, and JSON-LD nested 10,000 deep, then a good block. */
  'bad-json-ld': () => {
    const notJson = '<script type="application/ld+json">{this is not: json,,, }</script>';
    const fiveMb = `<script type="application/ld+json">{"@type":"Organization","name":"Five MB","description":"${'x'.repeat(5 * MB)}"}</script>`;
    const deep = `<script type="application/ld+json">${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}</script>`;
    const good = '<script type="application/ld+json">{"@type":"Organization","name":"Sturdy Parser GmbH","foundingDate":"2012"}</script>';
    return `${head('Sturdy Parser', notJson + fiveMb + deep + good)}<body><main><p>Sturdy Parser GmbH is headquartered in Hamburg.</p></main></body></html>`;
  },
  /**
   * A page whose own scripts break the DOM API in its world: prototype getters that throw. The
   * clipper runs in the isolated world, where the page's changes do not reach.
   */
  'throwing-getters': () =>
    `${head('Getter Trap Inc', '<meta property="og:site_name" content="Getter Trap Inc">')}<body><main><p>Getter Trap Inc was founded in 2015.</p></main><script>
      for (const [proto, prop] of [[Node.prototype, 'textContent'], [Element.prototype, 'innerHTML'], [Document.prototype, 'title']]) {
        Object.defineProperty(proto, prop, { get() { throw new Error('trap'); }, configurable: true });
      }
      Document.prototype.querySelectorAll = function () { throw new Error('trap'); };
      Element.prototype.getAttribute = function () { throw new Error('trap'); };
    </script></body></html>`,
};
