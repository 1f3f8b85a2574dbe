/**
 * The launch-event runtime (manifest: LaunchEvent OnNewMessageCompose). Classic Outlook on Windows loads this one
 * file without its HTML page and runs neither Office.onReady nor imports at run time, so webpack bundles it whole
 * (webpack.config.js) and the handler is registered at once.
 */
import { registerRibbonAction } from "../mailbox/office-host";
import { tagReplySubject } from "../mailbox/tag-reply-subject";

registerRibbonAction("onNewMessageCompose", async () => {
  await tagReplySubject();
});
