import { Body1, Button, Field, Radio, RadioGroup, Spinner, Subtitle2 } from "@fluentui/react-components";
import type { Evaluation, Priority, TriageReason } from "../../core/contracts";
import { PRIORITY_CHOICES } from "../../workflow/choices";
import type { EmailAnalysis } from "../../workflow/analysis";
import type { TicketDraft } from "../../workflow/ticket-draft";
import { usePaneServices } from "../PaneServicesContext";
import { useStrings } from "../strings";
import { useViewStyles } from "../view-styles";
import type { FlowActions } from "./use-ticket-flow";

interface EvaluationStepProps {
  analysis: EmailAnalysis;
  draft: TicketDraft;
  creating: boolean;
  actions: FlowActions;
}

/** Step 4 and the Crear ticket button: evaluation, priority with its reasons, a rubric so that agents agree. */
export function EvaluationStep({ analysis, draft, creating, actions }: EvaluationStepProps) {
  const strings = useStrings();
  const styles = useViewStyles();
  const { triage } = analysis;
  const customerMissing = draft.customer.kind === "none";

  return (
    <section className={styles.column} aria-labelledby="evaluation-heading">
      <Subtitle2 as="h2" id="evaluation-heading">
        {strings.evaluation.heading}
      </Subtitle2>
      <Field label={strings.evaluation.label}>
        <RadioGroup
          value={draft.evaluation}
          onChange={(_, data) => actions.editDraft({ evaluation: data.value as Evaluation })}
        >
          <Radio value="immediate" label={strings.evaluation.immediate} />
          <Radio value="investigation" label={strings.evaluation.investigation} />
        </RadioGroup>
      </Field>
      <Reasons reasons={triage.evaluationReasons} />
      <Body1>{strings.evaluation.suggested(triage.priority)}</Body1>
      <Reasons reasons={triage.reasons} />
      <Field label={strings.evaluation.priority} hint={strings.evaluation.rubricHeading}>
        <RadioGroup
          value={draft.priority}
          onChange={(_, data) => actions.editDraft({ priority: data.value as Priority })}
        >
          {PRIORITY_CHOICES.map((priority) => (
            <Radio key={priority} value={priority} label={`${priority}: ${strings.evaluation.rubric[priority]}`} />
          ))}
        </RadioGroup>
      </Field>
      {customerMissing ? <Body1 role="note">{strings.evaluation.needCustomer}</Body1> : null}
      <div className={styles.actions}>
        <Button disabled={creating} onClick={() => actions.chooseStep("problem")}>
          {strings.steps.back}
        </Button>
        <Button appearance="primary" disabled={creating || customerMissing} onClick={actions.createTicket}>
          {strings.evaluation.create}
        </Button>
        {creating ? <Spinner size="tiny" label={strings.evaluation.creating} /> : null}
      </div>
    </section>
  );
}

function Reasons(props: { reasons: TriageReason[] }) {
  const { language } = usePaneServices();
  const strings = useStrings();
  const styles = useViewStyles();
  if (props.reasons.length === 0) return null;

  return (
    <ul className={styles.list} aria-label={strings.evaluation.reasons}>
      {props.reasons.map((reason) => (
        <li key={reason.code}>
          <Body1 className={styles.muted}>{language === "en" ? reason.en : reason.es}</Body1>
        </li>
      ))}
    </ul>
  );
}
