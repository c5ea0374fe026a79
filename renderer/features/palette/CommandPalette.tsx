// The command palette: Ctrl+K (Cmd+K on a Mac) or the menu's Go To… opens a dialog that
// jumps to any screen, article or event by a few letters of its name.
import { opensPalette } from '../../services/keys';
import { useDialogOpener } from '../../services/useDialogOpener';
import { PaletteDialog } from './PaletteDialog';
import { usePaletteEntries } from './usePaletteEntries';

export function CommandPalette() {
  // Capturing, so the palette has Ctrl+K to itself (the web build's header also listens for it).
  const [open, setOpen] = useDialogOpener('command-palette', opensPalette, { capture: true });
  const entries = usePaletteEntries(open);
  if (!open) return null;
  return <PaletteDialog entries={entries} onClose={() => setOpen(false)} />;
}
