package org.recoveryworks.shared.mail;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "mail_message")
class MailMessage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String recipient;

	@Column(nullable = false)
	private String subject;

	@Column(nullable = false, length = 10000)
	private String body;

	@Column(nullable = false)
	private Instant sentAt;

	@Column(nullable = false)
	private boolean sensitive;

	/** The one-click unsubscribe address the mail carried (RFC 8058), or null. */
	private String listUnsubscribe;

	protected MailMessage() {
	}

	MailMessage(String recipient, String subject, String body, Instant sentAt, boolean sensitive) {
		this.recipient = recipient;
		this.subject = subject;
		this.body = body;
		this.sentAt = sentAt;
		this.sensitive = sensitive;
	}

	MailMessage withListUnsubscribe(String address) {
		this.listUnsubscribe = address;
		return this;
	}

	public String getListUnsubscribe() {
		return listUnsubscribe;
	}

	public boolean isSensitive() {
		return sensitive;
	}

	public Long getId() {
		return id;
	}

	public String getRecipient() {
		return recipient;
	}

	public String getSubject() {
		return subject;
	}

	public String getBody() {
		return body;
	}

	public Instant getSentAt() {
		return sentAt;
	}
}
