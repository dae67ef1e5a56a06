package org.recoveryworks.programs;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The finder's map. Without a tile source the finder shows the list only (it always does; the
 * map is an addition for those who can use it).
 *
 * @param mapTiles a tile URL template with {z}, {x} and {y}, e.g. https://tiles.example.org/{z}/{x}/{y}.png
 * @param mapAttribution the credit line the tile source asks for
 */
@ConfigurationProperties("recoveryworks.programs")
record ProgramsSettings(String mapTiles, String mapAttribution) {

	boolean mapOn() {
		return mapTiles != null && !mapTiles.isBlank() && mapTiles.contains("{z}") && mapTiles.contains("{x}") && mapTiles.contains("{y}");
	}
}
