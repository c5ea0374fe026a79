// What the user is told when the shell found their notes file damaged at start.
import type { UserDbRecovery } from '../../electron/shell-api';
import { MONTHS, pad } from '../db/dates';

/** "25 November 2026, 14:00" in the user's own time zone. */
export function backupDate(iso: string): string {
  const d = new Date(iso);
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}, ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function recoveryText(recovery: UserDbRecovery): string {
  return recovery.restored === null
    ? `Your notes file was damaged and no backup of it could be opened. It was kept at ${recovery.keptAt}, and a new, empty notes file was started.`
    : `Your notes file was damaged. It was kept at ${recovery.keptAt}, and the backup from ${backupDate(recovery.restored.takenAt)} was restored; changes after that time are in the damaged file.`;
}
