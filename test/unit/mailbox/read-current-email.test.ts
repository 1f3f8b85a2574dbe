import Ajv from "ajv";
import addFormats from "ajv-formats";
import { EmailFactsSchema } from "../../../src/core/contracts";
import { MailboxError } from "../../../src/mailbox";
import { SAMPLE_IDS } from "../../../src/simulator/samples";
import { fakeOutlook } from "./fake-outlook";

// The backend validates EmailFacts with Ajv and these formats; a sample that passes here passes there.
const validateEmailFacts = addFormats(new Ajv({ allErrors: true })).compile(EmailFactsSchema);

describe("mailbox.readCurrentEmail", () => {
  it("reads sender, subject, ids, bodies and attachments of the selected message", async () => {
    const { mailbox } = fakeOutlook();

    const email = await mailbox.readCurrentEmail();

    expect(email?.from).toEqual({
      name: "Javier Morales Soto",
      email: "javier.morales@distribuciones-levante.example",
    });
    expect(email?.sender).toBeUndefined();
    expect(email?.subject).toMatch(/plataforma de pedidos/);
    expect(email?.internetMessageId).toBe("<urgent-outage.sample@simulador.ticketmasterpro.example>");
    expect(email?.conversationId).toMatch(/^AAQk/);
    expect(email?.bodyText).toContain("Error 503");
    expect(email?.bodyHtml).toContain("Error 503");
    expect(email?.attachments).toEqual([
      { name: "captura-error-503.png", size: 248_311, contentType: "image/png", isInline: false },
    ]);
    expect(email?.mailbox).toEqual({ address: "lucia.fernandez@ticketmasterpro.example", isShared: false });
  });

  it("gives the represented person as the author of mail sent on behalf of someone", async () => {
    const { mailbox } = fakeOutlook("", "billing-failure");

    const email = await mailbox.readCurrentEmail();

    expect(email?.from.email).toBe("abcastillo@clinica-santamaria.example");
    expect(email?.sender?.email).toBe("lgil@clinica-santamaria.example");
  });

  it("derives the text body of an HTML-only message", async () => {
    const { mailbox } = fakeOutlook("", "html-only");

    const email = await mailbox.readCurrentEmail();

    expect(email?.bodyHtml).toContain("<b>portal de clientes</b>");
    expect(email?.bodyText).toContain("portal de clientes");
    expect(email?.bodyText).not.toContain("<");
  });

  it("keeps the lower-case headers that mark automatic mail", async () => {
    const { mailbox } = fakeOutlook("", "auto-reply");

    const email = await mailbox.readCurrentEmail();

    expect(email?.headers["auto-submitted"]).toBe("auto-replied");
    expect(email?.headers["x-auto-response-suppress"]).toBe("All");
    expect(email?.headers).not.toHaveProperty("Auto-Submitted");
  });

  it("recognises a message in a shared mailbox", async () => {
    const { mailbox } = fakeOutlook("", "shared-mailbox");

    const email = await mailbox.readCurrentEmail();

    expect(email?.mailbox).toEqual({ address: "soporte@ticketmasterpro.example", isShared: true });
  });

  it("returns null when no message is selected", async () => {
    const { mailbox } = fakeOutlook("", null);

    await expect(mailbox.readCurrentEmail()).resolves.toBeNull();
  });

  it("reads without headers or shared-mailbox facts when the host has only Mailbox 1.3", async () => {
    const { mailbox } = fakeOutlook("sets=1.3", "shared-mailbox");

    const email = await mailbox.readCurrentEmail();

    expect(email?.headers).toEqual({});
    expect(email?.mailbox.isShared).toBe(false);
    expect(email?.bodyText).toContain("tres personas");
  });

  it("rejects with a typed host error when Outlook cannot give the body", async () => {
    const { mailbox } = fakeOutlook("fail=body.getAsync");

    const failure = mailbox.readCurrentEmail();

    await expect(failure).rejects.toBeInstanceOf(MailboxError);
    await expect(failure).rejects.toMatchObject({ kind: "host", code: 9020, operation: "body.getAsync(text)" });
  });

  it("still reads the email when the headers request fails", async () => {
    const { mailbox } = fakeOutlook("fail=getAllInternetHeadersAsync", "auto-reply");

    const email = await mailbox.readCurrentEmail();

    expect(email?.headers).toEqual({});
    expect(email?.subject).toMatch(/Fuera de la oficina/);
  });

  it.each(SAMPLE_IDS)("turns the sample %s into valid EmailFacts", async (sample) => {
    const { mailbox } = fakeOutlook("", sample);

    const email = await mailbox.readCurrentEmail();

    validateEmailFacts(email);

    expect(validateEmailFacts.errors ?? []).toEqual([]);
  });
});
