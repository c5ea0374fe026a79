// Ordering of dotted versions: content versions (2026.12.0) and app versions (0.1.0). Parts are
// compared as numbers, so 2026.12.0 is newer than 2026.9.3; an app version's pre-release or
// build suffix is ignored, so 0.2.0-beta.1 may open a pack that needs 0.2.0.
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split(/[-+]/, 1)[0]!.split('.').map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}
