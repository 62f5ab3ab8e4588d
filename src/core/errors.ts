// Errors the user can fix: they carry the file and line they are about, and map to exit code 2.

export class UserError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'UserError';
  }

  /** One line: `FILE:LINE: message`, or less when file or line is unknown. */
  format(): string {
    const where = this.file ? (this.line ? `${this.file}:${this.line}: ` : `${this.file}: `) : '';
    return `${where}${this.message}`.replace(/[\r\n]+/g, ' ');
  }
}

/** JSON-quoted, so whitespace and control characters in a bad value are visible in the message. */
export const quote = (s: string): string => JSON.stringify(s);
