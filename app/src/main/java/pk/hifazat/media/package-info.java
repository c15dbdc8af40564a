/**
 * Known material: hash banks (named collections of known abuse-material hashes, imported from
 * Project VIC / VICS JSON, CSV and the {@code pdq} tool's hash files), and the matching of every
 * file of every report against all enabled banks — exact for MD5, SHA-1 and SHA-256, PDQ within
 * each bank's radius. Hifazat never looks at the material: it matches hashes. A file with a usable
 * PDQ hash that matches no bank is unknown material, a possible new victim. What was found is
 * announced with {@link pk.hifazat.media.MaterialAssessed}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Known material")
package pk.hifazat.media;
