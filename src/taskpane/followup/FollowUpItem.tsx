import {
  Badge,
  Body1,
  Body1Strong,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Priority, Ticket } from "../../core/contracts";
import { formatAge, formatReceived, formatSpan } from "../inbox/format-age";
import { usePaneServices } from "../PaneServicesContext";
import { useViewStyles } from "../view-styles";
import { useFollowUpStrings } from "./followup-strings";
import { NoteEditor } from "./NoteEditor";
import { TicketControls } from "./TicketControls";
import type { FollowUpActions } from "./use-follow-up";
import { useRowAction } from "./use-row-action";

const PRIORITY_COLOUR: Record<Priority, "danger" | "warning" | "informative" | "subtle"> = {
  Urgente: "danger",
  Alta: "warning",
  Media: "informative",
  Baja: "subtle",
};

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  line: { display: "flex", alignItems: "baseline", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  late: { color: tokens.colorPaletteRedForeground1 },
});

/** One open ticket: who, what, how urgent, how late; its status, priority, a note and a follow-up email. */
export function FollowUpItem(props: { ticket: Ticket; overdue: boolean; now: number; actions: FollowUpActions }) {
  const strings = useFollowUpStrings();
  const { language } = usePaneServices();
  const styles = useStyles();
  const view = useViewStyles();
  const { ticket, actions } = props;
  const row = useRowAction();
  const [noteOpen, setNoteOpen] = useState(false);
  const [noteSaved, setNoteSaved] = useState(false);
  const busy = row.state.kind === "running";

  const saveNote = (text: string) =>
    row.run(
      "note",
      () => actions.addNote(ticket.number, text),
      (saved) => {
        setNoteOpen(!saved);
        setNoteSaved(saved);
      },
    );

  return (
    <li className={styles.item} data-ticket={ticket.number}>
      <div className={styles.line}>
        <Body1Strong>{ticket.customer.name}</Body1Strong>
        <Badge appearance="tint" color={PRIORITY_COLOUR[ticket.priority]}>
          {strings.priorities[ticket.priority]}
        </Badge>
      </div>
      <Body1>{ticket.subject}</Body1>
      <Caption1 className={view.muted}>
        {ticket.number} · {strings.statuses[ticket.status]} ·{" "}
        {strings.age(formatAge(ticket.createdAt, props.now, strings.ageWords))}
      </Caption1>
      <Caption1 className={props.overdue ? styles.late : view.muted}>
        {props.overdue
          ? strings.overdueBy(formatSpan(props.now - Date.parse(ticket.dueAt)))
          : strings.dueAt(formatReceived(ticket.dueAt, language))}
      </Caption1>
      <TicketControls
        ticket={ticket}
        disabled={busy}
        onStatus={(status) => void row.run("status", () => actions.changeTicket(ticket.number, { status }))}
        onPriority={(priority) => void row.run("priority", () => actions.changeTicket(ticket.number, { priority }))}
      />
      <div className={view.actions}>
        <Button size="small" disabled={busy || noteOpen} onClick={() => (setNoteOpen(true), setNoteSaved(false))}>
          {strings.addNote}
        </Button>
        <Button
          size="small"
          appearance="primary"
          disabled={busy}
          onClick={() => void row.run("compose", () => actions.composeFollowUp(ticket))}
        >
          {strings.compose}
        </Button>
      </div>
      {noteOpen ? (
        <NoteEditor ticketNumber={ticket.number} saving={busy} onSave={saveNote} onCancel={() => setNoteOpen(false)} />
      ) : null}
      {noteSaved ? <Caption1 role="status">{strings.noteSaved}</Caption1> : null}
      {row.state.kind === "failed" ? (
        <MessageBar intent="error" layout="multiline" politeness="assertive">
          <MessageBarBody>
            <MessageBarTitle>{strings.failedAction[row.state.action]}</MessageBarTitle>
            {strings.failures[row.state.failure]}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={row.state.retry}>{strings.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
    </li>
  );
}
