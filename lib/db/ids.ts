/** A short random id: 16 base-36 characters (82 bits). Shorter than a UUID, so indexes that carry it stay small. */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let out = '';
  for (const b of bytes) out += (b % 36).toString(36);
  return out;
}
