// File names that every desktop file system accepts: a slug of the title, without the
// characters Windows, macOS or Linux refuse, never a reserved Windows device name, short
// enough for any path, and unique without regard to case (macOS and Windows ignore it).

const MAX_CHARS = 80;
/** ext4 and most others allow 255 bytes per name; leave room for a suffix and extension. */
const MAX_BYTES = 200;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** A lower-case slug of the title: letters and digits of any script, joined by hyphens. */
export function slugify(title: string, fallback = 'untitled'): string {
  const slug = title
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const short = truncate(slug, MAX_CHARS).replace(/-+$/, '');
  if (!short) return fallback;
  return RESERVED.test(short) ? `${short}-` : short;
}

/** Cuts to at most `chars` code points and MAX_BYTES UTF-8 bytes, never inside a character. */
function truncate(text: string, chars: number): string {
  let out = '';
  let bytes = 0;
  let count = 0;
  for (const ch of text) {
    const size = utf8Length(ch);
    if (count + 1 > chars || bytes + size > MAX_BYTES) break;
    out += ch;
    bytes += size;
    count += 1;
  }
  return out;
}

function utf8Length(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * Hands out unique names: the slug of each title, then `-2`, `-3`… on a clash. Names given
 * in `reserved` (e.g. the index file) are never handed out.
 */
export function uniqueNames(reserved: string[] = []) {
  const taken = new Set(reserved.map((name) => name.toLowerCase()));
  return (title: string, extension: string): string => {
    const base = slugify(title);
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '' : `-${n}`;
      const stem = n === 1 ? base : `${truncate(base, MAX_CHARS - suffix.length)}${suffix}`;
      const name = `${stem}${extension}`;
      if (!taken.has(name.toLowerCase())) {
        taken.add(name.toLowerCase());
        return name;
      }
    }
  };
}
