package org.recoveryworks.shared.mail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.recoveryworks.shared.PersonalData;
import org.springframework.stereotype.Component;

/** Mail kept in the dev mailbox for the person's address (with SMTP, mail is sent and not kept). */
@Component
class MailPersonalData implements PersonalData {

	private final MailMessageRepository messages;

	MailPersonalData(MailMessageRepository messages) {
		this.messages = messages;
	}

	@Override
	public List<Section> export(Person person) {
		return List.of(new Section("E-mail we sent you", messages.findByRecipientOrderByIdDesc(person.email()).stream().map(m -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("Sent", m.getSentAt().toString());
			item.put("Subject", m.getSubject());
			item.put("Text", m.getBody());
			return item;
		}).toList()));
	}

	@Override
	public void erase(Person person) {
		messages.deleteAll(messages.findByRecipientOrderByIdDesc(person.email()));
	}
}
