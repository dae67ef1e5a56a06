package org.recoveryworks.shared.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlacesTest {

	static final Places PLACES = new Places();

	@Test
	void locatesZipCodesAndTowns() {
		assertThat(PLACES.locate("06702")).hasValueSatisfying(p -> {
			assertThat(p.label()).isEqualTo("Waterbury, CT 06702");
			assertThat(p.latitude()).isBetween(41.5, 41.6);
		});
		assertThat(PLACES.locate("waterbury")).hasValueSatisfying(p -> assertThat(p.state()).isEqualTo("CT"));
		assertThat(PLACES.locate("Springfield, MA")).hasValueSatisfying(p -> assertThat(p.state()).isEqualTo("MA"));
		assertThat(PLACES.locate("Atlantis")).isEmpty();
		assertThat(PLACES.locate("99999")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "East Haven", "Franklin", "Griswold", "Hartland", "Killingly", "Lisbon", "Lyme", "Mansfield",
			"North Canaan", "Sprague", "Union", "Vernon", "Warren", "Winchester", "Woodbridge" })
	void locatesConnecticutTownsThatHaveNoPostOfficeOfTheirOwnName(String town) {
		assertThat(PLACES.locate(town)).hasValueSatisfying(p -> assertThat(p.state()).isEqualTo("CT"));
	}

	@Test
	void measuresDistanceInMiles() {
		// Waterbury to Hartford is about 24 miles as the crow flies.
		assertThat(Places.distanceMiles(41.556, -73.046, 41.765, -72.671)).isBetween(23.0, 25.5);
	}
}
