import { Body1, Button, Field, Subtitle2, Textarea } from "@fluentui/react-components";
import type { AttachmentFacts } from "../../core/contracts";
import type { TicketDraft } from "../../workflow/ticket-draft";
import { useStrings } from "../strings";
import { useViewStyles } from "../view-styles";
import type { FlowActions } from "./use-ticket-flow";

/** Step 3: the problem in the customer's words, the agent's notes, and what was attached. */
export function ProblemStep(props: { draft: TicketDraft; attachments: AttachmentFacts[]; actions: FlowActions }) {
  const strings = useStrings();
  const styles = useViewStyles();
  const { draft, actions } = props;
  const attachments = props.attachments.filter((a) => !a.isInline);

  return (
    <section className={styles.column} aria-labelledby="problem-heading">
      <Subtitle2 as="h2" id="problem-heading">
        {strings.problem.heading}
      </Subtitle2>
      <Field label={strings.problem.description} required>
        <Textarea
          value={draft.description}
          onChange={(_, data) => actions.editDraft({ description: data.value })}
          resize="vertical"
          rows={8}
          maxLength={20_000}
        />
      </Field>
      <Field label={strings.problem.notes} hint={strings.problem.notesHint}>
        <Textarea
          value={draft.notes}
          onChange={(_, data) => actions.editDraft({ notes: data.value })}
          resize="vertical"
          rows={3}
          maxLength={10_000}
        />
      </Field>
      <div>
        <Body1 as="h3" id="attachments-heading">
          {strings.problem.attachments}
        </Body1>
        {attachments.length === 0 ? (
          <Body1 className={styles.muted}>{strings.problem.noAttachments}</Body1>
        ) : (
          <ul className={styles.list} aria-labelledby="attachments-heading">
            {attachments.map((attachment, index) => (
              <li key={`${index}-${attachment.name}`} className={styles.plainText}>
                {attachment.name} ({strings.problem.size(Math.max(1, Math.round(attachment.size / 1024)))})
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className={styles.actions}>
        <Button onClick={() => actions.chooseStep("customer")}>{strings.steps.back}</Button>
        <Button appearance="primary" onClick={() => actions.chooseStep("evaluation")}>
          {strings.steps.next}
        </Button>
      </div>
    </section>
  );
}
