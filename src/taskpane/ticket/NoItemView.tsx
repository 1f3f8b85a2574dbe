import { Body1, Subtitle2 } from "@fluentui/react-components";
import { useStrings } from "../strings";
import { useViewStyles } from "../view-styles";

export function NoItemView() {
  const strings = useStrings();
  const styles = useViewStyles();

  return (
    <section className={styles.column} aria-labelledby="no-item-title">
      <Subtitle2 as="h2" id="no-item-title">
        {strings.noItem.title}
      </Subtitle2>
      <Body1>{strings.noItem.body}</Body1>
    </section>
  );
}
