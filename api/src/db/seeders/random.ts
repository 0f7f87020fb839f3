/** A small seeded PRNG (mulberry32): the same seed gives the same data on every machine. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A generator for one record, independent of how many records come before or after it. */
  static forRecord(seed: number, index: number): SeededRandom {
    return new SeededRandom(
      Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35),
    );
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }

  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  digits(count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) out += String(this.int(10));
    return out;
  }

  uuid(): string {
    const hex = Array.from({ length: 32 }, () => this.int(16).toString(16)).join('');
    // Version 4 layout so the value is a well-formed UUID.
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${(this.int(4) + 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20)}`;
  }

  date(fromYear: number, toYear: number): string {
    const start = Date.UTC(fromYear, 0, 1);
    const end = Date.UTC(toYear, 11, 31);
    return new Date(start + this.int(Math.floor((end - start) / 86_400_000)) * 86_400_000)
      .toISOString()
      .slice(0, 10);
  }
}
