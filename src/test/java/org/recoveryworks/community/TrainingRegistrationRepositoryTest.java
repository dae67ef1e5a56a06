package org.recoveryworks.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A slice test: only JPA, Flyway's migrations and an embedded database start (no web layer, no
 * search index, no other module's services), to check what the database itself holds to.
 */
@DataJpaTest(properties = "spring.jpa.properties.hibernate.search.enabled=false")
class TrainingRegistrationRepositoryTest {

	private static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");

	@Autowired
	TrainingRegistrationRepository registrations;

	@Autowired
	TrainingEventRepository events;

	@Autowired
	JdbcTemplate jdbc;

	private Long eventId;

	private Long staffId;

	@BeforeEach
	void aTrainingOfAProgram() {
		jdbc.update("insert into organization (name, kind, town, zip, status, created_at) values (?, ?, ?, ?, ?, ?)",
				"Slice Test Program", "PEER_EMPLOYMENT_PROGRAM", "Hartford", "06103", "VERIFIED", java.sql.Timestamp.from(NOW));
		Long programId = jdbc.queryForObject("select max(id) from organization", Long.class);
		jdbc.update("insert into user_account (email, password_hash, display_name, role, created_at, organization_id) values (?, ?, ?, ?, ?, ?)",
				"slice.coach@example.org", "{noop}x", "Sam Slice", "COACH", java.sql.Timestamp.from(NOW), programId);
		staffId = jdbc.queryForObject("select id from user_account where email = 'slice.coach@example.org'", Long.class);
		TrainingForm form = new TrainingForm();
		form.setKind(TrainingKind.values()[0]);
		form.setTitle("Motivational interviewing");
		form.setHeldOn(LocalDate.of(2026, 3, 2));
		form.setHours(new BigDecimal("3.0"));
		form.setAudience(Audience.values()[0]);
		eventId = events.saveAndFlush(new TrainingEvent(programId, form, NOW)).getId();
	}

	@Test
	void aStaffMemberIsRegisteredForATrainingOnceEvenWhenTwoRegistrationsRace() {
		registrations.saveAndFlush(TrainingRegistration.ofStaff(eventId, staffId, "Sam Slice", NOW));

		assertThatThrownBy(() -> registrations.saveAndFlush(TrainingRegistration.ofStaff(eventId, staffId, "Sam Slice", NOW)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void onlyCompletedTrainingsCountTowardACredential() {
		TrainingRegistration registered = registrations.saveAndFlush(TrainingRegistration.ofStaff(eventId, staffId, "Sam Slice", NOW));
		assertThat(registrations.findCompletedBy(staffId, null)).isEmpty();

		registered.record(true, true, NOW.plusSeconds(3600));
		registrations.saveAndFlush(registered);

		assertThat(registrations.findCompletedBy(staffId, null)).extracting(TrainingRegistration::getId).containsExactly(registered.getId());
		assertThat(registrations.findCompletedBy(staffId + 1, null)).isEmpty();
	}
}
