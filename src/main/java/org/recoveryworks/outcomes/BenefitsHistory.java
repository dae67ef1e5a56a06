package org.recoveryworks.outcomes;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.audit.AuditTrail;
import org.recoveryworks.coaching.CaseFiles;
import org.recoveryworks.outcomes.OutcomeViews.BenefitStatus;
import org.recoveryworks.outcomes.OutcomeViews.Benefits;
import org.recoveryworks.outcomes.OutcomeViews.BenefitsChangeView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** SSI/SSDI history: dated changes; "left because of work" is computed from it. */
@Service
class BenefitsHistory {

	static final String RECORD = "benefits";

	private final BenefitsChangeRepository changes;
	private final CaseFiles caseFiles;
	private final Clock clock;

	BenefitsHistory(BenefitsChangeRepository changes, CaseFiles caseFiles, Clock clock) {
		this.changes = changes;
		this.caseFiles = caseFiles;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Benefits of(AccountUser staff, Long participantId) {
		caseFiles.open(staff, participantId);
		List<BenefitsChange> history = changes.findByParticipantIdOrderByChangedOnAscIdAsc(participantId);
		Map<BenefitProgram, BenefitsChange> latest = new EnumMap<>(BenefitProgram.class);
		history.forEach(c -> latest.put(c.getBenefit(), c));
		List<BenefitStatus> status = new ArrayList<>();
		latest.forEach((benefit, c) -> status.add(new BenefitStatus(benefit, c.getChange().receiving(),
				c.getChange() == BenefitChangeKind.STOPPED && c.getReason() == BenefitChangeReason.EARNINGS_FROM_WORK,
				c.getChangedOn())));
		List<BenefitsChangeView> newestFirst = new ArrayList<>(history.stream()
			.map(c -> new BenefitsChangeView(c.getChangedOn(), c.getBenefit(), c.getChange(), c.getReason())).toList());
		java.util.Collections.reverse(newestFirst);
		return new Benefits(newestFirst, status);
	}

	@Transactional
	void record(AccountUser staff, Long participantId, BenefitsChangeForm form) {
		caseFiles.open(staff, participantId);
		save(staff, participantId, form, null, RECORD);
	}

	/** A change from a program's spreadsheet: the import has checked that the participant is the program's. */
	@Transactional
	void recordImported(AccountUser importer, Long participantId, BenefitsChangeForm form, String externalId) {
		save(importer, participantId, form, externalId, RECORD + " (import)");
	}

	private void save(AccountUser user, Long participantId, BenefitsChangeForm form, String externalId, String auditAs) {
		BenefitsChange c = changes.save(new BenefitsChange(participantId, form.getChangedOn(), form.getBenefit(),
				form.getChange(), form.getReason(), externalId, Instant.now(clock)));
		caseFiles.audit(user, AuditTrail.Action.CREATE, auditAs, c.getId(), participantId);
	}
}
