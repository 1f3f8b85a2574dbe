import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  Switch,
} from "@fluentui/react-components";
import { useNow } from "../inbox/use-now";
import { useViewStyles } from "../view-styles";
import { FollowUpGroup } from "./FollowUpGroup";
import { useFollowUpStrings } from "./followup-strings";
import { useFollowUp } from "./use-follow-up";

/** Pendientes: open tickets by due time, overdue first, so that they are resolved in time (procedure step 7). */
export default function FollowUpView() {
  const strings = useFollowUpStrings();
  const styles = useViewStyles();
  const followUp = useFollowUp();

  return (
    <div className={styles.column} aria-busy={followUp.state.kind === "loading"}>
      <header>
        <Subtitle1 as="h2">{strings.title}</Subtitle1>
        <Caption1 as="p" className={styles.muted}>
          {strings.subtitle}
        </Caption1>
      </header>
      <div className={styles.actions}>
        <Switch
          label={strings.teamSwitch}
          checked={followUp.scope === "team"}
          onChange={(_, data) => followUp.setScope(data.checked ? "team" : "mine")}
        />
        <Button disabled={followUp.state.kind === "loading"} onClick={() => void followUp.reload()}>
          {strings.refresh}
        </Button>
      </div>
      <FollowUpBody followUp={followUp} />
    </div>
  );
}

function FollowUpBody(props: { followUp: ReturnType<typeof useFollowUp> }) {
  const strings = useFollowUpStrings();
  const now = useNow();
  const { state, ...actions } = props.followUp;

  if (state.kind === "loading") return <Spinner size="small" label={strings.loading} />;

  if (state.kind === "failed") {
    return (
      <MessageBar intent="error" layout="multiline" politeness="assertive">
        <MessageBarBody>
          <MessageBarTitle>{strings.failedList}</MessageBarTitle>
          {strings.failures[state.failure]}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => void actions.reload()}>{strings.retry}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }

  const { overdue, dueToday, later } = state.lists;
  if (overdue.length + dueToday.length + later.length === 0) {
    return (
      <MessageBar intent="success">
        <MessageBarBody>{strings.empty}</MessageBarBody>
      </MessageBar>
    );
  }

  return (
    <>
      <FollowUpGroup
        id="overdue"
        title={strings.groups.overdue}
        tickets={overdue}
        overdue
        now={now}
        actions={actions}
      />
      <FollowUpGroup
        id="today"
        title={strings.groups.dueToday}
        tickets={dueToday}
        overdue={false}
        now={now}
        actions={actions}
      />
      <FollowUpGroup
        id="later"
        title={strings.groups.later}
        tickets={later}
        overdue={false}
        now={now}
        actions={actions}
      />
    </>
  );
}
