import { describe, expect, it } from 'vitest';
import { tabIdFromSearch } from '@/lib/popup/target-tab';

describe('tabIdFromSearch', () => {
  it('reads ?tab=<id>', () => {
    expect(tabIdFromSearch('?tab=42')).toBe(42);
    expect(tabIdFromSearch('?x=1&tab=7')).toBe(7);
    expect(tabIdFromSearch('?tab=0')).toBe(0);
  });

  it('is null without a usable tab id', () => {
    for (const search of ['', '?', '?tab=', '?tab=abc', '?tab=-3', '?tab=1.5', '?tab=12345678901', '?tabs=3']) {
      expect(tabIdFromSearch(search), search).toBeNull();
    }
  });
});
