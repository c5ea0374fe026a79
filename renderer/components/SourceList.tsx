// The numbered sources of an article or event, with what kind of source each is.
import type { Source } from '../db/types';
import { hrefFor } from '../app/router';
import { ExternalLink } from './ExternalLink';

export const SOURCE_KIND_LABEL: Record<Source['kind'], string> = {
  official: 'official',
  international: 'international body',
  news: 'news',
  research: 'research',
  partisan: 'partisan',
};

export function SourceList({ sources }: { sources: Source[] }) {
  if (!sources.length) return null;
  return (
    <section aria-labelledby="sources-heading" className="sources">
      <h2 id="sources-heading">Sources</h2>
      <ol>
        {sources.map((s) => (
          <li key={s.id}>
            {s.publisher}, <cite>{s.title}</cite>
            {s.date ? `, ${s.date}` : ''}.{' '}
            <span className="source-kind">
              {SOURCE_KIND_LABEL[s.kind]}
              {s.party ? ` · ${s.party.replace('-', ' ')}` : ''}
            </span>
            {s.url ? (
              <>
                {' '}
                <ExternalLink href={s.url}>link</ExternalLink>
              </>
            ) : null}{' '}
            <a href={hrefFor({ name: 'source', id: s.id })} className="cited-by">
              everything citing this
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
