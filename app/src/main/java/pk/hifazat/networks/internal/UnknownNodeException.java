package pk.hifazat.networks.internal;

/** A node id or report the graph does not hold. */
class UnknownNodeException extends RuntimeException {

    UnknownNodeException(String what) {
        super("The graph holds no " + what);
    }
}
