package org.recoveryworks.programs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The finder's map. Without a tile source the finder shows the list only (it always does; the
 * map is an addition for those who can use it).
 *
 * @param mapTiles a tile URL template with {z}, {x} and {y}, e.g. https://tiles.example.org/{z}/{x}/{y}.png
 * @param mapAttribution the credit line the tile source asks for
 * @param fidelityCycleMonths how often an IPS program's fidelity is reviewed (DMHAS: twice a year)
 */
@ConfigurationProperties("recoveryworks.programs")
record ProgramsSettings(String mapTiles, String mapAttribution, @DefaultValue("6") int fidelityCycleMonths) {

	boolean mapOn() {
		return mapTiles != null && !mapTiles.isBlank() && mapTiles.contains("{z}") && mapTiles.contains("{x}") && mapTiles.contains("{y}");
	}
}
