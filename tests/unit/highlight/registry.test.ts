import { describe, expect, it } from 'vitest';
import { colorSlot } from '@/lib/highlight/names';
import { TopicHighlights, type NameRegistry } from '@/lib/highlight/registry';
import { textRange } from '../text-range';

function setup(style: 'background' | 'underline' | 'none' = 'background') {
  const registry = new Map<string, Set<AbstractRange>>();
  const highlights = new TopicHighlights({
    topics: ['rekognition', 'ibm', 'aclu'],
    style,
    registry: registry as unknown as NameRegistry,
    createHighlight: () => new Set<AbstractRange>(),
  });
  return { registry, highlights };
}

describe('TopicHighlights', () => {
  it('says after each flush that the page holds what it paints', () => {
    const registry = new Map<string, Set<AbstractRange>>();
    const seen: number[] = [];
    const highlights = new TopicHighlights({
      topics: ['ibm'],
      style: 'background',
      registry: registry as unknown as NameRegistry,
      createHighlight: () => new Set<AbstractRange>(),
      onFlush: () => seen.push(registry.get('face-facts-ibm')?.size ?? 0),
    });
    highlights.add('ibm', textRange(document.createTextNode('IBM'), 0, 3));
    expect(seen).toEqual([]);
    highlights.flush();
    highlights.flush();
    expect(seen).toEqual([1, 1]);
  });

  it('registers a topic under its public and its styled name on the first mention', () => {
    const { registry, highlights } = setup();
    expect([...registry.keys()]).toEqual([]);
    const text = document.createTextNode('IBM and IBM');
    highlights.add('ibm', textRange(text, 0, 3));
    highlights.flush();
    expect([...registry.keys()].sort()).toEqual(['face-facts-bg-2', 'face-facts-ibm']);
    expect(registry.get('face-facts-ibm')).toBe(registry.get('face-facts-bg-2'));
  });

  it('switches style by re-registering, and registers only the public name for none', () => {
    const { registry, highlights } = setup();
    highlights.add('aclu', textRange(document.createTextNode('ACLU'), 0, 4));
    highlights.flush();
    highlights.setStyle('underline');
    expect([...registry.keys()].sort()).toEqual(['face-facts-aclu', 'face-facts-ul-3']);
    highlights.setStyle('none');
    expect([...registry.keys()]).toEqual(['face-facts-aclu']);
    highlights.dispose();
    expect(registry.size).toBe(0);
  });

  it('takes a switched-off topic out of the registry, keeping its ranges, and puts it back', () => {
    const { registry, highlights } = setup();
    const text = document.createTextNode('IBM and ACLU');
    const ibm = textRange(text, 0, 3);
    highlights.add('ibm', ibm);
    highlights.add('aclu', textRange(text, 8, 12));
    highlights.flush();
    const painted = registry.get('face-facts-ibm')!;
    highlights.setShown((topic) => topic !== 'ibm');
    expect([...registry.keys()].sort()).toEqual(['face-facts-aclu', 'face-facts-bg-3']);
    expect([...painted]).toEqual([ibm]);
    highlights.setShown(() => true);
    expect(registry.get('face-facts-ibm')).toBe(painted);
    expect(registry.get('face-facts-bg-2')).toBe(painted);
  });

  it('does not register a switched-off topic when its first mention arrives', () => {
    const { registry, highlights } = setup();
    highlights.setShown((topic) => topic !== 'ibm');
    highlights.add('ibm', textRange(document.createTextNode('IBM'), 0, 3));
    highlights.flush();
    expect([...registry.keys()]).toEqual([]);
  });

  it('paints changes only on flush, in one batch, and unpaints on dispose at once', () => {
    const { registry, highlights } = setup();
    const text = document.createTextNode('IBM and ACLU and IBM');
    const [first, second, third] = [textRange(text, 0, 3), textRange(text, 8, 12), textRange(text, 17, 20)];
    highlights.add('ibm', first);
    highlights.add('aclu', second);
    expect(registry.size).toBe(0);
    highlights.flush();
    const ibm = registry.get('face-facts-ibm')!;
    expect([...ibm]).toEqual([first]);
    expect([...registry.get('face-facts-aclu')!]).toEqual([second]);
    // Added then removed before a flush: never painted. Cleared: unpainted at the flush.
    highlights.add('ibm', third);
    highlights.remove('ibm', third);
    highlights.remove('ibm', first);
    expect([...ibm]).toEqual([first]);
    highlights.flush();
    expect([...ibm]).toEqual([]);
    highlights.add('ibm', third);
    highlights.clear();
    highlights.add('ibm', first);
    highlights.flush();
    expect([...ibm]).toEqual([first]);
    expect([...registry.get('face-facts-aclu')!]).toEqual([]);
    highlights.dispose();
    expect(registry.size).toBe(0);
    expect([...ibm]).toEqual([]);
  });

  it('gives topics distinct colour slots in dataset order', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(colorSlot)).toEqual([1, 2, 3, 4, 5, 6, 1]);
  });
});
