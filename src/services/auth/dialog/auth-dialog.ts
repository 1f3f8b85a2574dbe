import { runAuthDialog } from "./sign-in-dialog";

// Entry of the sign-in dialog page (auth-dialog.html), a webpack entry of its own.
void runAuthDialog();
