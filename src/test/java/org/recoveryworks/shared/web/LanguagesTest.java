package org.recoveryworks.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class LanguagesTest {

	@Test
	void aLanguageAsARecordWritesItInWordsIsOneTheSiteHasOrNone() {
		assertThat(Languages.ofRecorded("Spanish")).contains(Languages.SPANISH);
		assertThat(Languages.ofRecorded("Español")).contains(Languages.SPANISH);
		assertThat(Languages.ofRecorded("  spanish and English ")).contains(Languages.SPANISH);
		assertThat(Languages.ofRecorded("English, some Spanish")).contains(Languages.ENGLISH);
		assertThat(Languages.ofRecorded("es")).contains(Languages.SPANISH);
		assertThat(Languages.ofRecorded("Portuguese")).isEmpty();
		assertThat(Languages.ofRecorded("")).isEmpty();
		assertThat(Languages.ofRecorded(null)).isEmpty();
	}

	@Test
	void onlyTheSitesLanguagesAreSupportedAsUsedInTheUnitedStates() {
		assertThat(Languages.supported(Locale.forLanguageTag("es-MX"))).contains(Languages.SPANISH);
		assertThat(Languages.supported(Locale.UK)).contains(Languages.ENGLISH);
		assertThat(Languages.supported(Locale.FRENCH)).isEmpty();
	}

	@Test
	void aMailIsWrittenInItsReadersLanguageAndTheRequestKeepsItsOwn() {
		LocaleContextHolder.setLocale(Languages.ENGLISH);
		try {
			Languages.writeIn(Languages.SPANISH, () -> assertThat(LocaleContextHolder.getLocale()).isEqualTo(Languages.SPANISH));
			assertThat(LocaleContextHolder.getLocale()).isEqualTo(Languages.ENGLISH);
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}
}
