package org.recoveryworks.community;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.recoveryworks.shared.Text;
import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.audit.AuditTrail;
import org.recoveryworks.coaching.CaseFiles;
import org.recoveryworks.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Peer employment support groups of a program, their meetings and attendance. Attendance only:
 * nothing is recorded about what members said (seeds/003_).
 */
@Service
class SupportGroups {

	static final String RECORD = "group_attendance";

	/** A group with its meetings, as program staff see it. */
	record GroupView(Long id, String name, String purpose, String schedule, String place, List<MeetingView> meetings) {
	}

	/**
	 * A meeting, how many attended, and the names of those the reader may see (a coach sees only
	 * their own caseload's names; the others are counted, not named).
	 */
	record MeetingView(Long id, LocalDate heldOn, String theme, int attended, List<String> attendeeNames) {
	}

	/** A group in the program's list. */
	record GroupSummary(Long id, String name, String schedule) {
	}

	/** A participant of the program who can be marked present. */
	record Member(Long id, String name) {
	}

	private final SupportGroupRepository groups;
	private final GroupMeetingRepository meetings;
	private final CaseFiles records;
	private final Clock clock;

	SupportGroups(SupportGroupRepository groups, GroupMeetingRepository meetings, CaseFiles records, Clock clock) {
		this.groups = groups;
		this.meetings = meetings;
		this.records = records;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<GroupSummary> list(AccountUser staff) {
		CaseFiles.requireStaff(staff);
		return groups.findByProgramIdOrderByNameAsc(staff.organizationId()).stream()
			.map(g -> new GroupSummary(g.getId(), g.getName(), g.getSchedule()))
			.toList();
	}

	@Transactional
	Long create(AccountUser staff, String name, String purpose, String schedule, String place) {
		CaseFiles.requireStaff(staff);
		return groups.save(new SupportGroup(staff.organizationId(), name.trim(), Text.trimToNull(purpose), Text.trimToNull(schedule), Text.trimToNull(place),
				Instant.now(clock))).getId();
	}

	@Transactional
	GroupView read(AccountUser staff, Long groupId) {
		SupportGroup group = own(staff, groupId);
		var names = visible(staff, group).stream().collect(java.util.stream.Collectors.toMap(CaseFiles.ParticipantRef::id, CaseFiles.ParticipantRef::name));
		List<GroupMeeting> list = meetings.findByGroupIdOrderByHeldOnDesc(groupId);
		for (GroupMeeting m : list) {
			m.getAttendees().stream().filter(names::containsKey)
				.forEach(id -> records.audit(staff, AuditTrail.Action.READ, RECORD, m.getId(), id));
		}
		return new GroupView(group.getId(), group.getName(), group.getPurpose(), group.getSchedule(), group.getPlace(),
				list.stream()
					.map(m -> new MeetingView(m.getId(), m.getHeldOn(), m.getTheme(), m.getAttendees().size(),
							m.getAttendees().stream().map(names::get).filter(Objects::nonNull).sorted().toList()))
					.toList());
	}

	/** The enrolled participants this staff member may mark present: a coach's caseload, a supervisor's program. */
	@Transactional(readOnly = true)
	List<Member> members(AccountUser staff, Long groupId) {
		SupportGroup group = own(staff, groupId);
		return visible(staff, group).stream()
			.filter(CaseFiles.ParticipantRef::active)
			.map(p -> new Member(p.id(), p.name()))
			.toList();
	}

	/** The group's program's participants this staff member may open, by the name each record goes by. */
	private List<CaseFiles.ParticipantRef> visible(AccountUser staff, SupportGroup group) {
		return records.visibleTo(staff).stream().filter(p -> Objects.equals(p.programId(), group.getProgramId())).toList();
	}

	/** Records a meeting and who attended; each attendance goes to that person's audit trail. */
	@Transactional
	Long recordMeeting(AccountUser staff, Long groupId, LocalDate heldOn, String theme, Set<Long> present) {
		SupportGroup group = own(staff, groupId);
		if (heldOn == null) {
			throw new RuleViolation("heldOn", "group.heldOn.required", "Enter the date of the meeting.");
		}
		if (heldOn.isAfter(LocalDate.now(clock))) {
			throw new RuleViolation("heldOn", "group.heldOn.future", "Attendance is recorded after the meeting.");
		}
		if (theme != null && theme.length() > 200) {
			throw new RuleViolation("theme", "plan.size.200", "Please use at most 200 characters.");
		}
		if (meetings.existsByGroupIdAndHeldOn(groupId, heldOn)) {
			throw new RuleViolation("heldOn", "group.heldOn.taken", "This group already has a meeting on that day.");
		}
		Set<Long> programMembers = new HashSet<>(members(staff, groupId).stream().map(Member::id).toList());
		if (present == null || !programMembers.containsAll(present)) {
			throw new RuleViolation("present", "group.present.invalid", "Mark only people on your caseload.");
		}
		GroupMeeting meeting = new GroupMeeting(group.getId(), heldOn, Text.trimToNull(theme), staff.id());
		meeting.attendance(present);
		meetings.saveAndFlush(meeting);
		for (Long participantId : present) {
			records.audit(staff, AuditTrail.Action.CREATE, RECORD, meeting.getId(), participantId);
		}
		return meeting.getId();
	}

	@Transactional(readOnly = true)
	long attendedBy(Long participantId) {
		return meetings.countAttendedBy(participantId);
	}

	private SupportGroup own(AccountUser staff, Long groupId) {
		StaffOnly.requireOr404(staff, groupId);
		return groups.findById(groupId)
			.filter(g -> Objects.equals(g.getProgramId(), staff.organizationId()))
			.orElseThrow(() -> new StaffOnly.NotFound(groupId));
	}
}
