import { Body1, Button, Spinner, Subtitle2 } from "@fluentui/react-components";
import type { Customer } from "../../core/contracts";
import type { EmailAnalysis } from "../../workflow/analysis";
import type { TicketDraft } from "../../workflow/ticket-draft";
import { useStrings, type Strings } from "../strings";
import { useViewStyles } from "../view-styles";
import { CandidateList } from "./CandidateList";
import { NewCustomerFields } from "./NewCustomerFields";
import type { FlowActions } from "./use-ticket-flow";

interface CustomerStepProps {
  analysis: EmailAnalysis;
  draft: TicketDraft;
  savingCustomer: boolean;
  actions: FlowActions;
}

/** Step 2 of the procedure: verify the customer, or add them. */
export function CustomerStep({ analysis, draft, savingCustomer, actions }: CustomerStepProps) {
  const strings = useStrings();
  const styles = useViewStyles();
  const choice = draft.customer;
  const chosen: Customer | null = choice.kind === "existing" ? choice.customer : null;
  const formReady = choice.kind === "new" && choice.form.name.trim() !== "" && choice.form.email.trim() !== "";

  return (
    <section className={styles.column} aria-labelledby="customer-heading">
      <Subtitle2 as="h2" id="customer-heading">
        {strings.customer.heading}
      </Subtitle2>
      {analysis.forwarded ? (
        <Body1>{strings.customer.forwarded(analysis.contact.name || analysis.contact.email)}</Body1>
      ) : null}
      <Body1 className={styles.muted}>{proposalText(strings, analysis, chosen)}</Body1>
      {analysis.matches.length > 0 || chosen ? (
        <CandidateList
          matches={analysis.matches}
          extra={chosen}
          chosenId={chosen?.id ?? null}
          onChoose={actions.chooseCustomer}
        />
      ) : null}
      {choice.kind === "new" ? (
        <NewCustomerFields form={choice.form} onChange={actions.editNewCustomer} />
      ) : (
        <div className={styles.actions}>
          <Button onClick={actions.startNewCustomer}>{strings.customer.newCustomer}</Button>
        </div>
      )}
      <div className={styles.actions}>
        {choice.kind === "new" ? (
          <Button appearance="primary" disabled={!formReady || savingCustomer} onClick={actions.saveCustomer}>
            {strings.customer.save}
          </Button>
        ) : (
          <Button appearance="primary" disabled={!chosen} onClick={() => actions.chooseStep("problem")}>
            {strings.steps.next}
          </Button>
        )}
        {savingCustomer ? <Spinner size="tiny" label={strings.customer.saving} /> : null}
      </div>
    </section>
  );
}

function proposalText(strings: Strings, analysis: EmailAnalysis, chosen: Customer | null): string {
  if (chosen) {
    const exact = analysis.proposal.kind === "exact" && analysis.proposal.customer.id === chosen.id;
    return exact
      ? `${strings.customer.exact} ${strings.customer.chosen(chosen.name)}`
      : strings.customer.chosen(chosen.name);
  }
  if (analysis.proposal.kind === "ask") {
    return analysis.proposal.reason === "several-candidates" ? strings.customer.ask : strings.customer.uncertain;
  }
  return strings.customer.none;
}
