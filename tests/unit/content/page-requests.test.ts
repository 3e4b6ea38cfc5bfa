import { describe, expect, it, vi } from 'vitest';
import { createPageRequestHandler, type RevealedMention } from '@/entrypoints/content/page-requests';

function rangesOver(text: string, count: number): Range[] {
  const node = document.createTextNode(text.repeat(count));
  document.body.append(node);
  return Array.from({ length: count }, (_, i) => {
    const range = document.createRange();
    range.setStart(node, i * text.length);
    range.setEnd(node, (i + 1) * text.length);
    return range;
  });
}

function setup(active = true, top = true) {
  const ibm = rangesOver('IBM ', 3);
  const aclu = rangesOver('ACLU ', 1);
  const revealed: RevealedMention[] = [];
  let isActive = active;
  const handle = createPageRequestHandler({
    mentions: {
      rangesFor: (topic) => (topic === 'ibm' ? ibm : topic === 'aclu' ? aclu : []),
    },
    top,
    isActive: () => isActive,
    reveal: (mention) => revealed.push(mention),
    location: { href: 'https://news.example.org/a?b=1', hostname: 'news.example.org' },
  });
  return { handle, revealed, ibm, aclu, setActive: (value: boolean) => (isActive = value) };
}

describe('page requests', () => {
  it('answers page:get-state with host, url and whether it is active (the counts are the background\'s)', async () => {
    const { handle } = setup();
    await expect(handle({ type: 'page:get-state' })).resolves.toEqual({
      host: 'news.example.org',
      url: 'https://news.example.org/a?b=1',
      active: true,
    });
  });

  it('answers page:get-state only in the top frame, page:reveal in every frame', async () => {
    const { handle } = setup(true, false);
    expect(handle({ type: 'page:get-state' })).toBeUndefined();
    await expect(handle({ type: 'page:reveal', topic: 'ibm' })).resolves.toEqual({ topic: 'ibm', index: 1, total: 3 });
  });

  it('says where Face Facts is paused', async () => {
    const { handle } = setup(false);
    await expect(handle({ type: 'page:get-state' })).resolves.toMatchObject({ active: false });
  });

  it('goes to the next mention of a topic on each reveal, wrapping at the end', async () => {
    const { handle, revealed, ibm } = setup();
    const indexes = [];
    for (let i = 0; i < 4; i++) indexes.push(await handle({ type: 'page:reveal', topic: 'ibm' }));
    expect(indexes).toEqual([
      { topic: 'ibm', index: 1, total: 3 },
      { topic: 'ibm', index: 2, total: 3 },
      { topic: 'ibm', index: 3, total: 3 },
      { topic: 'ibm', index: 1, total: 3 },
    ]);
    expect(revealed.map((m) => m.range)).toEqual([ibm[0], ibm[1], ibm[2], ibm[0]]);
    expect(revealed.every((m) => m.topic === 'ibm')).toBe(true);
  });

  it('keeps one cursor per topic', async () => {
    const { handle } = setup();
    await handle({ type: 'page:reveal', topic: 'ibm' });
    await expect(handle({ type: 'page:reveal', topic: 'aclu' })).resolves.toEqual({ topic: 'aclu', index: 1, total: 1 });
    await expect(handle({ type: 'page:reveal', topic: 'ibm' })).resolves.toEqual({ topic: 'ibm', index: 2, total: 3 });
  });

  it('reveals nothing for a topic without mentions or while paused', async () => {
    const { handle, revealed, setActive } = setup();
    await expect(handle({ type: 'page:reveal', topic: 'bans' })).resolves.toEqual({ topic: 'bans', index: 0, total: 0 });
    setActive(false);
    await expect(handle({ type: 'page:reveal', topic: 'ibm' })).resolves.toEqual({ topic: 'ibm', index: 0, total: 0 });
    expect(revealed).toEqual([]);
  });

  it('leaves other messages to other listeners', () => {
    const { handle } = setup();
    for (const message of [{ type: 'counts', counts: {} }, { type: 'page:reveal' }, { type: 'page:reveal', topic: 'A B' }, null, 'page:get-state']) {
      expect(handle(message)).toBeUndefined();
    }
  });

  it('scrolls to the mention when no card controller is given', async () => {
    const [range] = rangesOver('IBM ', 1);
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => undefined);
    const handle = createPageRequestHandler({
      mentions: { rangesFor: () => [range!] },
      isActive: () => true,
    });
    await handle({ type: 'page:reveal', topic: 'ibm' });
    expect(scrollBy).toHaveBeenCalledTimes(1);
  });
});
