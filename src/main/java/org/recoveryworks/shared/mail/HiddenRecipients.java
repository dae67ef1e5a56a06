package org.recoveryworks.shared.mail;

/**
 * Addresses whose mail the dev mailbox shows only as sent, whatever it is about: the accounts of people whose case
 * record is sequestered (their own job bank mail would name them). Provided by the module that knows them.
 */
public interface HiddenRecipients {

	/** Whether mail to this address is shown only as sent. */
	boolean hides(String recipient);
}
