/**
 * Finds the next match of a pattern at or after a position, remembering the
 * last answer. Callers ask with non-decreasing positions (a left-to-right
 * scan), so every character is searched at most once: asking "where is the
 * next `[/code]`?" for each of 100 000 unclosed `[code]` stays linear.
 * @internal
 */
export class ForwardSearch {
  readonly #source: string;
  readonly #pattern: RegExp;
  #askedFrom = Number.POSITIVE_INFINITY;
  #found = -1;

  /** `pattern` must have the `g` flag (it is copied, never shared). */
  constructor(source: string, pattern: RegExp) {
    this.#source = source;
    this.#pattern = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  }

  /** Index of the first match starting at or after `from`, or -1. */
  next(from: number): number {
    if (from >= this.#askedFrom && (this.#found === -1 || from <= this.#found)) return this.#found;
    this.#pattern.lastIndex = from;
    this.#askedFrom = from;
    this.#found = this.#pattern.exec(this.#source)?.index ?? -1;
    return this.#found;
  }
}
