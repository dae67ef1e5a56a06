package org.recoveryworks.outcomes;

import java.util.List;
import java.util.Locale;

/** What an import brings in, and its columns (docs/import.md describes each). */
enum ImportKind {

	PARTICIPANTS("participants", List.of(required("external_id"), required("full_name"), optional("preferred_name"),
			optional("phone"), optional("email"), optional("town"), optional("zip"), optional("language"),
			required("enrolled_on"), optional("referral_source"), required("employment_status"), optional("benefits"),
			optional("discharged_on"), optional("discharge_reason"), optional("coach_email"))),

	SESSIONS("sessions", List.of(required("external_id"), required("participant_external_id"), required("date"),
			optional("time"), required("minutes"), required("mode"), required("kind"), optional("coach_email"),
			optional("topics"), optional("note"))),

	PLACEMENTS("placements", List.of(required("external_id"), required("participant_external_id"),
			required("employer_name"), required("job_title"), required("behavioral_health"), optional("peer_role"),
			required("full_time"), required("hours_per_week"), optional("hourly_wage"), optional("health_insurance"),
			optional("paid_leave"), optional("retirement"), optional("open_to_anyone"), optional("state"),
			required("start_date"), optional("end_date"), optional("end_reason"), optional("via_job_bank"))),

	BENEFITS("benefits", List.of(required("external_id"), required("participant_external_id"), required("changed_on"),
			required("benefit"), required("change"), required("reason"))),

	FOLLOW_UPS("follow-ups", List.of(required("external_id"), required("placement_external_id"), required("months"),
			required("contacted_on"), required("reached"), optional("still_employed"), optional("same_job"),
			optional("hours_per_week"), optional("hourly_wage")));

	/** A column: its name in the header row and whether every row must fill it. */
	record Column(String name, boolean required) {
	}

	final String slug;
	final List<Column> columns;

	ImportKind(String slug, List<Column> columns) {
		this.slug = slug;
		this.columns = columns;
	}

	public String getSlug() {
		return slug;
	}

	public List<Column> getColumns() {
		return columns;
	}

	static ImportKind ofSlug(String slug) {
		for (ImportKind k : values()) {
			if (k.slug.equals(slug) || k.name().equalsIgnoreCase(slug)) {
				return k;
			}
		}
		return null;
	}

	public String messageKey() {
		return "import.kind." + name().toLowerCase(Locale.ROOT);
	}

	private static Column required(String name) {
		return new Column(name, true);
	}

	private static Column optional(String name) {
		return new Column(name, false);
	}
}
