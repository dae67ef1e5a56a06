package org.recoveryworks.consultation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

class ConsultationForm {

	@NotBlank(message = "{consultation.employer.required}")
	@Size(max = 200, message = "{participant.size.200}")
	private String employerName;

	@NotNull(message = "{consultation.heldOn.required}")
	@PastOrPresent(message = "{consultation.heldOn.future}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@org.recoveryworks.shared.ReasonableDate
	private LocalDate heldOn;

	@NotEmpty(message = "{consultation.topics.required}")
	private Set<ConsultationTopic> topics = EnumSet.noneOf(ConsultationTopic.class);

	@Size(max = 1000, message = "{participant.size.1000}")
	private String tookPart;

	@Size(max = 4000, message = "{participant.size.4000}")
	private String agreed;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@org.recoveryworks.shared.ReasonableDate
	private LocalDate followUpOn;

	@AssertTrue(message = "{consultation.followUp.order}")
	public boolean isFollowUpAfterMeeting() {
		return heldOn == null || followUpOn == null || !followUpOn.isBefore(heldOn);
	}

	public String getEmployerName() { return employerName; }
	public void setEmployerName(String v) { this.employerName = v; }
	public LocalDate getHeldOn() { return heldOn; }
	public void setHeldOn(LocalDate v) { this.heldOn = v; }
	public Set<ConsultationTopic> getTopics() { return topics; }
	public void setTopics(Set<ConsultationTopic> v) { this.topics = v == null ? EnumSet.noneOf(ConsultationTopic.class) : v; }
	public String getTookPart() { return tookPart; }
	public void setTookPart(String v) { this.tookPart = v; }
	public String getAgreed() { return agreed; }
	public void setAgreed(String v) { this.agreed = v; }
	public LocalDate getFollowUpOn() { return followUpOn; }
	public void setFollowUpOn(LocalDate v) { this.followUpOn = v; }
}
