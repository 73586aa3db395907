# Sourced by the other scripts: picks a JDK >= 21 (JAVA_HOME if it is one, else the newest under /usr/lib/jvm) and
# exports JAVA_HOME. Limits: Linux; no download.
java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }

pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ]; then
    return
  fi
  local best="" best_major=0 candidate major
  for candidate in /usr/lib/jvm/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major="$(java_major "$candidate")"
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"; best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    echo "StrikeMap needs a JDK 21 or newer under /usr/lib/jvm (or set JAVA_HOME)." >&2
    exit 1
  fi
  export JAVA_HOME="$best"
}
