import { registerRibbonAction } from "../../../src/mailbox";

describe("registerRibbonAction", () => {
  type Action = (event: { completed: () => void }) => void;
  const officeWith = (associate: jest.Mock) => ({ actions: { associate } }) as unknown as typeof Office;
  const registered = (associate: jest.Mock): Action => (associate.mock.calls as [string, Action][])[0][1];

  it("completes the event after the handler finishes", async () => {
    const associate = jest.fn();
    const completed = jest.fn();
    let finish: () => void = () => undefined;
    registerRibbonAction(
      "createTicket",
      () => new Promise<void>((resolve) => (finish = resolve)),
      officeWith(associate),
    );
    const action = registered(associate);

    action({ completed });
    expect(completed).not.toHaveBeenCalled();
    finish();
    await new Promise((resolve) => setTimeout(resolve));

    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("completes the event even when the handler fails", async () => {
    const associate = jest.fn();
    const completed = jest.fn();
    registerRibbonAction("createTicket", () => Promise.reject(new Error("boom")), officeWith(associate));
    const action = registered(associate);

    action({ completed });
    await new Promise((resolve) => setTimeout(resolve));

    expect(completed).toHaveBeenCalledTimes(1);
    expect(associate).toHaveBeenCalledWith("createTicket", expect.any(Function));
  });
});
