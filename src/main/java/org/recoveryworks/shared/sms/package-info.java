/**
 * Sending text messages: {@link org.recoveryworks.shared.sms.TextSender} sends through the {@link org.recoveryworks.shared.sms.SmsProvider}
 * (Twilio's HTTP API when {@code recoveryworks.sms.twilio.*} is set), after the change that caused the text is committed (retried like mail);
 * otherwise texts are kept in a development outbox an administrator reads at {@code /admin/texts}.
 */
package org.recoveryworks.shared.sms;
