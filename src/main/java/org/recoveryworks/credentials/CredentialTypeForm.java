package org.recoveryworks.credentials;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A credential type as an administrator or a program's supervisor writes it. */
class CredentialTypeForm {

	private long version;

	@NotBlank(message = "{credentialType.code.required}")
	@Pattern(regexp = "^[A-Za-z0-9-]{2,40}$", message = "{credentialType.code.invalid}")
	private String code;

	@NotBlank(message = "{credentialType.name.required}")
	@Size(max = 200, message = "{participant.size.200}")
	private String name;

	@NotBlank(message = "{credentialType.issuer.required}")
	@Size(max = 200, message = "{participant.size.200}")
	private String issuer;

	@Pattern(regexp = "^$|^[A-Za-z]{2}$", message = "{credentialType.state.invalid}")
	private String state;

	@Size(max = 300, message = "{program.size.300}")
	private String education;

	@NotNull(message = "{credentialType.hours.required}")
	@Min(value = 0, message = "{credentialType.hours.range}")
	@Max(value = 20000, message = "{credentialType.hours.range}")
	private Integer workHours = 0;

	@NotNull(message = "{credentialType.hours.required}")
	@Min(value = 0, message = "{credentialType.hours.range}")
	@Max(value = 20000, message = "{credentialType.hours.range}")
	private Integer supervisionHours = 0;

	@NotNull(message = "{credentialType.hours.required}")
	@Min(value = 0, message = "{credentialType.hours.range}")
	@Max(value = 20000, message = "{credentialType.hours.range}")
	private Integer trainingHours = 0;

	private boolean examRequired;

	@NotNull(message = "{credentialType.hours.required}")
	@Min(value = 0, message = "{credentialType.hours.range}")
	@Max(value = 20000, message = "{credentialType.hours.range}")
	private Integer ceHours = 0;

	@NotNull(message = "{credentialType.months.required}")
	@Min(value = 1, message = "{credentialType.months.range}")
	@Max(value = 120, message = "{credentialType.months.range}")
	private Integer ceCycleMonths = 24;

	@NotNull(message = "{credentialType.months.required}")
	@Min(value = 1, message = "{credentialType.months.range}")
	@Max(value = 120, message = "{credentialType.months.range}")
	private Integer renewalMonths = 12;

	@Min(value = 1, message = "{credentialType.months.range}")
	@Max(value = 120, message = "{credentialType.months.range}")
	private Integer traineeMonths;

	@DecimalMin(value = "0", message = "{credentialType.fee.range}")
	@DecimalMax(value = "10000", message = "{credentialType.fee.range}")
	@Digits(integer = 5, fraction = 2, message = "{credentialType.fee.range}")
	private BigDecimal applicationFee;

	@DecimalMin(value = "0", message = "{credentialType.fee.range}")
	@DecimalMax(value = "10000", message = "{credentialType.fee.range}")
	@Digits(integer = 5, fraction = 2, message = "{credentialType.fee.range}")
	private BigDecimal examFee;

	@DecimalMin(value = "0", message = "{credentialType.fee.range}")
	@DecimalMax(value = "10000", message = "{credentialType.fee.range}")
	@Digits(integer = 5, fraction = 2, message = "{credentialType.fee.range}")
	private BigDecimal renewalFee;

	@Size(max = 1000, message = "{credentialType.size.1000}")
	private String source;

	@Size(max = 1000, message = "{credentialType.size.1000}")
	private String domains;

	static CredentialTypeForm of(CredentialType t) {
		CredentialTypeForm f = new CredentialTypeForm();
		f.version = t.getVersion();
		f.code = t.getCode();
		f.name = t.getName();
		f.issuer = t.getIssuer();
		f.state = t.getState();
		f.education = t.getEducation();
		f.workHours = t.getWorkHours();
		f.supervisionHours = t.getSupervisionHours();
		f.trainingHours = t.getTrainingHours();
		f.examRequired = t.isExamRequired();
		f.ceHours = t.getCeHours();
		f.ceCycleMonths = t.getCeCycleMonths();
		f.renewalMonths = t.getRenewalMonths();
		f.traineeMonths = t.getTraineeMonths();
		f.applicationFee = dollars(t.getApplicationFeeCents());
		f.examFee = dollars(t.getExamFeeCents());
		f.renewalFee = dollars(t.getRenewalFeeCents());
		f.source = t.getSource();
		f.domains = String.join("\n", t.getDomains());
		return f;
	}

	/** The supervision domains, one per line. */
	List<String> domainList() {
		return domains == null ? List.of()
				: Arrays.stream(domains.split("\\r?\\n")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
	}

	@AssertTrue(message = "{credentialType.domains.invalid}")
	public boolean isDomainsValid() {
		List<String> list = domainList();
		return list.size() <= 12 && list.stream().allMatch(d -> d.length() <= 100);
	}

	static Integer cents(BigDecimal dollars) {
		return dollars == null ? null : dollars.movePointRight(2).intValueExact();
	}

	static BigDecimal dollars(Integer cents) {
		return cents == null ? null : BigDecimal.valueOf(cents, 2);
	}

	public long getVersion() { return version; }
	public void setVersion(long v) { this.version = v; }
	public String getCode() { return code; }
	public void setCode(String v) { this.code = v; }
	public String getName() { return name; }
	public void setName(String v) { this.name = v; }
	public String getIssuer() { return issuer; }
	public void setIssuer(String v) { this.issuer = v; }
	public String getState() { return state; }
	public void setState(String v) { this.state = v; }
	public String getEducation() { return education; }
	public void setEducation(String v) { this.education = v; }
	public Integer getWorkHours() { return workHours; }
	public void setWorkHours(Integer v) { this.workHours = v; }
	public Integer getSupervisionHours() { return supervisionHours; }
	public void setSupervisionHours(Integer v) { this.supervisionHours = v; }
	public Integer getTrainingHours() { return trainingHours; }
	public void setTrainingHours(Integer v) { this.trainingHours = v; }
	public boolean isExamRequired() { return examRequired; }
	public void setExamRequired(boolean v) { this.examRequired = v; }
	public Integer getCeHours() { return ceHours; }
	public void setCeHours(Integer v) { this.ceHours = v; }
	public Integer getCeCycleMonths() { return ceCycleMonths; }
	public void setCeCycleMonths(Integer v) { this.ceCycleMonths = v; }
	public Integer getRenewalMonths() { return renewalMonths; }
	public void setRenewalMonths(Integer v) { this.renewalMonths = v; }
	public Integer getTraineeMonths() { return traineeMonths; }
	public void setTraineeMonths(Integer v) { this.traineeMonths = v; }
	public BigDecimal getApplicationFee() { return applicationFee; }
	public void setApplicationFee(BigDecimal v) { this.applicationFee = v; }
	public BigDecimal getExamFee() { return examFee; }
	public void setExamFee(BigDecimal v) { this.examFee = v; }
	public BigDecimal getRenewalFee() { return renewalFee; }
	public void setRenewalFee(BigDecimal v) { this.renewalFee = v; }
	public String getSource() { return source; }
	public void setSource(String v) { this.source = v; }
	public String getDomains() { return domains; }
	public void setDomains(String v) { this.domains = v; }
}
