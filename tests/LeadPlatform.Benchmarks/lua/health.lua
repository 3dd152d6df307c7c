-- (a) GET /health/live: the ceiling of the host on this machine.
dofile(os.getenv("LUA_DIR") .. "/common.lua")
function init(args)
  requests[1] = wrk.format("GET", "/health/live")
end
