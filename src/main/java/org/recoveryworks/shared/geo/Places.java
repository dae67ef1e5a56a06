package org.recoveryworks.shared.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * Finds where a ZIP code or a town is, from the ZIP centroid file shipped with the app
 * ({@code geo/zipcodes.csv}, see docs/data-sources.md). No network service is involved.
 */
@Service
public class Places {

	/** A located place: what the user typed, normalised, and its centre. */
	public record Place(String label, String zip, String state, double latitude, double longitude) {
	}

	/** A ZIP code as the data file lists it. */
	public record ZipCode(String zip, String town, String state) {
	}

	private static final double EARTH_RADIUS_MILES = 3958.8;

	private final List<ZipCode> zipCodes = new ArrayList<>();
	private final Map<String, Place> byZip = new HashMap<>();
	private final Map<String, Place> byTown = new HashMap<>();
	private final Map<String, List<Place>> byTownName = new HashMap<>();
	private final java.util.function.Predicate<String> served;
	private final java.util.function.Supplier<String> servedText;

	/** Places where a town named without its state is looked for in Connecticut (for tests of the data file). */
	public Places() {
		this(new ClassPathResource("geo/zipcodes.csv"), "CT"::equalsIgnoreCase, () -> "CT");
	}

	/** A town named without its state is looked for in the states the deployment serves. */
	@org.springframework.beans.factory.annotation.Autowired
	public Places(org.recoveryworks.shared.Deployment deployment) {
		this(new ClassPathResource("geo/zipcodes.csv"), state -> deployment.settings().serves(state), () -> deployment.settings().statesText());
	}

	Places(ClassPathResource resource, java.util.function.Predicate<String> served, java.util.function.Supplier<String> servedText) {
		this.served = served;
		this.servedText = servedText;
		Map<String, double[]> townSums = new LinkedHashMap<>();
		Map<String, String> townLabels = new HashMap<>();
		Map<String, String> townFirstZip = new HashMap<>();
		Map<String, String> townStates = new HashMap<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			String line = in.readLine(); // header
			while ((line = in.readLine()) != null) {
				String[] f = line.split(",", -1);
				if (f.length < 5) {
					continue;
				}
				String zip = f[0].trim();
				String town = f[1].trim();
				String state = f[2].trim();
				double lat = Double.parseDouble(f[3]);
				double lon = Double.parseDouble(f[4]);
				byZip.put(zip, new Place(town + ", " + state + " " + zip, zip, state, lat, lon));
				zipCodes.add(new ZipCode(zip, town, state));
				String key = townKey(town, state);
				double[] sum = townSums.computeIfAbsent(key, k -> new double[3]);
				sum[0] += lat;
				sum[1] += lon;
				sum[2]++;
				townLabels.putIfAbsent(key, town + ", " + state);
				townStates.putIfAbsent(key, state);
				townFirstZip.putIfAbsent(key, zip);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("ZIP code file geo/zipcodes.csv could not be read", e);
		}
		townSums.forEach((key, sum) -> byTown.put(key,
				new Place(townLabels.get(key), townFirstZip.get(key), townStates.get(key), sum[0] / sum[2], sum[1] / sum[2])));
		addTownAliases();
		byTown.forEach((key, place) -> byTownName.computeIfAbsent(key.substring(0, key.lastIndexOf('|')), k -> new ArrayList<>()).add(place));
	}

	/**
	 * Connecticut towns that have no post office of their own name (Vernon's is Rockville,
	 * Winchester's Winsted, ...): located at the ZIP code their residents use.
	 */
	private void addTownAliases() {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				new ClassPathResource("geo/town-aliases.csv").getInputStream(), StandardCharsets.UTF_8))) {
			String line = in.readLine();
			while ((line = in.readLine()) != null) {
				String[] f = line.split(",", -1);
				Place zip = byZip.get(f[2].trim());
				if (f.length == 3 && zip != null) {
					byTown.putIfAbsent(townKey(f[0].trim(), f[1].trim()),
							new Place(f[0].trim() + ", " + f[1].trim(), zip.zip(), zip.state(), zip.latitude(), zip.longitude()));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Town alias file geo/town-aliases.csv could not be read", e);
		}
	}

	/** The ZIP codes of a state (two letters), or of the whole country ("US"), in the data file's order. */
	public List<ZipCode> zipCodes(String state) {
		return zipCodes.stream().filter(z -> "US".equalsIgnoreCase(state) || z.state().equalsIgnoreCase(state)).toList();
	}

	/**
	 * Locates a 5-digit ZIP code, or a town name ("Waterbury", "Waterbury, CT"; without a state, the
	 * town of that name in a state the deployment serves, the first by state code when several have one).
	 */
	public Optional<Place> locate(String zipOrTown) {
		if (zipOrTown == null || zipOrTown.isBlank()) {
			return Optional.empty();
		}
		String text = zipOrTown.trim();
		if (text.matches("\\d{5}(-\\d{4})?")) {
			return Optional.ofNullable(byZip.get(text.substring(0, 5)));
		}
		int comma = text.lastIndexOf(',');
		if (comma > 0) {
			return Optional.ofNullable(byTown.get(townKey(text.substring(0, comma).trim(), text.substring(comma + 1).trim())));
		}
		String name = townKey(text, "");
		return byTownName.getOrDefault(name.substring(0, name.length() - 1), List.of()).stream()
			.filter(p -> served.test(p.state()))
			.min(java.util.Comparator.comparing(Place::state));
	}

	/**
	 * A ZIP code of a state the deployment serves, or a refusal of the form field: {@code unknownKey} when the data
	 * file does not know it, {@code place.zip.notServed} (with the states served) when it is elsewhere.
	 */
	public Place locateServed(String zip, String field, String unknownKey) {
		Place place = locate(zip == null ? null : zip.strip())
			.orElseThrow(() -> new org.recoveryworks.shared.RuleViolation(field, unknownKey, "We do not know this ZIP code."));
		if (!served.test(place.state())) {
			throw new org.recoveryworks.shared.RuleViolation(field, "place.zip.notServed", "This ZIP code is outside the states this site serves.",
					servedText.get());
		}
		return place;
	}

	/** The state of a 5-digit ZIP code ("" when the data file does not know it): addresses print with their own state. */
	public String stateOf(String zip) {
		Place place = zip == null ? null : byZip.get(zip.trim());
		return place == null ? "" : place.state();
	}

	/** Great-circle distance in miles. */
	public static double distanceMiles(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_RADIUS_MILES * Math.asin(Math.sqrt(a));
	}

	private static String townKey(String town, String state) {
		return town.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + "|" + state.toLowerCase(Locale.ROOT);
	}
}
