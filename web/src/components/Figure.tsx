import type { ComponentChildren } from 'preact';

type Props = {
  title: string;
  note?: ComponentChildren;
  children: ComponentChildren;
  numbers: ComponentChildren;
};

/** A chart with its title, a note (units, as-of day, source) and its numbers as a table for anyone who cannot see it. */
export function Figure({ title, note, children, numbers }: Props) {
  return (
    <figure>
      <figcaption>
        <h3>{title}</h3>
        {note ? <p class="note">{note}</p> : null}
      </figcaption>
      {children}
      <details>
        <summary>The numbers behind “{title}”</summary>
        {numbers}
      </details>
    </figure>
  );
}
