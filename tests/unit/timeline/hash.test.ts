import { describe, expect, it } from 'vitest';
import { parseTimelineHash, serializeTimelineHash } from '@/lib/timeline/hash';

const KNOWN = ['rekognition', 'ibm', 'aclu', 'bans'];

describe('parseTimelineHash', () => {
  it('reads one topic', () => {
    expect(parseTimelineHash('#topic=bans', KNOWN)).toEqual({ topics: ['bans'], query: '' });
  });

  it('reads several topics, comma-separated or repeated, without duplicates', () => {
    expect(parseTimelineHash('#topic=bans,ibm&topic=aclu,bans', KNOWN)).toEqual({
      topics: ['bans', 'ibm', 'aclu'],
      query: '',
    });
  });

  it('reads the search text, decoding + and percent escapes', () => {
    expect(parseTimelineHash('#q=reconnaissance+faciale')).toEqual({ topics: [], query: 'reconnaissance faciale' });
    expect(parseTimelineHash('#topic=ibm&q=g%C3%A9n%C3%A9raliste')).toEqual({ topics: ['ibm'], query: 'généraliste' });
  });

  it('drops unknown topics when it knows the list', () => {
    expect(parseTimelineHash('#topic=bans,nope', KNOWN).topics).toEqual(['bans']);
    expect(parseTimelineHash('#topic=bans,nope').topics).toEqual(['bans', 'nope']);
  });

  it('gives the empty filter for an empty or unrelated hash', () => {
    expect(parseTimelineHash('', KNOWN)).toEqual({ topics: [], query: '' });
    expect(parseTimelineHash('#', KNOWN)).toEqual({ topics: [], query: '' });
    expect(parseTimelineHash('#section-2', KNOWN)).toEqual({ topics: [], query: '' });
  });
});

describe('start day', () => {
  it('reads a calendar day and drops anything else', () => {
    expect(parseTimelineHash('#topic=rekognition&from=2020-06-11', KNOWN)).toEqual({
      topics: ['rekognition'],
      query: '',
      from: '2020-06-11',
    });
    for (const from of ['2020-02-30', '2020-06', 'yesterday', '']) {
      expect(parseTimelineHash(`#topic=rekognition&from=${from}`, KNOWN)).not.toHaveProperty('from');
    }
  });

  it('writes it after the topics and round-trips', () => {
    const filter = { topics: ['rekognition'], query: 'moratoire', from: '2020-06-11' };
    expect(serializeTimelineHash(filter)).toBe('#topic=rekognition&from=2020-06-11&q=moratoire');
    expect(parseTimelineHash(serializeTimelineHash(filter), KNOWN)).toEqual(filter);
    expect(serializeTimelineHash({ topics: [], query: '', from: '2020-06-11' })).toBe('#from=2020-06-11');
  });
});

describe('serializeTimelineHash', () => {
  it('writes topics and search text', () => {
    expect(serializeTimelineHash({ topics: ['bans', 'ibm'], query: 'moratoire' })).toBe('#topic=bans,ibm&q=moratoire');
  });

  it('writes nothing for the empty filter or a blank query', () => {
    expect(serializeTimelineHash({ topics: [], query: '' })).toBe('');
    expect(serializeTimelineHash({ topics: [], query: '   ' })).toBe('');
  });

  it('round-trips through the parser', () => {
    const filters = [
      { topics: ['bans'], query: '' },
      { topics: [], query: 'reconnaissance faciale' },
      { topics: ['ibm', 'aclu'], query: 'généraliste & co + 50%' },
    ];
    for (const filter of filters) {
      expect(parseTimelineHash(serializeTimelineHash(filter), KNOWN)).toEqual(filter);
    }
  });
});
