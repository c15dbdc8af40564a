-- wrk script for the single-report latency benchmark: every request is a new report (a fresh
-- externalReportId), so each is a real insert and an fsync'ed commit.
--   HIFAZAT_KEY=hzk_… wrk -t2 -c50 -d60s --latency -s single-report.lua http://localhost:8080/api/v1/reports
local key = os.getenv("HIFAZAT_KEY")
local counter = 0

local template = [[{"externalReportId": "%s", "incidentType": "ONLINE_ENTICEMENT",
 "incidentTime": "2026-11-20T14:03:00+05:00", "media": ["CHAT"], "annotations": ["SEXTORTION", "GROOMING"],
 "description": "A user asked a child for pictures and threatened to share them.",
 "persons": [{"name": "Unknown", "accounts": [{"platform": "Instagram", "screenName": "@Bad_Actor_99",
   "email": " Bad.Actor@Example.COM ", "phone": "0300 1234567",
   "ipCaptures": [{"ip": "2001:0DB8:0000:0000:0000:0000:0000:0001", "at": "2026-11-20T13:59:00Z", "event": "LOGIN"}]}]}],
 "intendedRecipients": [{"accounts": [{"platform": "Instagram", "userId": "17841400000000001"}]}],
 "victims": [{"ageMin": 11, "ageMax": 13, "gender": "FEMALE", "known": "Lives in Muzaffargarh"}],
 "files": [{"fileName": "a.jpg", "md5": "D41D8CD98F00B204E9800998ECF8427E", "viewedByPlatform": true,
   "publiclyAvailable": false, "classification": "A2", "annotations": ["POSSIBLE_SELF_PRODUCTION"]},
  {"sha256": "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855",
   "pdq": "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22"}],
 "location": {"country": "PK", "district": "Muzaffargarh", "latitude": 30.07, "longitude": 71.19}}]]

local threads = {}

function setup(thread)
   thread:set("prefix", "WRK-" .. os.time() .. "-" .. #threads .. "-")
   table.insert(threads, thread)
end

function init(args)
   -- "prefix" is the global that setup() gave this thread
   prefix = prefix or ("WRK-" .. math.random(1, 1e9) .. "-")
end

function request()
   counter = counter + 1
   return wrk.format("POST", nil, {
      ["Authorization"] = "Bearer " .. key,
      ["Content-Type"] = "application/json"
   }, string.format(template, prefix .. counter))
end

function response(status, headers, body)
   if status ~= 201 then
      io.write("unexpected status " .. status .. "\n")
   end
end
