package org.recoveryworks.organizations;

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

	private String refusalReason;

	private Instant decidedAt;

	private Long decidedBy;

	private String eeoStatement;

	private String recruiterName;

	private String recruiterEmail;

	private String recruiterPhone;

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

	/** A program an administrator creates: trusted from the start. */
	static Organization program(NewOrganization o, Instant now, Long adminId) {
		Organization program = new Organization(new NewOrganization(o.name(), OrganizationKind.PEER_EMPLOYMENT_PROGRAM, o.street(),
				o.town(), o.zip(), o.phone(), o.website(), o.description()), now);
		program.verify(now, adminId);
		return program;
	}

	/** Verifies a pending organization; false when it already is verified. A refused one must first correct and ask again. */
	boolean verify(Instant now, Long adminId) {
		if (status == OrganizationStatus.VERIFIED) {
			return false;
		}
		if (status.refused()) {
			throw new org.recoveryworks.shared.RuleViolation(null, "organization.verify.refused",
					"This organization was refused; it is verified only after it corrects its details and asks again.");
		}
		status = OrganizationStatus.VERIFIED;
		verifiedAt = now;
		decidedAt = now;
		decidedBy = adminId;
		return true;
	}

	/** Refuses a pending organization, with a reason it is told. */
	void refuse(String reason, Instant now, Long adminId) {
		if (!status.awaitsDecision()) {
			throw new org.recoveryworks.shared.RuleViolation(null, "organization.refuse.notPending",
					"Only an organization waiting for verification can be refused.");
		}
		status = OrganizationStatus.REJECTED;
		refusalReason = reason;
		decidedAt = now;
		decidedBy = adminId;
	}

	/** Its own profile, changed by its staff; a refused organization that corrects it asks again to be verified. */
	boolean update(OrganizationProfile p) {
		this.name = p.name();
		this.street = p.street();
		this.town = p.town();
		this.zip = p.zip();
		this.phone = p.phone();
		this.website = p.website();
		this.description = p.description();
		this.eeoStatement = p.eeoStatement();
		this.recruiterName = p.recruiterName();
		this.recruiterEmail = p.recruiterEmail();
		this.recruiterPhone = p.recruiterPhone();
		if (status.refused()) {
			status = OrganizationStatus.PENDING;
			return true;
		}
		return false;
	}

	long getVersion() {
		return version;
	}

	Long getId() {
		return id;
	}

	OrganizationStatus getStatus() {
		return status;
	}

	OrganizationSummary toSummary() {
		return new OrganizationSummary(id, name, kind, street, town, zip, phone, website, description, status, createdAt,
				eeoStatement, recruiterName, recruiterEmail, recruiterPhone, refusalReason, decidedAt, version);
	}
}
