-- wrk script for the directory search API: the same mix as bench-directory's SearchMix (half words
-- + postcode + minimum age, half words only; one in four 50 a page), from a separate process.
-- Run against a node holding the benchmark's data:
--   wrk -t2 -c50 -d30s -s bench/search-mix.lua http://localhost:8080
-- Set WORDS_ONLY=1 or NEAR_ONLY=1 in the environment to drive one kind alone.
local words = {"alcohol", "drugs", "drinking", "heroin", "cannabis", "housing", "homeless",
  "hostel", "anxiety", "crisis", "carers", "parents", "youth", "employment", "probation",
  "naloxone", "recovery", "counselling", "detox", "advice", "tenancy", "alcohol advice",
  "drug recovery", "housing crisis", "youth counselling"}
local postcodes = {"BK101WS", "BK4 2RU", "BK4 9FL", "BK3 7AH", "BK3 4TF", "BK3 4AH", "BK5 1BR", "BK2 1TF", "BK3 2LU", "BK1 6QT", "BK2 9BH", "BK4 9QX", "BK5 6QB", "BK2 1EB", "BK5 6XN", "BK5 5AU", "BK1 2UJ", "BK2 8UY", "BK1 1XT", "BK1 2WZ", "BK5 5LN", "BK2 1FZ", "BK2 2TH", "BK1 4JS", "BK2 3FF", "BK1 3QD", "BK2 4FH", "BK3 9WP", "BK5 4JT", "BK2 6FA", "BK2 8GU", "BK6 6LF", "BK1 8QU", "BK3 9SB", "BK4 6FX", "BK5 5BH", "BK2 4JQ", "BK3 3SG", "BK3 6BL", "BK3 8EL"}
local wordsOnly = os.getenv("WORDS_ONLY") == "1"
local nearOnly = os.getenv("NEAR_ONLY") == "1"
local n = 0

local function encode(s)
  return (s:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

request = function()
  n = n + 1
  local w = encode(words[(n * 7) % #words + 1])
  local perPage = (n % 4 == 0) and 50 or 10
  local near = (nearOnly or (not wordsOnly and n % 2 == 0))
  local path
  if near then
    local pc = encode(postcodes[(n * 13) % #postcodes + 1])
    local age = 12 + (n * 5) % 50
    path = "/openreferral/services?search=" .. w .. "&postcode=" .. pc ..
      "&proximity=8047&minimum_age=" .. age .. "&page=1&per_page=" .. perPage
  else
    path = "/openreferral/services?search=" .. w .. "&page=1&per_page=" .. perPage
  end
  return wrk.format("GET", path)
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d (non-2xx %d), %.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write +
    summary.errors.timeout, summary.errors.status, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
