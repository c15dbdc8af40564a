-- Photographs of a child, sealed as a whole (the image's bytes, bound to the photograph's id), shown
-- only when a user with the right reveals the child's details and gives a reason.
CREATE TABLE safeguarding_photo (
    id           uuid PRIMARY KEY,
    child_id     uuid NOT NULL REFERENCES safeguarding_child (id),
    content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
    image_sealed bytea NOT NULL,
    added_at     timestamptz NOT NULL,
    added_by     uuid
);
CREATE INDEX safeguarding_photo_by_child ON safeguarding_photo (child_id);
