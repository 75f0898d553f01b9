/**
 * Reply detection: the mailboxes a firm lets Steward read, their delta sync through {@link
 * dev.steward.microsoft.MailDelta} (as the app), the classification of each message as a campaign
 * reply or not ({@code ReplyClassifier}, {@code AutomaticMail}), and the recording of replies
 * through the campaigns facade. Internal to the mail module.
 */
package dev.steward.mail.replies;
