import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Ticket } from "../../core/contracts";
import { usePaneServices } from "../PaneServicesContext";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  row: { display: "contents" },
  value: { margin: 0, overflowWrap: "anywhere" },
});

export function formatDue(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : "es-ES", {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(date);
}

/** The facts of a ticket as a definition list, readable by a screen reader in order. */
export function TicketSummary(props: { ticket: Ticket }) {
  const strings = useStrings();
  const { language } = usePaneServices();
  const styles = useStyles();
  const { ticket } = props;

  const rows: Array<[string, string]> = [
    [strings.ticket.summary, ticket.number],
    [strings.ticket.customer, ticket.customer.name],
    [strings.ticket.status, ticket.status],
    [strings.ticket.priority, ticket.priority],
    [strings.ticket.due, formatDue(ticket.dueAt, language)],
  ];

  return (
    <dl className={styles.grid} aria-label={`${strings.ticket.summary} ${ticket.number}`}>
      {rows.map(([label, value]) => (
        <div key={label} className={styles.row}>
          <dt>
            <Caption1>{label}</Caption1>
          </dt>
          <dd className={styles.value}>
            <Body1>{value}</Body1>
          </dd>
        </div>
      ))}
    </dl>
  );
}
