import { findTicketReferences, formatTicketNumber, parseTicketNumber } from "../../../src/core";

describe("formatTicketNumber and parseTicketNumber", () => {
  it.each([
    [1, "TMP-000001"],
    [123, "TMP-000123"],
    [999_999, "TMP-999999"],
    [1_000_000, "TMP-1000000"],
  ])("formats %d as %s and parses it back", (n, text) => {
    const formatted = formatTicketNumber(n);

    expect(formatted).toBe(text);
    expect(parseTicketNumber(formatted)).toBe(n);
  });

  it.each([0, -1, 1.5, Number.NaN, 1e9])("refuses %p", (n) => {
    expect(() => formatTicketNumber(n)).toThrow(RangeError);
  });

  it.each([
    ["[TMP-000123]", 123],
    [" tmp-000123 ", 123],
    ["TMP-123", null],
    ["TMP-000000", null],
    ["TMP-0001234567", null],
    ["XTMP-000123", null],
    ["", null],
  ])("parses %p as %p", (text, expected) => {
    expect(parseTicketNumber(text)).toBe(expected);
  });
});

describe("findTicketReferences", () => {
  it.each([
    ["a bracketed number in the subject", "RE: Pedido [TMP-000123]", "", ["TMP-000123"]],
    ["a bare number in the subject", "Sobre el ticket TMP-000123", "", ["TMP-000123"]],
    ["lower case", "re: tmp-000123", "", ["TMP-000123"]],
    ["a number in the body", "Consulta", "Les escribo por el TMP-000045, sigue igual.", ["TMP-000045"]],
    [
      "the subject first, then the body",
      "RE: [TMP-000002]",
      "También afecta al TMP-000001.",
      ["TMP-000002", "TMP-000001"],
    ],
    ["each number once", "[TMP-000002] TMP-000002", "TMP-000002", ["TMP-000002"]],
    ["no look-alikes", "XTMP-000123 TMP-0001 TMP-000123A", "TMP-12345678901", []],
    [
      "quoted numbers when the subject names none",
      "Consulta",
      "Hola\n\nDe: s@x.es\nEnviado: lunes\nPara: a\nAsunto: [TMP-000077]",
      ["TMP-000077"],
    ],
  ])("finds %s", (_, subject, body, expected) => {
    const references = findTicketReferences(subject, body);

    expect(references).toEqual(expected);
  });

  it("ignores look-alikes in quoted history when the subject names another ticket", () => {
    const body =
      "Sigue igual.\n\n> El TMP-000001 se cerró.\n\nDe: s@x.es\nEnviado: lunes\nPara: a\nAsunto: [TMP-000099]";

    const references = findTicketReferences("RE: Impresora [TMP-000123]", body);

    expect(references).toEqual(["TMP-000123"]);
  });
});
