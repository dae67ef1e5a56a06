package org.recoveryworks.community;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GroupMeetingRepository extends JpaRepository<GroupMeeting, Long> {

	List<GroupMeeting> findByGroupIdOrderByHeldOnDesc(Long groupId);

	boolean existsByGroupIdAndHeldOn(Long groupId, LocalDate heldOn);

	@Query("select count(m) from GroupMeeting m join m.attendees a where a = ?1")
	long countAttendedBy(Long participantId);
}
