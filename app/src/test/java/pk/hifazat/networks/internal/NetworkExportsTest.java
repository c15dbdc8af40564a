package pk.hifazat.networks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class NetworkExportsTest {

    private final Picture picture = new Picture(1,
            List.of(new Picture.Node(1, "PERSON", "Hans <\"the boss\"> & co", 0, 1, 0.5, Instant.EPOCH, "PK623", "DE", false, "/x"),
                    new Picture.Node(2, "PHONE", "=+4915112345678, main", 0, 1, 0, Instant.EPOCH, null, "DE", false, "/y"),
                    new Picture.Node(3, "RESTRICTED", null, 1, 1, 0, null, null, null, false, null)),
            List.of(new Picture.Edge(1, 2, "USES", "STRONG"), new Picture.Edge(2, 3, "MENTIONS", "STRONG")),
            new Picture.Summary(3, 0, 1, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 2, List.of(), 0, null, 1, 0,
                    List.of()), true);

    @Test
    void graphmlIsWellFormedWithEveryNodeAndEdge() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                NetworkExports.graphml(picture).getBytes(StandardCharsets.UTF_8)));

        assertThat(document.getElementsByTagName("node").getLength()).isEqualTo(3);
        assertThat(document.getElementsByTagName("edge").getLength()).isEqualTo(2);
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://graphml.graphdrawing.org/xmlns");
        assertThat(NetworkExports.graphml(picture)).contains("Hans &lt;&quot;the boss&quot;&gt; &amp; co");
    }

    @Test
    void csvQuotesCommasAndDefusesFormulas() {
        String nodes = NetworkExports.nodesCsv(picture);
        assertThat(nodes.split("\r\n")).hasSize(4);
        assertThat(nodes).contains("\"'=+4915112345678, main\"");
        assertThat(nodes).contains("3,RESTRICTED,,1,1,0.0,,");
        assertThat(NetworkExports.edgesCsv(picture)).isEqualTo("source,target,kind,strength\r\n1,2,USES,STRONG\r\n2,3,MENTIONS,STRONG\r\n");
    }
}
