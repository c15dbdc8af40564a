package pk.hifazat.statistics.internal;

/** Bad input to a statistics page or API, naming the field and a message key (with its argument). */
class StatisticsInputException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final String value;

    StatisticsInputException(String field, String messageKey, String value) {
        super(field + ": " + messageKey + " (" + value + ")");
        this.field = field;
        this.messageKey = messageKey;
        this.value = value;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }

    String value() {
        return value;
    }
}
