import { htmlToText } from "../../../src/core";

describe("htmlToText", () => {
  it.each([
    ["paragraphs on their own lines", "<p>Hola</p><p>Adiós</p>", "Hola\n\nAdiós"],
    ["line breaks", "uno<br>dos<BR/>tres", "uno\ndos\ntres"],
    ["list items as dashes", "<ul><li>uno</li><li>dos</li></ul>", "- uno\n- dos"],
    ["table cells separated by bars", "<table><tr><td>a</td><td>b</td></tr></table>", "a | b"],
    ["named and numeric entities", "&aacute;rbol &amp; caf&#233; &#x20AC;5 &nbsp;fin", "árbol & café €5 fin"],
    ["unknown entities as written", "&madeup; &amp", "&madeup; &amp"],
    ["scripts, styles and comments dropped", "<script>alert(1)</script><style>p{}</style><!-- x -->texto", "texto"],
    ["head and title dropped", "<html><head><title>T</title></head><body>cuerpo</body></html>", "cuerpo"],
    ["blockquotes marked as quotes", "Hola<blockquote>citado</blockquote>", "Hola\n> citado"],
    ["whitespace collapsed", "<p>  mucho    espacio \n aquí </p>", "mucho espacio aquí"],
  ])("renders %s", (_, html, expected) => {
    const text = htmlToText(html);

    expect(text).toBe(expected);
  });

  it.each([
    ["an unclosed tag", "<p>texto <b", "texto"],
    ["an unclosed script", "antes<script>while(1){}", "antes"],
    ["an unclosed comment", "antes<!-- sin cerrar", "antes"],
    ["stray angle brackets", "3 > 2 y 1 < 2", "3 > 2 y 1"],
    ["an invalid numeric entity", "&#x110000; &#0;", "\ufffd \ufffd"],
  ])("survives %s", (_, html, expected) => {
    const text = htmlToText(html);

    expect(text).toBe(expected);
  });
});
