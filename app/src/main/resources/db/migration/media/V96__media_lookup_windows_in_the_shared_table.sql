-- Partners' look-up windows now live in the shared rate_window table (V94).
DROP TABLE lookup_window;
