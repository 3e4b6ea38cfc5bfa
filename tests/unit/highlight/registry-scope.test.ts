/**
 * The registry while the page keeps changing: only the ranges the scope
 * reports near are registered, the rest wait aside, and every range is
 * registered again once the scope is dropped.
 */
import { describe, expect, it } from 'vitest';
import type { NearScope } from '@/lib/highlight/near-viewport';
import { TopicHighlights, type NameRegistry } from '@/lib/highlight/registry';
import { textRange } from '../text-range';

/** A scope whose far ranges a test sets, counting what it watches per range. */
class FakeScope implements NearScope {
  readonly far = new Set<Range>();
  readonly watched = new Map<Range, number>();
  disconnected = false;
  watch(range: Range) {
    this.watched.set(range, (this.watched.get(range) ?? 0) + 1);
  }
  unwatch(range: Range) {
    const count = this.watched.get(range) ?? 0;
    if (count <= 1) this.watched.delete(range);
    else this.watched.set(range, count - 1);
  }
  isNear(range: Range) {
    return !this.far.has(range);
  }
  disconnect() {
    this.disconnected = true;
    this.watched.clear();
  }
}

function setup() {
  const registry = new Map<string, Set<AbstractRange>>();
  // Stands for detection's index: the ranges handed to the registry, by topic.
  const index = new Map<Range, string>();
  const highlights = new TopicHighlights({
    topics: ['ibm', 'aclu'],
    style: 'background',
    registry: registry as unknown as NameRegistry,
    createHighlight: () => new Set<AbstractRange>(),
    eachRange: (visit) => index.forEach((topic, range) => visit({ topic, range })),
  });
  const add = (topic: string, range: Range) => {
    index.set(range, topic);
    highlights.add(topic, range);
  };
  const remove = (topic: string, range: Range) => {
    index.delete(range);
    highlights.remove(topic, range);
  };
  const painted = (name: string) => [...(registry.get(name) ?? [])];
  /** Paints `ranges` (flushed), then scopes to a viewport that leaves `far` out. */
  const scopedWith = (ranges: Array<[string, Range]>, far: Range[]) => {
    for (const [topic, range] of ranges) add(topic, range);
    highlights.flush();
    const scope = new FakeScope();
    for (const range of far) scope.far.add(range);
    highlights.scopeTo(scope);
    return scope;
  };
  const text = document.createTextNode('IBM at the top, the ACLU further down, IBM at the bottom');
  const [top, aclu, bottom] = [textRange(text, 0, 3), textRange(text, 20, 24), textRange(text, 39, 42)];
  return { registry, highlights, add, remove, painted, scopedWith, top, aclu, bottom };
}

describe('TopicHighlights scoped to the viewport', () => {
  it('registers only the near ranges under both names, and every range again without the scope', () => {
    const { highlights, painted, scopedWith, top, aclu, bottom } = setup();
    const scope = scopedWith([['ibm', top], ['ibm', bottom], ['aclu', aclu]], [bottom, aclu]);
    expect(painted('face-facts-ibm')).toEqual([top]);
    expect(painted('face-facts-bg-1')).toEqual([top]);
    expect(painted('face-facts-aclu')).toEqual([]);
    expect([...scope.watched.keys()].sort((a, b) => a.startOffset - b.startOffset)).toEqual([top, aclu, bottom]);

    highlights.scopeTo(null);
    expect(scope.disconnected).toBe(true);
    expect(painted('face-facts-ibm')).toEqual([top, bottom]);
    expect(painted('face-facts-bg-1')).toEqual([top, bottom]);
    expect(painted('face-facts-aclu')).toEqual([aclu]);
  });

  it('sorts again when the scope measures a change', () => {
    const { highlights, painted, scopedWith, top, bottom } = setup();
    const scope = scopedWith([['ibm', top], ['ibm', bottom]], [bottom]);
    expect(painted('face-facts-ibm')).toEqual([top]);
    // Scrolled down: the top is far, the bottom near.
    scope.far.clear();
    scope.far.add(top);
    highlights.refreshNear();
    expect(painted('face-facts-ibm')).toEqual([bottom]);
  });

  it('watches what arrives while scoped and forgets what goes, painting only what is near', () => {
    const { add, remove, highlights, painted, scopedWith, top, aclu, bottom } = setup();
    const scope = scopedWith([['ibm', top]], [bottom]);
    add('ibm', bottom);
    add('aclu', aclu);
    // Nothing changes before the flush.
    expect(painted('face-facts-ibm')).toEqual([top]);
    expect(scope.watched.has(bottom)).toBe(false);
    highlights.flush();
    expect(painted('face-facts-ibm')).toEqual([top]);
    expect(painted('face-facts-aclu')).toEqual([aclu]);
    expect(scope.watched.get(bottom)).toBe(1);
    remove('ibm', top);
    remove('aclu', aclu);
    highlights.flush();
    expect(painted('face-facts-ibm')).toEqual([]);
    expect(painted('face-facts-aclu')).toEqual([]);
    expect([...scope.watched.keys()]).toEqual([bottom]);
    // Without the scope, the far range is painted: it was kept aside all along.
    highlights.scopeTo(null);
    expect(painted('face-facts-ibm')).toEqual([bottom]);
  });

  it('counts each range once when changes were pending as the scope began', () => {
    const { highlights, add, top } = setup();
    add('ibm', top);
    const scope = new FakeScope();
    highlights.scopeTo(scope);
    highlights.flush();
    expect(scope.watched.get(top)).toBe(1);
  });

  it('forgets what the scope watched when every topic is cleared', () => {
    const { highlights, add, painted, scopedWith, top, bottom } = setup();
    const scope = scopedWith([['ibm', top]], []);
    highlights.clear();
    add('ibm', bottom);
    highlights.flush();
    expect([...scope.watched.keys()]).toEqual([bottom]);
    expect(painted('face-facts-ibm')).toEqual([bottom]);
  });

  it('keeps the scope through a switched-off topic and a change of style, and disconnects it on dispose', () => {
    const { registry, highlights, painted, scopedWith, top, bottom } = setup();
    const scope = scopedWith([['ibm', top], ['ibm', bottom]], [bottom]);
    highlights.setShown((topic) => topic !== 'ibm');
    expect(registry.has('face-facts-ibm')).toBe(false);
    highlights.setShown(() => true);
    expect(painted('face-facts-ibm')).toEqual([top]);
    highlights.setStyle('underline');
    expect(painted('face-facts-ul-1')).toEqual([top]);
    highlights.dispose();
    expect(registry.size).toBe(0);
    expect(scope.disconnected).toBe(true);
  });
});
