import { insertCustomers } from "../customers/customer-store";
import type { Storage } from "../storage/open-storage";
import { demoCustomers } from "./demo-customers";

/** Fills an empty development CRM once; a CRM that has any customer is left alone. Never called in production. */
export async function seedDemoCustomers(storage: Storage): Promise<number> {
  const any = await storage.db.selectFrom("customers").select("id").limit(1).executeTakeFirst();
  if (any) return 0;

  const customers = await insertCustomers(storage.db, demoCustomers());
  return customers.length;
}
