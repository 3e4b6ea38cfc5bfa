/** Toggle buttons that pick which topics the timeline shows. */
import { i18n } from '#i18n';

export interface ChipTopic {
  id: string;
  label: string;
}

interface Props {
  topics: ChipTopic[];
  selected: string[];
  onToggle: (id: string) => void;
}

export function TopicChips({ topics, selected, onToggle }: Props) {
  return (
    <div class="chips" role="group" aria-labelledby="topic-chips-label">
      <span id="topic-chips-label" class="chips-label">
        {i18n.t('timeline_topics')}
      </span>
      {topics.map((topic) => (
        <button
          key={topic.id}
          type="button"
          class="chip"
          data-topic={topic.id}
          aria-pressed={selected.includes(topic.id)}
          onClick={() => onToggle(topic.id)}
        >
          {topic.label}
        </button>
      ))}
    </div>
  );
}
