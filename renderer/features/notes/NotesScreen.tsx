// Every note and every highlight in one list, newest first, with the article or event each
// belongs to; filtered by kind, by words and by highlight colour.
import { useMemo, useState } from 'react';
import { useApp } from '../../services/context';
import { useQuery } from '../../services/useQuery';
import { Loading } from '../../components/Loading';
import {
  countByType,
  filterAnnotations,
  mergeAnnotations,
  NO_FILTER,
  type Annotation,
  type AnnotationFilter,
} from './annotation-list';
import { AnnotationEntry } from './AnnotationEntry';
import { NotesFilters } from './NotesFilters';
import '../../components/annotations.css';
import './notes.css';

const NONE: Annotation[] = [];

export function NotesScreen() {
  const { db } = useApp();
  const annotations = useQuery(async () => {
    const [notes, highlights] = await Promise.all([db.listNotes(), db.listHighlights()]);
    return mergeAnnotations(notes, highlights);
  }, [db]);
  const [filter, setFilter] = useState<AnnotationFilter>(NO_FILTER);
  const all = annotations.status === 'done' ? annotations.data : NONE;
  const shown = useMemo(() => filterAnnotations(all, filter), [all, filter]);
  const counts = useMemo(() => countByType(all), [all]);

  if (annotations.status === 'loading') return <Loading />;
  if (annotations.status === 'error')
    return <p role="alert">Notes could not be listed: {annotations.message}</p>;

  const filtered = filter.kind !== 'all' || filter.colour !== null || filter.text.trim() !== '';

  return (
    <section aria-labelledby="notes-heading" className="annotations-screen">
      <h1 id="notes-heading">Notes</h1>
      {all.length === 0 ? (
        <p>
          No notes or highlights yet. Write a note under any article or event, or select a passage
          in an article and press H to highlight it.
        </p>
      ) : (
        <>
          <NotesFilters filter={filter} counts={counts} onFilter={setFilter} />
          <p className="annotation-count" aria-live="polite">
            {filtered
              ? `Showing ${shown.length} of ${all.length}`
              : `${counts.notes} ${counts.notes === 1 ? 'note' : 'notes'}, ${counts.highlights} ${
                  counts.highlights === 1 ? 'highlight' : 'highlights'
                }`}
          </p>
          {shown.length === 0 ? (
            <p>
              Nothing matches these filters.{' '}
              <button type="button" onClick={() => setFilter(NO_FILTER)}>
                Clear filters
              </button>
            </p>
          ) : (
            <ul className="annotation-list" aria-label="Notes and highlights">
              {shown.map((a) => (
                <AnnotationEntry key={a.key} annotation={a} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
