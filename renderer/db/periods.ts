// The eras the library counts and groups events by. The first war's era ends the day before
// the May 1994 ceasefire took effect.

export interface Period {
  id: string;
  /** Inclusive bounds compared as ISO date prefixes, so '1994-05-11' and '2015-99' both work. */
  from: string;
  to: string;
}

export const PERIODS: readonly Period[] = [
  { id: '1918–1922', from: '1918', to: '1922-99' },
  { id: '1923–1987', from: '1923', to: '1987-99' },
  { id: '1988–1990', from: '1988', to: '1990-99' },
  { id: '1991–1994', from: '1991', to: '1994-05-11' },
  { id: '1994–2015', from: '1994-05-12', to: '2015-99' },
  { id: '2016–2019', from: '2016', to: '2019-99' },
  { id: '2020', from: '2020', to: '2020-99' },
  { id: '2021–2022', from: '2021', to: '2022-99' },
  { id: '2023', from: '2023', to: '2023-99' },
  { id: '2024–', from: '2024', to: '9999' },
];
