// A backup the schema refuses, said as a sentence about the backup's own contents: "Note 1 is
// longer than the 200,000 characters a note can hold." rather than the schema's
// "at notes[0].body: Too big". Items are counted from 1, the way a reader counts.
import type { z } from 'zod';
import { RESTORE_KIND_NAMES } from './restore-plan';

type Issue = z.core.$ZodIssue;

/** Each list in a backup: what one of its items is called, and what several are called. */
const KINDS: Record<string, [one: string, many: string]> = RESTORE_KIND_NAMES;

/**
 * What a field is called, by its path inside an item (or inside the backup). Null: the field
 * is the item itself, as a note's body is the note.
 */
const FIELDS: Record<string, string | null> = {
  targetId: 'item',
  position: 'position',
  label: 'label',
  tags: 'list of tags',
  createdAt: 'creation date',
  updatedAt: 'last-changed date',
  body: null,
  colour: 'colour',
  note: 'note',
  'anchor.quote.exact': 'quote',
  'anchor.quote.prefix': 'text before the quote',
  'anchor.quote.suffix': 'text after the quote',
  'anchor.quote.type': 'kind of quote',
  'anchor.position.type': 'kind of position',
  'anchor.position.start': 'start',
  'anchor.position.end': 'end',
  fraction: null,
  key: 'name',
  value: 'value',
  id: 'id',
  title: 'title',
  author: 'author',
  published: 'publication date',
  sourceUrl: 'web address',
  fileName: 'file name',
  format: 'format',
  contentHash: 'fingerprint',
  html: 'page',
  text: 'text',
  anchorText: 'text',
  words: 'word count',
  importedAt: 'import date',
  version: 'version',
  appVersion: 'app version',
  userDbVersion: 'data version',
};

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'a group of fields',
  boolean: 'yes or no',
};

const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

const number = (n: number | bigint) => n.toLocaleString('en');

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What the issue is about: its subject in a sentence and the noun for "a … can hold". */
function subjectOf(path: readonly PropertyKey[]): {
  subject: string;
  noun: string;
  whole?: boolean;
} {
  const [list, index, ...rest] = path;
  const kind = typeof list === 'string' ? KINDS[list] : undefined;
  if (kind && typeof index === 'number') {
    const item = `${kind[0]} ${index + 1}`;
    // A tag is one entry of a list inside the item.
    const fieldPath = rest.filter((p) => typeof p === 'string').join('.');
    const tag = list === 'bookmarks' && rest[0] === 'tags' && typeof rest[1] === 'number';
    if (tag) return { subject: `tag ${Number(rest[1]) + 1} of ${item}`, noun: 'tag', whole: true };
    const field = fieldPath ? FIELDS[fieldPath] : null;
    if (field === null || field === undefined) {
      return fieldPath && field === undefined
        ? { subject: `the “${fieldPath}” of ${item}`, noun: 'field' }
        : { subject: item, noun: kind[0], whole: true };
    }
    return { subject: `the ${field} of ${item}`, noun: field };
  }
  if (kind) return { subject: `the list of ${kind[1]}`, noun: 'list' };
  const field = typeof list === 'string' ? (FIELDS[list] ?? `“${list}”`) : 'backup';
  return { subject: `the backup’s ${field}`, noun: field };
}

const shown = (value: unknown) => {
  const text = String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
};

/** One sentence saying what is wrong with the backup, for the first issue the schema found. */
export function issueSentence(issue: Issue): string {
  const { subject, noun, whole = false } = subjectOf(issue.path);
  const Subject = capitalize(subject);
  const [list, index, ...rest] = issue.path;
  const kind = typeof list === 'string' ? KINDS[list] : undefined;
  switch (issue.code) {
    case 'too_big':
      // An item itself is measured against what such an item holds; a field, plainly.
      if (issue.origin === 'string' && whole)
        return `${Subject} is longer than the ${number(issue.maximum)} characters ${withArticle(noun)} can hold.`;
      if (issue.origin === 'string')
        return `${Subject} is longer than ${number(issue.maximum)} characters, the most allowed.`;
      if (issue.origin === 'array' && kind && index === undefined)
        return `The backup holds more than ${number(issue.maximum)} ${kind[1]}, more than the app keeps.`;
      if (issue.origin === 'array')
        return `${Subject} has more than ${number(issue.maximum)} entries.`;
      return `${Subject} is more than ${number(issue.maximum)}, the most it may be.`;
    case 'too_small':
      if (issue.origin === 'string') return `${Subject} is empty.`;
      return `${Subject} is less than ${number(issue.minimum)}, the least it may be.`;
    case 'invalid_type':
      if (issue.input === undefined) return `${Subject} is missing.`;
      return `${Subject} is not ${EXPECTED[issue.expected] ?? issue.expected}.`;
    case 'invalid_format':
      if (kind && typeof index === 'number' && (rest[0] === 'targetId' || rest[0] === 'id'))
        return `${capitalize(`${kind[0]} ${index + 1}`)} names “${shown(issue.input)}”, which is not an item of the library.`;
      return `${Subject} is not written the way a backup writes it.`;
    case 'invalid_value':
      return issue.values.length > 1
        ? `${Subject} is not one of: ${issue.values.map(String).join(', ')}.`
        : `${Subject} is not “${shown(issue.values[0])}”.`;
    case 'custom':
      if (kind && typeof index === 'number' && rest.join('.') === 'anchor.position')
        return `${capitalize(`${kind[0]} ${index + 1}`)} starts after it ends.`;
      return `${Subject} is not as a backup writes it.`;
    default:
      return `${Subject} is not as a backup writes it.`;
  }
}
