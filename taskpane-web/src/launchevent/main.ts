/**
 * The launch-event bundle (`launchevent.js`): classic Outlook on Windows loads it alone in a JavaScript-only runtime;
 * the other hosts load it from `launchevent.html` beside office.js. Either way it only associates the handler.
 */
import { onMessageSendHandler, type SendEvent } from './onMessageSend';

const handler = (event: SendEvent) => void onMessageSendHandler(event);

if (typeof Office !== 'undefined') {
  void Office.onReady(() => undefined);
  Office.actions.associate('onMessageSendHandler', handler);
}
