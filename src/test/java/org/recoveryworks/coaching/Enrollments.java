package org.recoveryworks.coaching;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;

import org.recoveryworks.accounts.AccountUser;
import org.springframework.test.web.servlet.MockMvc;

/** Enrolls a person through the coach's form, with the fewest fields it takes: for tests that need a case record. */
public final class Enrollments {

	private Enrollments() {
	}

	/** The new participant's id. */
	public static Long enroll(MockMvc mvc, AccountUser coach, LocalDate today, String fullName) throws Exception {
		String location = mvc.perform(post("/coach/participants").param("fullName", fullName).param("town", "Middletown")
			.param("enrolledOn", today.toString()).param("employmentStatus", "UNEMPLOYED_LOOKING").param("benefits", "NONE")
			.param("ownGoals", "A steady job near home.").with(user(coach)).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}
}
