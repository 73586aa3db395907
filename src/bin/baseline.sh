# Sourced by the bench scripts (after env.sh): build_baseline <rev> checks <rev> out with `git worktree add --detach`
# into target/bench-before (ignored), links .tools into it and builds its jar there, unless the worktree and a jar
# built at that revision are already there (kept for the next run; `git worktree remove --force target/bench-before`
# removes them). Sets BEFORE_TREE and BEFORE_REV. Progress on stderr.
BEFORE_TREE=target/bench-before

build_baseline() {
  BEFORE_REV=$(git rev-parse --verify "$1^{commit}")
  git worktree prune
  if [ "$(git -C "$BEFORE_TREE" rev-parse --show-toplevel 2>/dev/null)" = "$STRIKEMAP_HOME/$BEFORE_TREE" ] \
     && [ "$(git -C "$BEFORE_TREE" rev-parse HEAD)" = "$BEFORE_REV" ]; then
    echo "reusing the worktree $BEFORE_TREE at ${BEFORE_REV:0:7}" >&2
  else
    if [ -e "$BEFORE_TREE" ]; then
      git worktree remove --force "$BEFORE_TREE" 2>/dev/null || rm -rf "$BEFORE_TREE"
      git worktree prune
    fi
    echo "adding the worktree $BEFORE_TREE at ${BEFORE_REV:0:7}" >&2
    git worktree add --detach "$BEFORE_TREE" "$BEFORE_REV" >&2
  fi
  ln -sfn "$(readlink -f .tools)" "$BEFORE_TREE/.tools"
  if [ -f "$BEFORE_TREE/target/strikemap.jar" ] && [ "$(cat "$BEFORE_TREE/target/bench-built-rev" 2>/dev/null)" = "$BEFORE_REV" ]; then
    echo "reusing the before jar built at ${BEFORE_REV:0:7}" >&2
  else
    echo "building the before jar (${BEFORE_REV:0:7})" >&2
    (cd "$BEFORE_TREE" && mvn -B -q -Dstyle.color=never -Pproduction -DskipTests package) >&2
    echo "$BEFORE_REV" > "$BEFORE_TREE/target/bench-built-rev"
  fi
}

# snapshot_after <name>: builds this tree's jar and the tools (benchmarks in src/tools, build_tools in env.sh), then
# copies them to target/<name>-build, so that a long bench runs on what was built when it started while the tree is
# built and tested again meanwhile. Sets AFTER_JAR and CP (the benchmark classes' class path).
snapshot_after() {
  local dir="target/$1-build"
  build_tools package production
  rm -rf "$dir" && mkdir -p "$dir"
  cp -r target/strikemap.jar target/classes target/test-classes target/tools-classes "$dir/"
  AFTER_JAR="$STRIKEMAP_HOME/$dir/strikemap.jar"
  CP="$dir/tools-classes:$dir/test-classes:$dir/classes:$(cat target/tools-classpath.txt)"
}

# wait_for_app <pid> <port> <log>: waits until the app started as <pid> answers its readiness probe on <port>, and
# makes sure it is that app (alive, and its log says Tomcat started on that port), not another one on a shared
# machine. Exits with the log's name when the app died.
wait_for_app() {
  local pid=$1 port=$2 log=$3
  until curl -sf -o /dev/null "http://localhost:$port/actuator/health/readiness"; do
    sleep 1
    kill -0 "$pid" 2>/dev/null || { echo "the app died; see $log" >&2; exit 1; }
  done
  if ! kill -0 "$pid" 2>/dev/null || ! grep -q "Tomcat started on port $port" "$log"; then
    echo "another process answers on port $port; see $log (choose another PORT)" >&2
    exit 1
  fi
}
