/**
 * Networks: a graph of reports, identifiers, files and — once cases feed it — cases and persons,
 * kept up to date from linking's events; its connected networks (joined only by what linking calls
 * strong), the groups inside a large one (Louvain), its hubs and brokers, the districts and
 * countries it reaches; an interactive picture, GraphML and CSV exports. Read through
 * {@link pk.hifazat.networks.Networks}, fed by other modules through {@link pk.hifazat.networks.GraphFeed},
 * announced with {@link pk.hifazat.networks.ReportsJoinedNetworks}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Networks")
package pk.hifazat.networks;
