package pk.hifazat.intake.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads a time only as it is written in ISO 8601 with its offset ("2026-11-20T14:03:00+05:00" or
 * "…Z"). Jackson's own reader also takes a number, or digits in a string, as seconds since 1970:
 * an incident time of 1795165380 would be stored as a date nobody wrote.
 */
final class WrittenTimes extends StdScalarDeserializer<Instant> {

    WrittenTimes() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (Instant) context.handleUnexpectedToken(Instant.class, parser);
        }
        String written = parser.getString().strip();
        try {
            return OffsetDateTime.parse(written).toInstant();
        } catch (DateTimeParseException e) {
            return (Instant) context.handleWeirdStringValue(Instant.class, written, "not an ISO 8601 time with an offset");
        }
    }
}
