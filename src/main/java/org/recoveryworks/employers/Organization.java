package org.recoveryworks.employers;

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

@Entity
@Table(name = "organization")
class Organization {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrganizationKind kind;

	private String street;

	@Column(nullable = false)
	private String town;

	@Column(nullable = false)
	private String zip;

	private String phone;

	private String website;

	@Column(length = 2000)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrganizationStatus status;

	@Column(nullable = false)
	private Instant createdAt;

	private Instant verifiedAt;

	@Version
	private long version;

	protected Organization() {
	}

	Organization(NewOrganization o, Instant now) {
		this.name = o.name();
		this.kind = o.kind();
		this.street = o.street();
		this.town = o.town();
		this.zip = o.zip();
		this.phone = o.phone();
		this.website = o.website();
		this.description = o.description();
		this.status = OrganizationStatus.PENDING;
		this.createdAt = now;
	}

	boolean verify(Instant now) {
		if (status == OrganizationStatus.VERIFIED) {
			return false;
		}
		status = OrganizationStatus.VERIFIED;
		verifiedAt = now;
		return true;
	}

	void reject() {
		status = OrganizationStatus.REJECTED;
	}

	Long getId() {
		return id;
	}

	OrganizationStatus getStatus() {
		return status;
	}

	OrganizationSummary toSummary() {
		return new OrganizationSummary(id, name, kind, street, town, zip, phone, website, description, status, createdAt);
	}
}
