package org.recoveryworks.community;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

class TrainingForm {

	@NotNull(message = "{training.kind.required}")
	private TrainingKind kind = TrainingKind.WORKSHOP;

	@NotBlank(message = "{training.title.required}")
	@Size(max = 200, message = "{participant.size.200}")
	private String title;

	@NotNull(message = "{training.heldOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@org.recoveryworks.shared.ReasonableDate
	private LocalDate heldOn;

	@NotNull(message = "{training.hours.required}")
	@DecimalMin(value = "0.25", message = "{training.hours.range}")
	@DecimalMax(value = "100", message = "{training.hours.range}")
	@Digits(integer = 3, fraction = 2, message = "{training.hours.range}")
	private BigDecimal hours = new BigDecimal("2");

	@NotNull(message = "{training.audience.required}")
	private Audience audience = Audience.PARTICIPANTS;

	private Long moduleId;

	public TrainingKind getKind() { return kind; }
	public void setKind(TrainingKind v) { this.kind = v; }
	public String getTitle() { return title; }
	public void setTitle(String v) { this.title = v; }
	public LocalDate getHeldOn() { return heldOn; }
	public void setHeldOn(LocalDate v) { this.heldOn = v; }
	public BigDecimal getHours() { return hours; }
	public void setHours(BigDecimal v) { this.hours = v; }
	public Audience getAudience() { return audience; }
	public void setAudience(Audience v) { this.audience = v; }
	public Long getModuleId() { return moduleId; }
	public void setModuleId(Long v) { this.moduleId = v; }
}
