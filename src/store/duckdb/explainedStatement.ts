/**
 * The statement an EXPLAIN explains: the text after `EXPLAIN`, an optional `ANALYZE` (or `ANALYSE`)
 * and an optional option list in parentheses, skipping comments between them.
 */
export function explained(sql: string): string {
  let at = 0;
  const skip = () => {
    for (;;) {
      const rest = sql.slice(at);
      const space = /^\s+/.exec(rest);
      if (space) at += space[0].length;
      else if (rest.startsWith('--')) at = nextLine(sql, at);
      else if (rest.startsWith('/*')) at = afterComment(sql, at);
      else return;
    }
  };
  const word = (re: RegExp) => {
    skip();
    const m = re.exec(sql.slice(at));
    if (m) at += m[0].length;
    return m !== null;
  };
  word(/^explain\b/i);
  word(/^analy[sz]e\b/i);
  skip();
  if (sql[at] === '(') {
    let depth = 0;
    for (; at < sql.length; at++) {
      if (sql[at] === '(') depth++;
      if (sql[at] === ')' && --depth === 0) {
        at++;
        break;
      }
    }
    skip();
  }
  return sql.slice(at);
}

const nextLine = (sql: string, at: number) => {
  const end = sql.indexOf('\n', at);
  return end < 0 ? sql.length : end + 1;
};

/** The index after a block comment starting at `at` (nested, as PostgreSQL's grammar allows). */
function afterComment(sql: string, at: number): number {
  let depth = 0;
  let i = at;
  while (i < sql.length) {
    if (sql.startsWith('/*', i)) {
      depth++;
      i += 2;
    } else if (sql.startsWith('*/', i)) {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else i++;
  }
  return sql.length;
}
