-- When each key was last used, to the minute: written at most once a minute per key, never per request.
ALTER TABLE api_key ADD COLUMN last_used_at timestamptz;
