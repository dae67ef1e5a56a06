package org.recoveryworks.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.shared.mail.DevMailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@org.junit.jupiter.api.Tag("database")
class ApplyIntegrationTest extends IntegrationTest {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();

	@Autowired
	MockMvc mvc;

	@Autowired
	JobBank jobBank;

	@Autowired
	Applications applications;

	@Autowired
	TestData data;

	@Autowired
	DevMailbox mailbox;

	@Autowired
	JdbcTemplate jdbc;

	static byte[] docx() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes());
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<w:document/>".getBytes());
		}
		return out.toByteArray();
	}

	private PostingView postingWithQuestions(AccountUser employer) {
		PostingSaved saved = jobBank.post(employer.organizationId(), data.posting("Peer Bridger",
				List.of(TestData.question("Do you have a valid driver's license?", QuestionType.YES_NO, true),
						TestData.question("Which shift can you work?", QuestionType.CHOICE, false, "Days", "Evenings"),
						TestData.question("Why do you want this job?", QuestionType.TEXT, false))), true);
		return jobBank.find(saved.id());
	}

	private static String answer(PostingView posting, int i) {
		return "answers[" + posting.questions().get(i).id() + "]";
	}

	@Test
	void seekerAppliesWithAnswersAndResumeAndSeesItOnTheStatusBoard() throws Exception {
		AccountUser employer = data.employer(true);
		AccountUser seeker = data.seeker();
		PostingView posting = postingWithQuestions(employer);

		mvc.perform(multipart("/jobs/{id}/apply", posting.id())
			.file(new MockMultipartFile("resume", "my resume.pdf", "application/pdf", PDF))
			.file(new MockMultipartFile("coverLetter", "letter.docx", "application/octet-stream", docx()))
			.param("fullName", "Sam Seeker")
			.param("email", seeker.email())
			.param(answer(posting, 0), "yes")
			.param(answer(posting, 1), "Evenings")
			.with(user(seeker))
			.with(csrf()))
			.andExpect(redirectedUrl("/my/applications"))
			.andExpect(flash().attribute("flashKey", "apply.done"));

		mvc.perform(get("/my/applications").with(user(seeker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Peer Bridger")))
			.andExpect(content().string(containsString("Received")))
			.andExpect(content().string(containsString("my resume.pdf")));

		ApplicationView view = applications.statusBoard(seeker).get(0);
		assertThat(view.answers()).extracting(ApplicationView.AnswerView::answer).containsExactly("yes", "Evenings");
		assertThat(view.documents()).extracting(ApplicationView.DocumentView::kind).containsExactly("RESUME", "COVER_LETTER");

		// The employer reads the résumé; another employer and another seeker cannot.
		Long documentId = view.documents().get(0).id();
		mvc.perform(get("/documents/{id}", documentId).with(user(employer)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(content().bytes(PDF));
		mvc.perform(get("/documents/{id}", documentId).with(user(data.employer(true)))).andExpect(status().isNotFound());
		mvc.perform(get("/documents/{id}", documentId).with(user(data.seeker()))).andExpect(status().isNotFound());

		assertThat(mailbox.to(seeker.email())).extracting(DevMailbox.Message::subject).contains("Application sent: Peer Bridger");
	}

	@Test
	void requiredAnswersAndValidChoicesAreEnforced() throws Exception {
		AccountUser seeker = data.seeker();
		PostingView posting = postingWithQuestions(data.employer(true));

		mvc.perform(multipart("/jobs/{id}/apply", posting.id())
			.param("fullName", "")
			.param("email", "not-an-email")
			.param(answer(posting, 1), "Weekends")
			.with(user(seeker))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter your name.")))
			.andExpect(content().string(containsString("Enter an e-mail address like name@example.org.")))
			.andExpect(content().string(containsString("Please answer this question.")))
			.andExpect(content().string(containsString("Please choose one of the options.")));
		assertThat(applications.statusBoard(seeker)).isEmpty();
	}

	@Test
	void refusesFilesThatAreNotPdfOrWordWhateverTheirName() throws Exception {
		AccountUser seeker = data.seeker();
		PostingView posting = jobBank.find(jobBank.post(data.employer(true).organizationId(), data.posting("Driver", List.of()), true).id());

		mvc.perform(multipart("/jobs/{id}/apply", posting.id())
			.file(new MockMultipartFile("resume", "resume.pdf", "application/pdf", "MZ this is an executable".getBytes()))
			.param("fullName", "Sam Seeker")
			.param("email", seeker.email())
			.with(user(seeker))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Only PDF or Word (.docx) files can be uploaded.")));
		assertThat(applications.statusBoard(seeker)).isEmpty();
	}

	@Test
	void refusesFilesOverFiveMegabytes() throws Exception {
		AccountUser seeker = data.seeker();
		PostingView posting = jobBank.find(jobBank.post(data.employer(true).organizationId(), data.posting("Stock clerk", List.of()), true).id());
		byte[] big = new byte[5 * 1024 * 1024 + 1];
		System.arraycopy(PDF, 0, big, 0, PDF.length);

		mvc.perform(multipart("/jobs/{id}/apply", posting.id())
			.file(new MockMultipartFile("resume", "big.pdf", "application/pdf", big))
			.param("fullName", "Sam Seeker")
			.param("email", seeker.email())
			.with(user(seeker))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file is larger than 5 MB.")));
		assertThat(applications.statusBoard(seeker)).isEmpty();
	}

	@Test
	void oneApplicationPerSeekerEvenWhenSubmittedTwiceAtOnce() throws Exception {
		AccountUser seeker = data.seeker();
		PostingView posting = jobBank.find(jobBank.post(data.employer(true).organizationId(), data.posting("Cashier", List.of()), true).id());
		ApplicationDraft draft = new ApplicationDraft("Sam Seeker", seeker.email(), null, Map.of(), null, null);

		int attempts = 8;
		ExecutorService pool = Executors.newFixedThreadPool(attempts);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Boolean>> results = new ArrayList<>();
		for (int i = 0; i < attempts; i++) {
			Callable<Boolean> attempt = () -> {
				start.await();
				try {
					applications.apply(seeker, posting.id(), draft);
					return true;
				}
				catch (AlreadyApplied e) {
					return false;
				}
			};
			results.add(pool.submit(attempt));
		}
		start.countDown();
		int created = 0;
		for (Future<Boolean> result : results) {
			if (result.get()) {
				created++;
			}
		}
		pool.shutdown();

		assertThat(created).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from job_application where posting_id = ? and seeker_id = ?",
				Long.class, posting.id(), seeker.id())).isEqualTo(1);

		// A resubmitted form gets a clear answer, not a second application.
		mvc.perform(multipart("/jobs/{id}/apply", posting.id())
			.param("fullName", "Sam Seeker")
			.param("email", seeker.email())
			.with(user(seeker))
			.with(csrf()))
			.andExpect(redirectedUrl("/my/applications"))
			.andExpect(flash().attribute("flashKey", "apply.already"));
	}

	@Test
	void noApplicationsAfterTheCloseDate() throws Exception {
		AccountUser seeker = data.seeker();
		PostingSaved closed = jobBank.post(data.employer(true).organizationId(), TestData.posting("Library aide",
				LocalDate.now(clock).minusDays(30), LocalDate.now(clock).minusDays(1), List.of()), true);

		mvc.perform(multipart("/jobs/{id}/apply", closed.id())
			.param("fullName", "Sam Seeker")
			.param("email", seeker.email())
			.with(user(seeker))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This job is no longer taking applications.")));
		assertThat(applications.statusBoard(seeker)).isEmpty();
	}

	@Test
	void everyoneIsWrittenToInTheLanguageTheyChoseNotInTheSendersLanguage() throws Exception {
		AccountUser employer = data.employer(true);
		AccountUser seeker = data.seeker();
		// The applicant switches to Spanish while signed in: their account keeps it.
		mvc.perform(get("/").param("lang", "es").with(user(seeker))).andExpect(status().isOk());
		PostingView posting = jobBank.find(jobBank.post(employer.organizationId(), data.posting("Peer Bridger", List.of()), true).id());
		ApplicationView application = applications.apply(seeker, posting.id(),
				new ApplicationDraft("Sam Seeker", seeker.email(), null, Map.of(), null, null));

		// The employer works in English (another browser, another language).
		mvc.perform(post("/employer/applications/{id}/stage", application.id()).param("stage", "INTERVIEW").with(user(employer))
			.with(csrf()).header("Accept-Language", "en-US")).andExpect(flash().attribute("flashKey", "stage.moved"));

		assertThat(mailbox.to(seeker.email())).extracting(DevMailbox.Message::subject).contains("Novedades sobre su solicitud: Peer Bridger");
		assertThat(mailbox.to(employer.email())).extracting(DevMailbox.Message::subject).contains("New application: Peer Bridger");
	}

	@Test
	void aHireIsFinalAndOneNotSelectedOnlyGoesBackToReview() throws Exception {
		AccountUser employer = data.employer(true);
		AccountUser seeker = data.seeker();
		PostingView posting = jobBank.find(jobBank.post(employer.organizationId(), data.posting("Peer Bridger", List.of()), true).id());
		ApplicationView application = applications.apply(seeker, posting.id(),
				new ApplicationDraft("Sam Seeker", seeker.email(), null, Map.of(), null, null));
		mvc.perform(post("/employer/applications/{id}/stage", application.id()).param("stage", "HIRED").with(user(employer)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "stage.moved"));
		int mails = mailbox.to(seeker.email()).size();
		for (String back : List.of("RECEIVED", "NOT_SELECTED", "OFFER")) {
			mvc.perform(post("/employer/applications/{id}/stage", application.id()).param("stage", back).with(user(employer)).with(csrf()))
				.andExpect(flash().attribute("flashKey", "stage.move.refused"));
		}
		// The same hire sent again changes nothing and mails nobody.
		mvc.perform(post("/employer/applications/{id}/stage", application.id()).param("stage", "HIRED").with(user(employer)).with(csrf()));
		assertThat(applications.statusBoard(seeker).get(0).stage()).isEqualTo(Stage.HIRED);
		assertThat(mailbox.to(seeker.email())).hasSize(mails);
		mvc.perform(get("/employer/applications/{id}", application.id()).with(user(employer)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"stage\""))));

		ApplicationView other = applications.apply(data.seeker(), posting.id(),
				new ApplicationDraft("Kim Other", "kim" + TestData.next() + "@example.org", null, Map.of(), null, null));
		mvc.perform(post("/employer/applications/{id}/stage", other.id()).param("stage", "NOT_SELECTED").with(user(employer)).with(csrf()));
		mvc.perform(post("/employer/applications/{id}/stage", other.id()).param("stage", "HIRED").with(user(employer)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "stage.move.refused"));
		mvc.perform(post("/employer/applications/{id}/stage", other.id()).param("stage", "UNDER_REVIEW").with(user(employer)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "stage.moved"));
	}

	@Test
	void employerMovesTheApplicationAndTheSeekerSeesAndIsEmailed() throws Exception {
		AccountUser employer = data.employer(true);
		AccountUser seeker = data.seeker();
		PostingView posting = jobBank.find(jobBank.post(employer.organizationId(), data.posting("Recovery Coach", List.of()), true).id());
		ApplicationView application = applications.apply(seeker, posting.id(),
				new ApplicationDraft("Sam Seeker", seeker.email(), null, Map.of(), null, null));

		mvc.perform(post("/employer/applications/{id}/stage", application.id())
			.param("stage", "INTERVIEW")
			.header("HX-Request", "true")
			.with(user(employer))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"current-stage\">Interview<")));

		mvc.perform(get("/my/applications").with(user(seeker)))
			.andExpect(content().string(containsString("class=\"rw-stage\">Interview<")));
		assertThat(mailbox.to(seeker.email())).extracting(DevMailbox.Message::body)
			.anySatisfy(body -> assertThat(body).contains("is now at this stage: Interview"));

		// Another organization's staff cannot see or move it.
		AccountUser stranger = data.employer(true);
		mvc.perform(get("/employer/applications/{id}", application.id()).with(user(stranger))).andExpect(status().isNotFound());
		mvc.perform(post("/employer/applications/{id}/stage", application.id()).param("stage", "HIRED")
			.with(user(stranger)).with(csrf())).andExpect(status().isNotFound());

		// The seeker withdraws; the employer can no longer move it.
		mvc.perform(post("/my/applications/{id}/withdraw", application.id()).with(user(seeker)).with(csrf()))
			.andExpect(redirectedUrl("/my/applications"));
		assertThat(applications.statusBoard(seeker).get(0).stage()).isEqualTo(Stage.WITHDRAWN);
		mvc.perform(post("/employer/applications/{id}/stage", application.id()).param("stage", "OFFER")
			.with(user(employer)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "stage.withdrawn"));
	}

	@Test
	void applyingNeedsASeekerAccount() throws Exception {
		PostingSaved saved = jobBank.post(data.employer(true).organizationId(), data.posting("Warehouse associate", List.of()), true);
		mvc.perform(get("/jobs/{id}/apply", saved.id())).andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/login")));
		mvc.perform(get("/jobs/{id}/apply", saved.id()).with(user(data.employer(true)))).andExpect(status().isForbidden());
	}
}
