import cardData from 'virtual:face-facts/card';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createCardView } from '@/lib/card/view';
import type { CardRequest, CardViewEvents } from '@/lib/card/view-api';

function page() {
  const p = document.createElement('p');
  p.textContent = 'In 2018 the ACLU tested Amazon Rekognition.';
  document.body.append(p);
  const range = (start: number, end: number) => {
    const r = document.createRange();
    r.setStart(p.firstChild!, start);
    r.setEnd(p.firstChild!, end);
    return r;
  };
  return { aclu: range(12, 16), rekognition: range(24, 42) };
}

function events(): CardViewEvents {
  return { onPointerEnter: vi.fn(), onPointerLeave: vi.fn(), onClose: vi.fn(), onTimeline: vi.fn(), onPauseSite: vi.fn() };
}

const request = (topic: string, range: Range): CardRequest => ({ topic, range, lang: 'en', pointer: null });

async function setup() {
  const ranges = page();
  const ctx = new ContentScriptContext('test');
  const on = events();
  const view = await createCardView(ctx, on, cardData.topics);
  const shadow = view.host.shadowRoot!;
  const cardEl = () => shadow.querySelector<HTMLElement>('.card');
  return { ctx, on, view, shadow, cardEl, ...ranges };
}

afterEach(() => {
  document.body.replaceChildren();
  fakeBrowser.reset();
});

describe('createCardView', () => {
  it('adds one open-shadow host at the end of the page', async () => {
    const { view } = await setup();
    expect(view.host.localName).toBe('face-facts-ui');
    expect(document.body.lastElementChild).toBe(view.host);
    expect(view.host.shadowRoot?.mode).toBe('open');
  });

  it('prepares a card that is neither shown nor a dialog, then shows the same element', async () => {
    const { view, cardEl, rekognition } = await setup();
    view.prepare(request('rekognition', rekognition));
    const prepared = cardEl();
    expect(prepared?.dataset.state).toBe('prepared');
    expect(prepared?.getAttribute('role')).toBeNull();
    expect(prepared?.dataset.topic).toBe('rekognition');
    expect(view.card).toBeNull();

    const shown = view.show(request('rekognition', rekognition));
    expect(shown).toBe(prepared);
    expect(view.card).toBe(prepared);
    expect(shown?.dataset.state).toBe('shown');
    expect(shown?.getAttribute('role')).toBe('dialog');
  });

  it('discard removes a prepared card but never a shown one; hide removes either', async () => {
    const { view, cardEl, aclu, rekognition } = await setup();
    view.prepare(request('aclu', aclu));
    view.discard();
    expect(cardEl()).toBeNull();

    view.show(request('aclu', aclu));
    view.discard();
    view.prepare(request('rekognition', rekognition));
    expect(cardEl()?.dataset.topic).toBe('aclu');
    expect(cardEl()?.dataset.state).toBe('shown');
    view.hide();
    expect(cardEl()).toBeNull();
    expect(view.card).toBeNull();
  });

  it('shows another mention than the prepared one, and nothing for an unknown topic', async () => {
    const { view, cardEl, aclu, rekognition } = await setup();
    view.prepare(request('aclu', aclu));
    expect(view.show(request('rekognition', rekognition))?.dataset.topic).toBe('rekognition');
    expect(view.show(request('nope', aclu))).toBeNull();
    expect(cardEl()).toBeNull();
  });

  it('passes the card actions on, with the topic for the timeline', async () => {
    const { view, on, rekognition } = await setup();
    const card = view.show(request('rekognition', rekognition))!;
    card.querySelector<HTMLButtonElement>('[data-action="timeline"]')!.click();
    card.querySelector<HTMLButtonElement>('[data-action="pause-site"]')!.click();
    card.querySelector<HTMLButtonElement>('.close')!.click();
    expect(on.onTimeline).toHaveBeenCalledWith('rekognition');
    expect(on.onPauseSite).toHaveBeenCalledTimes(1);
    expect(on.onClose).toHaveBeenCalledTimes(1);
  });

  it('removes its host when the content script is invalidated', async () => {
    const { ctx, view } = await setup();
    ctx.abort();
    expect(view.host.isConnected).toBe(false);
  });
});
