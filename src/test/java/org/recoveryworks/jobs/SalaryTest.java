package org.recoveryworks.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class SalaryTest {

	private static BigDecimal d(String s) {
		return new BigDecimal(s);
	}

	@Test
	void reproducesTheSeedPostingsThreeFiguresFromTheBiweeklyRange() {
		Salary salary = new Salary(SalaryUnit.BIWEEKLY, d("1598.59"), d("2171.61"), d("70"), d("26.1"));

		assertThat(salary.hourlyMin()).isEqualByComparingTo("22.84");
		assertThat(salary.hourlyMax()).isEqualByComparingTo("31.02");
		assertThat(salary.biweeklyMin()).isEqualByComparingTo("1598.59");
		assertThat(salary.biweeklyMax()).isEqualByComparingTo("2171.61");
		assertThat(salary.yearlyMin()).isEqualByComparingTo("41723.20");
		assertThat(salary.yearlyMax()).isEqualByComparingTo("56679.02");
	}

	@Test
	void derivesBiweeklyAndYearlyFromAnHourlyRange() {
		Salary salary = new Salary(SalaryUnit.HOURLY, d("20.00"), d("25.50"), d("80"), d("26"));

		assertThat(salary.biweeklyMin()).isEqualByComparingTo("1600.00");
		assertThat(salary.biweeklyMax()).isEqualByComparingTo("2040.00");
		assertThat(salary.yearlyMin()).isEqualByComparingTo("41600.00");
		assertThat(salary.yearlyMax()).isEqualByComparingTo("53040.00");
	}

	@Test
	void derivesHourlyAndBiweeklyFromAYearlyRange() {
		Salary salary = new Salary(SalaryUnit.YEARLY, d("52000"), d("62400"), d("80"), d("26"));

		assertThat(salary.hourlyMin()).isEqualByComparingTo("25.00");
		assertThat(salary.hourlyMax()).isEqualByComparingTo("30.00");
		assertThat(salary.biweeklyMin()).isEqualByComparingTo("2000.00");
		assertThat(salary.yearlyMax()).isEqualByComparingTo("62400.00");
	}
}
