import type { Customer, CustomerMatchResponse } from "../../../src/core/contracts";
import {
  announceSkippedEngines,
  authHeaders,
  buildTestBackend,
  ENGINES,
  type TestBackend,
} from "../../support/backend";

announceSkippedEngines();

describe.each(ENGINES)("customers on %s", (engine) => {
  let backend: TestBackend;

  const post = (url: string, payload: object) =>
    backend.app.inject({ method: "POST", url, payload, headers: authHeaders() });
  const create = async (payload: object) => (await post("/api/customers", payload)).json<Customer>();
  const match = async (payload: object) => (await post("/api/customers/match", payload)).json<CustomerMatchResponse>();

  beforeAll(async () => {
    backend = await buildTestBackend(engine);
    for (const [name, email] of [
      ["José García López", "jose.garcia@ribera.example"],
      ["María Ángeles Fernández", "mangeles@ribera.example"],
      ["Ana Martínez", "ana.martinez@gmail.com"],
      ["Ana Ruiz", "ana.ruiz@gmail.com"],
      ["Lucía Navarro Gil", "lucia@alameda.example"],
    ]) {
      await create({ name, email });
    }
  });
  afterAll(() => backend.close());

  describe("POST /api/customers", () => {
    it("creates a customer and answers 201 with it", async () => {
      const response = await post("/api/customers", {
        name: "Pablo Cortés",
        email: "pablo@norte.example",
        phone: "600 000 000",
      });

      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        name: "Pablo Cortés",
        email: "pablo@norte.example",
        phone: "600 000 000",
        company: null,
      });
    });

    it("answers 409 with the existing customer when the address differs only in case", async () => {
      const response = await post("/api/customers", { name: "Otro Nombre", email: "JOSE.GARCIA@Ribera.example" });

      expect(response.statusCode).toBe(409);
      expect(response.headers["content-type"]).toContain("application/problem+json");
      expect(response.json()).toMatchObject({
        type: "https://ticketmasterpro.example/problems/customer-exists",
        customer: { name: "José García López", email: "jose.garcia@ribera.example" },
      });
    });

    it("rejects an invalid address and unknown fields with 400", async () => {
      const bad = await post("/api/customers", { name: "Sin correo", email: "no-es-correo" });
      const unknown = await post("/api/customers", { name: "X", email: "x@x.example", isAdmin: true });

      expect(bad.statusCode).toBe(400);
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json()).toMatchObject({ type: "https://ticketmasterpro.example/problems/validation" });
    });
  });

  describe("GET and PATCH /api/customers/:id", () => {
    it("reads a customer by id and answers 404 for an unknown one", async () => {
      const created = await create({ name: "Elena Santos", email: "elena@norte.example" });

      const found = await backend.app.inject({ url: `/api/customers/${created.id}`, headers: authHeaders() });
      const missing = await backend.app.inject({ url: "/api/customers/no-such-id", headers: authHeaders() });

      expect(found.json()).toEqual(created);
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toMatchObject({ type: "https://ticketmasterpro.example/problems/customer-not-found" });
    });

    it("updates contact data and makes the new name searchable", async () => {
      const created = await create({ name: "Raúl Cabrera", email: "raul@norte.example" });

      const response = await backend.app.inject({
        method: "PATCH",
        url: `/api/customers/${created.id}`,
        payload: { name: "Raúl Cabrera Fuentes", phone: "+34 600 111 222", company: "Transportes Norte" },
        headers: authHeaders(),
      });
      const matches = await match({ name: "Raul Fuentes" });

      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        name: "Raúl Cabrera Fuentes",
        phone: "+34 600 111 222",
        company: "Transportes Norte",
      });
      expect(matches.matches[0]?.customer.id).toBe(created.id);
    });

    it("refuses to change the address, an empty change and an unknown id", async () => {
      const created = await create({ name: "Sergio Lozano", email: "sergio@norte.example" });
      const patch = (id: string, payload: object) =>
        backend.app.inject({ method: "PATCH", url: `/api/customers/${id}`, payload, headers: authHeaders() });

      expect((await patch(created.id, { email: "otro@norte.example" })).statusCode).toBe(400);
      expect((await patch(created.id, {})).statusCode).toBe(400);
      expect((await patch("no-such-id", { name: "Nadie" })).statusCode).toBe(404);
    });
  });

  describe("POST /api/customers/match", () => {
    it("finds the same address case-insensitively with score 1", async () => {
      const result = await match({ email: "Jose.Garcia@RIBERA.example", name: "Pepe" });

      expect(result.matches[0]).toMatchObject({ reason: "email", score: 1, customer: { name: "José García López" } });
    });

    it("offers colleagues at the same company domain", async () => {
      const result = await match({ email: "nueva.persona@ribera.example" });

      expect(result.matches.map((m) => m.reason)).toEqual(["domain", "domain"]);
      expect(result.matches.map((m) => m.customer.email).sort()).toEqual([
        "jose.garcia@ribera.example",
        "mangeles@ribera.example",
      ]);
    });

    it("lists no colleagues when the address itself is known", async () => {
      const result = await match({ email: "mangeles@ribera.example" });

      expect(result.matches.map((m) => [m.reason, m.customer.email])).toEqual([["email", "mangeles@ribera.example"]]);
    });

    it("never treats a public mail domain as a company", async () => {
      const result = await match({ email: "desconocida@gmail.com" });

      expect(result.matches).toEqual([]);
    });

    it.each([
      ["Jose Garcia", "José García López"],
      ["garcia lopez jose", "José García López"],
      ["Jsoe Garcai", "José García López"],
      ["Mª Ángeles Fernández", "María Ángeles Fernández"],
      ["Maria Angeles Fernandes", "María Ángeles Fernández"],
      ["Lucia Nabarro", "Lucía Navarro Gil"],
    ])("finds %s as %s by name", async (query, expected) => {
      const result = await match({ name: query });

      expect(result.matches[0]).toMatchObject({ reason: "name", customer: { name: expected } });
      expect(result.matches[0]?.score).toBeGreaterThan(0.5);
    });

    it("ranks an exact name above a name with a typo", async () => {
      const result = await match({ name: "Ana Martinez" });

      expect(result.matches[0]?.customer.name).toBe("Ana Martínez");
    });

    it("returns nothing for a name nobody has, and 400 for unknown fields", async () => {
      const nobody = await match({ name: "Zacarías Xirau" });
      const bad = await post("/api/customers/match", { name: "x", phone: "1" });

      expect(nobody.matches).toEqual([]);
      expect(bad.statusCode).toBe(400);
    });
  });
});
