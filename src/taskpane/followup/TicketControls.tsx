import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Priority, Ticket, TicketStatus } from "../../core/contracts";
import { PRIORITIES, STATUSES } from "../../core/contracts/vocabulary";
import { useFollowUpStrings } from "./followup-strings";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  field: { minWidth: "8rem", flexGrow: 1 },
});

/** Status and priority of a ticket, changed in place. */
export function TicketControls(props: {
  ticket: Ticket;
  disabled: boolean;
  onStatus: (status: TicketStatus) => void;
  onPriority: (priority: Priority) => void;
}) {
  const strings = useFollowUpStrings();
  const styles = useStyles();
  const { ticket } = props;

  return (
    <div className={styles.row}>
      <Field className={styles.field} label={strings.statusLabel} size="small">
        <Select
          size="small"
          value={ticket.status}
          disabled={props.disabled}
          onChange={(_, data) => props.onStatus(data.value as TicketStatus)}
        >
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {strings.statuses[status]}
            </option>
          ))}
        </Select>
      </Field>
      <Field className={styles.field} label={strings.priorityLabel} size="small">
        <Select
          size="small"
          value={ticket.priority}
          disabled={props.disabled}
          onChange={(_, data) => props.onPriority(data.value as Priority)}
        >
          {PRIORITIES.map((priority) => (
            <option key={priority} value={priority}>
              {strings.priorities[priority]}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
