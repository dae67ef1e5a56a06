package org.recoveryworks.coaching;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The calendar file link e-mailed to a participant, for people without an account. */
@Controller
class CalendarController {

	private final Sessions sessions;

	CalendarController(Sessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<String> calendar(@PathVariable String token) {
		if (!token.matches("[A-Za-z0-9_-]{20,64}")) {
			throw new ParticipantNotFound(0L);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("meeting.ics").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(sessions.calendarByToken(token));
	}
}
