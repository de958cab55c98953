// Disjoint sets with path halving and union by size: near-constant time per operation.

/** Disjoint sets over 0..n-1. */
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
    this.size = new Int32Array(n).fill(1);
  }

  /** The representative of x's set. */
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }

  /** Joins the sets of a and b; returns the new representative. */
  union(a: number, b: number): number {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return ra;
    // The larger set absorbs the smaller; on equal sizes the lower index wins, so results do not depend on call order.
    if (this.size[ra] < this.size[rb] || (this.size[ra] === this.size[rb] && rb < ra)) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra] += this.size[rb];
    return ra;
  }

  /** The sets with at least `min` members, each sorted, ordered by their smallest member. */
  groups(min = 1): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const r = this.find(i);
      const list = byRoot.get(r) ?? [];
      list.push(i);
      byRoot.set(r, list);
    }
    return [...byRoot.values()].filter((g) => g.length >= min).sort((a, b) => a[0] - b[0]);
  }
}
