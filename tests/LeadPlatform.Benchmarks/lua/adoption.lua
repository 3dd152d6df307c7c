-- (d) The adoption report of the large organisation, read by its org admin.
dofile(os.getenv("LUA_DIR") .. "/common.lua")
function init(args)
  load_targets(function(key, id, n)
    return '{"query":"query($id: ID!) { organisation(id: $id) { adoption { managers adoptionRate sessionsCompleted openQuestionRatio } } }",'
      .. '"variables":{"id":"' .. id .. '"}}'
  end)
end
