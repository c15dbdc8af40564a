-- The public pages' windows now live in the shared rate_window table (V94).
DROP TABLE tip_rate_window;
