import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { Customer, EmailFacts, Ticket } from "../../core/contracts";
import { createGraphCategoryTagger } from "../../services/graph/graph-category-tagger";
import type { NewCustomerForm } from "../../workflow/analysis";
import { analyseEmail } from "../../workflow/analyse-email";
import { addEmailToTicket, createTicketForEmail, openReplyFor, saveNewCustomer } from "../../workflow/create-ticket";
import { failureOf } from "../../workflow/failure";
import { flowReducer } from "../../workflow/flow-reducer";
import { INITIAL_FLOW, type DraftChange, type FlowAction, type FlowModel } from "../../workflow/flow-state";
import { randomKey } from "../../workflow/one-click";
import { loadDraft, suggestDraft, type EditStep } from "../../workflow/ticket-draft";
import { logger } from "../logger";
import { usePaneServices } from "../PaneServicesContext";
import { useDraftAutosave } from "./use-draft-autosave";

export interface FlowActions {
  reload: () => void;
  insist: () => void;
  chooseStep: (step: EditStep) => void;
  editDraft: (change: DraftChange) => void;
  chooseCustomer: (customer: Customer) => void;
  startNewCustomer: () => void;
  editNewCustomer: (form: NewCustomerForm) => void;
  saveCustomer: () => void;
  createTicket: () => void;
  openReply: () => void;
  linkTo: (ticket: Ticket) => void;
  retry: () => void;
  dismissFailure: () => void;
  /** The backend answers again: leave the blocking view and redo what failed. */
  recover: () => void;
}

/**
 * Runs the workflow's effects for the Ticket tab and feeds their results to the pure reducer. `takeOpeningEmail`
 * hands over the email read before the pane first rendered (once; undefined when there is none to hand over), so
 * that the first paint already shows it.
 */
export function useTicketFlow(takeOpeningEmail?: () => EmailFacts | null | undefined): {
  model: FlowModel;
  actions: FlowActions;
} {
  const { mailbox, backend } = usePaneServices();
  const [opening] = useState(() => takeOpeningEmail?.());
  const [model, dispatch] = useReducer(flowReducer, opening, startingModel);
  const latest = useRef(model);
  latest.current = model;
  // Each item load gets a number; results that arrive for an item the agent has left are dropped.
  const generation = useRef(0);

  const fail = useCallback((error: unknown, action: FlowAction, ticketNumber?: string) => {
    const failure = failureOf(error, action, ticketNumber);
    logger.warn("flow.failed", { action, reason: failure.reason, correlationId: failure.correlationId });
    dispatch({ type: "failed", failure });
  }, []);

  const analyse = useCallback(
    async (email: EmailFacts, mine: number) => {
      try {
        const analysis = await analyseEmail(backend, email);
        const stored = await loadDraft(mailbox.drafts, email.internetMessageId);
        if (mine !== generation.current) return;
        dispatch({ type: "analysed", analysis, draft: stored ?? suggestDraft(analysis, randomKey()) });
      } catch (error) {
        if (mine === generation.current) fail(error, "analyse");
      }
    },
    [backend, mailbox, fail],
  );

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    dispatch({ type: "item-requested" });
    try {
      const email = await mailbox.readCurrentEmail();
      if (mine !== generation.current) return;
      dispatch({ type: "item-read", email });
      if (email) await analyse(email, mine);
    } catch (error) {
      if (mine === generation.current) fail(error, "analyse");
    }
  }, [mailbox, analyse, fail]);

  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    if (opening === undefined || generation.current > 0) void reload();
    else if (opening) void analyse(opening, ++generation.current);
    mailbox
      .onItemChanged(() => void reload())
      .then(
        (unsubscribe) => (cancelled ? unsubscribe() : (stop = unsubscribe)),
        () => logger.info("flow.item-changed-unavailable"),
      );
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [mailbox, reload, analyse, opening]);

  const actions = useFlowActions({ model: latest, dispatch, fail, reload });
  useDraftAutosave(model, mailbox.drafts);
  return { model, actions };
}

