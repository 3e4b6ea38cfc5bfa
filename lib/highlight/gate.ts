/**
 * Which found mentions reach the highlights, given the topics switched on?
 *
 * Sits between the scanner and the highlight registry: it keeps every mention
 * the scanner reports, forwards only those of active topics, and on a change
 * of topics removes or restores one topic's ranges without a rescan (so the
 * other topics' highlights never flicker).
 */
export interface RangeSink {
  add(topic: string, range: Range): void;
  remove(topic: string, range: Range): void;
  clear(): void;
  /** Paints the changes made since the last flush (see TopicHighlights). */
  flush(): void;
}

export class TopicGate implements RangeSink {
  private readonly found = new Map<string, Set<Range>>();

  /** `active` undefined: every topic passes. */
  constructor(
    private readonly target: RangeSink,
    private active: ReadonlySet<string> | undefined = undefined,
  ) {}

  isOn(topic: string): boolean {
    return this.active === undefined || this.active.has(topic);
  }

  add(topic: string, range: Range): void {
    let ranges = this.found.get(topic);
    if (!ranges) {
      ranges = new Set();
      this.found.set(topic, ranges);
    }
    ranges.add(range);
    if (this.isOn(topic)) this.target.add(topic, range);
  }

  remove(topic: string, range: Range): void {
    this.found.get(topic)?.delete(range);
    if (this.isOn(topic)) this.target.remove(topic, range);
  }

  clear(): void {
    this.found.clear();
    this.target.clear();
  }

  flush(): void {
    this.target.flush();
  }

  /** Switches topics on or off; returns the topics whose highlights changed. */
  setActive(active: ReadonlySet<string> | undefined): string[] {
    const before = (topic: string) => this.isOn(topic);
    const was = new Map([...this.found.keys()].map((topic) => [topic, before(topic)]));
    this.active = active;
    const changed: string[] = [];
    for (const [topic, ranges] of this.found) {
      const on = this.isOn(topic);
      if (on === was.get(topic)) continue;
      for (const range of ranges) {
        if (on) this.target.add(topic, range);
        else this.target.remove(topic, range);
      }
      if (ranges.size > 0) changed.push(topic);
    }
    this.target.flush();
    return changed;
  }
}
