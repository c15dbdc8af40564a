package pk.hifazat.demo;

/** The application was started with {@code --demo}: modules add their demo records, once. */
public record DemoDataRequested() {
}
