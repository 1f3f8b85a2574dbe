import { Body1, Body1Strong, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { EmailFacts } from "../../core/contracts";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
  },
  // Addresses and subjects can be one long word; they wrap instead of widening the pane.
  text: { overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

/** The email the Ticket tab is about, straight from Outlook: shown before the CRM has answered anything. */
export function EmailHeader({ email }: { email: EmailFacts }) {
  const strings = useStrings();
  const styles = useStyles();

  return (
    <section className={styles.header} aria-label={strings.email.label}>
      <Body1Strong className={styles.text}>{email.from.name || email.from.email}</Body1Strong>
      {email.from.name ? <Caption1 className={styles.muted}>{email.from.email}</Caption1> : null}
      <Body1 className={styles.text}>{email.subject || strings.email.noSubject}</Body1>
    </section>
  );
}
