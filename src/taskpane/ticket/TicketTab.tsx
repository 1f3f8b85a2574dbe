import { lazy, Suspense } from "react";
import type { FlowModel, FlowState } from "../../workflow/flow-state";
import { useStrings } from "../strings";
import { AlreadyTicketedView } from "./AlreadyTicketedView";
import { AutomaticMailView } from "./AutomaticMailView";
import { CreatedView } from "./CreatedView";
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

/** The Ticket tab: the failure (if any) above the view of the current state. */
export function TicketTab(props: { model: FlowModel; actions: FlowActions }) {
  const { failure } = props.model;

  return (
    <div data-flow-state={props.model.state.kind}>
      {failure ? (
        <FailureBar failure={failure} onRetry={props.actions.retry} onDismiss={props.actions.dismissFailure} />
      ) : null}
      <StateView state={props.model.state} actions={props.actions} />
    </div>
  );
}

function StateView({ state, actions }: { state: FlowState; actions: FlowActions }) {
  const strings = useStrings();

  switch (state.kind) {
    case "loading":
      return <LoadingView label={strings.loading.email} />;
    case "no-item":
      return <NoItemView />;
    case "analysing":
      return <LoadingView label={strings.loading.analysing} />;
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
