package org.recoveryworks.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The program finder: nearest first, filters, stale entries, and who keeps the entries. */
@org.junit.jupiter.api.Tag("database")
class ProgramFinderIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProgramDirectory directory;

	@Autowired
	ProgramFinder finder;

	@Autowired
	TestData data;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	private Long listing(String name, String kind, List<String> services, String language, String zip, String town, int monthsAgo) {
		return directory.register(new ProgramDirectory.NewListing(name, kind, services, List.of("English", language), null, null,
				null, null, null, null, town, zip, LocalDate.now(clock).minusMonths(monthsAgo), null));
	}

	private List<String> names(ProgramQuery query) {
		return finder.find(query).programs().stream().map(ProgramView::name).toList();
	}

	private static ProgramQuery query(String where, Integer radius, String language) {
		ProgramQuery q = new ProgramQuery();
		q.setWhere(where);
		q.setRadius(radius);
		q.setLanguage(language);
		return q;
	}

	@Test
	void programsAreOrderedByDistanceAndFilteredByRadiusKindServiceAndLanguage() {
		String language = "Quechua";
		listing("Far Shore Services", "RECOVERY_EMPLOYMENT_SERVICES", List.of("JOB_SEARCH"), language, "06320", "New London", 1);
		listing("Capitol Jobs", "IPS_SUPPORTED_EMPLOYMENT", List.of("JOB_SEARCH", "JOB_COACHING"), language, "06106", "Hartford", 1);
		listing("Brass City IPS", "IPS_SUPPORTED_EMPLOYMENT", List.of("JOB_COACHING"), language, "06705", "Waterbury", 1);
		listing("Naugatuck Peers", "PEER_RUN_ORGANIZATION", List.of("PEER_SUPPORT"), language, "06770", "Naugatuck", 1);

		assertThat(names(query("06702", 100, language))).containsExactly("Brass City IPS", "Naugatuck Peers", "Capitol Jobs", "Far Shore Services");
		assertThat(names(query("06702", 10, language))).containsExactly("Brass City IPS", "Naugatuck Peers");
		assertThat(names(query("Waterbury", 100, "quechua"))).startsWith("Brass City IPS");
		ProgramQuery ips = query("06702", 100, language);
		ips.setKind(ProgramKind.IPS_SUPPORTED_EMPLOYMENT);
		assertThat(names(ips)).containsExactly("Brass City IPS", "Capitol Jobs");
		ProgramQuery search = query("06702", 100, language);
		search.setService(ProgramService.JOB_SEARCH);
		assertThat(names(search)).containsExactly("Capitol Jobs", "Far Shore Services");
		// No place: every match, by name, without distances.
		assertThat(names(query(null, null, language))).containsExactly("Brass City IPS", "Capitol Jobs", "Far Shore Services", "Naugatuck Peers");
		assertThat(finder.find(query(null, null, language)).programs()).allMatch(p -> p.distanceMiles() == null);
		// A radius not offered falls back to 25 miles.
		assertThat(finder.find(query("06702", 7, language)).radius()).isEqualTo(25);
		ProgramView nearest = finder.find(query("06702", 100, language)).programs().get(0);
		assertThat(nearest.distanceMiles()).isBetween(1.0, 4.0);
	}

	@Test
	void theFinderPageWorksAsAPlainFormAndRefusesWhatItCannotFind() throws Exception {
		listing("Oldtown Works", "RECOVERY_EMPLOYMENT_SERVICES", List.of("JOB_SEARCH"), "Tagalog", "06457", "Middletown", 13);
		mvc.perform(get("/programs").param("where", "06457").param("radius", "10").param("language", "Tagalog"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 program within 10 miles of")))
			.andExpect(content().string(containsString("Oldtown Works")))
			.andExpect(content().string(containsString("May be out of date")))
			.andExpect(content().string(not(containsString("id=\"program-map\""))));
		mvc.perform(get("/programs").param("where", "Atlantis"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("We do not know this ZIP code or town.")));
		mvc.perform(get("/programs").param("where", "06702").param("radius", "abc").param("kind", "CASINO").param("language", "<script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a language from the list.")))
			.andExpect(content().string(not(containsString("<script>"))));
		mvc.perform(get("/programs").param("where", "x".repeat(500)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Enter a ZIP code or a town name.")));
		mvc.perform(get("/programs/{id}", 987654321L)).andExpect(status().isNotFound());
	}

	@Test
	void administratorsAndAVerifiedProgramsSupervisorKeepEntriesAndNoOneElse() throws Exception {
		AccountUser admin = accounts.createAdmin("admin" + TestData.next() + "@example.org", TestData.PASSWORD, "Directory Admin");
		mvc.perform(post("/programs/manage").param("name", "").param("zip", "00000").param("town", "Nowhere")
				.param("website", "javascript:alert(1)").with(user(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the program&#39;s name.")))
			.andExpect(content().string(containsString("Choose at least one service.")))
			.andExpect(content().string(containsString("Enter the full address, starting with https://")));
		mvc.perform(post("/programs/manage").param("name", "Nowhere Program").param("kind", "LEGAL_AID").param("services", "LEGAL_ADVICE")
				.param("languages", "English").param("zip", "00000").param("town", "Nowhere").with(user(admin)).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("We do not know this ZIP code.")));
		mvc.perform(post("/programs/manage").param("name", "Harbor Legal Help").param("kind", "LEGAL_AID").param("services", "LEGAL_ADVICE")
				.param("languages", "English, Haitian Creole").param("zip", "06510").param("town", "New Haven").with(user(admin)).with(csrf()))
			.andExpect(redirectedUrlPattern("/programs/*")).andExpect(flash().attribute("flashKey", "program.added"));
		Long id = jdbc.queryForObject("select id from program_listing where name = 'Harbor Legal Help'", Long.class);
		mvc.perform(get("/programs/{id}", id)).andExpect(content().string(containsString("Haitian Creole")));

		TestData.Program program = data.program();
		mvc.perform(get("/programs/manage/new").with(user(program.supervisor()))).andExpect(status().isOk());
		mvc.perform(post("/programs/manage").param("name", "Our Peer Program").param("kind", "PEER_RUN_ORGANIZATION")
				.param("services", "PEER_SUPPORT", "JOB_SEARCH").param("languages", "English").param("zip", "06457").param("town", "Middletown")
				.with(user(program.supervisor())).with(csrf()))
			.andExpect(redirectedUrlPattern("/programs/*"));
		Long own = jdbc.queryForObject("select id from program_listing where organization_id = ?", Long.class, program.id());
		mvc.perform(get("/programs/manage").with(user(program.supervisor())))
			.andExpect(content().string(containsString("Our Peer Program")))
			.andExpect(content().string(not(containsString("Harbor Legal Help"))));
		// Another program's supervisor, a coach, a seeker, an employer: no keeping.
		mvc.perform(get("/programs/manage/{id}/edit", own).with(user(data.program().supervisor()))).andExpect(status().isNotFound());
		mvc.perform(post("/programs/manage/{id}/confirm", own).with(user(data.program().supervisor())).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/programs/manage/{id}/edit", id).with(user(program.supervisor()))).andExpect(status().isNotFound());
		for (AccountUser outsider : List.of(program.coach(), data.seeker(), data.employer(true))) {
			mvc.perform(get("/programs/manage").with(user(outsider))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/programs/manage")).andExpect(status().is3xxRedirection());

		// A stale entry is flagged until its keeper confirms it.
		jdbc.update("update program_listing set confirmed_on = ? where id = ?", LocalDate.now(clock).minusMonths(13), own);
		mvc.perform(get("/programs/manage").with(user(program.supervisor()))).andExpect(content().string(containsString("May be out of date")));
		mvc.perform(post("/programs/manage/{id}/confirm", own).with(user(program.supervisor())).with(csrf()))
			.andExpect(flash().attribute("flashKey", "program.confirmed"));
		assertThat(jdbc.queryForObject("select confirmed_on from program_listing where id = ?", LocalDate.class, own)).isEqualTo(LocalDate.now(clock));
		String version = jdbc.queryForObject("select version from program_listing where id = ?", String.class, own);
		mvc.perform(post("/programs/manage/{id}", own).param("version", version).param("name", "Our Peer Program, Middletown")
				.param("kind", "PEER_RUN_ORGANIZATION").param("services", "PEER_SUPPORT").param("languages", "English, Spanish")
				.param("zip", "06457").param("town", "Middletown").with(user(program.supervisor())).with(csrf()))
			.andExpect(flash().attribute("flashKey", "program.saved"));
		mvc.perform(post("/programs/manage/{id}", own).param("version", version).param("name", "Stale edit")
				.param("kind", "PEER_RUN_ORGANIZATION").param("services", "PEER_SUPPORT").param("languages", "English")
				.param("zip", "06457").param("town", "Middletown").with(user(program.supervisor())).with(csrf()))
			// The stale edit is kept in the form, with both versions side by side; nothing is overwritten.
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
					"(?s).*id=\"edit-conflict\".*Stale edit.*Our Peer Program, Middletown.*</table>.*")));
		// An unverified organization's supervisor cannot add entries.
		Long unverified = jdbc.queryForObject("select id from organization where status <> 'VERIFIED' order by id fetch first 1 rows only", Long.class);
		AccountUser pending = accounts.createStaff("pending" + TestData.next() + "@example.org", TestData.PASSWORD, "Pending Supervisor",
				org.recoveryworks.accounts.Role.SUPERVISOR, unverified);
		mvc.perform(get("/programs/manage/new").with(user(pending))).andExpect(status().isForbidden());
	}
}
