import { makeStyles, tokens } from "@fluentui/react-components";

/** The few layouts every view shares: a padded column, a row of buttons, muted secondary text. */
export const useViewStyles = makeStyles({
  column: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  // Email text is shown as text; pre-wrap keeps the customer's line breaks without interpreting anything.
  plainText: {
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  },
});
