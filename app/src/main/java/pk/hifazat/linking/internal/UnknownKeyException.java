package pk.hifazat.linking.internal;

/** No key has this id (or it is not one the decision applies to, such as confirming a phone number). */
class UnknownKeyException extends RuntimeException {

    UnknownKeyException(long id) {
        super(id < 0 ? "No report names this identifier" : "No such identifier: " + id);
    }
}
