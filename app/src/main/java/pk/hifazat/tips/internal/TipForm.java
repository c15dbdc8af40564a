package pk.hifazat.tips.internal;

import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/**
 * The public tip form as typed. Every field is a string so that any input binds and is answered
 * with a message naming the field, never with an error page. Identifiers are one per line, which
 * works on any phone without JavaScript.
 *
 * @param website a honeypot: hidden from people, filled in by form-filling robots
 */
record TipForm(String category, String district, String place, String when, String description,
               String usernames, String phones, String links, String emails, String childAge, String childGender,
               List<MultipartFile> files, String contactMe, String contactName, String contactPhone,
               String contactEmail, String website) {

    static TipForm empty() {
        return new TipForm("", "", "", "", "", "", "", "", "", "", "", List.of(), "", "", "", "", "");
    }

    List<MultipartFile> uploads() {
        return files == null ? List.of() : files.stream().filter(f -> f != null && !f.isEmpty()).toList();
    }
}
