import { followThemeChanges } from "../../../src/mailbox";
import { fakeOutlook } from "./fake-outlook";

describe("followThemeChanges", () => {
  it("reports Outlook's new theme when the agent switches it, until stopped", async () => {
    const { host, office } = fakeOutlook();
    const themes: string[] = [];
    const stop = await followThemeChanges((theme) => themes.push(theme), office);

    host.setTheme("dark");
    host.setTheme("light");
    stop();
    host.setTheme("dark");

    expect(themes).toEqual(["dark", "light"]);
  });

  it("listens to nothing from Outlook below Mailbox 1.14, and its stop function still works", async () => {
    const { host, office } = fakeOutlook("sets=1.13");
    const listener = jest.fn();

    const stop = await followThemeChanges(listener, office);
    host.setTheme("dark");

    expect(listener).not.toHaveBeenCalled();
    expect(stop).not.toThrow();
  });
});
