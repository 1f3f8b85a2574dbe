import { lazy, Suspense } from "react";
import type { EmailFacts } from "../../core/contracts";
import type { FlowModel, FlowState } from "../../workflow/flow-state";
import { useStrings } from "../strings";
import { AlreadyTicketedView } from "./AlreadyTicketedView";
import { AutomaticMailView } from "./AutomaticMailView";
import { CreatedView } from "./CreatedView";
import { EmailHeader } from "./EmailHeader";
import { ExistingTicketView } from "./ExistingTicketView";
import { FailureBar } from "./FailureBar";
import { LinkedView } from "./LinkedView";
import { LoadingView } from "./LoadingView";
import { NoItemView } from "./NoItemView";
import type { FlowActions } from "./use-ticket-flow";

// The form steps bring Field, Input, Textarea and RadioGroup; their chunk is requested when the pane starts and
// loads while the email is being analysed, so it stays out of the first download without making anyone wait.
const loadEditingView = () => import("./EditingView");
const EditingView = lazy(() => loadEditingView().then((module) => ({ default: module.EditingView })));
export const preloadEditingView = () => void loadEditingView();

interface TicketTabProps {
  model: FlowModel;
  actions: FlowActions;
  /** The first token is still on its way: the analysis waits for it, and the spinner says so. */
  signingIn?: boolean;
}

/** The Ticket tab: the email it is about, the failure (if any), then the view of the current state. */
export function TicketTab({ model, actions, signingIn = false }: TicketTabProps) {
  const { failure, state } = model;
  const email = emailOf(state);

  return (
    <div data-flow-state={state.kind}>
      {email ? <EmailHeader email={email} /> : null}
      {failure ? <FailureBar failure={failure} onRetry={actions.retry} onDismiss={actions.dismissFailure} /> : null}
      <StateView state={state} actions={actions} signingIn={signingIn} />
    </div>
  );
}

function emailOf(state: FlowState): EmailFacts | null {
  if (state.kind === "analysing") return state.email;
  return "analysis" in state ? state.analysis.email : null;
}

function StateView({ state, actions, signingIn }: { state: FlowState; actions: FlowActions; signingIn: boolean }) {
  const strings = useStrings();

  switch (state.kind) {
    case "loading":
      return <LoadingView label={strings.loading.email} />;
    case "no-item":
      return <NoItemView />;
    case "analysing":
      return <LoadingView label={signingIn ? strings.signIn.title : strings.loading.analysing} />;
    case "automatic":
      return state.analysis.triage.automatic ? (
        <AutomaticMailView automatic={state.analysis.triage.automatic} onInsist={actions.insist} />
      ) : null;
    case "already-ticketed":
      return <AlreadyTicketedView ticket={state.ticket} />;
    case "existing-ticket":
      return (
        <ExistingTicketView
          tickets={state.analysis.references}
          linking={state.linking}
          onLink={actions.linkTo}
          onCreateNew={actions.insist}
        />
      );
    case "linked":
      return <LinkedView ticket={state.ticket} category={state.category} />;
    case "editing":
    case "creating":
      return (
        <Suspense fallback={<LoadingView label={strings.loadingView} />}>
          <EditingView
            analysis={state.analysis}
            draft={state.draft}
            savingCustomer={state.kind === "editing" && state.savingCustomer}
            creating={state.kind === "creating"}
            actions={actions}
          />
        </Suspense>
      );
    case "created":
      return <CreatedView result={state.result} reply={state.reply} onReply={actions.openReply} />;
  }
}
