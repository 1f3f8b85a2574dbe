import type { Language } from "../contracts";
import { toMatchWords } from "../text/normalize-for-match";

// Function words and greetings that are common in one language and rare in the other.
const SPANISH = new Set(
  (
    "de la que el en los se del las por un para con una su al lo como mas pero sus le ya este porque esta entre " +
    "cuando muy sin sobre tambien me hasta hay donde desde nos les ni eso esto otro otra ella estos estas algo " +
    "hola gracias buenos buenas dias saludos favor no mi tengo puede pueden nuestro nuestra ustedes usted estamos " +
    "tenemos necesito problema cuenta factura pedido"
  ).split(" "),
);
const ENGLISH = new Set(
  (
    "the and to of in is it you that for on with are this be have not my we our your please thanks hello hi can " +
    "was will from at as but or do does there their they been would could should any some what which when " +
    "issue account invoice order need dear regards"
  ).split(" "),
);
const SAMPLE = 5000;

/**
 * The customer's language for the reply: Spanish or English, by counting common words in the first few
 * thousand characters. Anything else, and a tie, falls back to Spanish, the team's first language.
 */
export function detectLanguage(text: string): Language {
  const words = toMatchWords(text.slice(0, SAMPLE)).trim().split(" ");
  let spanish = 0;
  let english = 0;
  for (const word of words) {
    if (SPANISH.has(word)) spanish++;
    if (ENGLISH.has(word)) english++;
  }
  return english >= 2 && english > spanish * 1.2 ? "en" : "es";
}
