import { detectLanguage } from "../../../src/core";

describe("detectLanguage", () => {
  it.each([
    ["a Spanish complaint", "Hola, no puedo acceder a mi cuenta desde ayer. ¿Pueden ayudarme?", "es"],
    ["Spanish without accents", "buenos dias, la factura de este mes esta mal, gracias", "es"],
    ["an English complaint", "Hello, I cannot log in to my account since yesterday. Can you help?", "en"],
    ["English with a Spanish name", "Dear support, the invoice for José García is wrong. Please fix it.", "en"],
    ["Portuguese, which falls back to Spanish", "Olá, não consigo acessar minha conta.", "es"],
    ["German, which falls back to Spanish", "Guten Tag, mein Konto funktioniert nicht.", "es"],
    ["an empty text", "", "es"],
    ["a single English word", "Thanks", "es"],
  ])("reads %s", (_, text, expected) => {
    const language = detectLanguage(text);

    expect(language).toBe(expected);
  });
});
