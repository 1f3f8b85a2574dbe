import { parseInternetHeaders } from "../../../src/mailbox/internet-headers";

describe("parseInternetHeaders", () => {
  it("keeps the selected headers with lower-case names and unfolded values", () => {
    const raw = [
      "Received: from mx.example.com",
      "Auto-Submitted: auto-replied",
      "Content-Type: multipart/report;",
      "\treport-type=delivery-status",
      "X-Custom: ignored",
      "",
      "Content-Type: text/plain (body, not a header)",
    ].join("\r\n");

    const headers = parseInternetHeaders(raw);

    expect(headers).toEqual({
      "auto-submitted": "auto-replied",
      "content-type": "multipart/report; report-type=delivery-status",
    });
  });

  it("keeps the first of repeated headers", () => {
    expect(parseInternetHeaders("Precedence: bulk\nPrecedence: list\n")).toEqual({ precedence: "bulk" });
  });
});
