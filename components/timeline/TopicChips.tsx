/** Toggle buttons that pick which topics the timeline shows, after one for all topics. */
import { i18n } from '#i18n';

export interface ChipTopic {
  id: string;
  label: string;
}

interface Props {
  topics: ChipTopic[];
  selected: string[];
  onToggle: (id: string) => void;
  /** Clears the selection: every topic. */
  onAll: () => void;
}

export function TopicChips({ topics, selected, onToggle, onAll }: Props) {
  return (
    <div class="chips" role="group" aria-labelledby="topic-chips-label">
      <span id="topic-chips-label" class="chips-label">
        {i18n.t('timeline_topics')}
      </span>
      <button type="button" class="chip chip-all" aria-pressed={selected.length === 0} onClick={onAll}>
        {i18n.t('timeline_all_topics')}
      </button>
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
