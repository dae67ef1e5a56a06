package org.recoveryworks.shared.mail;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the dev mailbox (mail kept instead of sent in the default mode). */
@Service
@Transactional(readOnly = true)
public class DevMailbox {

	private final MailMessageRepository messages;

	DevMailbox(MailMessageRepository messages) {
		this.messages = messages;
	}

	public record Message(Long id, String recipient, String subject, String body, java.time.Instant sentAt, boolean hidden) {
	}

	/**
	 * The latest mail for the admin page; mail about case records shows only that it was sent, not to whom: its
	 * recipient is a participant (or their coach), and who is a participant is not the administrators' to know.
	 */
	public List<Message> latest() {
		return messages.findTop100ByOrderByIdDesc().stream()
			.map(m -> m.isSensitive() ? new Message(m.getId(), null, null, null, m.getSentAt(), true) : toMessage(m))
			.toList();
	}

	/** Every mail to one address, in full: for the person's own use (and tests), never shown to admins. */
	public List<Message> to(String recipient) {
		return messages.findByRecipientOrderByIdDesc(recipient).stream().map(DevMailbox::toMessage).toList();
	}

	private static Message toMessage(MailMessage m) {
		return new Message(m.getId(), m.getRecipient(), m.getSubject(), m.getBody(), m.getSentAt(), false);
	}
}
