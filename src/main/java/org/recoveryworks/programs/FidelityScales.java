package org.recoveryworks.programs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the fidelity scales shipped as data ({@code classpath:programs/fidelity/*.json}) when the
 * application starts (before the demo data, which scores reviews on them): a scale whose code is not yet known is added; one already loaded is left
 * as it is, since reviews were scored on it. New reviews use the scale loaded last.
 */
@Component
@Order(-10)
class FidelityScales implements ApplicationRunner {

	record ScaleFile(String code, String name, String source, int lowest, int highest, List<BandFile> bands,
			List<ItemFile> items) {
	}

	record BandFile(int from, int to, String name) {
	}

	record ItemFile(String section, String name, String criterion) {
	}

	private final FidelityScaleRepository scales;
	private final FidelityItemRepository items;
	private final Clock clock;
	private final JsonMapper json = JsonMapper.builder().build();

	FidelityScales(FidelityScaleRepository scales, FidelityItemRepository items, Clock clock) {
		this.scales = scales;
		this.items = items;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:programs/fidelity/*.json");
			Arrays.sort(files, Comparator.comparing(Resource::getFilename));
			for (Resource file : files) {
				try (InputStream in = file.getInputStream()) {
					load(json.readValue(in, ScaleFile.class));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Adds a scale unless its code is already loaded; refuses a file that does not add up. */
	@Transactional
	FidelityScale load(ScaleFile file) {
		var known = scales.findByCode(file.code());
		if (known.isPresent()) {
			return known.get();
		}
		if (file.items() == null || file.items().isEmpty() || file.lowest() >= file.highest() || file.bands() == null
				|| file.bands().isEmpty()) {
			throw new IllegalStateException("Fidelity scale " + file.code() + " needs items, a score range and bands");
		}
		List<FidelityScale.Band> bands = file.bands().stream().map(b -> new FidelityScale.Band(b.from(), b.to(), b.name())).toList();
		FidelityScale scale = scales.save(new FidelityScale(file.code(), file.name(), file.source(), file.lowest(), file.highest(),
				bands, Instant.now(clock)));
		for (int i = 0; i < file.items().size(); i++) {
			ItemFile item = file.items().get(i);
			items.save(new FidelityItem(scale.getId(), i + 1, item.section(), item.name(), item.criterion()));
		}
		return scale;
	}
}
