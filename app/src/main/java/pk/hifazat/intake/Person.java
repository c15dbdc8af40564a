package pk.hifazat.intake;

import java.util.List;

/** A reported person (or an intended recipient): what is known of them and their accounts. */
public record Person(String name, List<Account> accounts, String estimatedLocation, String details) {

    public Person {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }
}
