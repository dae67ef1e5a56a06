package org.recoveryworks.coaching;

import org.recoveryworks.accounts.Accounts;
import org.recoveryworks.shared.mail.HiddenRecipients;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The dev mailbox shows mail to a person whose case record is sequestered only as sent: their address would name them. */
@Component
class SequesteredRecipients implements HiddenRecipients {

	private final Accounts accounts;
	private final ParticipantRepository participants;

	SequesteredRecipients(Accounts accounts, ParticipantRepository participants) {
		this.accounts = accounts;
		this.participants = participants;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean hides(String recipient) {
		return recipient != null && accounts.findSeeker(recipient)
			.flatMap(seeker -> participants.findFirstBySeekerAccountId(seeker.id()))
			.filter(Participant::isSequestered).isPresent();
	}
}
