import { Body1, Button, Spinner, Subtitle2 } from "@fluentui/react-components";
import type { CreatedTicket } from "../../workflow/create-ticket";
import { useStrings } from "../strings";
import { useViewStyles } from "../view-styles";
import { CategoryNotice } from "./CategoryNotice";
import { TicketSummary } from "./TicketSummary";

interface CreatedViewProps {
  result: CreatedTicket;
  reply: "idle" | "opening" | "opened";
  onReply: () => void;
}

/** Step 5 done: the number at once, the category outcome, and step 6 one button away. */
export function CreatedView(props: CreatedViewProps) {
  const strings = useStrings();
  const styles = useViewStyles();
  const { ticket, created, category } = props.result;

  return (
    <section className={styles.column} aria-labelledby="created-title">
      <div role="status">
        <Subtitle2 as="h2" id="created-title">
          {created ? strings.created.title(ticket.number) : strings.created.existing(ticket.number)}
        </Subtitle2>
      </div>
      <TicketSummary ticket={ticket} />
      <CategoryNotice category={category} ticketNumber={ticket.number} />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={props.reply === "opening"} onClick={props.onReply}>
          {strings.created.reply}
        </Button>
        {props.reply === "opening" ? <Spinner size="tiny" label={strings.created.replying} /> : null}
      </div>
      {props.reply === "opened" ? <Body1 role="status">{strings.created.replyOpened}</Body1> : null}
    </section>
  );
}
