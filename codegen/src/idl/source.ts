/** A named piece of Smithy text (a file on disk, or an in-memory string in tests). */
export class Source {
  /** Byte offsets (UTF-16 code unit offsets) at which each line starts. */
  readonly #lineStarts: number[];

  /** Creates a source; `name` is what error messages print (usually a relative path). */
  constructor(
    readonly body: string,
    readonly name = "<input>",
  ) {
    const starts = [0];
    for (let i = 0; i < body.length; i++) {
      const c = body.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (body.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.#lineStarts = starts;
  }

  /** Returns the 1-based line and column of a 0-based offset. */
  positionAt(offset: number): { line: number; column: number } {
    const starts = this.#lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
  }

  /** Returns the text of a 1-based line, without its line terminator. */
  lineText(line: number): string | undefined {
    const start = this.#lineStarts[line - 1];
    if (start === undefined) return undefined;
    const next = this.#lineStarts[line];
    const raw = this.body.slice(start, next ?? this.body.length);
    return raw.replace(/\r?\n$|\r$/, "");
  }

  /** The number of lines in the source. */
  get lineCount(): number {
    return this.#lineStarts.length;
  }
}
