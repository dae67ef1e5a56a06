package org.recoveryworks.coaching;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A participant's record as their coach or supervisor sees it. */
record ParticipantView(Long id, long version, String fullName, String preferredName, String displayName, String phone,
		String email, String town, String zip, String language, LocalDate enrolledOn, String referralSource,
		EmploymentStatus employmentStatus, Set<Benefit> benefits, String ownGoals, Participant.Status status,
		LocalDate dischargedOn, DischargeReason dischargeReason, String dischargeNote, Long primaryCoachId,
		String primaryCoachName, boolean hasAccount, List<EnrollmentView> enrollments) {

	/** One enrollment period. */
	record EnrollmentView(LocalDate enrolledOn, LocalDate dischargedOn, DischargeReason reason, String note) {
	}

	public boolean active() {
		return status == Participant.Status.ACTIVE;
	}

	static ParticipantView of(Participant p, String coachName, List<Enrollment> enrollments) {
		return new ParticipantView(p.getId(), p.getVersion(), p.getFullName(), p.getPreferredName(), p.displayName(),
				p.getPhone(), p.getEmail(), p.getTown(), p.getZip(), p.getLanguage(), p.getEnrolledOn(), p.getReferralSource(),
				p.getEmploymentStatus(), p.benefitSet(), p.getOwnGoals(), p.getStatus(), p.getDischargedOn(),
				p.getDischargeReason(), p.getDischargeNote(), p.getPrimaryCoachId(), coachName, p.getSeekerAccountId() != null,
				enrollments.stream()
					.map(e -> new EnrollmentView(e.getEnrolledOn(), e.getDischargedOn(), e.getDischargeReason(), e.getDischargeNote()))
					.toList());
	}
}
