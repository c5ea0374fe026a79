// The former Nagorno-Karabakh Autonomous Oblast (NKAO, 1923–1991), about 4,400 km².
// No npm-packaged open dataset ships its boundary, so this is an approximate outline drawn by
// hand around the gazetteer's points for Martakert (north), Askeran, Stepanakert, Shusha,
// Martuni (east) and Hadrut (south),
// leaving out Aghdam and Fuzuli, which were outside the oblast. It is for orientation only and is labelled as approximate
// wherever it is shown.

/** [longitude, latitude] pairs, clockwise from the north-west corner above Martakert. */
export const NKAO_APPROXIMATE_OUTLINE: readonly (readonly [number, number])[] = [
  [46.45, 40.3],
  [46.62, 40.4],
  [46.85, 40.36],
  [46.96, 40.22],
  [46.9, 40.08],
  [46.88, 39.98],
  [47.05, 39.88],
  [47.2, 39.8],
  [47.22, 39.7],
  [47.08, 39.62],
  [47.12, 39.48],
  [47.0, 39.38],
  [46.86, 39.45],
  [46.72, 39.58],
  [46.64, 39.7],
  [46.58, 39.84],
  [46.45, 39.98],
  [46.4, 40.14],
];

export const NKAO_LABEL = 'Former NKAO (approximate outline)';
