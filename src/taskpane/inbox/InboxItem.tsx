import { Badge, Body1Strong, Caption1, Link, makeStyles, tokens } from "@fluentui/react-components";
import { usePaneServices } from "../PaneServicesContext";
import { formatAge, formatReceived } from "./format-age";
import { useInboxStrings } from "./inbox-strings";
import type { InboxRow } from "./use-inbox";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  line: { display: "flex", alignItems: "baseline", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  subject: { textAlign: "start", overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** One email of the Bandeja: sender and age, the subject that opens it, when it came and its ticket if any. */
export function InboxItem(props: { row: InboxRow; now: number; onOpen: (row: InboxRow) => void }) {
  const strings = useInboxStrings();
  const { language } = usePaneServices();
  const styles = useStyles();
  const { message, ticket } = props.row;

  return (
    <li className={styles.item} data-message-id={message.id}>
      <div className={styles.line}>
        <Body1Strong>{message.from?.name || message.from?.email || strings.unknownSender}</Body1Strong>
        <Caption1 className={styles.muted}>{formatAge(message.receivedAt, props.now, strings.age)}</Caption1>
      </div>
      <Link as="button" className={styles.subject} onClick={() => props.onOpen(props.row)}>
        {message.subject || strings.noSubject}
      </Link>
      <div className={styles.line}>
        <Caption1 className={styles.muted}>{strings.received(formatReceived(message.receivedAt, language))}</Caption1>
        {ticket ? (
          <Badge appearance="tint" color="success">
            {strings.ticketed(ticket)}
          </Badge>
        ) : (
          <Badge appearance="outline" color="informative">
            {strings.notTicketed}
          </Badge>
        )}
      </div>
    </li>
  );
}
