package pk.hifazat.cooperation.internal;

import java.util.List;

/** What an officer sends, from a page's form or as the staff API's JSON (the same fields). */
final class RequestForms {

    private RequestForms() {
    }

    /**
     * A new request for a case, or a draft's new content.
     *
     * @param persons     ids of the case's persons it concerns
     * @param identifiers identifiers of those persons, as the case writes them ({@code PHONE +923001234567})
     */
    record Draft(String caseNumber, String kind, String country, String agency, String legalBasis, String asked,
                 String dueOn, List<String> persons, List<String> identifiers) {

        Draft {
            persons = persons == null ? List.of() : persons;
            identifiers = identifiers == null ? List.of() : identifiers;
        }
    }

    /**
     * A move to another status.
     *
     * @param on     the day it happened (sent, acknowledged, answered); today when not given
     * @param dueOn  when sending: the day an answer is due, if it changes
     * @param answer when answered: what the agency abroad said
     * @param note   why, when returning a request to draft or closing it without an answer
     */
    record Move(String to, String on, String dueOn, String answer, String note) {
    }
}
