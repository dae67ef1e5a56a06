package org.recoveryworks.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The shipped IPS-25 scale, its bands, the total of a review and when the next one is due. */
class FidelityScoringTest {

	private static FidelityScales.ScaleFile shipped() throws Exception {
		try (InputStream in = FidelityScoringTest.class.getResourceAsStream("/programs/fidelity/ips-25.json")) {
			return JsonMapper.builder().build().readValue(in, FidelityScales.ScaleFile.class);
		}
	}

	private static FidelityScale scale(FidelityScales.ScaleFile file) {
		return new FidelityScale(file.code(), file.name(), file.source(), file.lowest(), file.highest(),
				file.bands().stream().map(b -> new FidelityScale.Band(b.from(), b.to(), b.name())).toList(), java.time.Instant.EPOCH);
	}

	@Test
	void theShippedScaleHasTheTwentyFiveItemsOfTheManualInThreeSections() throws Exception {
		FidelityScales.ScaleFile file = shipped();
		assertThat(file.items()).hasSize(25);
		Map<String, Long> sections = file.items().stream().collect(Collectors.groupingBy(FidelityScales.ItemFile::section, Collectors.counting()));
		assertThat(sections).containsEntry("Staffing", 3L).containsEntry("Organization", 8L).containsEntry("Services", 14L);
		assertThat(file.items().get(0).name()).isEqualTo("Caseload size");
		assertThat(file.items().get(8).name()).isEqualTo("Zero exclusion criteria");
		assertThat(file.items().get(24).name()).isEqualTo("Assertive engagement and outreach by integrated team");
		assertThat(file.lowest()).isEqualTo(1);
		assertThat(file.highest()).isEqualTo(5);
	}

	@Test
	void totalsFallIntoThePublishedBandsAtEveryEdge() throws Exception {
		FidelityScale scale = scale(shipped());
		assertThat(scale.bandOf(125)).map(FidelityScale.Band::name).contains("Exemplary fidelity");
		assertThat(scale.bandOf(115)).map(FidelityScale.Band::name).contains("Exemplary fidelity");
		assertThat(scale.bandOf(114)).map(FidelityScale.Band::name).contains("Good fidelity");
		assertThat(scale.bandOf(100)).map(FidelityScale.Band::name).contains("Good fidelity");
		assertThat(scale.bandOf(99)).map(FidelityScale.Band::name).contains("Fair fidelity");
		assertThat(scale.bandOf(74)).map(FidelityScale.Band::name).contains("Fair fidelity");
		assertThat(scale.bandOf(73)).map(FidelityScale.Band::name).contains("Not supported employment (IPS)");
		assertThat(scale.bandOf(25)).map(FidelityScale.Band::name).contains("Not supported employment (IPS)");
		assertThat(scale.bandOf(126)).isEmpty();
	}

	@Test
	void theTotalAddsTheScoresGivenAndADraftCountsOnlyThose() {
		List<FidelityReview.Score> scores = List.of(new FidelityReview.Score(1L, 5, null), new FidelityReview.Score(2L, 3, "x"),
				new FidelityReview.Score(3L, null, null), new FidelityReview.Score(4L, 1, null));
		assertThat(FidelityReview.totalOf(scores)).isEqualTo(9);
	}

	@Test
	void theNextReviewIsDueSixMonthsAfterTheLastOrFromTheDayAProgramIsListed() {
		LocalDate listed = LocalDate.of(2026, 1, 15);
		assertThat(FidelityReviews.nextDue(null, listed, 6)).isEqualTo(listed);
		assertThat(FidelityReviews.nextDue(LocalDate.of(2026, 3, 31), listed, 6)).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(FidelityReviews.nextDue(LocalDate.of(2025, 8, 31), listed, 6)).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(FidelityReviews.nextDue(LocalDate.of(2026, 5, 1), listed, 12)).isEqualTo(LocalDate.of(2027, 5, 1));
	}
}
