// The syntax tree of a condition. `at` is the 0-based offset of the node's token, for messages.

export type BinaryOp =
  | '||' | '&&' | '==' | '!=' | '<' | '>' | '<=' | '>=' | 'in' | 'contains' | 'startsWith' | 'endsWith'
  | '..' | '+' | '-' | '*' | '/' | '%' | '**' | '??';

export type Node =
  | { t: 'num'; value: number; at: number }
  | { t: 'str'; value: string; at: number }
  | { t: 'bool'; value: boolean; at: number }
  | { t: 'nil'; at: number }
  /** `result`, the measured value. */
  | { t: 'result'; at: number }
  /** `#` (or `.name` for `#.name`) inside a predicate: the current element. */
  | { t: 'it'; at: number }
  | { t: 'array'; items: Node[]; at: number }
  | { t: 'member'; target: Node; name: string; optional: boolean; at: number }
  | { t: 'index'; target: Node; index: Node; optional: boolean; at: number }
  | { t: 'slice'; target: Node; from?: Node; to?: Node; at: number }
  | { t: 'call'; fn: string; args: Node[]; at: number }
  /** The predicate argument of all(), any(), filter(), …: evaluated once per element. */
  | { t: 'predicate'; body: Node; at: number }
  | { t: 'unary'; op: 'not' | '-' | '+'; arg: Node; at: number }
  | { t: 'binary'; op: BinaryOp; left: Node; right: Node; at: number }
  | { t: 'cond'; test: Node; then: Node; else: Node; at: number };
