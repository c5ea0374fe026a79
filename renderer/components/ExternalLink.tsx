// A link to the web: it never navigates the app; the shell asks the user before opening it.
import type { ReactNode } from 'react';
import { useApp } from '../services/context';

export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const { shell } = useApp();
  return (
    <a
      href={href}
      rel="noopener noreferrer"
      onClick={(event) => {
        event.preventDefault();
        void shell.openExternal(href);
      }}
    >
      {children}
    </a>
  );
}
