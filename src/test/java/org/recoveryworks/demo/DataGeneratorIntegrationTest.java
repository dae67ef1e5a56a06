package org.recoveryworks.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.recoveryworks.jobs.JobBank;
import org.recoveryworks.jobs.JobQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The data generator, in a database of its own (so its postings do not change other tests' searches): what it writes
 * through the job bank and the imports, and that a seed always gives the same data.
 */
@org.junit.jupiter.api.Tag("integration")
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:generator;DB_CLOSE_DELAY=-1", "spring.datasource.username=sa",
		"spring.datasource.password=", "recoveryworks.demo-data=false" })
@ActiveProfiles("test")
class DataGeneratorIntegrationTest {

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 2);
	static final DataGenerator.Sizes SIZES = new DataGenerator.Sizes(300, 40, 120, 30, 200, 9);

	@Autowired
	DataGenerator generator;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobBank jobBank;

	@Test
	void writesEveryKindOfRecordAndTheSameSeedGivesTheSameData() {
		DataGenerator.Summary first = generator.generate(SIZES, 7, AS_OF, "CT", "RUNA");

		assertThat(first.postings()).isEqualTo(300);
		assertThat(first.employers()).isEqualTo(5);
		assertThat(count("select count(*) from posting where recruitment_number like 'RUNA-%'")).isEqualTo(300);
		assertThat(count("select count(*) from user_account where email like '%.runas%@generated.example.org' and role = 'SEEKER'"))
			.isEqualTo(40);
		// Random pairs of seeker and posting: a pair drawn twice is one application.
		assertThat(first.applications()).isBetween(100, 120);
		assertThat(count("select count(*) from job_application a join posting p on p.id = a.posting_id where p.recruitment_number like 'RUNA-%'"))
			.isEqualTo(first.applications());
		assertThat(count("select count(*) from participant where external_id like 'RUNA-P%'")).isEqualTo(30);
		assertThat(count("select count(*) from coaching_session where external_id like 'RUNA-S%'")).isEqualTo(200);
		assertThat(count("select count(*) from placement where external_id like 'RUNA-J%'")).isEqualTo(first.placements()).isPositive();
		assertThat(count("select count(*) from follow_up f join placement p on p.id = f.placement_id where p.external_id like 'RUNA-J%' and f.outcome <> 'DUE'"))
			.isEqualTo(first.followUps());
		// Postings are in Connecticut, every name says it is generated, and nothing is dated after the day.
		assertThat(jdbc.queryForList("select distinct substring(zip, 1, 2) from posting where recruitment_number like 'RUNA-%'",
				String.class)).containsOnly("06");
		assertThat(count("select count(*) from organization where name like '%(generated)' and description like 'Generated data%'"))
			.as("%s", jdbc.queryForList("select name from organization", String.class)).isEqualTo(6);
		assertThat(count("select count(*) from coaching_session where external_id like 'RUNA-S%' and starts_at > timestamp '2026-11-03 00:00:00'"))
			.isZero();

		// The open ones are found by search, like any employer's posting.
		JobQuery query = new JobQuery();
		query.setQ("recovery");
		assertThat(jobBank.search(query).total()).isPositive();

		generator.generate(SIZES, 7, AS_OF, "CT", "RUNB");
		assertThat(rows("RUNB")).isEqualTo(rows("RUNA"));
		generator.generate(SIZES, 8, AS_OF, "CT", "RUNC");
		assertThat(rows("RUNC")).isNotEqualTo(rows("RUNA"));
	}

	@Test
	void refusesABadLabelOrState() {
		assertThatThrownBy(() -> generator.generate(DataGenerator.Sizes.postingsOnly(1), 1, AS_OF, "CT", "no spaces"))
			.hasMessageContaining("label");
		assertThatThrownBy(() -> generator.generate(DataGenerator.Sizes.postingsOnly(1), 1, AS_OF, "XX", "BAD"))
			.hasMessageContaining("No ZIP codes for XX");
	}

	/** What a run wrote, without its label: postings, seekers and participants in order. */
	private List<Map<String, Object>> rows(String label) {
		List<Map<String, Object>> rows = new java.util.ArrayList<>(jdbc.queryForList("select substring(p.recruitment_number, "
				+ (label.length() + 2) + ") n, p.title, p.town, p.zip, p.hourly_min, p.hourly_max, p.open_date, p.close_date, p.shift, o.name "
				+ "from posting p join organization o on o.id = p.organization_id where p.recruitment_number like ? order by p.id",
				label + "-%"));
		rows.addAll(jdbc.queryForList("select display_name, phone from user_account where email like ? and role in ('SEEKER', 'COACH') order by id",
				"%." + label.toLowerCase() + "%@generated.example.org"));
		rows.addAll(jdbc.queryForList("select full_name, town, enrolled_on, benefits from participant where external_id like ? order by id",
				label + "-P%"));
		return rows;
	}

	private long count(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}
}
