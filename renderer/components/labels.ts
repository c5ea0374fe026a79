// Readable labels for the library's slugs (topics, tags, categories), e.g.
// 'eu-mission' → 'EU mission', '1918-1921' → '1918–1921'.

const ACRONYMS = new Set([
  'csto',
  'echr',
  'eu',
  'icj',
  'icrc',
  'nkao',
  'nkr',
  'osce',
  'tripp',
  'un',
  'unesco',
  'us',
  'ussr',
]);

const PROPER = new Set([
  'armenia',
  'azerbaijan',
  'european',
  'iran',
  'karabakh',
  'lachin',
  'minsk',
  'nagorno',
  'russia',
  'shusha',
  'soviet',
  'states',
  'turkey',
  'union',
  'united',
  'zangezur',
]);

export function slugLabel(slug: string): string {
  if (/^\d{4}-\d{4}$/.test(slug)) return slug.replace('-', '–');
  const words = slug
    .split('-')
    .filter(Boolean)
    .map((word) => {
      if (ACRONYMS.has(word)) return word.toUpperCase();
      if (PROPER.has(word)) return capitalise(word);
      return word;
    });
  // Hyphenated proper names read as one: Nagorno-Karabakh.
  const text = words.join(' ').replace('Nagorno Karabakh', 'Nagorno-Karabakh');
  return capitalise(text);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
