# Sourced by the benchmark harness (tests/LeadPlatform.Benchmarks/run.sh) and the soak (tests/LeadPlatform.Soak/soak.sh),
# which both run the published host as a process of their own.

# A free TCP port on loopback (node is on every machine this project runs on).
free_port() { node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'; }

# Stops the host process with id $1, and only that one: TERM, up to 10 s to drain, then KILL. No id: nothing to do.
stop_host() {
  local pid="${1:-}"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
}
