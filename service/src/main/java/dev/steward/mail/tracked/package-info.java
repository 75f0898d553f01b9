/**
 * Campaign mail a person writes in Outlook compose and Steward tracks: the pane inserts the
 * campaign's template merged for the recipient and marks the mail with an internet header ({@code
 * x-steward-tracking}); once sent it is recorded for the member and filed on their timeline, and
 * when Microsoft 365 is connected a background lookup finds it in the sender's Sent Items by that
 * header and keeps its Internet message id and conversation id, so that replies are matched like
 * any campaign mail's.
 */
package dev.steward.mail.tracked;
