package org.recoveryworks.credentials;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A certification as data: what it takes (education, work, supervision by domain, training, an
 * exam), how long it lasts before renewal, the continuing education each cycle, and its fees.
 */
@Entity
@Table(name = "credential_type")
class CredentialType {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String issuer;

	private String state;

	private String education;

	private int workHours;

	private int supervisionHours;

	private int trainingHours;

	private boolean examRequired;

	private int ceHours;

	private int ceCycleMonths;

	private int renewalMonths;

	private Integer traineeMonths;

	private Integer applicationFeeCents;

	private Integer examFeeCents;

	private Integer renewalFeeCents;

	private String source;

	/** The program that added it (none: shipped with the product or added by an administrator). */
	private Long organizationId;

	@Column(nullable = false)
	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "credential_domain", joinColumns = @JoinColumn(name = "type_id"))
	@OrderColumn(name = "position")
	@Column(name = "name")
	private List<String> domains = new ArrayList<>();

	@Version
	private long version;

	protected CredentialType() {
	}

	CredentialType(String code, Long organizationId, Instant now) {
		this.code = code;
		this.organizationId = organizationId;
		this.createdAt = now;
	}

	void apply(CredentialTypeForm f) {
		this.name = f.getName().trim();
		this.issuer = f.getIssuer().trim();
		this.state = f.getState() == null || f.getState().isBlank() ? null : f.getState().trim().toUpperCase(java.util.Locale.ROOT);
		this.education = f.getEducation() == null || f.getEducation().isBlank() ? null : f.getEducation().trim();
		this.workHours = f.getWorkHours();
		this.supervisionHours = f.getSupervisionHours();
		this.trainingHours = f.getTrainingHours();
		this.examRequired = f.isExamRequired();
		this.ceHours = f.getCeHours();
		this.ceCycleMonths = f.getCeCycleMonths();
		this.renewalMonths = f.getRenewalMonths();
		this.traineeMonths = f.getTraineeMonths();
		this.applicationFeeCents = CredentialTypeForm.cents(f.getApplicationFee());
		this.examFeeCents = CredentialTypeForm.cents(f.getExamFee());
		this.renewalFeeCents = CredentialTypeForm.cents(f.getRenewalFee());
		this.source = f.getSource() == null || f.getSource().isBlank() ? null : f.getSource().trim();
		this.domains = new ArrayList<>(f.domainList());
	}

	public Long getId() { return id; }
	public String getCode() { return code; }
	public String getName() { return name; }
	public String getIssuer() { return issuer; }
	public String getState() { return state; }
	public String getEducation() { return education; }
	public int getWorkHours() { return workHours; }
	public int getSupervisionHours() { return supervisionHours; }
	public int getTrainingHours() { return trainingHours; }
	public boolean isExamRequired() { return examRequired; }
	public int getCeHours() { return ceHours; }
	public int getCeCycleMonths() { return ceCycleMonths; }
	public int getRenewalMonths() { return renewalMonths; }
	public Integer getTraineeMonths() { return traineeMonths; }
	public Integer getApplicationFeeCents() { return applicationFeeCents; }
	public Integer getExamFeeCents() { return examFeeCents; }
	public Integer getRenewalFeeCents() { return renewalFeeCents; }
	public String getSource() { return source; }
	public List<String> getDomains() { return List.copyOf(domains); }
	Long getOrganizationId() { return organizationId; }
	long getVersion() { return version; }
}
