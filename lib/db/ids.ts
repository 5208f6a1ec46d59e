const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A short random id: 16 base-36 characters (82 bits), shorter than a UUID so the indexes that
 * carry it stay small. Bytes of 252 and above are drawn again: 252 = 7 × 36, so every character
 * is equally likely (`byte % 36` alone favours the first four).
 */
export function newId(): string {
  let out = '';
  while (out.length < 16) {
    for (const b of crypto.getRandomValues(new Uint8Array(24))) {
      if (b < 252 && out.length < 16) out += ALPHABET[b % 36];
    }
  }
  return out;
}
