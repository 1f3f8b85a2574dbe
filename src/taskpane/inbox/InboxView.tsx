import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { resolveGraphSettings } from "../../services/graph/graph-settings";
import { useViewStyles } from "../view-styles";
import { InboxFailureBar } from "./InboxFailureBar";
import { InboxItem } from "./InboxItem";
import { useInboxStrings } from "./inbox-strings";
import { useInbox, type ReadyInbox } from "./use-inbox";
import { useNow } from "./use-now";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
  footer: { display: "flex", justifyContent: "center", padding: tokens.spacingVerticalS },
});

/** Bandeja: the support inbox oldest first, each email with its ticket or "Sin ticket" (procedure step 1). */
export default function InboxView() {
  const strings = useInboxStrings();
  const styles = useViewStyles();
  const inbox = useInbox();
  const mailbox = resolveGraphSettings().mailbox;
  const busy = inbox.state.kind === "loading" || inbox.searching;

  return (
    <div className={styles.column} aria-busy={busy}>
      <header>
        <Subtitle1 as="h2">{strings.title}</Subtitle1>
        <Caption1 as="p" className={styles.muted}>
          {mailbox ? strings.sharedMailbox(mailbox) : strings.ownMailbox}
        </Caption1>
      </header>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={inbox.state.kind !== "ready" || inbox.searching}
          onClick={() => void inbox.openNextWithoutTicket()}
        >
          {inbox.searching ? strings.searching : strings.nextWithoutTicket}
        </Button>
        <Button disabled={inbox.state.kind === "loading"} onClick={() => void inbox.reload()}>
          {strings.refresh}
        </Button>
      </div>
      {inbox.notice ? (
        <MessageBar intent={inbox.notice === "open-failed" ? "error" : "info"}>
          <MessageBarBody>{inbox.notice === "open-failed" ? strings.openFailed : strings.allTicketed}</MessageBarBody>
        </MessageBar>
      ) : null}
      <InboxBody inbox={inbox} />
    </div>
  );
}

function InboxBody(props: { inbox: ReturnType<typeof useInbox> }) {
  const strings = useInboxStrings();
  const { state } = props.inbox;

  switch (state.kind) {
    case "loading":
      return <Spinner size="small" label={strings.loading} />;
    case "empty":
      return (
        <MessageBar intent="info">
          <MessageBarBody>
            <strong>{strings.empty.title}</strong> <Body1>{strings.empty.body}</Body1>
          </MessageBarBody>
        </MessageBar>
      );
    case "failed":
      return (
        <InboxFailureBar
          failure={state.failure}
          title={strings.failureTitle.list}
          onRetry={() => void props.inbox.reload()}
        />
      );
    case "ready":
      return <InboxList inbox={props.inbox} ready={state} />;
  }
}

function InboxList(props: { inbox: ReturnType<typeof useInbox>; ready: ReadyInbox }) {
  const strings = useInboxStrings();
  const styles = useStyles();
  const now = useNow();
  const { ready, inbox } = props;

  return (
    <>
      <ul className={styles.list} aria-label={strings.listLabel}>
        {ready.rows.map((row) => (
          <InboxItem key={row.message.id} row={row} now={now} onOpen={(r) => void inbox.open(r)} />
        ))}
      </ul>
      {ready.more.kind === "failed" ? (
        <InboxFailureBar
          failure={ready.more.failure}
          title={strings.failureTitle.more}
          onRetry={() => void inbox.loadMore()}
        />
      ) : null}
      {ready.nextLink !== null && ready.more.kind !== "failed" ? (
        <div className={styles.footer}>
          {ready.more.kind === "loading" ? (
            <Spinner size="tiny" label={strings.loadingMore} />
          ) : (
            <Button onClick={() => void inbox.loadMore()}>{strings.loadMore}</Button>
          )}
        </div>
      ) : null}
    </>
  );
}
