import { Body1, Button, Spinner, Subtitle2 } from "@fluentui/react-components";
import type { Ticket } from "../../core/contracts";
import { useStrings } from "../strings";
import { useViewStyles } from "../view-styles";
import { TicketSummary } from "./TicketSummary";

interface ExistingTicketViewProps {
  tickets: Ticket[];
  /** The ticket being linked right now, if any. */
  linking: string | null;
  onLink: (ticket: Ticket) => void;
  onCreateNew: () => void;
}

/** A reply about a known ticket is added to it rather than opening a new case. */
export function ExistingTicketView(props: ExistingTicketViewProps) {
  const strings = useStrings();
  const styles = useViewStyles();
  const busy = props.linking !== null;

  return (
    <section className={styles.column} aria-labelledby="existing-ticket-title">
      <Subtitle2 as="h2" id="existing-ticket-title">
        {strings.existingTicket.title}
      </Subtitle2>
      <Body1>{strings.existingTicket.body}</Body1>
      {props.tickets.map((ticket) => (
        <div key={ticket.number} className={styles.column}>
          <TicketSummary ticket={ticket} />
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy} onClick={() => props.onLink(ticket)}>
              {strings.existingTicket.addTo(ticket.number)}
            </Button>
            {props.linking === ticket.number ? <Spinner size="tiny" label={strings.existingTicket.adding} /> : null}
          </div>
        </div>
      ))}
      <div className={styles.actions}>
        <Button disabled={busy} onClick={props.onCreateNew}>
          {strings.existingTicket.createNew}
        </Button>
      </div>
    </section>
  );
}
