/** The strip's key: each topic's mark shape and colour next to its name. */
import { i18n } from '#i18n';
import { markStyle, shapePath } from '@/lib/timeline/mark-shape';

interface Props {
  topicIds: readonly string[];
  topicLabel: (id: string) => string;
  /** Whether to show the key entry for facts with no topic. */
  untopical: boolean;
}

const R = 5;

function Swatch({ topics, topicIds }: { topics: string[]; topicIds: readonly string[] }) {
  const { shape, slot } = markStyle(topics, topicIds, []);
  return (
    <svg class="mark" data-slot={slot} width={2 * R + 2} height={2 * R + 2} viewBox={`${-R - 1} ${-R - 1} ${2 * R + 2} ${2 * R + 2}`} aria-hidden="true">
      <path class="mark-shape" d={shapePath(shape, R)} />
    </svg>
  );
}

export function MarkKey({ topicIds, topicLabel, untopical }: Props) {
  return (
    <ul class="strip-key" aria-label={i18n.t('timeline_strip_key')}>
      {topicIds.map((id) => (
        <li key={id}>
          <Swatch topics={[id]} topicIds={topicIds} />
          {topicLabel(id)}
        </li>
      ))}
      {untopical && (
        <li>
          <Swatch topics={[]} topicIds={topicIds} />
          {i18n.t('timeline_no_topic')}
        </li>
      )}
    </ul>
  );
}
