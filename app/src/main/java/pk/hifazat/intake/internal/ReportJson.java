package pk.hifazat.intake.internal;

import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.springframework.stereotype.Component;

import pk.hifazat.intake.InvalidReportException;
import pk.hifazat.intake.ReportContent;
import pk.hifazat.intake.Violation;

/**
 * Reports as JSON, read strictly: an unknown field is refused rather than silently dropped (a
 * misspelt "incidentTyp" would otherwise lose the incident type), and every error names the
 * path of its field. Error messages never quote the input back beyond the field's name.
 *
 * <p>Nothing is read as something else: a field given twice is refused (rather than the last one
 * winning while the stored payload shows both), and so is a number where text is expected, text
 * where a number or true/false is, a fraction where a whole number is (an age of 12.9), a number
 * for a choice or a time. Only a JSON object is a report; {@code null} is not.
 */
@Component
public class ReportJson {

    private static final Violation NOT_AN_OBJECT = new Violation("", "json", "a report is a JSON object");

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                    DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .addModule(new SimpleModule("written-times").addDeserializer(Instant.class, new WrittenTimes()))
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .changeDefaultNullHandling(nulls -> JsonSetter.Value.forContentNulls(Nulls.FAIL))
            .changeDefaultPropertyInclusion(inclusion -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
                    JsonInclude.Include.NON_EMPTY))
            .build();

    /** Reads one report; fails with the field at fault when the JSON is malformed or does not fit. */
    public ReportContent read(byte[] json, int offset, int length) {
        try {
            return anObject(mapper.readValue(json, offset, length, ReportContent.class));
        } catch (JacksonException e) {
            throw new InvalidReportException(List.of(violation(e)));
        }
    }

    public ReportContent read(String json) {
        try {
            return anObject(mapper.readValue(json, ReportContent.class));
        } catch (JacksonException e) {
            throw new InvalidReportException(List.of(violation(e)));
        }
    }

    /** JSON's {@code null} reads as no report at all. */
    private static ReportContent anObject(ReportContent report) {
        if (report == null) {
            throw new InvalidReportException(List.of(NOT_AN_OBJECT));
        }
        return report;
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
            case MismatchedInputException mismatch when mismatch.getTargetType() != null
                    && mismatch.getTargetType().isEnum() ->
                    new Violation(field, "choice", "is not one of " + Arrays.stream(mismatch.getTargetType().getEnumConstants())
                            .map(String::valueOf).collect(Collectors.joining(", ")));
            case MismatchedInputException mismatch when mismatch.getTargetType() != null
                    && Temporal.class.isAssignableFrom(mismatch.getTargetType()) ->
                    new Violation(field, "time", "is not a date and time such as 2026-11-20T14:03:00Z");
            case MismatchedInputException mismatch when field.isEmpty() -> NOT_AN_OBJECT;
            case MismatchedInputException mismatch -> new Violation(field, "type", expected(mismatch.getTargetType()));
            case StreamReadException duplicate when duplicate.processor() != null && duplicate.getOriginalMessage() != null
                    && duplicate.getOriginalMessage().startsWith("Duplicate Object property") ->
                    new Violation(Violations.path(field, duplicate.processor().currentName()), "duplicate",
                            "is given more than once");
            case StreamReadException malformed -> new Violation(field, "json", "is not well-formed JSON (at line "
                    + (malformed.getLocation() == null ? "?" : malformed.getLocation().getLineNr() + ", column "
                    + malformed.getLocation().getColumnNr()) + ")");
            default -> new Violation(field, "invalid", "is not valid");
        };
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "must be text (a JSON string)";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list (a JSON array)";
        }
        return "must be an object";
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
