package org.recoveryworks.community;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;

/** A group meeting: its date, its theme, and who was present. No field for what anyone said. */
class MeetingForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@org.recoveryworks.shared.ReasonableDate
	private LocalDate heldOn;

	private String theme;

	private Set<Long> present = new LinkedHashSet<>();

	public LocalDate getHeldOn() { return heldOn; }
	public void setHeldOn(LocalDate v) { this.heldOn = v; }
	public String getTheme() { return theme; }
	public void setTheme(String v) { this.theme = v; }
	public Set<Long> getPresent() { return present; }
	public void setPresent(Set<Long> v) { this.present = v == null ? new LinkedHashSet<>() : v; }
}
