import { describe, expect, it } from 'vitest';
import { createPageRequestHandler } from '@/entrypoints/content/page-requests';

/** The handler over a stand-in `next` that counts mentions per topic, as the card controller's `step` answers. */
function setup(active = true, top = true) {
  const totals: Record<string, number> = { ibm: 3, aclu: 1 };
  const steps: string[] = [];
  const at = new Map<string, number>();
  let isActive = active;
  const handle = createPageRequestHandler({
    top,
    isActive: () => isActive,
    next: (topic) => {
      steps.push(topic);
      const total = totals[topic] ?? 0;
      if (total === 0) return { index: 0, total: 0 };
      const index = ((at.get(topic) ?? 0) % total) + 1;
      at.set(topic, index);
      return { index, total };
    },
    location: { href: 'https://news.example.org/a?b=1', hostname: 'news.example.org' },
  });
  return { handle, steps, setActive: (value: boolean) => (isActive = value) };
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

  it('goes to the next mention of the topic through the card controller, and answers its place', async () => {
    const { handle, steps } = setup();
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await handle({ type: 'page:reveal', topic: 'ibm' }));
    expect(answers.map((a) => a && 'index' in a && `${a.index}/${a.total}`)).toEqual(['1/3', '2/3', '3/3', '1/3']);
    expect(steps).toEqual(['ibm', 'ibm', 'ibm', 'ibm']);
  });

  it('reveals nothing while paused, without moving', async () => {
    const { handle, steps, setActive } = setup();
    await expect(handle({ type: 'page:reveal', topic: 'bans' })).resolves.toEqual({ topic: 'bans', index: 0, total: 0 });
    setActive(false);
    await expect(handle({ type: 'page:reveal', topic: 'ibm' })).resolves.toEqual({ topic: 'ibm', index: 0, total: 0 });
    expect(steps).toEqual(['bans']);
  });

  it('leaves other messages to other listeners', () => {
    const { handle } = setup();
    for (const message of [{ type: 'counts', counts: {} }, { type: 'page:reveal' }, { type: 'page:reveal', topic: 'A B' }, null, 'page:get-state']) {
      expect(handle(message)).toBeUndefined();
    }
  });
});
