import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Ticket } from "../../core/contracts";
import { useViewStyles } from "../view-styles";
import { FollowUpItem } from "./FollowUpItem";
import { useFollowUpStrings } from "./followup-strings";
import type { FollowUpActions } from "./use-follow-up";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
  heading: { marginTop: tokens.spacingVerticalS },
});

/** One due-time group (Vencidos, Vencen hoy, Más adelante) with its count. */
export function FollowUpGroup(props: {
  id: string;
  title: string;
  tickets: Ticket[];
  overdue: boolean;
  now: number;
  actions: FollowUpActions;
}) {
  const strings = useFollowUpStrings();
  const styles = useStyles();
  const view = useViewStyles();
  const headingId = `followup-${props.id}`;

  return (
    <section aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {props.title} ({props.tickets.length})
      </Subtitle2>
      {props.tickets.length === 0 ? (
        <Caption1 className={view.muted}>{strings.groupEmpty}</Caption1>
      ) : (
        <ul className={styles.list} aria-labelledby={headingId}>
          {props.tickets.map((ticket) => (
            <FollowUpItem
              key={ticket.number}
              ticket={ticket}
              overdue={props.overdue}
              now={props.now}
              actions={props.actions}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
