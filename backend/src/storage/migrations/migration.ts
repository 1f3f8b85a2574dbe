/** One schema step, written once per engine because DDL differs in small ways (auto ids, index types). */
export interface Migration {
  version: number;
  name: string;
  sqlite: string[];
  postgres: string[];
}
