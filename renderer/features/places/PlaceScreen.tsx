// One place: every form of its name, the note on what its point stands for, where it is on a
// small map, and the events there as a small timeline.
import { Fragment } from 'react';
import { useApp } from '../../services/context';
import { hrefFor } from '../../services/router';
import { useQuery } from '../../services/useQuery';
import { Loading } from '../../components/Loading';
import type { Place } from '../../db/types';
import { LocatorMap } from '../../components/map/LocatorMap';
import { NotInLibrary } from '../../components/NotInLibrary';
import { MiniTimeline } from '../../components/timeline/MiniTimeline';
import '../../components/reader.css';

const NAME_GROUPS: readonly { key: 'hy' | 'az' | 'ru'; label: string }[] = [
  { key: 'hy', label: 'Armenian forms' },
  { key: 'az', label: 'Azerbaijani forms' },
  { key: 'ru', label: 'Russian forms' },
];

export function PlaceScreen({ id }: { id: string }) {
  const { db } = useApp();
  const place = useQuery(() => db.getPlace(id), [db, id]);

  if (place.status === 'loading') return <Loading />;
  if (place.status === 'error')
    return <p role="alert">This place could not be opened: {place.message}</p>;
  if (!place.data) return <NotInLibrary id={id} />;
  return <PlaceView place={place.data} />;
}

function PlaceView({ place }: { place: Place }) {
  return (
    <article className="reader place" aria-labelledby="place-title">
      <header>
        <p className="kind-label">Place · {place.kind}</p>
        <h1 id="place-title">{place.names.en}</h1>
      </header>
      <dl className="facts">
        {NAME_GROUPS.map(({ key, label }) =>
          place.names[key].length > 0 ? (
            <Fragment key={key}>
              <dt>{label}</dt>
              <dd>{place.names[key].join(', ')}</dd>
            </Fragment>
          ) : null,
        )}
      </dl>
      {place.note && <p className="muted">{place.note}</p>}
      <LocatorMap place={place} href={hrefFor({ name: 'map' })} linkText="Open the map" />
      <MiniTimeline
        range={{ place: place.id }}
        heading="Events here"
        headingId="place-events-heading"
        empty="No event in the library is set at this place."
      />
    </article>
  );
}
