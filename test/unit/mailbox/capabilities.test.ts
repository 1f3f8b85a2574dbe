import { detectCapabilities } from "../../../src/mailbox/capabilities";
import { fakeOutlook } from "./fake-outlook";

describe("mailbox capabilities", () => {
  it("offers everything on a current Outlook", () => {
    const { mailbox } = fakeOutlook("sets=1.14,NestedAppAuth1.1");

    expect(mailbox.capabilities()).toMatchObject({
      categories: true,
      internetHeaders: true,
      sharedMailbox: true,
      nestedAppAuth: true,
      itemChanged: true,
      newMessageForm: true,
      mailboxVersion: "1.14",
    });
  });

  it("degrades every feature above Mailbox 1.3 when the host stops there", () => {
    const { mailbox } = fakeOutlook("sets=1.3");

    expect(mailbox.capabilities()).toMatchObject({
      categories: false,
      internetHeaders: false,
      sharedMailbox: false,
      nestedAppAuth: false,
      itemChanged: false,
      newMessageForm: false,
      mailboxVersion: "1.3",
    });
  });

  it("treats a host whose requirements API throws as supporting nothing beyond the manifest", () => {
    const office = {
      context: {
        requirements: {
          isSetSupported: () => {
            throw new TypeError("not available");
          },
        },
      },
    } as unknown as typeof Office;

    expect(detectCapabilities(office)).toMatchObject({ categories: false, itemChanged: false, mailboxVersion: "1.1" });
  });

  it("speaks English only when Outlook's display language is English", () => {
    expect(fakeOutlook("lang=en-US").mailbox.displayLanguage()).toBe("en");
    expect(fakeOutlook("lang=es-MX").mailbox.displayLanguage()).toBe("es");
    expect(fakeOutlook("lang=fr-FR").mailbox.displayLanguage()).toBe("es");
  });

  it("reads the theme from Outlook's colours and the agent from the user profile", () => {
    expect(fakeOutlook("theme=dark").mailbox.theme?.()).toBe("dark");
    expect(fakeOutlook("theme=dark&sets=1.8").mailbox.theme?.()).toBe("light");
    expect(fakeOutlook("agentName=Ana&agentEmail=ana@example.com").mailbox.agent()).toEqual({
      name: "Ana",
      email: "ana@example.com",
    });
  });
});
