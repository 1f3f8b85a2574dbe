/** @jest-environment jsdom */
import { TextEncoder } from "node:util";
import { detectCapabilities } from "../../../src/mailbox/capabilities";
import { tagReplySubject, taggedSubject } from "../../../src/mailbox/tag-reply-subject";
import { createFakeOffice } from "../../../src/simulator/fake-office/fake-office";
import { fakeOutlook } from "./fake-outlook";

/** The launch-event runtime's Office for the compose form that is open in the simulated host. */
function launchEventOffice(host: ReturnType<typeof fakeOutlook>["host"]): typeof Office {
  return createFakeOffice(host, new EventTarget() as unknown as Window, "launch-event") as unknown as typeof Office;
}

// jsdom leaves TextEncoder out; the adapter measures the reply body with it (Outlook's 32 KB limit).
beforeAll(() => Object.assign(globalThis, { TextEncoder }));
beforeEach(() => window.localStorage.clear());

describe("taggedSubject", () => {
  it.each([
    ["RE: Caída del servicio", "RE: Caída del servicio [TMP-000001]"],
    ["RE: RE: Caída del servicio", "RE: Caída del servicio [TMP-000001]"],
    ["AW: Ausfall", "AW: Ausfall [TMP-000001]"],
    ["Caída del servicio", "RE: Caída del servicio [TMP-000001]"],
  ])("turns %j into %j", (current, expected) => {
    expect(taggedSubject(current, "TMP-000001")).toBe(expected);
  });

  it("leaves a subject that already carries the tag alone", () => {
    expect(taggedSubject("RE: Caída [tmp-000001]", "TMP-000001")).toBeNull();
  });
});

describe("reply subject with the ticket number (OnNewMessageCompose)", () => {
  it("tags the reply the add-in opened, once", async () => {
    const { host, mailbox } = fakeOutlook("sets=1.14");
    const subject = host.selected()?.subject ?? "";

    const opened = await mailbox.openReply({ html: "<p>TMP-000001</p>", subject: "", ticketNumber: "TMP-000001" });
    const first = await tagReplySubject(launchEventOffice(host));
    const second = await tagReplySubject(launchEventOffice(host));

    expect(opened).toEqual({ subjectTagged: true });
    expect([first, second]).toEqual(["tagged", "not-ours"]);
    expect(host.lastCompose()?.subject).toBe(`RE: ${subject} [TMP-000001]`);
  });

  it("leaves a reply the agent opened by hand alone", async () => {
    const { host, office } = fakeOutlook("sets=1.14");
    office.context.mailbox.item?.displayReplyForm({ htmlBody: "<p>Hola</p>" });
    const before = host.lastCompose()?.subject;

    const outcome = await tagReplySubject(launchEventOffice(host));

    expect(outcome).toBe("not-ours");
    expect(host.lastCompose()?.subject).toBe(before);
  });

  it("records nothing and says so below Mailbox 1.10, where Outlook has no launch event", async () => {
    const { host, mailbox } = fakeOutlook("sets=1.9");

    const opened = await mailbox.openReply({ html: "<p>x</p>", subject: "", ticketNumber: "TMP-000001" });

    expect(opened).toEqual({ subjectTagged: false });
    expect(window.localStorage.length).toBe(0);
    expect(host.lastCompose()?.subject).not.toContain("TMP-000001");
  });

  it("is not offered on classic Outlook for Windows, whose launch-event runtime has no shared storage", () => {
    const { office } = fakeOutlook("sets=1.14");
    (office.context.diagnostics as unknown as { platform: string }).platform = "PC";

    expect(detectCapabilities(office).replySubjectTag).toBe(false);
  });

  it("reports a failed subject write as a mailbox error", async () => {
    const { host, mailbox } = fakeOutlook("sets=1.14&fail=subject.setAsync");
    await mailbox.openReply({ html: "<p>x</p>", subject: "", ticketNumber: "TMP-000001" });

    await expect(tagReplySubject(launchEventOffice(host))).rejects.toMatchObject({ kind: "host" });
  });
});
