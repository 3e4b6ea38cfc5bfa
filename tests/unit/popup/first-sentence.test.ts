import { describe, expect, it } from 'vitest';
import dataset from 'virtual:face-facts/card';
import { LANGUAGE_CODES } from '@/data/languages';
import { firstSentence, summaryLine } from '@/lib/popup/first-sentence';

describe('firstSentence', () => {
  it('stops at the first full stop before a capital', () => {
    expect(firstSentence('IBM left the market. It wrote to Congress.')).toBe('IBM left the market.');
  });

  it('keeps abbreviations and initials inside the sentence', () => {
    expect(firstSentence('Cities in the U.S. Congress wait. Then more.')).toBe('Cities in the U.S. Congress wait.');
    expect(firstSentence('The Williams v. Detroit case settled. Then more.')).toBe('The Williams v. Detroit case settled.');
  });

  it('ends at a question or exclamation mark, and before quotes', () => {
    expect(firstSentence('Is it legal? “Yes,” they said.')).toBe('Is it legal?');
  });

  it('does not cut at a decimal point or a lowercase continuation', () => {
    expect(firstSentence('A 99.9 percent threshold. etc. still here')).toBe('A 99.9 percent threshold. etc. still here');
  });

  it('returns a single sentence whole, trimmed', () => {
    expect(firstSentence('  No full stop here  ')).toBe('No full stop here');
  });

  it('gives every topic summary a shorter first sentence ending in a stop, in every language', () => {
    for (const topic of dataset.topics) {
      for (const lang of LANGUAGE_CODES) {
        const summary = topic.summary[lang] ?? '';
        const sentence = firstSentence(summary);
        expect(sentence.length, `${topic.id} ${lang}`).toBeLessThan(summary.length);
        expect(sentence, `${topic.id} ${lang}`).toMatch(/[.!?…]$/);
        expect(summary.startsWith(sentence)).toBe(true);
      }
    }
  });
});

describe('summaryLine', () => {
  it('cuts a long first sentence at its colon or semicolon, in English and French', () => {
    expect(summaryLine('The group campaigns against police facial recognition: it ran tests. More.')).toBe(
      'The group campaigns against police facial recognition.',
    );
    expect(summaryLine('Le groupe fait campagne contre la reconnaissance faciale : il a testé. Plus.')).toBe(
      'Le groupe fait campagne contre la reconnaissance faciale.',
    );
    expect(summaryLine('Many cities have banned government use of the technology; others wait.')).toBe(
      'Many cities have banned government use of the technology.',
    );
  });

  it('keeps a short head clause with what follows', () => {
    expect(summaryLine('In short: IBM left. More.')).toBe('In short: IBM left.');
  });

  it('is the first sentence when there is no clause to cut', () => {
    expect(summaryLine('IBM left the market. It wrote to Congress.')).toBe('IBM left the market.');
  });
});
