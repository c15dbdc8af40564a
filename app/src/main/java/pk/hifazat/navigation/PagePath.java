package pk.hifazat.navigation;

import java.util.regex.Pattern;

/** A page's address as its controller maps it for GET: an absolute path without variables or a query. */
final class PagePath {

    private static final Pattern PLAIN = Pattern.compile("/([a-z0-9-]+(/[a-z0-9-]+)*)?");

    private PagePath() {
    }

    static String require(String path) {
        if (path == null || !PLAIN.matcher(path).matches()) {
            throw new IllegalArgumentException("A page path is a plain absolute path such as /admin/users, not " + path);
        }
        return path;
    }

    static String requireKey(String key, String what) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A " + what + " needs a message key");
        }
        return key;
    }
}
