/**
 * Counts calls per service method, so a test or benchmark can say "this action reads the sheet
 * once". Apps Script bills time per service round trip, so the count is the cost model.
 */
export class CallCounter {
  private readonly counts = new Map<string, number>();
  private readonly order: string[] = [];

  record(method: string): void {
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
    this.order.push(method);
  }

  /** `count('Range.getValues')` for one method, `count('Range')` for a whole class. */
  count(methodOrClass: string): number {
    if (methodOrClass.includes('.')) return this.counts.get(methodOrClass) ?? 0;
    let sum = 0;
    for (const [method, count] of this.counts) {
      if (method.startsWith(`${methodOrClass}.`)) sum += count;
    }
    return sum;
  }

  total(): number {
    return this.order.length;
  }

  /** Calls in the order they happened, for asserting that a write came after a lock. */
  sequence(): readonly string[] {
    return [...this.order];
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
    this.order.length = 0;
  }
}
