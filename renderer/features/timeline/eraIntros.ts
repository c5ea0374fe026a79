// A sentence or two introducing each era, shown under its heading on the timeline.

export const ERA_INTROS: Readonly<Record<string, string>> = {
  '1918–1922':
    'After the Russian Empire collapsed, the new Armenian and Azerbaijani republics fought over Karabakh, Zangezur and Nakhchivan until Soviet rule was established.',
  '1923–1987':
    'Within Soviet Azerbaijan, the Nagorno-Karabakh Autonomous Oblast had an Armenian majority; petitions for transfer to Armenia were periodically raised and refused.',
  '1988–1990':
    'The Karabakh movement asked for unification with Armenia; pogroms, expulsions and strikes followed as Soviet authority weakened.',
  '1991–1994':
    'As the Soviet Union dissolved, the conflict became a full war, ending with the May 1994 ceasefire and Armenian forces holding Karabakh and surrounding districts.',
  '1994–2015':
    'A ceasefire without a settlement: OSCE Minsk Group mediation, periodic clashes along the line of contact, and the unrecognised republic’s institutions.',
  '2016–2019':
    'The April 2016 escalation, political change in Armenia and renewed but stalled talks.',
  '2020':
    'The 44-day war from 27 September to the 10 November trilateral statement, which brought Russian peacekeepers.',
  '2021–2022':
    'Border clashes, prisoner disputes, and the start of the Lachin corridor blockade in December 2022.',
  '2023':
    'The blockade continued until Azerbaijan’s September offensive; the de facto authorities dissolved and nearly the whole Armenian population left.',
  '2024–':
    'Peace negotiations between Armenia and Azerbaijan, border delimitation and the aftermath of displacement.',
};
