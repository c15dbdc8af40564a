/**
 * Demo data for newcomers, only with {@code ./hifazat run --demo}: each module that has something
 * to show listens for {@link pk.hifazat.demo.DemoDataRequested} and adds its own clearly fictional
 * records, printing any passwords or keys it creates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package pk.hifazat.demo;
