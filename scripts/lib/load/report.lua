-- Shared by the wrk scripts of scripts/load: counts what wrk's own summary hides and writes
-- one line of figures that the bash script reads.
--
-- wrk reports non-2xx/3xx responses only in its text summary, and counts a 3xx as a success;
-- a Candor page or save that redirects under load would be a bug, so anything outside 2xx is
-- counted here, with its status, and the first such body is kept to say what went wrong.
--
-- Environment (set by scripts/load):
--   LOAD_RESULT  file the figures are written to (one line of key=value pairs)
--   LOAD_COOKIE  Cookie header every request carries, as a browser that opened a page does
local report = {}

-- Per-thread counters: each wrk thread runs its own Lua state, and done() (in the main state)
-- reads them back with thread:get.
non2xx = 0
statuses = {}
sample = ""

local threads = {}

function report.setup(thread)
   table.insert(threads, thread)
end

-- The threads, for a script's own done() (main state only).
function report.threads()
   return threads
end

-- Counts a response outside 2xx; returns true when the status was a 2xx.
function report.count(status, body)
   if status >= 200 and status < 300 then
      return true
   end
   non2xx = non2xx + 1
   local key = tostring(status)
   statuses[key] = (statuses[key] or 0) + 1
   if sample == "" and body then
      -- One line, short: it is printed in the table's notes.
      sample = string.sub(string.gsub(body, "%s+", " "), 1, 200)
   end
   return false
end

function report.headers()
   local cookie = os.getenv("LOAD_COOKIE")
   if cookie and cookie ~= "" then
      wrk.headers["Cookie"] = cookie
   end
end

-- Sums the threads' counters and writes the figures. Latencies are in microseconds.
-- `extra` is a table of more key=value pairs (the save script adds its own).
function report.done(summary, latency, extra)
   local total, by_status, first = 0, {}, ""
   for _, thread in ipairs(threads) do
      total = total + (thread:get("non2xx") or 0)
      for status, n in pairs(thread:get("statuses") or {}) do
         by_status[status] = (by_status[status] or 0) + n
      end
      local s = thread:get("sample") or ""
      if first == "" then first = s end
   end
   local codes = {}
   for status, n in pairs(by_status) do
      table.insert(codes, status .. "x" .. n)
   end
   table.sort(codes)
   local e = summary.errors
   local seconds = summary.duration / 1e6
   local fields = {
      "requests=" .. summary.requests,
      "seconds=" .. string.format("%.3f", seconds),
      "rps=" .. string.format("%.1f", summary.requests / seconds),
      "p50_us=" .. latency:percentile(50),
      "p99_us=" .. latency:percentile(99),
      "max_us=" .. latency.max,
      "non2xx=" .. total,
      "statuses=" .. (#codes > 0 and table.concat(codes, ",") or "-"),
      "connect=" .. e.connect,
      "read=" .. e.read,
      "write=" .. e.write,
      "timeout=" .. e.timeout,
      "socket_errors=" .. (e.connect + e.read + e.write + e.timeout),
   }
   for _, pair in ipairs(extra or {}) do
      table.insert(fields, pair)
   end
   local line = table.concat(fields, " ")
   local path = os.getenv("LOAD_RESULT")
   if path and path ~= "" then
      local out = assert(io.open(path, "w"))
      out:write(line, "\n")
      -- Last, on its own line: may contain anything the server said.
      out:write("sample=", first, "\n")
      out:close()
   end
   print(line)
   if first ~= "" then print("first non-2xx body: " .. first) end
end

return report
