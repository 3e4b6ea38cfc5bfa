import { expect, it } from 'vitest';
import { httpsOnly } from '@/lib/card/safe-url';

it('keeps absolute https URLs', () => {
  expect(httpsOnly('https://www.aclu.org/news?x=1#y')).toBe('https://www.aclu.org/news?x=1#y');
});

it('refuses every other scheme, relative URLs and credentials', () => {
  for (const bad of [
    'http://example.com/',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<b>x</b>',
    '//example.com/',
    '/relative',
    'https://user:pw@example.com/',
    'not a url',
  ]) {
    expect(httpsOnly(bad), bad).toBeNull();
  }
});
