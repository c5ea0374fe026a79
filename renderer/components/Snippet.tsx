// Renders a search excerpt, turning the library's match markers into <mark> elements
// without ever parsing the text as HTML.
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../db/types';

export function Snippet({ text }: { text: string }) {
  const parts = text.split(SNIPPET_OPEN);
  return (
    <span className="snippet">
      {parts.map((part, i) => {
        if (i === 0) return <span key={i}>{part}</span>;
        const [marked, rest = ''] = part.split(SNIPPET_CLOSE);
        return (
          <span key={i}>
            <mark>{marked}</mark>
            {rest}
          </span>
        );
      })}
    </span>
  );
}
