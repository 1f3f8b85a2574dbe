import { MailboxError } from "../../../src/mailbox";
import { fakeOutlook } from "./fake-outlook";

describe("mailbox.openReply", () => {
  it("opens the reply form with the HTML through displayReplyFormAsync", async () => {
    const { host, mailbox } = fakeOutlook();

    await mailbox.openReply({ html: "<p>Ticket TMP-000123</p>", subject: "[TMP-000123]" });

    expect(host.lastCompose()).toMatchObject({
      title: "Responder",
      to: ["javier.morales@distribuciones-levante.example"],
      html: "<p>Ticket TMP-000123</p>",
    });
  });

  it("falls back to displayReplyForm below Mailbox 1.9", async () => {
    const { host, mailbox } = fakeOutlook("sets=1.3");

    await mailbox.openReply({ html: "<p>Hola</p>", subject: "x" });

    expect(host.lastCompose()?.html).toBe("<p>Hola</p>");
  });

  it("refuses a body above Outlook's 32 KB limit", async () => {
    const { host, mailbox } = fakeOutlook();

    const opening = mailbox.openReply({ html: "x".repeat(33 * 1024), subject: "x" });

    await expect(opening).rejects.toMatchObject({ kind: "too-large" });
    expect(host.lastCompose()).toBeNull();
  });

  it("says there is no item when nothing is selected", async () => {
    const { mailbox } = fakeOutlook("", null);

    await expect(mailbox.openReply({ html: "<p/>", subject: "x" })).rejects.toMatchObject({ kind: "no-item" });
  });
});

describe("mailbox.openNewMessage", () => {
  it("opens a new message form with recipients and subject", async () => {
    const { host, mailbox } = fakeOutlook();

    await mailbox.openNewMessage({
      to: [{ name: "Ana", email: "ana@example.com" }],
      subject: "Seguimiento",
      html: "<p/>",
    });

    expect(host.lastCompose()).toMatchObject({
      title: "Nuevo mensaje",
      to: ["ana@example.com"],
      subject: "Seguimiento",
    });
  });

  it("is unsupported below Mailbox 1.6", async () => {
    const { mailbox } = fakeOutlook("sets=1.5");

    await expect(mailbox.openNewMessage({ to: [], subject: "x", html: "" })).rejects.toMatchObject({
      kind: "unsupported",
    });
  });
});

describe("mailbox.addCategory", () => {
  it("adds the ticket number to the master list and to the item", async () => {
    const { host, mailbox } = fakeOutlook();

    const outcome = await mailbox.addCategory("TMP-000123");

    expect(outcome).toBe("added");
    expect(host.masterCategories()).toContain("TMP-000123");
    expect(host.categoriesOf("sample-urgent-outage")).toEqual(["TMP-000123"]);
  });

  it("reports a category that is already on the item", async () => {
    const { mailbox } = fakeOutlook();
    await mailbox.addCategory("TMP-000123");

    await expect(mailbox.addCategory("TMP-000123")).resolves.toBe("already-present");
  });

  it("reports unsupported below Mailbox 1.8 and changes nothing", async () => {
    const { host, mailbox } = fakeOutlook("sets=1.3");

    await expect(mailbox.addCategory("TMP-000123")).resolves.toBe("unsupported");
    expect(host.categoriesOf("sample-urgent-outage")).toEqual([]);
  });

  it("rejects with Outlook's error when the master list is closed to the add-in", async () => {
    const { mailbox } = fakeOutlook("master=denied");

    const adding = mailbox.addCategory("TMP-000123");

    await expect(adding).rejects.toBeInstanceOf(MailboxError);
    await expect(adding).rejects.toMatchObject({ kind: "host", code: 9041, operation: "categories.addAsync" });
  });
});

describe("mailbox.notify", () => {
  it("replaces the add-in's notification under one key", async () => {
    const { host, mailbox } = fakeOutlook();

    await mailbox.notify({ kind: "progress", message: "Creando ticket…" });
    await mailbox.notify({ kind: "info", message: "Ticket TMP-000123 creado." });

    expect(host.notificationsOf("sample-urgent-outage")).toEqual([
      { key: "ticketmasterpro", type: "informationalMessage", message: "Ticket TMP-000123 creado." },
    ]);
  });

  it("cuts a message to Outlook's 150 characters", async () => {
    const { host, mailbox } = fakeOutlook();

    await mailbox.notify({ kind: "error", message: "a".repeat(400) });

    expect(host.notificationsOf("sample-urgent-outage")[0]?.message).toHaveLength(150);
  });
});

describe("mailbox.onItemChanged", () => {
  it("calls the listener when the selection changes, until stopped", async () => {
    const { host, mailbox } = fakeOutlook();
    const listener = jest.fn();
    const stop = await mailbox.onItemChanged(listener);

    host.select("sample-english");
    stop();
    host.select("sample-bounce");

    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("resolves to a stop function that does nothing below Mailbox 1.5", async () => {
    const { host, mailbox } = fakeOutlook("sets=1.3");
    const listener = jest.fn();

    const stop = await mailbox.onItemChanged(listener);
    host.select("sample-english");

    expect(listener).not.toHaveBeenCalled();
    expect(stop).not.toThrow();
  });
});
