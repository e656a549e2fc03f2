/**
 * The part of an open database (a MikroORM instance) that the SQL counter, the pool gauges and the SQL spans wrap:
 * its connection, which each of them reads or wraps as its own, narrower type. Named by shape, so that this package
 * needs no ORM: a MikroORM instance is one.
 */
export interface Database {
  em: { getConnection(): unknown };
}
