// Groups markers that would overlap at the map's current size. Greedy, in screen space: each
// point joins the first cluster whose centre is within reach, else starts one; a second pass
// merges clusters that ended up overlapping. Fine for a few hundred markers.

export interface Positioned<T> {
  item: T;
  x: number;
  y: number;
}

export interface Cluster<T> {
  /** Stable while the slider moves: the first member's key. */
  key: string;
  x: number;
  y: number;
  items: T[];
}

export function clusterByDistance<T>(
  points: readonly Positioned<T>[],
  reach: number,
  keyOf: (item: T) => string,
): Cluster<T>[] {
  let clusters: Cluster<T>[] = [];
  for (const p of points) {
    const near = clusters.find((c) => Math.hypot(c.x - p.x, c.y - p.y) < reach);
    if (near) add(near, p.x, p.y, [p.item]);
    else clusters.push({ key: keyOf(p.item), x: p.x, y: p.y, items: [p.item] });
  }
  for (let merged = true; merged;) {
    merged = false;
    const next: Cluster<T>[] = [];
    for (const c of clusters) {
      const near = next.find((n) => Math.hypot(n.x - c.x, n.y - c.y) < reach);
      if (near) {
        add(near, c.x, c.y, c.items);
        merged = true;
      } else next.push(c);
    }
    clusters = next;
  }
  return clusters;
}

/** Adds members at (x, y) and moves the centre to the mean of all members. */
function add<T>(cluster: Cluster<T>, x: number, y: number, items: T[]): void {
  const n = cluster.items.length;
  const m = items.length;
  cluster.x = (cluster.x * n + x * m) / (n + m);
  cluster.y = (cluster.y * n + y * m) / (n + m);
  cluster.items.push(...items);
}
