/** The content script's matcher is compiled at build time: it must be the very matcher the other tests test. */
import { resolve } from 'node:path';
import content from 'virtual:face-facts/content';
import parseMatcherData from 'virtual:face-facts/matcher';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '@/data/load';
import { compileData, compileMatcher, matcherFrom } from '@/lib/match';
import { realTopics } from './real-forms';

const TEXT = [
  'San Francisco banned facial recognition; the ACLU said Amazon Rekognition misidentified 28 members.',
  "IBM a renoncé à la reconnaissance faciale, l'ACLU salue un moratoire sur la reconnaissance faciale.",
  'Boston beschloss ein Gesichtserkennungsverbot; die Aclu begrüßte es.',
  'La Unión Americana de Libertades Civiles pide prohibir el reconocimiento facial.',
].join('\n');

describe('compiled data', () => {
  it('is what the content script ships, compiled from the dataset', () => {
    const dataset = loadDataset(resolve(process.cwd()));
    expect(parseMatcherData()).toEqual(compileData(dataset.topics));
    expect(content.topics.map((topic) => topic.id)).toEqual(dataset.topics.map((topic) => topic.id));
  });

  it('finds the same mentions after a trip through JSON as the matcher compiled in place', () => {
    const shipped = matcherFrom(JSON.parse(JSON.stringify(compileData(realTopics()))) as ReturnType<typeof compileData>);
    const found = shipped.match(TEXT);
    expect(found.map((m) => m.topic)).toEqual(expect.arrayContaining(['bans', 'aclu', 'rekognition', 'ibm']));
    expect(found.length).toBeGreaterThanOrEqual(10);
    expect(found).toEqual(compileMatcher(realTopics()).match(TEXT));
  });

  it('finds nothing, without a regex, when there are no forms', () => {
    const empty = compileData([]);
    expect(empty.entries).toEqual([]);
    expect(matcherFrom(empty).match('IBM and the ACLU')).toEqual([]);
  });
});
