-- wrk script for bench-support: each wrk thread is one signed-in practitioner replaying the
-- requests a plan file gives it (bench-support writes the plans, one per workload, beside its
-- database; keep them with --keep). Run with as many threads as connections, one each:
--   wrk -t20 -c20 -d30s -s bench/support-load.lua http://127.0.0.1:PORT -- PLAN_FILE
-- Plan lines are tab-separated:
--   expect <text>            a 200 counts only if its page holds this text
--   expect-client <client> <text>  and, for that client, this text too (its own person's page)
--   refuse <text>            a 200 holding this text is a failure (a page that shows nothing)
--   redirect-ok 1            a 302 is an answer too, counted apart (registration with no match)
--   origin <url>             the Origin header form posts carry
--   session <client> <cookie>
--   request <client> <method> <path> [<form body>]
-- At the end one line: RESULT, then tab-separated requests, socket errors, failures (a status or
-- page other than expected), redirects, duration (us), p50, p95, p99, max (us), first failure.
local threads = {}
local count = 0

function setup(thread)
  thread:set("id", count)
  count = count + 1
  table.insert(threads, thread)
end

local function split(line)
  local fields = {}
  for field in (line .. "\t"):gmatch("([^\t]*)\t") do
    table.insert(fields, field)
  end
  return fields
end

local formatted = {}
local n = 0
local expect = nil
local refuse = nil
local mine = {}
local redirectOk = false

function init(args)
  local origin = nil
  local cookie = nil
  local plan = {}
  for line in io.lines(args[1]) do
    local f = split(line)
    if f[1] == "expect" then
      expect = f[2]
    elseif f[1] == "refuse" then
      refuse = f[2]
    elseif f[1] == "expect-client" and tonumber(f[2]) == id then
      table.insert(mine, f[3])
    elseif f[1] == "redirect-ok" then
      redirectOk = f[2] == "1"
    elseif f[1] == "origin" then
      origin = f[2]
    elseif f[1] == "session" and tonumber(f[2]) == id then
      cookie = f[3]
    elseif f[1] == "request" and tonumber(f[2]) == id then
      table.insert(plan, f)
    end
  end
  for _, f in ipairs(plan) do
    local headers = { ["Cookie"] = cookie, ["Accept"] = "text/html" }
    local body = nil
    if f[3] == "POST" then
      headers["Content-Type"] = "application/x-www-form-urlencoded"
      headers["Origin"] = origin
      body = f[5]
    end
    table.insert(formatted, wrk.format(f[3], f[4], headers, body))
  end
  failures = 0
  redirects = 0
  firstFailure = ""
end

function request()
  n = n + 1
  return formatted[(n - 1) % #formatted + 1]
end

local function expected(body)
  if expect ~= nil and not string.find(body, expect, 1, true) then
    return false
  end
  if refuse ~= nil and string.find(body, refuse, 1, true) then
    return false
  end
  for _, text in ipairs(mine) do
    if not string.find(body, text, 1, true) then
      return false
    end
  end
  return true
end

function response(status, headers, body)
  if status == 200 and expected(body) then
    return
  end
  if status == 302 and redirectOk then
    redirects = redirects + 1
    return
  end
  failures = failures + 1
  if firstFailure == "" then
    firstFailure = "HTTP " .. status .. (status == 200 and " without the expected text" or "")
      .. " " .. (headers["Location"] or "")
  end
end

function done(summary, latency, requests)
  local failed, redirected, first = 0, 0, ""
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("failures")
    redirected = redirected + thread:get("redirects")
    if first == "" then
      first = thread:get("firstFailure")
    end
  end
  local e = summary.errors
  io.write(string.format("RESULT\t%.0f\t%.0f\t%.0f\t%.0f\t%.0f\t%.0f\t%.0f\t%.0f\t%.0f\t%s\n",
    summary.requests, e.connect + e.read + e.write + e.timeout, failed, redirected,
    summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    latency.max, first))
end
