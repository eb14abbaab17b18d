/**
 * An open-addressing hash table from 32-bit keys (already hashes) to row numbers. Keys and rows
 * are interleaved in one Int32Array so a lookup touches one cache line. Key 0 marks an empty slot;
 * a hash that happens to be 0 is stored as 1.
 */
export class HashTable {
  readonly slots: Int32Array<ArrayBufferLike>;
  private readonly mask: number;

  /** An empty table for about `capacity / 2` keys, or a table over stored slots (from a model file). */
  constructor(capacity: number | Int32Array<ArrayBufferLike>) {
    if (typeof capacity !== 'number') {
      this.slots = capacity;
      this.mask = capacity.length / 2 - 1;
      return;
    }
    let size = 8;
    while (size < capacity) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
  }

  /** A table for `keys[i] → i`, at most half full. */
  static of(keys: ArrayLike<number>): HashTable {
    const table = new HashTable(keys.length * 2);
    for (let i = 0; i < keys.length; i++) table.set(keys[i]!, i);
    return table;
  }

  set(key: number, row: number): void {
    const k = key === 0 ? 1 : key | 0;
    let i = Math.imul(k, 0x9e3779b1) >>> 0 & this.mask;
    for (;;) {
      const found = this.slots[i * 2]!;
      if (found === 0 || found === k) {
        this.slots[i * 2] = k;
        this.slots[i * 2 + 1] = row;
        return;
      }
      i = (i + 1) & this.mask;
    }
  }

  /** The row stored for `key`, or -1. */
  get(key: number): number {
    const k = key === 0 ? 1 : key | 0;
    const slots = this.slots;
    let i = Math.imul(k, 0x9e3779b1) >>> 0 & this.mask;
    for (;;) {
      const found = slots[i * 2]!;
      if (found === k) return slots[i * 2 + 1]!;
      if (found === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }
}
