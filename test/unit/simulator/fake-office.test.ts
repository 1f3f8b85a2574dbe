import { createFakeOffice } from "../../../src/simulator/fake-office/fake-office";
import { readHostConfig } from "../../../src/simulator/host/host-config";
import { createSimulatorHost } from "../../../src/simulator/host/simulator-host";
import { loadSamples } from "../../../src/simulator/samples";

function fakeOffice(query = "") {
  const host = createSimulatorHost(readHostConfig(new URLSearchParams(query)), loadSamples(), undefined);
  host.select("sample-urgent-outage");
  const office = createFakeOffice(host, new EventTarget() as unknown as Window) as unknown as typeof Office;
  return { host, office, item: office.context.mailbox.item as Office.MessageRead };
}

const call = <T>(start: (callback: (result: Office.AsyncResult<T>) => void) => void) =>
  new Promise<Office.AsyncResult<T>>((resolve) => start(resolve));

describe("the simulator's fake Office", () => {
  it("leaves out the methods of requirement sets the host does not claim", () => {
    const { office, item } = fakeOffice("sets=1.3");
    const present = (target: object, name: string): boolean => name in target;

    expect(present(item, "getAllInternetHeadersAsync")).toBe(false);
    expect(present(item, "categories")).toBe(false);
    expect(present(item, "displayReplyFormAsync")).toBe(false);
    expect(present(office.context.mailbox, "addHandlerAsync")).toBe(false);
    expect(present(item, "displayReplyForm")).toBe(true);
  });

  it("refuses an informational notification without icon, as Outlook does", async () => {
    const { item } = fakeOffice();

    const result = await call<void>((callback) =>
      item.notificationMessages.replaceAsync("k", { type: "informationalMessage", message: "Hola" }, callback),
    );

    expect(result.status).toBe("failed");
    expect(result.error.name).toBe("InvalidParameter");
  });

  it("answers on a later task, never synchronously", () => {
    const { item } = fakeOffice();
    const callback = jest.fn();

    item.body.getAsync("text", callback);

    expect(callback).not.toHaveBeenCalled();
  });

  it("hands out the same item object until the selection changes", () => {
    const { host, office } = fakeOffice();
    const first = office.context.mailbox.item;

    const again = office.context.mailbox.item;
    host.select("sample-english");

    expect(again).toBe(first);
    expect(office.context.mailbox.item).not.toBe(first);
    expect(office.context.mailbox.item?.subject).toMatch(/password reset/);
  });

  it("fails saving roaming settings beyond Outlook's 32 KB", async () => {
    const { office } = fakeOffice();
    office.context.roamingSettings.set("big", "x".repeat(33 * 1024));

    const result = await call<void>((callback) => office.context.roamingSettings.saveAsync(callback));

    expect(result.status).toBe("failed");
  });
});
