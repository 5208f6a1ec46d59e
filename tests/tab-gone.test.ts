import { afterEach, describe, expect, it, vi } from 'vitest';
import { unlessTabGone } from '../lib/background/tab-gone';

describe('the toolbar button on a tab that may be gone', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says nothing when the user closed the tab, and reports every other failure', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    unlessTabGone(new Error('No tab with id: 41.'));
    unlessTabGone(new Error('Invalid tab ID: 41'));
    expect(log).not.toHaveBeenCalled();
    const quota = new Error('Extension context invalidated.');
    unlessTabGone(quota);
    expect(log).toHaveBeenCalledWith('Rapport could not update the toolbar button:', quota);
  });
});
