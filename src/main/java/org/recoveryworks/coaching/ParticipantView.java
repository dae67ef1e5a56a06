package org.recoveryworks.coaching;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A participant's record as their coach or supervisor sees it. */
record ParticipantView(Long id, long version, String fullName, String preferredName, String displayName, String phone,
		String email, String town, String zip, String language, LocalDate enrolledOn, String referralSource,
		EmploymentStatus employmentStatus, Set<Benefit> benefits, String ownGoals, Participant.Status status,
		LocalDate dischargedOn, DischargeReason dischargeReason, String dischargeNote, Long primaryCoachId,
		String primaryCoachName, boolean hasAccount, List<EnrollmentView> enrollments, boolean sequestered,
		java.time.Instant emergencyUntil) {

	/** One enrollment period. */
	record EnrollmentView(LocalDate enrolledOn, LocalDate dischargedOn, DischargeReason reason, String note) {
	}

	public boolean active() {
		return status == Participant.Status.ACTIVE;
	}

	/** Whether who the person is shows: not sequestered, or in an emergency access. */
	public boolean revealed() {
		return !sequestered || emergencyUntil != null;
	}

	/**
	 * The record as this reader sees it: a sequestered record unrevealed shows its pseudonym and
	 * nothing that says who the person is or where they live.
	 */
	static ParticipantView of(Participant p, String coachName, List<Enrollment> enrollments, boolean reveal,
			java.time.Instant emergencyUntil) {
		boolean hide = p.isSequestered() && !reveal;
		return new ParticipantView(p.getId(), p.getVersion(), hide ? p.getPseudonym() : p.getFullName(),
				hide ? null : p.getPreferredName(), hide ? p.getPseudonym() : p.realDisplayName(), hide ? null : p.getPhone(),
				hide ? null : p.getEmail(), hide ? null : p.getTown(), hide ? null : p.getZip(), p.getLanguage(), p.getEnrolledOn(),
				p.getReferralSource(),
				p.getEmploymentStatus(), p.benefitSet(), p.getOwnGoals(), p.getStatus(), p.getDischargedOn(),
				p.getDischargeReason(), p.getDischargeNote(), p.getPrimaryCoachId(), coachName, p.getSeekerAccountId() != null,
				enrollments.stream()
					.map(e -> new EnrollmentView(e.getEnrolledOn(), e.getDischargedOn(), e.getDischargeReason(), e.getDischargeNote()))
					.toList(),
				p.isSequestered(), emergencyUntil);
	}
}
