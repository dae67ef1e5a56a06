package org.recoveryworks.jobs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A pay range entered in one unit, with the employer's pay period hours and periods per year.
 * The other two units are derived from the entered figures (never from rounded ones), so a
 * State of Connecticut bi-weekly range of $1,598.59-$2,171.61 with 70 hours and 26.1 periods
 * gives $22.84-$31.02 hourly and $41,723.20-$56,679.02 yearly, as in the seed posting.
 */
public record Salary(SalaryUnit unit, BigDecimal min, BigDecimal max, BigDecimal payPeriodHours, BigDecimal periodsPerYear) {

	private static final MathContext PRECISION = MathContext.DECIMAL64;

	public BigDecimal hourlyMin() {
		return cents(toHourly(min));
	}

	public BigDecimal hourlyMax() {
		return cents(toHourly(max));
	}

	public BigDecimal biweeklyMin() {
		return cents(toBiweekly(min));
	}

	public BigDecimal biweeklyMax() {
		return cents(toBiweekly(max));
	}

	public BigDecimal yearlyMin() {
		return cents(toBiweekly(min).multiply(periodsPerYear, PRECISION));
	}

	public BigDecimal yearlyMax() {
		return cents(toBiweekly(max).multiply(periodsPerYear, PRECISION));
	}

	private BigDecimal toBiweekly(BigDecimal amount) {
		return switch (unit) {
			case HOURLY -> amount.multiply(payPeriodHours, PRECISION);
			case BIWEEKLY -> amount;
			case YEARLY -> amount.divide(periodsPerYear, PRECISION);
		};
	}

	private BigDecimal toHourly(BigDecimal amount) {
		return switch (unit) {
			case HOURLY -> amount;
			case BIWEEKLY -> amount.divide(payPeriodHours, PRECISION);
			case YEARLY -> amount.divide(periodsPerYear, PRECISION).divide(payPeriodHours, PRECISION);
		};
	}

	private static BigDecimal cents(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}
}
