-- (e) A 50-employee team with every member's current recommendation, read by the team's manager.
dofile(os.getenv("LUA_DIR") .. "/common.lua")
function init(args)
  load_targets(function(key, id, n)
    return '{"query":"query($id: ID!) { team(id: $id) { id name employees { id name currentRecommendation(task: \\"Klantgesprekken\\") '
      .. '{ developmentLevel style } } } }","variables":{"id":"' .. id .. '"}}'
  end)
end
