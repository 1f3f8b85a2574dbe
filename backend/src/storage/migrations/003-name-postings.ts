import type { Migration } from "./migration";

/**
 * Two changes that let a name search read one short index range and nothing else:
 * - `name_pairs` counts the customers of each word pair, so that the search starts from the pair with the fewest.
 *   Word frequencies alone mislead for compound given names: "jose" and "antonio" are each common, and "jose
 *   antonio" is far commoner than their product suggests.
 * - every row of `customer_name_pairs` carries the customer's name words (` maria garcia lopez `), stored in the
 *   pair's key order (SQLite: a WITHOUT ROWID table; PostgreSQL: included in the primary key), so the other words
 *   of a query are checked and ranked on the rows of that range, without a lookup per customer.
 */
const pairCounts = [
  `CREATE TABLE name_pairs (pair TEXT PRIMARY KEY, customers INTEGER NOT NULL)`,
  `INSERT INTO name_pairs (pair, customers) SELECT pair, COUNT(*) FROM customer_name_pairs GROUP BY pair`,
];

const sqlite = [
  ...pairCounts,
  `CREATE TABLE customer_name_pairs_with_words (
    pair TEXT NOT NULL, customer_id TEXT NOT NULL REFERENCES customers (id), words TEXT NOT NULL,
    PRIMARY KEY (pair, customer_id)) WITHOUT ROWID`,
  `INSERT INTO customer_name_pairs_with_words (pair, customer_id, words)
   SELECT p.pair, p.customer_id, ' ' || w.words || ' '
   FROM customer_name_pairs p
   JOIN (SELECT customer_id, group_concat(token, ' ') AS words FROM customer_name_tokens GROUP BY customer_id) w
     ON w.customer_id = p.customer_id`,
  `DROP TABLE customer_name_pairs`,
  `ALTER TABLE customer_name_pairs_with_words RENAME TO customer_name_pairs`,
  `CREATE INDEX customer_name_pairs_customer ON customer_name_pairs (customer_id)`,
];

const postgres = [
  ...pairCounts,
  `ALTER TABLE customer_name_pairs ADD COLUMN words TEXT`,
  `UPDATE customer_name_pairs p SET words = ' ' || w.words || ' '
   FROM (SELECT customer_id, string_agg(token, ' ') AS words FROM customer_name_tokens GROUP BY customer_id) w
   WHERE w.customer_id = p.customer_id`,
  `ALTER TABLE customer_name_pairs ALTER COLUMN words SET NOT NULL`,
  `ALTER TABLE customer_name_pairs DROP CONSTRAINT customer_name_pairs_pkey`,
  `ALTER TABLE customer_name_pairs ADD PRIMARY KEY (pair, customer_id) INCLUDE (words)`,
];

export const namePostings: Migration = { version: 3, name: "name search postings", sqlite, postgres };
