package org.recoveryworks.shared.mail;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the dev mailbox (mail kept instead of sent in the default mode). */
@Service
@Transactional(readOnly = true)
public class DevMailbox {

	private final MailMessageRepository messages;
	private final org.springframework.beans.factory.ObjectProvider<HiddenRecipients> hidden;

	DevMailbox(MailMessageRepository messages, org.springframework.beans.factory.ObjectProvider<HiddenRecipients> hidden) {
		this.messages = messages;
		this.hidden = hidden;
	}

	public record Message(Long id, String recipient, String subject, String body, java.time.Instant sentAt, boolean hidden) {
	}

	/**
	 * The latest mail for the admin page; mail about case records shows only that it was sent, not to whom: its
	 * recipient is a participant (or their coach), and who is a participant is not the administrators' to know. Nor
	 * does any mail to a person whose case record is sequestered ({@link HiddenRecipients}).
	 */
	public List<Message> latest() {
		java.util.Map<String, Boolean> hides = new java.util.HashMap<>();
		HiddenRecipients rule = hidden.getIfAvailable();
		return messages.findTop100ByOrderByIdDesc().stream()
			.map(m -> m.isSensitive() || (rule != null && hides.computeIfAbsent(m.getRecipient(), rule::hides))
					? new Message(m.getId(), null, null, null, m.getSentAt(), true) : toMessage(m))
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
