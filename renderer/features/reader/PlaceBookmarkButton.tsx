// "Bookmark this place": bookmarks the passage at the top of the view, with the section it
// is in, so the Bookmarks screen can open the article there.
import { useState, type RefObject } from 'react';
import { useApp } from '../../services/context';
import { placeBookmark } from './position';
import { scrollContainer } from './useReadingPosition';

interface PlaceBookmarkButtonProps {
  targetId: string;
  bodyRef: RefObject<HTMLElement | null>;
  currentFraction: () => number;
}

export function PlaceBookmarkButton({
  targetId,
  bodyRef,
  currentFraction,
}: PlaceBookmarkButtonProps) {
  const { db } = useApp();
  const [status, setStatus] = useState('');

  const bookmark = async () => {
    const body = bodyRef.current;
    const container = scrollContainer();
    const place = body && container ? passageAtTop(body, container) : null;
    try {
      await db.addBookmark(
        placeBookmark(targetId, {
          fraction: currentFraction(),
          heading: place?.heading ?? null,
          paragraph: place?.paragraph ?? null,
        }),
      );
      setStatus('Place bookmarked');
    } catch (e) {
      setStatus(`Not bookmarked: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <>
      <span role="status" className="place-status">
        {status}
      </span>
      <button type="button" className="small-button" onClick={() => void bookmark()}>
        <span aria-hidden="true">⚑</span> Bookmark this place
      </button>
    </>
  );
}

const PASSAGES = 'p, li, blockquote, pre, td, h2, h3, h4';

// The reading bar (progress and this button) covers the top of the view.
const COVERED_PX = 48;

/** The first passage whose bottom is below the top of the view, and its section heading. */
function passageAtTop(
  body: HTMLElement,
  container: HTMLElement,
): { heading: string | null; paragraph: string | null } {
  const top = container.getBoundingClientRect().top + COVERED_PX;
  let heading: string | null = null;
  for (const el of body.querySelectorAll<HTMLElement>(PASSAGES)) {
    const box = el.getBoundingClientRect();
    const isHeading = /^H\d$/.test(el.tagName);
    if (box.bottom <= top) {
      if (isHeading) heading = el.textContent;
      continue;
    }
    // A list item holding a paragraph is found twice; the paragraph is the passage.
    if (el.tagName === 'LI' && el.querySelector('p')) continue;
    if (isHeading) return { heading: el.textContent, paragraph: nextPassageText(el) };
    return { heading, paragraph: el.textContent };
  }
  return { heading, paragraph: null };
}

function nextPassageText(heading: HTMLElement): string | null {
  const next = heading.nextElementSibling;
  return next ? next.textContent : null;
}
