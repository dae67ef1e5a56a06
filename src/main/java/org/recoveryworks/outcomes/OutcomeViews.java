package org.recoveryworks.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the outcome pages show; records with public accessors for the templates. */
final class OutcomeViews {

	private OutcomeViews() {
	}

	record PlacementView(Long id, Long participantId, PlacementStatus status, String employerName, String jobTitle, boolean behavioralHealth,
			boolean peerRole, boolean fullTime, BigDecimal hoursPerWeek, BigDecimal hourlyWage, boolean healthInsurance,
			boolean paidLeave, boolean retirement, boolean competitive, LocalDate startDate, LocalDate endDate,
			EndReason endReason, boolean viaJobBank) {

		static PlacementView of(Placement p) {
			return new PlacementView(p.getId(), p.getParticipantId(), p.getStatus(), p.getEmployerName(), p.getJobTitle(), p.isBehavioralHealth(),
					p.isPeerRole(), p.isFullTime(), p.getHoursPerWeek(), p.getHourlyWage(), p.isHealthInsurance(),
					p.isPaidLeave(), p.isRetirement(), p.isCompetitive(), p.getStartDate(), p.getEndDate(), p.getEndReason(),
					p.isViaJobBank());
		}

		public boolean suggested() {
			return status == PlacementStatus.SUGGESTED;
		}

		public boolean anyBenefit() {
			return healthInsurance || paidLeave || retirement;
		}
	}

	record FollowUpView(Long id, Long participantId, Long placementId, String jobTitle, int months, LocalDate dueOn, FollowUpOutcome outcome,
			LocalDate contactedOn, Boolean stillEmployed, Boolean sameJob, BigDecimal hoursPerWeek, BigDecimal hourlyWage,
			boolean late) {

		public boolean due() {
			return outcome == FollowUpOutcome.DUE;
		}
	}

	record BenefitsChangeView(LocalDate changedOn, BenefitProgram benefit, BenefitChangeKind change,
			BenefitChangeReason reason) {
	}

	/** Where each benefit stands now, from its history. */
	record BenefitStatus(BenefitProgram benefit, boolean receiving, boolean leftBecauseOfWork, LocalDate since) {
	}

	record Benefits(List<BenefitsChangeView> history, List<BenefitStatus> status) {
	}
}
