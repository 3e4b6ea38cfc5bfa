import { describe, expect, it } from 'vitest';
import {
  describeVerdict,
  differences,
  entriesForMissingPages,
  judge,
  type KnownDifference,
} from '../../oracle/compare';
import { KNOWN_DIFFERENCES } from '../../oracle/known-differences';
import type { SerializedMention } from '../../oracle/types';

const mention = (topic: string, text: string, at: string): SerializedMention => ({ topic, text, at, context: `…[${text}]…` });
const ibm = mention('ibm', 'IBM', '1/0:4-1/0:7');
const aclu = mention('aclu', 'ACLU', '1/2:0-1/2:4');
const glued = mention('rekognition', 'Amazon Rekognition', '1/4/0:0-1/4/1/0:11');

describe('differences', () => {
  it('finds none when both sides hold the same mentions in any order', () => {
    expect(differences([{ frame: 'main', oracle: [ibm, aclu], extension: [aclu, ibm] }])).toEqual([]);
  });

  it('compares as multisets: a mention found twice on one side only is one difference', () => {
    expect(differences([{ frame: 'main', oracle: [ibm, ibm, aclu], extension: [ibm, aclu] }])).toEqual([
      { only: 'oracle', frame: 'main', mention: ibm },
    ]);
  });

  it('tells which side alone found a mention, and the same text elsewhere is another mention', () => {
    const moved = { ...ibm, at: '1/6:0-1/6:3' };
    expect(differences([{ frame: 'main', oracle: [ibm], extension: [moved] }])).toEqual([
      { only: 'oracle', frame: 'main', mention: ibm },
      { only: 'extension', frame: 'main', mention: moved },
    ]);
  });

  it('keeps frames apart: the same place in two frames is two mentions', () => {
    expect(
      differences([
        { frame: 'main', oracle: [ibm], extension: [] },
        { frame: 'main>0 about:srcdoc', oracle: [], extension: [ibm] },
      ]),
    ).toHaveLength(2);
  });
});

describe('judge', () => {
  const entry: KnownDifference = {
    page: 'fixtures/detection/markup.html',
    topic: 'rekognition',
    text: 'Amazon  Rekognition',
    only: 'oracle',
    reason: 'display:block spans are separate blocks',
  };
  const found = differences([{ frame: 'main', oracle: [glued, aclu], extension: [] }]);

  it('lets a documented difference through and reports the rest', () => {
    const verdict = judge('fixtures/detection/markup.html', found, [entry]);
    expect(verdict.unexpected.map((d) => d.mention.topic)).toEqual(['aclu']);
    expect(verdict.unused).toEqual([]);
  });

  it('applies an entry only to its own page and its own side', () => {
    expect(judge('fixtures/other.html', found, [entry]).unexpected).toHaveLength(2);
    const flipped = differences([{ frame: 'main', oracle: [], extension: [glued] }]);
    expect(judge(entry.page, flipped, [entry]).unexpected).toHaveLength(1);
  });

  it('fails an entry that no longer occurs', () => {
    const verdict = judge(entry.page, [], [entry]);
    expect(verdict.unused).toEqual([entry]);
    expect(describeVerdict(entry.page, verdict)).toEqual([
      'fixtures/detection/markup.html: known difference no longer occurs: only the exhaustive walk finds rekognition' +
        ' "Amazon  Rekognition" (display:block spans are separate blocks)',
    ]);
  });

  it('names the side, topic, text, frame, place and context of an unexpected difference', () => {
    const [line] = describeVerdict('p.html', judge('p.html', found.slice(1), []));
    expect(line).toBe('p.html: only the exhaustive walk finds aclu "ACLU" (frame main, at 1/2:0-1/2:4) …[ACLU]…');
  });

  it('finds entries naming a page that is not in the folder compared', () => {
    expect(entriesForMissingPages('fixtures/', ['fixtures/detection/markup.html'], [entry])).toEqual([]);
    expect(entriesForMissingPages('fixtures/', ['fixtures/a.html'], [entry])).toEqual([entry]);
    expect(entriesForMissingPages('corpus/large/', [], [entry])).toEqual([]);
  });
});

describe('KNOWN_DIFFERENCES', () => {
  it('gives every entry a page under a known folder, a side and a reason', () => {
    for (const entry of KNOWN_DIFFERENCES) {
      expect(entry.page).toMatch(/^(fixtures|demo|corpus\/[^/]+)\/.+\.html$/);
      expect(['oracle', 'extension']).toContain(entry.only);
      expect(entry.reason.trim().length).toBeGreaterThan(10);
    }
  });
});
