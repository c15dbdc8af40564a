/**
 * Provinces and districts of Pakistan, in English and Urdu, and finding a district from what a
 * reporter wrote in either script.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Geography")
package pk.hifazat.geography;
