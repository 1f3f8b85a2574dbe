import { Tab, TabList } from "@fluentui/react-components";
import type { EmailAnalysis } from "../../workflow/analysis";
import { EDIT_STEPS, type EditStep, type TicketDraft } from "../../workflow/ticket-draft";
import { useStrings } from "../strings";
import { CustomerStep } from "./CustomerStep";
import { EvaluationStep } from "./EvaluationStep";
import { ProblemStep } from "./ProblemStep";
import type { FlowActions } from "./use-ticket-flow";

interface EditingViewProps {
  analysis: EmailAnalysis;
  draft: TicketDraft;
  savingCustomer: boolean;
  creating: boolean;
  actions: FlowActions;
}

/** Cliente, Problema, Evaluación: one step shown at a time, any step reachable from the step list. */
export function EditingView(props: EditingViewProps) {
  const strings = useStrings();
  const { analysis, draft, actions } = props;

  return (
    <div>
      <TabList
        reserveSelectedTabSpace={false}
        aria-label={strings.steps.label}
        size="small"
        selectedValue={draft.step}
        onTabSelect={(_, data) => actions.chooseStep(data.value as EditStep)}
        disabled={props.creating}
      >
        {EDIT_STEPS.map((step) => (
          <Tab key={step} value={step}>
            {strings.steps[step]}
          </Tab>
        ))}
      </TabList>
      {draft.step === "customer" ? (
        <CustomerStep analysis={analysis} draft={draft} savingCustomer={props.savingCustomer} actions={actions} />
      ) : null}
      {draft.step === "problem" ? (
        <ProblemStep draft={draft} attachments={analysis.email.attachments} actions={actions} />
      ) : null}
      {draft.step === "evaluation" ? (
        <EvaluationStep analysis={analysis} draft={draft} creating={props.creating} actions={actions} />
      ) : null}
    </div>
  );
}
