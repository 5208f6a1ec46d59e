import { describe, expect, it } from 'vitest';
import { clipOutcome } from '../lib/ui/clip-outcome';

describe('what the popup says after a clip', () => {
  it('names the company the clip went to, and a company it created', () => {
    expect(clipOutcome({ status: 'created', clipId: 'k', companyId: 'c', companyName: 'Fernhill', companyCreated: true }).text).toBe(
      'Clipped to Fernhill. A new company was added to your dossier.',
    );
    expect(clipOutcome({ status: 'updated', clipId: 'k', companyId: 'c', companyName: 'Fernhill', companyCreated: false }).text).toBe(
      'Already in your dossier (Fernhill): updated with what the page says now.',
    );
  });

  it('says where a clip with no company waits and how to attach it', () => {
    const o = clipOutcome({ status: 'created', clipId: 'k', companyCreated: false });
    expect(o.unattached).toBe(true);
    expect(o.text).toContain('with no company');
    expect(o.text).toContain('Clips with no company');
    expect(o.text).toContain('choose a company above and clip again');
  });
});
