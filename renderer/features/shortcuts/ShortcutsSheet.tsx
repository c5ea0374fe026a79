// The keyboard shortcuts sheet: "?" (outside a text field) or the menu's Keyboard Shortcuts
// opens a modal list of every shortcut, with the modifier key named as on this keyboard.
import { Fragment, useMemo } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import { modifierName, opensShortcuts } from '../../services/keys';
import { shortcutGroups, SPOKEN_KEY } from './shortcut-list';
import { useDialogOpener } from '../../services/useDialogOpener';
import './shortcuts.css';

export function ShortcutsSheet() {
  const [open, setOpen] = useDialogOpener('shortcuts', opensShortcuts);
  const groups = useMemo(() => shortcutGroups(modifierName(navigator.platform)), []);
  if (!open) return null;
  const close = () => setOpen(false);

  return (
    <ModalDialog labelledBy="shortcuts-title" className="shortcuts-sheet" onClose={close}>
      <div className="modal-header">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
      <div className="shortcut-groups">
        {groups.map((group) => (
          <section key={group.title} aria-labelledby={`shortcuts-${slug(group.title)}`}>
            <h3 id={`shortcuts-${slug(group.title)}`}>{group.title}</h3>
            <dl className="shortcut-list">
              {group.shortcuts.map((s) => (
                <div key={s.does} className="shortcut">
                  <dt>
                    {s.keys.map((combo, i) => (
                      <Fragment key={i}>
                        {i > 0 && <span className="shortcut-or"> or </span>}
                        {combo.map((key, j) => (
                          <Fragment key={j}>
                            {j > 0 && '+'}
                            <Key name={key} />
                          </Fragment>
                        ))}
                      </Fragment>
                    ))}
                  </dt>
                  <dd>{s.does}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </ModalDialog>
  );
}

function Key({ name }: { name: string }) {
  const spoken = SPOKEN_KEY[name];
  if (!spoken) return <kbd>{name}</kbd>;
  return (
    <kbd>
      <span aria-hidden="true">{name}</span>
      <span className="visually-hidden">{spoken}</span>
    </kbd>
  );
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