function startingModel(opening: EmailFacts | null | undefined): FlowModel {
  return opening === undefined ? INITIAL_FLOW : flowReducer(INITIAL_FLOW, { type: "item-read", email: opening });
}

type Dispatch = React.Dispatch<Parameters<typeof flowReducer>[1]>;

interface ActionDeps {
  model: React.MutableRefObject<FlowModel>;
  dispatch: Dispatch;
  fail: (error: unknown, action: FlowAction, ticketNumber?: string) => void;
  reload: () => Promise<void>;
}

function useFlowActions({ model, dispatch, fail, reload }: ActionDeps): FlowActions {
  const { mailbox, backend, tokens } = usePaneServices();
  // Graph tags the email when Outlook refuses a category outside the master list.
  const ports = useMemo(
    () => ({ mailbox, backend, graph: createGraphCategoryTagger(tokens) }),
    [mailbox, backend, tokens],
  );

  return useMemo(() => {
    const saveCustomer = async () => {
      const { state } = model.current;
      if (state.kind !== "editing" || state.draft.customer.kind !== "new") return;
      dispatch({ type: "customer-saving" });
      try {
        dispatch({ type: "customer-saved", customer: await saveNewCustomer(backend, state.draft.customer.form) });
      } catch (error) {
        fail(error, "save-customer");
      }
    };

    const createTicket = async () => {
      const { state } = model.current;
      if (state.kind !== "editing" || state.draft.customer.kind === "none") return;
      dispatch({ type: "create-started" });
      try {
        const result = await createTicketForEmail(ports, state.analysis, state.draft);
        logger.info("flow.ticket-created", { created: result.created, category: result.category });
        dispatch({ type: "ticket-created", result });
      } catch (error) {
        fail(error, "create-ticket");
      }
    };

    const openReply = async () => {
      const { state } = model.current;
      if (state.kind !== "created") return;
      dispatch({ type: "reply-opening" });
      try {
        await openReplyFor(ports, state.result.ticket);
        dispatch({ type: "reply-opened" });
      } catch (error) {
        fail(error, "open-reply");
      }
    };

    const linkTo = async (ticket: Ticket) => {
      const { state } = model.current;
      if (state.kind !== "existing-ticket") return;
      dispatch({ type: "link-started", number: ticket.number });
      try {
        const linked = await addEmailToTicket(ports, state.analysis.email, ticket);
        dispatch({ type: "email-linked", ticket: linked.ticket, category: linked.category });
      } catch (error) {
        fail(error, "link-email", ticket.number);
      }
    };

    const retry = () => {
      const { failure, state } = model.current;
      dispatch({ type: "failure-dismissed" });
      if (!failure || failure.action === "analyse") return void reload();
      if (failure.action === "save-customer") return void saveCustomer();
      if (failure.action === "create-ticket") return void createTicket();
      if (failure.action === "open-reply") return void openReply();
      const ticket =
        state.kind === "existing-ticket"
          ? state.analysis.references.find((t) => t.number === failure.ticketNumber)
          : undefined;
      if (ticket) void linkTo(ticket);
    };

    return {
      reload: () => void reload(),
      insist: () => dispatch({ type: "insisted" }),
      chooseStep: (step) => dispatch({ type: "step-chosen", step }),
      editDraft: (change) => dispatch({ type: "draft-edited", change }),
      chooseCustomer: (customer) => dispatch({ type: "customer-chosen", customer }),
      startNewCustomer: () => dispatch({ type: "new-customer-started" }),
      editNewCustomer: (form) => dispatch({ type: "new-customer-edited", form }),
      saveCustomer: () => void saveCustomer(),
      createTicket: () => void createTicket(),
      openReply: () => void openReply(),
      linkTo: (ticket) => void linkTo(ticket),
      retry,
      dismissFailure: () => dispatch({ type: "failure-dismissed" }),
      recover: () => {
        dispatch({ type: "backend-back" });
        retry();
      },
    };
  }, [model, dispatch, fail, reload, ports, backend]);
}
