-- wrk script for a page (or /healthz): plain GETs of the URL given to wrk, with the session's
-- cookie as a browser sends it after its first page; counts non-2xx (see report.lua).
local here = string.match(debug.getinfo(1, "S").source, "^@(.*/)") or "./"
local report = dofile(here .. "report.lua")

function setup(thread) report.setup(thread) end

-- No request() function: wrk then builds the request once per thread, which keeps wrk's own
-- cost per request as low as possible on a machine it shares with the server.
function init(args) report.headers() end

function response(status, headers, body) report.count(status, body) end

function done(summary, latency, requests) report.done(summary, latency) end
