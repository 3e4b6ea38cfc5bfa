import { expect, it } from 'vitest';
import { isCommandMessage, isOpenTimelineMessage, isPauseSiteMessage, timelinePath } from '@/lib/card/messages';

it('accepts only the two card commands', () => {
  expect(isCommandMessage({ type: 'command', command: 'next-mention' })).toBe(true);
  expect(isCommandMessage({ type: 'command', command: 'previous-mention' })).toBe(true);
  expect(isCommandMessage({ type: 'command', command: 'delete-everything' })).toBe(false);
  expect(isCommandMessage({ type: 'counts', counts: {} })).toBe(false);
  expect(isCommandMessage(null)).toBe(false);
});

it('accepts a timeline request only for a well-formed topic id', () => {
  expect(isOpenTimelineMessage({ type: 'open-timeline', topic: 'rekognition' })).toBe(true);
  expect(isOpenTimelineMessage({ type: 'open-timeline', topic: '@/lib/options.html' })).toBe(false);
  expect(isOpenTimelineMessage({ type: 'open-timeline' })).toBe(false);
});

it('accepts a start day only written YYYY-MM-DD', () => {
  expect(isOpenTimelineMessage({ type: 'open-timeline', topic: 'rekognition', from: '2020-06-11' })).toBe(true);
  expect(isOpenTimelineMessage({ type: 'open-timeline', topic: 'rekognition', from: '2020-06-11&q=x' })).toBe(false);
  expect(isOpenTimelineMessage({ type: 'open-timeline', topic: 'rekognition', from: 20200611 })).toBe(false);
});

it('points the timeline at the topic in its hash', () => {
  expect(timelinePath('bans')).toBe('/timeline.html#topic=bans');
  expect(timelinePath('rekognition', '2020-06-11')).toBe('/timeline.html#topic=rekognition&from=2020-06-11');
});

it('accepts a pause request only with a URL', () => {
  expect(isPauseSiteMessage({ type: 'pause-site', siteUrl: 'https://example.com/news' })).toBe(true);
  expect(isPauseSiteMessage({ type: 'pause-site', siteUrl: 'not a url' })).toBe(false);
  expect(isPauseSiteMessage({ type: 'pause-site' })).toBe(false);
  expect(isPauseSiteMessage({ type: 'open-timeline', topic: 'ibm' })).toBe(false);
});
