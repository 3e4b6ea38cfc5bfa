/**
 * The drawn timeline: one horizontal axis from the first fact's year to today,
 * one mark per shown fact, its shape and colour giving its topic.
 *
 * The strip is one tab stop (a roving tabindex): arrow keys, Home and End move
 * between marks in date order. Hovering or focusing a mark shows its date and
 * title; Enter, Space or a click hands the fact to `onActivate`.
 */
import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Fact, TextLang } from '@/data/schema';
import { formatFactDate } from '@/lib/format/date';
import { markStyle, shapePath } from '@/lib/timeline/mark-shape';
import { layoutStrip, stripDomain } from '@/lib/timeline/strip-layout';
import { MarkKey } from './MarkKey';
import { useWidth } from './use-width';

interface Props {
  /** Every fact: they fix the axis, so it doesn't move as filters change. */
  facts: readonly Fact[];
  /** The facts the filters keep: one mark each. */
  shown: readonly Fact[];
  topicIds: readonly string[];
  /** The selected topic chips. */
  selected: readonly string[];
  topicLabel: (id: string) => string;
  lang: TextLang;
  onActivate: (factId: string) => void;
}

/** Centre-to-centre distance of marks, radius of a mark, rows before marks spread sideways, axis band height. */
const PITCH = 14;
const R = 5;
const MAX_ROWS = 6;
const AXIS = 20;
const TOP = 4;
/** Room a year label needs, right of its tick. */
const YEAR_LABEL = 34;

const NEXT: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

export function TimelineStrip({ facts, shown, topicIds, selected, topicLabel, lang, onActivate }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const tipBox = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const domain = useMemo(() => stripDomain(facts, Date.now()), [facts]);
  const layout = useMemo(
    () => layoutStrip(width > 0 ? shown : [], { width: Math.max(width, PITCH), pitch: PITCH, maxRows: MAX_ROWS, ...domain }),
    [shown, width, domain],
  );
  const [current, setCurrent] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState(false);

  const marks = layout.marks;
  const stop = marks.some((mark) => mark.fact.id === current) ? current : (marks[0]?.fact.id ?? null);
  const tipId = dismissed ? null : (hovered ?? focused);
  const tipFact = marks.find((mark) => mark.fact.id === tipId)?.fact;
  const axisY = TOP + layout.rows * PITCH + 2;
  const height = axisY + AXIS;
  const yearWidth = layout.ticks.length > 1 ? layout.ticks[1]!.x - layout.ticks[0]!.x : width;
  const labelEvery = Math.max(1, Math.ceil(YEAR_LABEL / yearWidth));
  const yOf = (row: number) => TOP + (layout.rows - row - 0.5) * PITCH;
  const markElement = (id: string) => svg.current?.querySelector<SVGGElement>(`[data-fact-id="${CSS.escape(id)}"]`);

  useLayoutEffect(() => {
    const anchor = tipId === null ? undefined : markElement(tipId);
    const tip = tipBox.current;
    if (!anchor || !tip) return;
    void computePosition(anchor, tip, {
      strategy: 'absolute',
      placement: 'bottom',
      middleware: [offset(6), flip(), shift({ padding: 4 })],
    }).then(({ x, y }) => Object.assign(tip.style, { left: `${x}px`, top: `${y}px` }));
  }, [tipId, layout]);

  const moveTo = (index: number) => {
    const mark = marks[Math.max(0, Math.min(marks.length - 1, index))];
    if (!mark) return;
    setCurrent(mark.fact.id);
    setDismissed(false);
    markElement(mark.fact.id)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent, index: number, id: string) => {
    const step = NEXT[event.key];
    if (step !== undefined) moveTo(index + step);
    else if (event.key === 'Home') moveTo(0);
    else if (event.key === 'End') moveTo(marks.length - 1);
    else if (event.key === 'Enter' || event.key === ' ') onActivate(id);
    else if (event.key === 'Escape' && tipId !== null) setDismissed(true);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const labelOf = (fact: Fact) => {
    const topics = fact.topics.filter((id) => topicIds.includes(id)).map(topicLabel);
    const name = `${formatFactDate(fact.date, fact.precision, lang)}: ${fact.title[lang]}`;
    return topics.length > 0 ? `${name} (${topics.join(', ')})` : name;
  };

  return (
    <div class="strip" ref={box}>
      <svg
        ref={svg}
        class="strip-drawing"
        width={width}
        height={height}
        role="group"
        aria-label={i18n.t('timeline_strip')}
        aria-describedby="strip-hint"
      >
        <g class="strip-axis" aria-hidden="true">
          <line x1={0} x2={width} y1={axisY} y2={axisY} />
          {layout.ticks.map((tick, index) => (
            <g key={tick.year} transform={`translate(${tick.x.toFixed(1)} ${axisY})`}>
              <line y1={0} y2={4} />
              {index % labelEvery === 0 && tick.x + YEAR_LABEL <= width && (
                <text x={3} y={15}>
                  {tick.year}
                </text>
              )}
            </g>
          ))}
        </g>
        {marks.map((mark, index) => {
          const { fact } = mark;
          const style = markStyle(fact.topics, topicIds, selected);
          return (
            <g
              key={fact.id}
              class="mark"
              data-fact-id={fact.id}
              data-slot={style.slot}
              data-shape={style.shape}
              transform={`translate(${mark.x.toFixed(1)} ${yOf(mark.row).toFixed(1)})`}
              role="button"
              tabIndex={fact.id === stop ? 0 : -1}
              aria-label={labelOf(fact)}
              onClick={() => {
                setCurrent(fact.id);
                onActivate(fact.id);
              }}
              onKeyDown={(event) => onKeyDown(event, index, fact.id)}
              onFocus={() => {
                setCurrent(fact.id);
                setFocused(fact.id);
                setDismissed(false);
              }}
              onBlur={() => setFocused((was) => (was === fact.id ? null : was))}
              onPointerEnter={() => {
                setHovered(fact.id);
                setDismissed(false);
              }}
              onPointerLeave={() => setHovered((was) => (was === fact.id ? null : was))}
            >
              <circle class="mark-hit" r={PITCH / 2} />
              <circle class="mark-ring" r={R + 2.5} />
              <path class="mark-shape" d={shapePath(style.shape, R)} />
            </g>
          );
        })}
      </svg>
      <p id="strip-hint" class="visually-hidden">
        {i18n.t('timeline_strip_hint')}
      </p>
      <div class="strip-tip" ref={tipBox} hidden={!tipFact} aria-hidden="true">
        {tipFact && (
          <>
            <span class="strip-tip-date">{formatFactDate(tipFact.date, tipFact.precision, lang)}</span>
            <span class="strip-tip-title">{tipFact.title[lang]}</span>
          </>
        )}
      </div>
      <MarkKey topicIds={topicIds} topicLabel={topicLabel} untopical={shown.some((fact) => markStyle(fact.topics, topicIds, []).topic === null)} />
    </div>
  );
}
