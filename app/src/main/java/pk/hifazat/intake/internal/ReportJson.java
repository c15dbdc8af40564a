package pk.hifazat.intake.internal;

import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import pk.hifazat.intake.InvalidReportException;
import pk.hifazat.intake.ReportContent;
import pk.hifazat.intake.Violation;

/**
 * Reports as JSON, read strictly: an unknown field is refused rather than silently dropped (a
 * misspelt "incidentTyp" would otherwise lose the incident type), and every error names the
 * path of its field. Error messages never quote the input back beyond the field's name.
 */
@Component
public class ReportJson {

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                    DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .changeDefaultNullHandling(nulls -> JsonSetter.Value.forContentNulls(Nulls.FAIL))
            .changeDefaultPropertyInclusion(inclusion -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
                    JsonInclude.Include.NON_EMPTY))
            .build();

    /** Reads one report; fails with the field at fault when the JSON is malformed or does not fit. */
    public ReportContent read(byte[] json, int offset, int length) {
        try {
            return mapper.readValue(json, offset, length, ReportContent.class);
        } catch (JacksonException e) {
            throw new InvalidReportException(List.of(violation(e)));
        }
    }

    public ReportContent read(String json) {
        try {
            return mapper.readValue(json, ReportContent.class);
        } catch (JacksonException e) {
            throw new InvalidReportException(List.of(violation(e)));
        }
    }

    public String write(Object value) {
        return mapper.writeValueAsString(value);
    }

    public JsonMapper mapper() {
        return mapper;
    }

    static Violation violation(JacksonException e) {
        String field = path(e);
        return switch (e) {
            case UnrecognizedPropertyException unknown -> new Violation(field, "unknown", "is not a field of a report");
            case InvalidNullException nulls -> new Violation(field, "null", "must not be null");
            case InvalidFormatException format when format.getTargetType() != null && format.getTargetType().isEnum() ->
                    new Violation(field, "choice", "is not one of " + Arrays.stream(format.getTargetType().getEnumConstants())
                            .map(String::valueOf).collect(Collectors.joining(", ")));
            case InvalidFormatException format when format.getTargetType() != null
                    && Temporal.class.isAssignableFrom(format.getTargetType()) ->
                    new Violation(field, "time", "is not a date and time such as 2026-11-20T14:03:00Z");
            case InvalidFormatException format -> new Violation(field, "format", "has the wrong format");
            case MismatchedInputException mismatch when field.isEmpty() ->
                    new Violation("", "json", "a report is a JSON object");
            case MismatchedInputException mismatch -> new Violation(field, "type", "has the wrong type");
            case StreamReadException malformed -> new Violation(field, "json", "is not well-formed JSON (at line "
                    + (malformed.getLocation() == null ? "?" : malformed.getLocation().getLineNr() + ", column "
                    + malformed.getLocation().getColumnNr()) + ")");
            default -> new Violation(field, "invalid", "is not valid");
        };
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
