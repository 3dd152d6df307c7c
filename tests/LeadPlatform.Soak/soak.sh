#!/usr/bin/env bash
# LeadPlatform soak (issue 9): mixed traffic against the Release-published host for a while, reporting memory (RSS
# over time), latency drift (p50/p99 per minute) and errors.
#
#   tests/LeadPlatform.Soak/soak.sh 30m          30 minutes (also 90s, 2h; a plain number is minutes)
#
# Publishes the host in Release, starts it on a fresh data folder (embedded SQLite store), seeds a population through
# the GraphQL API and runs the traffic (SOAK_RATE requests/s, default 60, from SOAK_WORKERS workers, default 12).
# Results go to $SOAK_OUT (default /tmp/leadplatform-soak-results/<date>/): summary.md first, minutes.tsv, rss.tsv,
# host.log, machine.txt. docs/RELIABILITY.md quotes a 30-minute run.
set -euo pipefail
duration="${1:-30m}"
case "$duration" in
  *h) minutes=$(( ${duration%h} * 60 )) ;;
  *m) minutes=${duration%m} ;;
  *s) minutes=$(awk "BEGIN { print ${duration%s} / 60 }") ;;
  *) minutes=$duration ;;
esac

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${SOAK_OUT:-/tmp/leadplatform-soak-results/$(date -u +%Y%m%d-%H%M%S)}"
work="$(mktemp -d /tmp/leadplatform-soak-XXXXXX)"
mkdir -p "$out"
admin_key="soak-admin-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
host_pid=""
# shellcheck source=../scripts/host-process.sh
. "$root/tests/scripts/host-process.sh"
cleanup() {
  stop_host "$host_pid"
  rm -rf "$work"
}
trap cleanup EXIT

echo "[soak] publishing the host (Release) and building the soak tool"
dotnet publish "$root/src/LeadPlatform.Host" -c Release -o "$work/host" --nologo -v quiet > "$out/publish.log" 2>&1
dotnet build "$here" -c Release -o "$work/tool" --nologo -v quiet > "$out/build.log" 2>&1

url="http://127.0.0.1:$(free_port)"
ASPNETCORE_URLS="$url" \
LeadPlatform__DataDirectory="$work/data" \
LeadPlatform__AdminApiKey="$admin_key" \
LeadPlatform__Orleans__SiloPort="$(free_port)" \
LeadPlatform__Orleans__GatewayPort="$(free_port)" \
Logging__LogLevel__Default=Warning \
  "$work/host/LeadPlatform.Host" > "$out/host.log" 2>&1 &
host_pid=$!
for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/health/ready")" = 200 ] && break
  kill -0 "$host_pid" 2>/dev/null || { tail -n 30 "$out/host.log"; exit 1; }
  sleep 0.1
done
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cores: $(nproc); cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "memory: $(free -m | awk '/Mem:/ {print $2 " MiB"}')"
  echo "dotnet: $(dotnet --list-runtimes | grep NETCore.App | tail -1)"
  echo "commit: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$root" diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
  echo "command: tests/LeadPlatform.Soak/soak.sh $duration (rate ${SOAK_RATE:-60}/s, ${SOAK_WORKERS:-12} workers)"
} > "$out/machine.txt"
cat "$out/machine.txt"

dotnet "$work/tool/LeadPlatform.Soak.dll" --url "$url/" --admin-key "$admin_key" --minutes "$minutes" \
  --pid "$host_pid" --rate "${SOAK_RATE:-60}" --workers "${SOAK_WORKERS:-12}" --out "$out"
kill -0 "$host_pid" 2>/dev/null || { echo "[soak] the host died during the soak"; exit 1; }
echo "[soak] results in $out"
