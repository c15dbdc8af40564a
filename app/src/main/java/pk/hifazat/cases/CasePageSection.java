package pk.hifazat.cases;

import java.util.List;
import java.util.Optional;

/**
 * A part of the case page that another module writes (safeguarding's "50 identified, 10 safeguarded"),
 * so that the case page can show it without cases depending on that module. Declared as a bean; the
 * case page asks each one after the user's access to the case was checked, and shows its lines in a
 * card with a link to the module's own page. An implementation answers from an index, in a query or two.
 */
public interface CasePageSection {

    /** What the section says about the case, or empty when it has nothing to say. */
    Optional<Section> about(CaseId caseId, CaseNumber number);

    /**
     * @param titleKey the message key of the card's heading
     * @param lines    its lines, in order
     * @param link     the module's page for this case (a plain path), or null
     * @param linkKey  the message key of the link's text, or null
     */
    record Section(String titleKey, List<Line> lines, String link, String linkKey) {

        public Section {
            lines = List.copyOf(lines);
        }
    }

    /** A line: a message key and its arguments, resolved in the page's language. */
    record Line(String messageKey, List<Object> arguments) {

        public Line {
            arguments = List.copyOf(arguments);
        }

        public Object[] argumentArray() {
            return arguments.toArray();
        }
    }
}
