package org.recoveryworks.jobs;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A search a job seeker kept, with its filters (the search page's query string), and how often its new jobs are e-mailed. */
@Entity
@Table(name = "saved_search")
class SavedSearch {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long accountId;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String query;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AlertFrequency alert;

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected SavedSearch() {
	}

	SavedSearch(Long accountId, String name, String query, AlertFrequency alert, Instant now) {
		this.accountId = accountId;
		this.name = name;
		this.query = query;
		this.alert = alert;
		this.createdAt = now;
	}

	void alert(AlertFrequency alert) {
		this.alert = alert;
	}

	void rename(String name) {
		this.name = name;
	}

	Long getId() { return id; }
	Long getAccountId() { return accountId; }
	String getName() { return name; }
	String getQuery() { return query; }
	AlertFrequency getAlert() { return alert; }
	Instant getCreatedAt() { return createdAt; }
}
