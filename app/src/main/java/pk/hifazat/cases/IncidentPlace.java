package pk.hifazat.cases;

/** Where the abuse of a child happened, as the officer recorded it when adding the child to the case. Stored by name. */
public enum IncidentPlace {
    OWN_HOME, ABUSER_HOME, RELATIVE_HOME, SCHOOL, MADRASSA, WORKPLACE, STREET, FIELDS, VEHICLE, ONLINE, OTHER
}
