-- Shared by the load scripts: per-thread request lists, error counting, and one RESULT line at the end.
-- A response is an error when its status is not 200 or its body carries GraphQL "errors".
local threads = {}
local counter = 0
errors = 0
checked = 0
requests = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

-- Reads "key id" lines from the file named by $TARGETS and turns each into a ready-made request with make(key, id, n).
function load_targets(make)
  local file = assert(io.open(os.getenv("TARGETS"), "r"))
  local n = 0
  for line in file:lines() do
    local key, id = line:match("^(%S+)%s+(%S+)")
    if key then
      n = n + 1
      requests[#requests + 1] = wrk.format("POST", "/graphql",
        { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. key }, make(key, id, n))
    end
  end
  file:close()
  assert(#requests > 0, "no targets in " .. os.getenv("TARGETS"))
  -- Threads start at different places in the list, so they touch different grains.
  counter = math.floor((id or 1) * #requests / 2)
end

function request()
  counter = counter % #requests + 1
  return requests[counter]
end

function response(status, headers, body)
  checked = checked + 1
  if status ~= 200 or (body ~= nil and body:find('"errors"', 1, true)) then
    errors = errors + 1
  end
end

function done(summary, latency, _)
  local failed, seen = 0, 0
  for _, thread in ipairs(threads) do
    failed = failed + (thread:get("errors") or 0)
    seen = seen + (thread:get("checked") or 0)
  end
  io.write(string.format("RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f errors=%d checked=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    failed + summary.errors.status, seen,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
