import type { DocumentMeta } from '@app/document.ts';

type Props = {
  meta: DocumentMeta;
  /** What to say when the answer is not tied to one day (each source's newest day still follows). */
  undated?: string;
};

/**
 * Where an answer stands: the UTC day it is about, what share of a published figure the stored data
 * explains (where one exists), and each source with the newest day it holds, as the document says.
 */
export function Provenance({ meta, undated = 'Not tied to one day' }: Props) {
  return (
    <p class="provenance">
      {meta.asOf === null ? (
        undated
      ) : (
        <>
          As of <time dateTime={meta.asOf}>{meta.asOf}</time>
        </>
      )}
      {meta.coverage ? <>. Coverage: {meta.coverage.note}</> : null}. Sources:{' '}
      {meta.sources.map((s, i) => {
        const through = meta.dataThrough[s.id];
        return (
          <span key={s.id}>
            {i > 0 ? '; ' : ''}
            {s.title}
            {through ? ` (data through ${through})` : ''}
          </span>
        );
      })}
      .
    </p>
  );
}
