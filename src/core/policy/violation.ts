// A policy refusal: which rule, why, and (when it is about a file) where, for annotations.
export type Rule = 'tag-pattern' | 'no-latest' | 'gate' | 'downgrade' | 'freeze' | 'regions-disagree';

export interface Violation {
  rule: Rule;
  message: string;
  file?: string;
  line?: number;
}
