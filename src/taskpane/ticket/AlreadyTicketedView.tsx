import { Body1, Subtitle2 } from "@fluentui/react-components";
import type { Ticket } from "../../core/contracts";
import { useStrings } from "../strings";
import { useViewStyles } from "../view-styles";
import { TicketSummary } from "./TicketSummary";

/** The email produced a ticket before: show it, never offer a duplicate. */
export function AlreadyTicketedView(props: { ticket: Ticket }) {
  const strings = useStrings();
  const styles = useViewStyles();

  return (
    <section className={styles.column} aria-labelledby="already-ticketed-title">
      <Subtitle2 as="h2" id="already-ticketed-title">
        {strings.alreadyTicketed.title(props.ticket.number)}
      </Subtitle2>
      <Body1>{strings.alreadyTicketed.body}</Body1>
      <TicketSummary ticket={props.ticket} />
    </section>
  );
}
