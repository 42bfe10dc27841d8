-- wrk script for answer saves: PUT /api/asks/<id>/answer {"text", "baseVersion"}, as interview
-- mode's script sends them, over many asks.
--
-- A save from a stale baseVersion is refused with 409, so each thread keeps every ask's current
-- version and never has two saves of one ask in flight: asks wait in a queue, a request takes
-- the one at the head, and the response (200 or 409 both carry "id" and "version") puts it back
-- at the tail with its new version. wrk tells response() nothing about which request it
-- answers, hence the id in the body. An ask whose save failed otherwise (a 5xx, a dropped
-- connection) is not put back; if the queue runs dry the thread reuses an ask that may still
-- be in flight and counts it as "starved" (which can only add 409s, i.e. failures).
--
-- Environment (besides report.lua's):
--   LOAD_ASKS     file of "id version" lines, the asks to save (the script's share is every
--                 LOAD_THREADS-th line, so no two threads save the same ask)
--   LOAD_THREADS  how many threads wrk runs
--   LOAD_ORIGIN   http://host:port, for the Origin header a change must carry
--   LOAD_TOKEN    the session's CSRF token, sent as X-CSRF-Token (the cookie carries it too)
--   LOAD_ACKED    file the last acknowledged version of every saved ask is written to, one
--                 tab-separated line per ask: id, version, inflight (1: a later save was still
--                 unanswered at the end, so the database may hold that one), the text of that
--                 version, and the text of the next one when inflight is 1
local here = string.match(debug.getinfo(1, "S").source, "^@(.*/)") or "./"
local report = dofile(here .. "report.lua")

-- The text of the save that makes `version`, unique to the ask and version, so that the check in
-- scripts/load can tell which save the database holds (done() writes the expected texts). About
-- the size of an answer typed in an interview; ASCII without quotes, so it needs no escaping.
local filler = "We ship every week and the team decides how; on-call is shared by six people " ..
   "and pages are rare, maybe twice a month. The biggest problem is too many meetings on " ..
   "Mondays, and there is not enough time for mentoring juniors. Growth is a real promotion " ..
   "path with a written ladder, and people move between teams once a year if they want to."
function answer_text(id, version)
   return "Load save " .. version .. " of " .. id .. ". " .. filler
end

local counter = 0
function setup(thread)
   thread:set("index", counter)
   counter = counter + 1
   report.setup(thread)
end

-- Per-thread state.
version = {}       -- id -> current version (from the file, then from each response)
acked = {}         -- id -> version of the last save answered 200
inflight = {}      -- id -> true while a save of it is unanswered
unexpected = 0     -- 200s whose version was not baseVersion + 1
conflicts = 0      -- 409s (must stay 0: the queue never sends a stale version)
starved = 0
local queue, head, tail = {}, 1, 0
local function push(id) tail = tail + 1; queue[tail] = id end
local function pop()
   if head > tail then return nil end
   local id = queue[head]; queue[head] = nil; head = head + 1
   return id
end
local all = {}

function init(args)
   report.headers()
   wrk.method = "PUT"
   wrk.headers["Content-Type"] = "application/json"
   wrk.headers["Origin"] = assert(os.getenv("LOAD_ORIGIN"), "LOAD_ORIGIN is not set")
   wrk.headers["X-CSRF-Token"] = assert(os.getenv("LOAD_TOKEN"), "LOAD_TOKEN is not set")
   local threads = tonumber(os.getenv("LOAD_THREADS") or "1")
   local n = 0
   for line in io.lines(assert(os.getenv("LOAD_ASKS"), "LOAD_ASKS is not set")) do
      local id, v = string.match(line, "^(%S+)%s+(%d+)")
      if id then
         if n % threads == index then
            version[id] = tonumber(v)
            push(id)
            table.insert(all, id)
         end
         n = n + 1
      end
   end
   assert(#all > 0, "no asks for thread " .. index)
end

local reuse = 0
function request()
   local id = pop()
   if not id then
      starved = starved + 1
      reuse = reuse % #all + 1
      id = all[reuse]
   end
   inflight[id] = true
   local v = version[id]
   local body = '{"text":"' .. answer_text(id, v + 1) .. '","baseVersion":' .. v .. '}'
   return wrk.format(nil, "/api/asks/" .. id .. "/answer", nil, body)
end

function response(status, headers, body)
   report.count(status, body)
   local id = string.match(body, '"id"%s*:%s*"([%w%-]+)"')
   local v = tonumber(string.match(body, '"version"%s*:%s*(%d+)'))
   if not (id and v and version[id]) then return end
   if status == 200 then
      if v ~= version[id] + 1 then unexpected = unexpected + 1 end
      acked[id] = v
   elseif status == 409 then
      conflicts = conflicts + 1
   end
   version[id] = v
   inflight[id] = nil
   push(id)
end

function done(summary, latency, requests)
   local saved, unexpected_total, conflicts_total, starved_total = 0, 0, 0, 0
   local out
   local path = os.getenv("LOAD_ACKED")
   if path and path ~= "" then out = assert(io.open(path, "w")) end
   for _, thread in ipairs(report.threads()) do
      unexpected_total = unexpected_total + thread:get("unexpected")
      conflicts_total = conflicts_total + thread:get("conflicts")
      starved_total = starved_total + thread:get("starved")
      local inflight_now = thread:get("inflight")
      for id, v in pairs(thread:get("acked")) do
         saved = saved + 1
         if out then
            local pending = inflight_now[id] and true or false
            out:write(id, "\t", v, "\t", pending and 1 or 0, "\t", answer_text(id, v), "\t",
               pending and answer_text(id, v + 1) or "", "\n")
         end
      end
   end
   if out then out:close() end
   report.done(summary, latency, {
      "asks_saved=" .. saved, "conflicts=" .. conflicts_total,
      "unexpected_versions=" .. unexpected_total, "starved=" .. starved_total,
   })
end
