// Contents of a long article: links to its sections. A click scrolls the heading into view
// and moves focus to it, without touching the hash (the hash is the route).
import { itemHref } from '../../services/router';

export interface TocEntry {
  id: string;
  text: string;
}

/** Sections worth a table of contents: the body's h2 headings, when there are at least 3. */
export function tocEntries(root: ParentNode): TocEntry[] {
  const entries = [...root.querySelectorAll('h2[id]')].map((h) => ({
    id: h.id,
    text: (h.textContent ?? '').trim(),
  }));
  return entries.length >= 3 ? entries : [];
}

export function TableOfContents({
  articleId,
  entries,
}: {
  articleId: string;
  entries: TocEntry[];
}) {
  if (!entries.length) return null;
  return (
    <nav className="toc" aria-labelledby="toc-heading">
      <h2 id="toc-heading">Contents</h2>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id}>
            <a
              // The article's own address, so copying the link gives something that opens.
              href={itemHref(articleId)}
              onClick={(event) => {
                if (event.ctrlKey || event.metaKey || event.shiftKey) return;
                event.preventDefault();
                const heading = document.getElementById(entry.id);
                if (!heading) return;
                heading.scrollIntoView({ block: 'start' });
                heading.focus({ preventScroll: true });
              }}
            >
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
