package org.recoveryworks.jobs;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One page view ("hit"). The visitor is a keyed hash that changes every day; no IP address is stored. */
@Entity
@Table(name = "page_view")
class PageView {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private LocalDate viewedOn;

	private Long postingId;

	@Column(nullable = false)
	private String visitorHash;

	protected PageView() {
	}

	PageView(LocalDate viewedOn, Long postingId, String visitorHash) {
		this.viewedOn = viewedOn;
		this.postingId = postingId;
		this.visitorHash = visitorHash;
	}
}
