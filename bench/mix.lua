-- A reader's mix of pages, cached and not: wrk -s bench/mix.lua
local pages = { "/", "/articles/deepseek-r1-secousse-silicon-valley", "/timeline", "/quotes", "/tags",
  "/tags/llm", "/search?q=DeepSeek", "/?page=2", "/api/articles" }
local i = 0
request = function()
  i = i + 1
  -- one request in ten asks for a page nobody asked for yet (a cache miss)
  local path = pages[(i % #pages) + 1]
  if i % 10 == 0 then path = "/search?q=model" .. i end
  return wrk.format("GET", path)
end
