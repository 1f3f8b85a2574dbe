import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { emlToMessage } from "../../../src/simulator/eml/eml-to-message";

const dataDir = path.resolve(process.env.SHARED_DATA_DIR ?? path.join(__dirname, "../../../../shared/data"), "eml");
const haveData = existsSync(dataDir);
if (!haveData) console.log(`eml-to-message: shared data not found at ${dataDir}; .eml tests skipped`);
const describeWithData = haveData ? describe : describe.skip;

const read = (file: string): ArrayBuffer => {
  const bytes = readFileSync(path.join(dataDir, file));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
};

describeWithData("emlToMessage", () => {
  it("reads sender, subject, bodies and the raw header block of a real message", async () => {
    const message = await emlToMessage(read("08-auto-bounce-receipt/sisimai-autoreply-automatic-reply.eml"), "a.eml");

    expect(message.from.email).toMatch(/@/);
    expect(message.subject.length).toBeGreaterThan(0);
    expect(message.rawHeaders).toMatch(/^[A-Za-z-]+:/);
    expect(message.rawHeaders).not.toMatch(/\r?\n\r?\n/);
    expect(message.origin).toBe("eml");
  });

  it("lists attachments with name, size and type", async () => {
    const message = await emlToMessage(read("05-attachments/mikel-nonascii-filename.eml"), "b.eml");

    expect(message.attachments.length).toBeGreaterThan(0);
    const [first] = message.attachments;
    expect(typeof first?.name).toBe("string");
    expect(first?.size).toBeGreaterThan(0);
    expect(first?.contentType).toMatch(/\//);
  });

  it("gives each opened file its own item id", async () => {
    const raw = read("03-html-only/nodemailer-html-only-spam-de.eml");

    const [first, second] = await Promise.all([emlToMessage(raw, "c.eml"), emlToMessage(raw, "c.eml")]);

    expect(first.id).not.toBe(second.id);
    expect(first.bodyHtml).toBeTruthy();
  });
});
