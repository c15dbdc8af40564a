package pk.hifazat.cases.internal;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.CommonAction;
import pk.hifazat.cases.PersonId;
import pk.hifazat.identity.Access;

/** A person's page and merges, an evidence item with its chain and custody report, and the task list. */
@Controller
@PreAuthorize(CasesController.CASE_WORKERS)
class CaseRecordsController {

    private final CasePersons persons;
    private final CaseEvidence evidence;
    private final CaseTaskList tasks;
    private final CaseView view;
    private final CaseMessages messages;
    private final Access access;
    private final AuditLog audit;

    CaseRecordsController(CasePersons persons, CaseEvidence evidence, CaseTaskList tasks, CaseView view,
                          CaseMessages messages, Access access, AuditLog audit) {
        this.persons = persons;
        this.evidence = evidence;
        this.tasks = tasks;
        this.view = view;
        this.messages = messages;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/cases/persons/{id}")
    String person(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean reveal, Model model) {
        PersonPage page = persons.page(new PersonId(id), reveal);
        model.addAttribute("page", page);
        model.addAttribute("p", page.person());
        model.addAttribute("reveal", reveal || !page.victimAnywhere());
        return "cases/person";
    }

    @PostMapping("/cases/persons/{id}/merge")
    String merge(@PathVariable UUID id, @RequestParam String other, @RequestParam String reason, RedirectAttributes flash) {
        return PageOutcomes.act(flash, messages, "/cases/persons/" + id, () -> {
            persons.merge(new PersonId(id), new CaseRequests.Merge(other, reason));
            return "/cases/persons/" + id;
        });
    }

    @PostMapping("/cases/merges/{id}/undo")
    String undo(@PathVariable UUID id, @RequestParam String reason, @RequestParam UUID person, RedirectAttributes flash) {
        return PageOutcomes.act(flash, messages, "/cases/persons/" + person,
                () -> "/cases/persons/" + persons.undo(id, reason));
    }

    @GetMapping("/cases/evidence/{id}")
    String item(@PathVariable UUID id, Model model) {
        model.addAttribute("e", evidence.read(id, false));
        return "cases/evidence";
    }

    @GetMapping("/cases/evidence/{id}/custody")
    String custodyReport(@PathVariable UUID id, Model model) {
        var read = evidence.read(id, true);
        model.addAttribute("e", read);
        model.addAttribute("names", view.names(read.chain().stream().map(c -> c.recordedBy())
                .filter(java.util.Objects::nonNull).map(pk.hifazat.identity.UserId::new).collect(java.util.stream.Collectors.toSet())));
        model.addAttribute("printedBy", access.require().displayName());
        return "cases/custody";
    }

    @PostMapping("/cases/evidence/{id}/transfers")
    String transfer(@PathVariable UUID id, @RequestParam String to, @RequestParam String handedAt,
                    @RequestParam String reason, RedirectAttributes flash) {
        return PageOutcomes.act(flash, messages, "/cases/evidence/" + id, () -> {
            evidence.transfer(id, new CaseRequests.Transfer(to, handedAt, reason));
            return "/cases/evidence/" + id;
        });
    }

    @GetMapping("/cases/tasks")
    String tasks(Model model) {
        var mine = tasks.mine();
        audit.record(AuditRecord.of(CommonAction.VIEW, "CaseTasks", access.require().username())
                .by(access.require().username()));
        model.addAttribute("mine", mine);
        model.addAttribute("names", view.names(mine.overdueInJurisdiction().stream().map(CaseTask::owner)
                .collect(java.util.stream.Collectors.toSet())));
        return "cases/tasks";
    }

    @PostMapping("/cases/tasks/{id}/done")
    String done(@PathVariable UUID id, @RequestParam(required = false) String back, RedirectAttributes flash) {
        return PageOutcomes.act(flash, messages, "/cases/tasks", () -> {
            CaseTask task = tasks.complete(id);
            return "case".equals(back) ? "/cases/" + task.caseNumber() + "#tasks" : "/cases/tasks";
        });
    }
}
