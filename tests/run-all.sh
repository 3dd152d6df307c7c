#!/usr/bin/env bash
# Runs every test of LeadPlatform (the README's test command) and ends with "N passed, N failed".
# Starts whatever the tests need and stops it again.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

results="$(mktemp -d)"
# The Azure storage, outage and failover tests start and stop their own Azurite; never leave one behind.
trap 'pkill -f "$root/tests/azurite/node_modules" 2>/dev/null; rm -rf "$results"' EXIT

# Azurite, pinned by tests/azurite/package-lock.json, for the Azure Storage tests (they fail, not skip, without it).
if [ ! -x tests/azurite/node_modules/.bin/azurite ]; then
  echo "installing Azurite for the Azure Storage tests"
  (cd tests/azurite && npm ci --no-audit --no-fund --loglevel=error) || echo "could not install Azurite: the Azure Storage tests will fail"
fi

# The GraphQL IDE's browser test drives Debian's headless Chromium; it fails (not skips) without it.
if [ ! -x /usr/bin/chromium ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  apt_get() { $sudo env DEBIAN_FRONTEND=noninteractive apt-get "$@" >>"$results/apt.log" 2>&1; }
  echo "installing chromium for the browser test"
  apt_get install -y -qq --no-install-recommends chromium ||
    { apt_get update -qq && apt_get install -y -qq --no-install-recommends chromium; } ||
    { tail -n 20 "$results/apt.log"; echo "could not install chromium: the browser test will fail"; }
fi

dotnet test LeadPlatform.sln --nologo "$@" 2>&1 | tee "$results/test.log"
status=${PIPESTATUS[0]}

# dotnet test prints one summary line per test assembly: "Passed!  - Failed: 0, Passed: 12, ..."
read -r passed failed < <(grep -E '(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+' "$results/test.log" |
  sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+).*/\2 \1/' |
  awk '{p+=$1; f+=$2} END {print p+0, f+0}')
# A build or host crash fails the run even when no summary line says so.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
exit "$status"
