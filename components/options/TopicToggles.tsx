/** One checkbox per dataset topic; unchecking adds its id to the disabled set. */
import { i18n } from '#i18n';

export interface ToggleTopic {
  id: string;
  label: string;
}

interface Props {
  topics: ToggleTopic[];
  disabled: string[];
  onChange: (disabled: string[]) => void;
}

export function TopicToggles({ topics, disabled, onChange }: Props) {
  const toggle = (id: string, on: boolean) => {
    // Ids this page doesn't list (a topic from another version) stay as they are.
    onChange(on ? disabled.filter((d) => d !== id) : [...disabled.filter((d) => d !== id), id]);
  };
  return (
    <fieldset class="card choices">
      <legend>
        <h2>{i18n.t('options_topicsHeading')}</h2>
      </legend>
      <p class="hint">{i18n.t('options_topicsHint')}</p>
      {topics.map((topic) => (
        <div class="check-row" key={topic.id}>
          <input
            id={`topic-${topic.id}`}
            type="checkbox"
            checked={!disabled.includes(topic.id)}
            onChange={(event) => toggle(topic.id, event.currentTarget.checked)}
          />
          <label for={`topic-${topic.id}`}>{topic.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
