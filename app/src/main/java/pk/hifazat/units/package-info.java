/**
 * The agency's units and its partners' offices — national headquarters, zonal offices, one
 * cyber-crime unit per district, Child Protection Bureau offices — and each one's jurisdiction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Units")
package pk.hifazat.units;
