/**
 * Counts the SQL statements an ORM sends (pass `onQuery` to the database options). Transaction control
 * (begin, commit, savepoints) is recorded but not counted as work.
 */
export function createSqlCounter() {
  const statements: string[] = [];
  const isWork = (sql: string) =>
    !/^(begin|commit|rollback|savepoint|release savepoint|start transaction|pragma)\b/i.test(sql.trim());
  return {
    onQuery: (sql: string) => void statements.push(sql),
    /** Statements that read or write data since the last reset. */
    get count() {
      return statements.filter(isWork).length;
    },
    get statements() {
      return statements.filter(isWork);
    },
    reset() {
      statements.length = 0;
    },
  };
}
export type SqlCounter = ReturnType<typeof createSqlCounter>;
