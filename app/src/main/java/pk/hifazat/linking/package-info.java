/**
 * Linking: reports that name the same person — a shared normalised identifier (phone, e-mail,
 * platform account, profile URL, device id, wallet) or a shared file hash — form a cluster.
 * Strong identifiers merge clusters; an IP address alone is only a possible link; an identifier
 * marked as noise (a platform's support address, a test number) joins nothing. Repeats of one
 * report are marked duplicates of the first. Announced with {@link pk.hifazat.linking.ReportsLinked}
 * and read through {@link pk.hifazat.linking.Clusters}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Linking")
package pk.hifazat.linking;
