package org.recoveryworks.coaching;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** Scheduling a session, and documenting it afterwards. */
class SessionForm {

	private long version;

	@NotNull(message = "{session.date.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@org.recoveryworks.shared.ReasonableDate
	private LocalDate date;

	@NotNull(message = "{session.time.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private LocalTime time;

	@NotNull(message = "{session.minutes.required}")
	@Min(value = 5, message = "{session.minutes.range}")
	@Max(value = 480, message = "{session.minutes.range}")
	private Integer minutes = 60;

	@NotNull(message = "{session.mode.required}")
	private SessionMode mode = SessionMode.IN_PERSON;

	@NotNull(message = "{session.kind.required}")
	private SessionKind kind = SessionKind.WORK_LIFE_COACHING;

	@Size(max = 500, message = "{plan.size.500}")
	private String topics;

	private Set<String> goalsTouched = new java.util.LinkedHashSet<>();

	@Size(max = 8000, message = "{session.note.size}")
	private String note;

	@Size(max = 2000, message = "{plan.size.2000}")
	private String nextSteps;

	public long getVersion() { return version; }
	public void setVersion(long v) { this.version = v; }
	public LocalDate getDate() { return date; }
	public void setDate(LocalDate v) { this.date = v; }
	public LocalTime getTime() { return time; }
	public void setTime(LocalTime v) { this.time = v; }
	public Integer getMinutes() { return minutes; }
	public void setMinutes(Integer v) { this.minutes = v; }
	public SessionMode getMode() { return mode; }
	public void setMode(SessionMode v) { this.mode = v; }
	public SessionKind getKind() { return kind; }
	public void setKind(SessionKind v) { this.kind = v; }
	public String getTopics() { return topics; }
	public void setTopics(String v) { this.topics = v; }
	public Set<String> getGoalsTouched() { return goalsTouched; }
	public void setGoalsTouched(Set<String> v) { this.goalsTouched = v == null ? new java.util.LinkedHashSet<>() : v; }
	public String getNote() { return note; }
	public void setNote(String v) { this.note = v; }
	public String getNextSteps() { return nextSteps; }
	public void setNextSteps(String v) { this.nextSteps = v; }

	static Set<String> areas() {
		return Set.copyOf(PlanView.AREAS);
	}

	static EnumSet<SessionMode> modes() {
		return EnumSet.allOf(SessionMode.class);
	}
}
