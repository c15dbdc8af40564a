package pk.hifazat.statistics.internal;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.identity.Access;
import pk.hifazat.statistics.Category;

/** The staff dashboards (national, a province, a district), supervisors' operational figures and the category map. */
@Controller
class StatisticsController {

    static final String STAFF = "hasAnyRole('INTAKE_ANALYST', 'DISTRICT_OFFICER', 'SUPERVISOR', 'ADMINISTRATOR')";
    static final String SUPERVISORS = "hasAnyRole('SUPERVISOR', 'ADMINISTRATOR')";

    private final SelectionRequests requests;
    private final Dashboards dashboards;
    private final Operations operations;
    private final CategoryMap map;
    private final Rebuild rebuild;
    private final Labels labels;
    private final Access access;
    private final AuditLog audit;

    StatisticsController(SelectionRequests requests, Dashboards dashboards, Operations operations, CategoryMap map,
                         Rebuild rebuild, Labels labels, Access access, AuditLog audit) {
        this.requests = requests;
        this.dashboards = dashboards;
        this.operations = operations;
        this.map = map;
        this.rebuild = rebuild;
        this.labels = labels;
        this.access = access;
        this.audit = audit;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("categories", Category.values());
        model.addAttribute("grains", Grain.values());
        model.addAttribute("provinces", labels.provinces());
    }

    @GetMapping("/statistics")
    @PreAuthorize(STAFF)
    String dashboard(SelectionRequests.Query query, Model model, Locale locale) {
        SelectionRequests.Chosen chosen = requests.choose(query, locale);
        model.addAttribute("query", query);
        model.addAttribute("dashboard", dashboards.build(chosen.selection(), chosen.area(), locale));
        model.addAttribute("csvBase", "/statistics/tables/");
        return "statistics/dashboard";
    }

    @GetMapping("/statistics/tables/{table}.csv")
    @PreAuthorize(STAFF)
    ResponseEntity<byte[]> csv(@PathVariable String table, SelectionRequests.Query query, Locale locale) {
        SelectionRequests.Chosen chosen = requests.choose(query, locale);
        FigureTable figures = dashboards.build(chosen.selection(), chosen.area(), locale).table(table);
        return exported(figures, chosen, locale);
    }

    @GetMapping("/statistics/operations")
    @PreAuthorize(SUPERVISORS)
    String operations(SelectionRequests.Query query, Model model, Locale locale) {
        SelectionRequests.Chosen chosen = requests.choose(query, locale);
        model.addAttribute("query", query);
        model.addAttribute("area", chosen.area());
        model.addAttribute("selection", chosen.selection());
        model.addAttribute("tables", operations.figures(chosen.selection(), locale));
        model.addAttribute("csvBase", "/statistics/operations/tables/");
        return "statistics/operations";
    }

    @GetMapping("/statistics/operations/tables/{table}.csv")
    @PreAuthorize(SUPERVISORS)
    ResponseEntity<byte[]> operationsCsv(@PathVariable String table, SelectionRequests.Query query, Locale locale) {
        SelectionRequests.Chosen chosen = requests.choose(query, locale);
        FigureTable figures = operations.figures(chosen.selection(), locale).stream().filter(t -> t.id().equals(table))
                .findFirst().orElseThrow(() -> new StatisticsInputException("table", "statistics.input.table", table));
        return exported(figures, chosen, locale);
    }

    private ResponseEntity<byte[]> exported(FigureTable figures, SelectionRequests.Chosen chosen, Locale locale) {
        audit.record(AuditRecord.of(StatisticsAction.EXPORT_STATISTICS, "statistics", figures.id()));
        Selection s = chosen.selection();
        return StatisticsFiles.attachment(Csv.of(figures, labels.message("statistics.csv.key", locale),
                        labels.message("statistics.csv.label", locale)), "text/csv;charset=UTF-8",
                "statistics-%s-%s-%s.csv".formatted(figures.id(), s.from(), s.to()));
    }

    @GetMapping("/statistics/categories")
    @PreAuthorize("hasRole('SUPERVISOR') and @access.national()")
    String categories(Model model, @RequestParam(required = false) String done) {
        model.addAttribute("mappings", map.all());
        model.addAttribute("kinds", CategoryMap.Kind.values());
        model.addAttribute("done", done != null);
        return "statistics/categories";
    }

    @PostMapping("/statistics/categories")
    @PreAuthorize("hasRole('SUPERVISOR') and @access.national()")
    String changeCategory(@RequestParam String kind, @RequestParam String code, @RequestParam(required = false) String category) {
        CategoryMap.Kind chosenKind = SelectionRequests.choice(CategoryMap.Kind.class, kind, "kind");
        String chosenCode = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!chosenCode.matches("[A-Z0-9_-]{1,100}")) {
            throw new StatisticsInputException("code", "statistics.input.code", code);
        }
        Category chosen = SelectionRequests.blank(category) ? null : SelectionRequests.choice(Category.class, category, "category");
        if (map.set(chosenKind, chosenCode, chosen, access.require().username())) {
            audit.record(AuditRecord.of(StatisticsAction.CHANGE_CATEGORY, "category-map", chosenKind + ":" + chosenCode)
                    .withDetail(chosen == null ? "none" : chosen.name()));
            rebuild.run();
        }
        return "redirect:/statistics/categories?done";
    }

    @PostMapping("/statistics/rebuild")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String rebuild() {
        rebuild.run();
        audit.record(AuditRecord.of(StatisticsAction.REBUILD_STATISTICS, "statistics", "all"));
        return "redirect:/statistics?rebuilt";
    }

    @ExceptionHandler(StatisticsInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(StatisticsInputException e, Model model) {
        model.addAttribute("field", e.field());
        model.addAttribute("problem", e.messageKey());
        model.addAttribute("value", e.value());
        return "statistics/invalid";
    }
}
