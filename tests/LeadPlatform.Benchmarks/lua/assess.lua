-- (c) assessEmployee by the employee's manager: a write that is persisted before it is acknowledged.
-- Competence and commitment go round all nine cells of the table.
dofile(os.getenv("LUA_DIR") .. "/common.lua")
local competences = { "LOW", "SOME", "HIGH" }
local commitments = { "LOW", "VARIABLE", "HIGH" }
function init(args)
  for cell = 0, 8 do
    load_targets(function(key, id, n)
      return '{"query":"mutation($e: ID!, $c: Competence!, $m: Commitment!) { assessEmployee(employeeId: $e, task: \\"Klantgesprekken\\", '
        .. 'competence: $c, commitment: $m) { developmentLevel recommendation { style } assessedAt } }","variables":{"e":"' .. id
        .. '","c":"' .. competences[(n + cell) % 3 + 1] .. '","m":"' .. commitments[math.floor((n + cell) / 3) % 3 + 1] .. '"}}'
    end)
  end
end
