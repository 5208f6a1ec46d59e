/**
 * A hash of a value as read from IndexedDB (plain objects, arrays, strings, numbers, booleans,
 * null, undefined), fed straight from the value: the kept prep sheet's fingerprint
 * (lib/ui/sheet-cache.ts) hashed the input's JSON, written with a replacer that told a key holding
 * undefined from a missing one — the replacer's call per value and the ~600,000 characters of
 * JSON were ~12 ms of the ~160 ms of CPU a warm opening of the bench's 625-clip meeting took
 * (Chromium profile, loaded machine). Walking the value tells apart all JSON told apart and more
 * (a key holding undefined, an array's undefined from its null, NaN from null): every string is
 * fed with its length, every container with its size, each after a tag, so two different values
 * never feed the same sequence.
 *
 * Two 32-bit FNV-1a style hashes of differing seeds and multipliers, in one pass, with the count of
 * what was fed: `count:hash1:hash2`.
 */
export function valueHash(value: unknown): string {
  h1 = 0x811c9dc5;
  h2 = 0x2545f491;
  fed = 0;
  feed(value);
  return `${fed}:${(h1 >>> 0).toString(36)}:${(h2 >>> 0).toString(36)}`;
}

// One hash at a time (the walk is synchronous): module state, not an object per call, keeps the loop tight.
let h1 = 0;
let h2 = 0;
let fed = 0;

// Tags lie above every UTF-16 code unit, so a tag is never read as a character.
const STRING = 0x10000;
const NUMBER = 0x10001;
const TRUE = 0x10002;
const FALSE = 0x10003;
const NULL = 0x10004;
const UNDEFINED = 0x10005;
const ARRAY = 0x10006;
const OBJECT = 0x10007;
const JSON_VALUE = 0x10008;
const OTHER = 0x10009;

function mix(c: number): void {
  h1 = Math.imul(h1 ^ c, 0x01000193);
  h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  fed++;
}

function text(s: string): void {
  mix(STRING);
  mix(s.length);
  let a = h1;
  let b = h2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  h1 = a;
  h2 = b;
  fed += s.length;
}

function feed(v: unknown): void {
  switch (typeof v) {
    case 'string':
      return text(v);
    case 'number':
      mix(NUMBER);
      return text(String(v));
    case 'boolean':
      return mix(v ? TRUE : FALSE);
    case 'undefined':
      return mix(UNDEFINED);
    case 'object': {
      if (v === null) return mix(NULL);
      if (Array.isArray(v)) {
        mix(ARRAY);
        mix(v.length);
        for (let i = 0; i < v.length; i++) feed(v[i]);
        return;
      }
      // A Date (or anything with its own JSON form) is what JSON would write of it.
      const toJSON = (v as { toJSON?: unknown }).toJSON;
      if (typeof toJSON === 'function') {
        mix(JSON_VALUE);
        return feed((toJSON as () => unknown).call(v));
      }
      const keys = Object.keys(v);
      mix(OBJECT);
      mix(keys.length);
      for (const k of keys) {
        text(k);
        feed((v as Record<string, unknown>)[k]);
      }
      return;
    }
    default:
      // Functions, symbols, bigints: no record read from IndexedDB holds one.
      mix(OTHER);
      return text(String(v));
  }
}
