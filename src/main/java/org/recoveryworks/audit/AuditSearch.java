package org.recoveryworks.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.recoveryworks.shared.ReasonableDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** What the privacy officer looks for in the audit trail; every field is optional. */
class AuditSearch {

	@Min(value = 1, message = "{audit.id.invalid}")
	private Long participant;

	@Min(value = 1, message = "{audit.id.invalid}")
	private Long actor;

	private AuditTrail.Action action;

	@Size(max = 40, message = "{audit.recordType.invalid}")
	private String recordType;

	@ReasonableDate
	private LocalDate from;

	@ReasonableDate
	private LocalDate to;

	@AssertTrue(message = "{report.range.order}")
	public boolean isRangeInOrder() {
		return from == null || to == null || !to.isBefore(from);
	}

	/** The SQL condition and its arguments; the days run from midnight to midnight in {@code zone}, the deployment's. */
	String where(List<Object> args, ZoneId zone) {
		List<String> conditions = new ArrayList<>();
		if (participant != null) {
			conditions.add("participant_id = ?");
			args.add(participant);
		}
		if (actor != null) {
			conditions.add("actor_id = ?");
			args.add(actor);
		}
		if (action != null) {
			conditions.add("action = ?");
			args.add(action.name());
		}
		if (recordType != null && !recordType.isBlank()) {
			conditions.add("record_type = ?");
			args.add(recordType.trim());
		}
		if (from != null) {
			conditions.add("at >= ?");
			args.add(java.sql.Timestamp.from(from.atStartOfDay(zone).toInstant()));
		}
		if (to != null) {
			conditions.add("at < ?");
			args.add(java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	String describe() {
		return "participant=" + participant + " actor=" + actor + " action=" + action + " type=" + recordType + " from=" + from + " to=" + to;
	}

	public Long getParticipant() { return participant; }
	public void setParticipant(Long v) { this.participant = v; }
	public Long getActor() { return actor; }
	public void setActor(Long v) { this.actor = v; }
	public AuditTrail.Action getAction() { return action; }
	public void setAction(AuditTrail.Action v) { this.action = v; }
	public String getRecordType() { return recordType; }
	public void setRecordType(String v) { this.recordType = v; }
	public LocalDate getFrom() { return from; }
	public void setFrom(LocalDate v) { this.from = v; }
	public LocalDate getTo() { return to; }
	public void setTo(LocalDate v) { this.to = v; }
}
