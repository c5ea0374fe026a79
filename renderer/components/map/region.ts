// The part of the world the map shows: the South Caucasus, with Nakhchivan and the Caspian
// coast. Kept apart from the outlines so the date and place helpers can use it without them.

/** The region shown, in degrees. */
export const BOX = { west: 43, south: 38.3, east: 50.5, north: 41.6 } as const;

export function inRegion(lon: number, lat: number): boolean {
  return lon >= BOX.west && lon <= BOX.east && lat >= BOX.south && lat <= BOX.north;
}
