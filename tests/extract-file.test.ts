import { describe, expect, it } from 'vitest';
import { decodePage } from '../lib/cli/extract-file';

describe('reading a saved page from disk', () => {
  it('reads an "iso-8859-1" page as windows-1252, as browsers do: dashes and quotes, not control characters', () => {
    const head = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Advisor ';
    const bytes = Uint8Array.from([
      ...Buffer.from(head, 'latin1'),
      0x96,
      0x20,
      0x93,
      0x48,
      0x69,
      0x94,
      0xe9,
      ...Buffer.from('</title>', 'latin1'),
    ]);
    expect(decodePage(bytes)).toContain('<title>Advisor – “Hi”é</title>');
  });

  it('leaves a UTF-8 page as it is', () => {
    expect(decodePage(new TextEncoder().encode('<meta charset="utf-8"><title>Zürich – Büro</title>'))).toContain('Zürich – Büro');
  });
});
