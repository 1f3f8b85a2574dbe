import { Subtitle2 } from "@fluentui/react-components";
import type { Ticket } from "../../core/contracts";
import type { CategoryResult } from "../../workflow/create-ticket";
import { useStrings } from "../strings";
import { useViewStyles } from "../view-styles";
import { CategoryNotice } from "./CategoryNotice";
import { TicketSummary } from "./TicketSummary";

export function LinkedView(props: { ticket: Ticket; category: CategoryResult }) {
  const strings = useStrings();
  const styles = useViewStyles();

  return (
    <section className={styles.column} aria-labelledby="linked-title">
      <div role="status">
        <Subtitle2 as="h2" id="linked-title">
          {strings.linked.title(props.ticket.number)}
        </Subtitle2>
      </div>
      <TicketSummary ticket={props.ticket} />
      <CategoryNotice category={props.category} ticketNumber={props.ticket.number} />
    </section>
  );
}
