/** One labelled radio button per choice, the rows every options radio group shares. */
export interface Choice<T extends string> {
  value: T;
  label: string;
  /** The label's language, when it is not the page's (a language's own name). */
  lang?: string;
  /** The id of a hint that describes this choice. */
  describedBy?: string;
}

interface Props<T extends string> {
  /** The radio group's name, also the prefix of each input's id. */
  name: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
}

export function RadioChoices<T extends string>({ name, choices, value, onChange }: Props<T>) {
  return (
    <>
      {choices.map((choice) => {
        const id = `${name}-${choice.value}`;
        return (
          <div class="check-row" key={choice.value}>
            <input
              id={id}
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              aria-describedby={choice.describedBy}
              onChange={() => onChange(choice.value)}
            />
            <label for={id} lang={choice.lang}>
              {choice.label}
            </label>
          </div>
        );
      })}
    </>
  );
}
