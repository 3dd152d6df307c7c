-- (b) An employee with their current recommendation, read by their manager (MANAGER key) through GraphQL.
dofile(os.getenv("LUA_DIR") .. "/common.lua")
function init(args)
  load_targets(function(key, id, n)
    return '{"query":"query($id: ID!) { employee(id: $id) { id name currentRecommendation(task: \\"Klantgesprekken\\") '
      .. '{ developmentLevel style directive supportive crisisOverride rationale } } }","variables":{"id":"' .. id .. '"}}'
  end)
end
