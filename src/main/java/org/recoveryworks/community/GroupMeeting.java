package org.recoveryworks.community;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A meeting of a support group and who attended. Nothing about what anyone said. */
@Entity
@Table(name = "group_meeting")
class GroupMeeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long groupId;

	@Column(nullable = false)
	private LocalDate heldOn;

	@Column(length = 200)
	private String theme;

	@Column(nullable = false)
	private Long recordedBy;

	@ElementCollection
	@CollectionTable(name = "group_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
	@Column(name = "participant_id")
	private Set<Long> attendees = new LinkedHashSet<>();

	protected GroupMeeting() {
	}

	GroupMeeting(Long groupId, LocalDate heldOn, String theme, Long recordedBy) {
		this.groupId = groupId;
		this.heldOn = heldOn;
		this.theme = theme;
		this.recordedBy = recordedBy;
	}

	void attendance(Set<Long> present) {
		attendees.clear();
		attendees.addAll(present);
	}

	Long getId() { return id; }
	Long getGroupId() { return groupId; }
	LocalDate getHeldOn() { return heldOn; }
	String getTheme() { return theme; }
	Set<Long> getAttendees() { return attendees; }
}
