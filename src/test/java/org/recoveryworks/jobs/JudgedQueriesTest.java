package org.recoveryworks.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;

/**
 * The judged job searches (src/test/resources/search/judged-queries.tsv) over the demo postings alone, in a database
 * of their own: the share of right postings among the first k of each search (precision at k, averaged), and how many
 * of the peer roles near a place a search for peer work finds (recall of peer roles, against "Peer roles only" with no
 * words). Neither may drop below what the search scored when it was last improved ({@link #PRECISION}, {@link #RECALL}).
 */
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:judged;DB_CLOSE_DELAY=-1", "spring.datasource.username=sa",
		"spring.datasource.password=" })
class JudgedQueriesTest extends IntegrationTest {

	/** The mean precision at k the search reached; raise it when the search gets better, never lower it. */
	static final double PRECISION = 0.90;

	/** The recall of peer roles the search reached for the peer searches; the same rule. */
	static final double RECALL = 1.0;

	@Autowired
	PostingSearch search;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Test
	void aSearchThatFindsFewJobsSaysHowToFindMoreWithCounts() throws Exception {
		// Peer support, part time, within 5 miles of Waterbury: few jobs. A larger distance, no "Part time", or the
		// same choices without the words each find more, and each says how many.
		JobQuery narrow = query("peer support", "06702", 5, EmploymentType.PART_TIME);
		long found = search.search(narrow, false).total();
		assertThat(found).isLessThan(PostingSearch.FEW);
		long wider = search.search(query("peer support", "06702", 10, EmploymentType.PART_TIME), false).total();
		long anyType = search.search(query("peer support", "06702", 5, null), false).total();
		long noWords = search.search(query(null, "06702", 5, EmploymentType.PART_TIME), false).total();
		String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/jobs")
				.param("q", "peer support").param("zip", "06702").param("radius", "5").param("type", "PART_TIME"))
			.andReturn().getResponse().getContentAsString();
		org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page);
		List<String> ways = html.select("#find-more li a").eachText();
		List<String> expected = new ArrayList<>();
		if (wider > found) {
			expected.add("Look within 10 miles: " + jobs(wider));
		}
		if (anyType > found) {
			expected.add("Without \"Part time\": " + jobs(anyType));
		}
		if (noWords > found) {
			expected.add("All jobs with your other choices, not only \"peer support\": " + jobs(noWords));
		}
		assertThat(expected).as("the demo postings give this search more than one way to find more").hasSizeGreaterThan(1);
		assertThat(ways).containsExactlyElementsOf(expected);
		// Each link is the search with that one change.
		List<String> links = html.select("#find-more li a").eachAttr("href");
		assertThat(links).allMatch(href -> href.startsWith("/jobs?") && href.contains("zip=06702"));
		assertThat(links.stream().filter(href -> href.contains("radius=10"))).hasSize(wider > found ? 1 : 0);
		assertThat(links.stream().filter(href -> !href.contains("type=PART_TIME"))).hasSize(anyType > found ? 1 : 0);
		assertThat(links.stream().filter(href -> !href.contains("q="))).hasSize(noWords > found ? 1 : 0);
		// A search that finds plenty says nothing of the kind.
		String plenty = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/jobs").param("q", "peer support"))
			.andReturn().getResponse().getContentAsString();
		assertThat(org.jsoup.Jsoup.parse(plenty).select("#find-more")).isEmpty();
	}

	@Test
	void oneOrTwoWordsMustAllBeFound() {
		// "grants" and "library" are each in a demo posting's title, never in the same one: both words are needed.
		assertThat(search.search(query("grants", null, null, null), false).total()).isPositive();
		assertThat(search.search(query("library", null, null, null), false).total()).isPositive();
		assertThat(search.search(query("grants library", null, null, null), false).total()).isZero();
	}

	private static String jobs(long n) {
		return n == 1 ? "1 job" : n + " jobs";
	}

	private static JobQuery query(String q, String zip, Integer radius, EmploymentType type) {
		JobQuery query = new JobQuery();
		query.setQ(q);
		query.setZip(zip);
		query.setRadius(radius);
		if (type != null) {
			query.setType(new ArrayList<>(List.of(type)));
		}
		return query;
	}

	record Judged(String query, String zip, Integer radius, int k, List<String> right) {
	}

	@Test
	void theJudgedSearchesFindTheRightJobsFirst() {
		List<Judged> judged = judged();
		double precisionSum = 0;
		double recallSum = 0;
		int recallCount = 0;
		StringBuilder report = new StringBuilder();
		for (Judged j : judged) {
			JobQuery query = new JobQuery();
			query.setQ(j.query());
			query.setZip(j.zip());
			query.setRadius(j.radius());
			query.setSize(Math.max(j.k(), 50));
			List<JobSearchResult.Hit> hits = search.search(query, false).hits();
			List<JobSearchResult.Hit> top = hits.subList(0, Math.min(j.k(), hits.size()));
			long right = top.stream().filter(h -> isRight(h, j.right())).count();
			double precision = (double) right / j.k();
			precisionSum += precision;
			report.append(String.format(Locale.ROOT, "%n  %-30s P@%d %.2f  %s", j.query() + (j.zip() == null ? "" : " near " + j.zip()),
					j.k(), precision, top.stream().map(JobSearchResult.Hit::title).collect(Collectors.joining(" | "))));
			if (j.right().contains("peer") && j.zip() != null) {
				JobQuery peers = new JobQuery();
				peers.setZip(j.zip());
				peers.setRadius(j.radius());
				peers.setPeer(true);
				peers.setSize(100);
				Set<Long> all = search.search(peers, false).hits().stream().map(JobSearchResult.Hit::id).collect(Collectors.toSet());
				long found = hits.stream().filter(h -> all.contains(h.id())).count();
				double recall = all.isEmpty() ? 1 : (double) found / all.size();
				recallSum += recall;
				recallCount++;
				report.append(String.format(Locale.ROOT, "  recall of peer roles %.2f (%d of %d)", recall, found, all.size()));
			}
		}
		double precision = precisionSum / judged.size();
		double recall = recallCount == 0 ? 1 : recallSum / recallCount;
		System.out.printf(Locale.ROOT, "Judged searches: %d, mean precision at k %.3f, recall of peer roles %.3f%s%n", judged.size(),
				precision, recall, report);
		assertThat(precision).as("mean precision at k over the judged searches%s", report).isGreaterThanOrEqualTo(PRECISION);
		assertThat(recall).as("recall of peer roles for the peer searches%s", report).isGreaterThanOrEqualTo(RECALL);
	}

	private static boolean isRight(JobSearchResult.Hit hit, List<String> right) {
		String title = plain(hit.title());
		return right.stream().anyMatch(r -> r.equals("peer") ? hit.peerRole() : title.contains(plain(r)));
	}

	private static String plain(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

	private static List<Judged> judged() {
		try {
			String text = new ClassPathResource("search/judged-queries.tsv").getContentAsString(StandardCharsets.UTF_8);
			List<Judged> judged = new ArrayList<>();
			for (String line : text.split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split("\t", -1);
				judged.add(new Judged(f[0], f[1].isBlank() ? null : f[1], f[2].isBlank() ? null : Integer.valueOf(f[2]),
						Integer.parseInt(f[3]), List.of(f[4].split(";"))));
			}
			return judged;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
