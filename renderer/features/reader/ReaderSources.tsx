// The numbered sources of an article or event, with a "Copy
// citation" button on each that puts a plain reference on the clipboard and says so.
import { useEffect, useRef, useState } from 'react';
import { hrefFor } from '../../services/router';
import { ExternalLink } from '../../components/ExternalLink';
import { SOURCE_KIND_LABEL } from '../../components/source-kind';
import type { Source } from '../../db/types';
import { formatCitation } from './citation';
import { copyText } from './clipboard';

type CopyState = { id: string; ok: boolean } | null;

export function ReaderSources({ sources }: { sources: Source[] }) {
  const [copied, setCopied] = useState<CopyState>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  if (!sources.length) return null;

  const copy = async (source: Source) => {
    const ok = await copyText(formatCitation(source));
    setCopied({ id: source.id, ok });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setCopied(null), 4_000);
  };

  return (
    <section aria-labelledby="sources-heading" className="sources reader-sources">
      <h2 id="sources-heading">Sources</h2>
      <ol>
        {sources.map((s, i) => (
          <li key={s.id}>
            <span id={`source-${i + 1}`}>
              {s.publisher}, <cite>{s.title}</cite>
              {s.date ? `, ${s.date}` : ''}.
            </span>{' '}
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
            <span className="copy-citation">
              <button
                type="button"
                className="small-button"
                aria-describedby={`source-${i + 1}`}
                onClick={() => void copy(s)}
              >
                Copy citation
              </button>
              <span role="status" className="copy-status">
                {copied?.id === s.id ? (copied.ok ? 'Copied' : 'Could not copy') : ''}
              </span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
