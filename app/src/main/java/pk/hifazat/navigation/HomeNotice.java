package pk.hifazat.navigation;

/**
 * Something waiting for the signed-in user, at the top of their home page: "2 of your tasks are
 * overdue", with a link to where they are.
 *
 * @param path       the page that lists them
 * @param messageKey the message key of the sentence, given the count as its argument
 * @param count      how many; a notice of none is not shown
 */
public record HomeNotice(String path, String messageKey, long count) {

    public HomeNotice {
        PagePath.require(path);
        PagePath.requireKey(messageKey, "home notice");
        if (count < 0) {
            throw new IllegalArgumentException("a count of at least 0: " + count);
        }
    }
}
