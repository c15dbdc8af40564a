package pk.hifazat.workspace;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.CommonAction;
import pk.hifazat.geography.Districts;
import pk.hifazat.identity.Access;
import pk.hifazat.units.Unit;
import pk.hifazat.units.Units;

/** A unit's page and its queue; only for users whose jurisdiction covers the unit's. */
@Controller
@PreAuthorize("hasAnyRole('DISTRICT_OFFICER', 'SUPERVISOR', 'INTAKE_ANALYST', 'ADMINISTRATOR', 'CPB_CASEWORKER')")
class UnitController {

    private final Units units;
    private final Districts districts;
    private final Access access;

    UnitController(Units units, Districts districts, Access access) {
        this.units = units;
        this.districts = districts;
        this.access = access;
    }

    @GetMapping("/units/{code}")
    String unit(@PathVariable String code, Model model) {
        Unit unit = units.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        access.checkUnit(unit, AuditRecord.of(CommonAction.VIEW, "Unit", unit.code()));
        model.addAttribute("unit", unit);
        model.addAttribute("districts", districts.all().stream().filter(d -> unit.jurisdiction().covers(d.code())).toList());
        return "workspace/unit";
    }
}
