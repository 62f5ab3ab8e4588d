// Offsets <-> lines for one YAML source text, and the facts about its bytes an exact edit must keep.

export class SourceText {
  private readonly lineStarts: number[] = [0];
  /** The line ending most lines use: new lines are written with it. */
  readonly eol: '\n' | '\r\n';
  readonly bomLength: number;

  constructor(readonly text: string) {
    let crlf = 0;
    let lf = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
      else lf++;
      this.lineStarts.push(i + 1);
    }
    this.eol = crlf > lf ? '\r\n' : '\n';
    this.bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  /** 1-based line of an offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** Offset where a 1-based line's text starts (after the BOM on line 1). */
  lineStart(line: number): number {
    return line === 1 ? this.bomLength : (this.lineStarts[line - 1] as number);
  }

  /** Offset of the end of a line's text, before its line ending. */
  lineEnd(line: number): number {
    const next = this.lineStarts[line];
    if (next === undefined) return this.text.length;
    return next - (next >= 2 && this.text.charCodeAt(next - 2) === 13 ? 2 : 1);
  }

  /** Offset just past a line's ending (the next line's start, or the end of the text). */
  lineNext(line: number): number {
    return this.lineStarts[line] ?? this.text.length;
  }

  /** The line ending that ends a line: '' for a last line without one. */
  eolOf(line: number): string {
    return this.text.slice(this.lineEnd(line), this.lineNext(line));
  }

  column(offset: number): number {
    return offset - this.lineStart(this.lineOf(offset));
  }

  lineCount(): number {
    return this.lineStarts.length;
  }
}
