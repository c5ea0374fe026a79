// How long an event that spans dates lasts, for the range marker in its row.

/** Whole days from start to end inclusive, or null when the event has no end or dates are partial. */
export function spanDays(event: { dateStart: string; dateEnd: string | null }): number | null {
  const { dateStart, dateEnd } = event;
  if (!dateEnd || dateStart.length !== 10 || dateEnd.length !== 10) return null;
  const days = (Date.parse(dateEnd) - Date.parse(dateStart)) / 86_400_000 + 1;
  return Number.isFinite(days) && days >= 1 ? Math.round(days) : null;
}

export function spanLabel(event: { dateStart: string; dateEnd: string | null }): string | null {
  if (!event.dateEnd) return null;
  const days = spanDays(event);
  if (days === null) return 'Range';
  if (days < 60) return `${days} days`;
  const months = Math.round(days / 30.44);
  if (months < 24) return `${months} months`;
  return `${Math.round(days / 365.25)} years`;
}
