package pk.hifazat.networks.internal;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pk.hifazat.cases.InvalidCaseRequest;
import pk.hifazat.identity.Access;

/**
 * The network pages: the largest networks of the officer's reports, one network drawn (its data
 * from a JSON endpoint the page's script reads, as the content security policy allows no inline
 * script), exports, and asking for access to another unit's record.
 */
@Controller
@RequestMapping("/networks")
@PreAuthorize("hasAnyRole('INTAKE_ANALYST', 'DISTRICT_OFFICER', 'SUPERVISOR')")
class NetworksPagesController {

    static final int LISTED = 20;

    private final NetworkViews views;
    private final NetworkPlaces places;
    private final Access access;

    NetworksPagesController(NetworkViews views, NetworkPlaces places, Access access) {
        this.views = views;
        this.places = places;
        this.access = access;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("networks", views.largest(LISTED));
        return "networks/list";
    }

    @GetMapping("/reports/{report}")
    String ofReport(@PathVariable String report) {
        return "redirect:/networks/nodes/" + views.nodeOf(NetworkViews.report(report));
    }

    @GetMapping("/nodes/{node}")
    String network(@PathVariable long node, @RequestParam(defaultValue = "0") int hops, Model model) {
        model.addAttribute("node", node);
        model.addAttribute("hops", hops);
        model.addAttribute("picture", views.picture(node, hops, true));
        model.addAttribute("districts", places.within(access.visibleDistricts()));
        return "networks/network";
    }

    @GetMapping(value = "/nodes/{node}/picture.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Picture picture(@PathVariable long node, @RequestParam(defaultValue = "0") int hops) {
        return views.picture(node, hops, false);
    }

    @GetMapping("/nodes/{node}/network.graphml")
    ResponseEntity<byte[]> graphml(@PathVariable long node) {
        return file(NetworkExports.graphml(views.export(node, "graphml")), "application/graphml+xml",
                "network-" + node + ".graphml");
    }

    @GetMapping("/nodes/{node}/nodes.csv")
    ResponseEntity<byte[]> nodes(@PathVariable long node) {
        return file(NetworkExports.nodesCsv(views.export(node, "nodes.csv")), "text/csv", "network-" + node + "-nodes.csv");
    }

    @GetMapping("/nodes/{node}/edges.csv")
    ResponseEntity<byte[]> edges(@PathVariable long node) {
        return file(NetworkExports.edgesCsv(views.export(node, "edges.csv")), "text/csv", "network-" + node + "-edges.csv");
    }

    @PostMapping("/nodes/{node}/access-requests")
    String requestAccess(@PathVariable long node, @RequestParam(defaultValue = "") String reason,
                         @RequestParam(defaultValue = "0") long from, RedirectAttributes redirect) {
        try {
            views.requestAccess(node, reason);
            redirect.addFlashAttribute("done", "networks.request.done");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/networks/nodes/" + (from > 0 ? from : node);
    }

    /** Opens a case from the network: on success the case's page, else the network with the reason. */
    @PostMapping("/nodes/{node}/cases")
    String openCase(@PathVariable long node, @RequestParam(defaultValue = "") String title,
                    @RequestParam(defaultValue = "") String district, RedirectAttributes redirect) {
        return refusedBack(node, redirect, () -> "redirect:/cases/" + views.openCase(node, title, district));
    }

    /** Attaches the network's reports to a case named by its number. */
    @PostMapping("/nodes/{node}/case-reports")
    String attachToCase(@PathVariable long node, @RequestParam(name = "case", defaultValue = "") String number,
                        RedirectAttributes redirect) {
        return refusedBack(node, redirect, () -> {
            views.attachToCase(node, number);
            return "redirect:/cases/" + number.strip();
        });
    }

    private static String refusedBack(long node, RedirectAttributes redirect, Supplier<String> work) {
        try {
            return work.get();
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        } catch (InvalidCaseRequest e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorField", e.field());
            redirect.addFlashAttribute("errorArguments", e.arguments());
        }
        return "redirect:/networks/nodes/" + node;
    }

    @ExceptionHandler(UnknownNodeException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown() {
        return "error/404";
    }

    static ResponseEntity<byte[]> file(String body, String type, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(body.getBytes(StandardCharsets.UTF_8));
    }
}
