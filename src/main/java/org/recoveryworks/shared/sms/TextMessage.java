package org.recoveryworks.shared.sms;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A text kept in the development outbox. */
@Entity
@Table(name = "text_message")
class TextMessage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String recipient;

	@Column(nullable = false)
	private String body;

	@Column(nullable = false)
	private Instant sentAt;

	protected TextMessage() {
	}

	TextMessage(String recipient, String body, Instant sentAt) {
		this.recipient = recipient;
		this.body = body;
		this.sentAt = sentAt;
	}

	public Long getId() { return id; }
	public String getRecipient() { return recipient; }
	public String getBody() { return body; }
	public Instant getSentAt() { return sentAt; }
}
