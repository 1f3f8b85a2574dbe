import { Spinner } from "@fluentui/react-components";
import { useViewStyles } from "../view-styles";

export function LoadingView(props: { label: string }) {
  const styles = useViewStyles();

  return (
    <div className={styles.column} role="status" aria-live="polite">
      <Spinner size="small" label={props.label} />
    </div>
  );
}
