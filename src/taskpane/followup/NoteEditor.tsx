import { Button, Field, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { useViewStyles } from "../view-styles";
import { useFollowUpStrings } from "./followup-strings";

/** A note for the ticket's history; the text stays until saved, so a failure loses nothing. */
export function NoteEditor(props: {
  ticketNumber: string;
  saving: boolean;
  /** Closes the editor once saved; on failure the editor stays with the text. */
  onSave: (text: string) => Promise<void>;
  onCancel: () => void;
}) {
  const strings = useFollowUpStrings();
  const styles = useViewStyles();
  const [text, setText] = useState("");

  return (
    <div className={styles.column}>
      <Field label={strings.noteLabel(props.ticketNumber)}>
        <Textarea value={text} resize="vertical" onChange={(_, data) => setText(data.value)} />
      </Field>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={props.saving || text.trim() === ""}
          onClick={() => void props.onSave(text.trim())}
        >
          {props.saving ? strings.saving : strings.saveNote}
        </Button>
        <Button appearance="subtle" disabled={props.saving} onClick={props.onCancel}>
          {strings.cancel}
        </Button>
      </div>
    </div>
  );
}
