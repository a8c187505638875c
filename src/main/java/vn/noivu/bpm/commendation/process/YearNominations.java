package vn.noivu.bpm.commendation.process;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.commendation.domain.DisciplineLevel;
import vn.noivu.bpm.commendation.domain.Title;
import vn.noivu.bpm.commendation.domain.YearReview.Status;
import vn.noivu.bpm.commendation.persistence.YearRepository;
import vn.noivu.bpm.commendation.persistence.YearRepository.NominationRow;
import vn.noivu.bpm.commendation.persistence.YearRepository.StaffRow;
import vn.noivu.bpm.commendation.persistence.YearRepository.YearRow;
import vn.noivu.bpm.commendation.web.YearNominationRequest;
import vn.noivu.bpm.commendation.web.YearStaffRequests;
import vn.noivu.bpm.personnel.PersonnelRepository;
import vn.noivu.bpm.platform.error.Refused;
import vn.noivu.bpm.platform.security.SystemAction;
import vn.noivu.bpm.platform.web.InvalidInputException;

/**
 * What officials and the council do to an open year through the API: nominate, mark maternity leave (P17), open
 * and close proceedings (P16), and vote (the same sheet the council's task takes, completing it).
 */
@Service
public class YearNominations {

    private static final String PREPARE_TASK = "prepareNominations";
    private static final String VOTE_TASK = "councilVote";
    private static final String FOLLOW_TASK = "followPostponed";

    private final YearRepository years;
    private final PersonnelRepository personnel;
    private final TaskService taskService;
    private final org.camunda.bpm.engine.RuntimeService runtimeService;
    private final SystemAction system;

    public YearNominations(YearRepository years, PersonnelRepository personnel, TaskService taskService,
                           org.camunda.bpm.engine.RuntimeService runtimeService, SystemAction system) {
        this.runtimeService = runtimeService;
        this.years = years;
        this.personnel = personnel;
        this.taskService = taskService;
        this.system = system;
    }

    public YearRow year(long id) {
        return years.find(id).orElseThrow(() -> Refused.notFound("year_not_found", "Không có năm thi đua với mã " + id + "."));
    }

    private Task openTask(YearRow year, String taskKey) {
        if (year.processInstanceId() == null) {
            return null;
        }
        return system.run(() -> taskService.createTaskQuery().processInstanceId(year.processInstanceId())
                .taskDefinitionKey(taskKey).singleResult());
    }

    @Transactional
    public long nominate(long yearId, YearNominationRequest request, String by) {
        YearRow year = year(yearId);
        Title title = Arrays.stream(Title.values()).filter(t -> t.name().equals(request.title().trim())).findFirst()
                .orElseThrow(() -> new InvalidInputException("title", "oneOf", "Danh hiệu (title) phải là một trong: "
                        + String.join(", ", Arrays.stream(Title.values()).map(Enum::name).toList()) + "."));
        boolean collective = Boolean.TRUE.equals(request.collective());
        if (collective != (title.subject() == Title.Subject.TAP_THE)) {
            throw new InvalidInputException("title", "subject", title.label() + " là danh hiệu của "
                    + title.subject().label() + (collective ? ": đề nghị tập thể (collective: true) cần danh hiệu tập thể."
                    : ": đề nghị cá nhân cần danh hiệu cá nhân (hoặc collective: true cho tập thể)."));
        }
        if (openTask(year, PREPARE_TASK) == null) {
            throw Refused.conflict("nominations_closed", "Năm thi đua " + yearId + " không ở bước lập danh sách bình xét:"
                    + " chỉ đề nghị khi đơn vị đang lập (hoặc lập lại) danh sách.");
        }
        NominationRow row;
        if (collective) {
            if (request.citizenId() != null && !request.citizenId().isBlank()) {
                throw new InvalidInputException("citizenId", "absent", "Đề nghị tập thể (collective: true) không có"
                        + " số định danh (citizenId).");
            }
            String discipline = request.heaviestDiscipline() == null ? null : request.heaviestDiscipline().trim();
            if (discipline != null && Arrays.stream(DisciplineLevel.values()).noneMatch(d -> d.name().equals(discipline))) {
                throw new InvalidInputException("heaviestDiscipline", "oneOf", "heaviestDiscipline phải là một trong: "
                        + String.join(", ", Arrays.stream(DisciplineLevel.values()).map(Enum::name).toList()) + ".");
            }
            int members = request.members() == null ? Math.max(1, years.staff(yearId).size()) : request.members();
            for (Map.Entry<String, Integer> count : Map.of("membersCompletingTasks", nz(request.membersCompletingTasks()),
                    "advancedWorkers", nz(request.advancedWorkers()),
                    "baseEmulationFighters", nz(request.baseEmulationFighters())).entrySet()) {
                if (count.getValue() > members) {
                    throw new InvalidInputException(count.getKey(), "max", count.getKey() + " (" + count.getValue()
                            + ") không được lớn hơn số thành viên của tập thể (" + members + ").");
                }
            }
            row = new NominationRow(0, yearId, "TAP_THE", "TAP_THE", null, title.name(), false, false,
                    request.members(), request.membersCompletingTasks(), request.advancedWorkers(),
                    request.baseEmulationFighters(), discipline, null, null, null, null, null, null, null, null, null,
                    null, null, null, "CHO_XET", null, false, null, null);
        } else {
            StaffRow staff = staffMember(year, request.citizenId());
            row = new NominationRow(0, yearId, "CA_NHAN", staff.citizenId(), staff.id(), title.name(),
                    Boolean.TRUE.equals(request.scienceWorkAccepted()), Boolean.TRUE.equals(request.combatIngenuity()),
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    "CHO_XET", null, false, null, null);
        }
        if (years.nominationExists(yearId, row.holderKey(), title.name())) {
            throw Refused.conflict("nomination_exists", (collective ? "Tập thể đơn vị" : "Người có số định danh "
                    + vn.noivu.bpm.platform.web.PersonalData.maskCitizenId(row.holderKey())) + " đã được đề nghị "
                    + title.label() + " trong năm thi đua này.");
        }
        return years.insertNomination(row, by);
    }

    private static int nz(Integer value) {
        return value == null ? 0 : value;
    }

    /** A person of the year's staff by citizen ID: 400 when malformed or of another unit, 404 when not in the register. */
    public StaffRow staffMember(YearRow year, String citizenId) {
        if (citizenId == null || citizenId.isBlank()) {
            throw new InvalidInputException("citizenId", "required", "Số định danh (citizenId) của người được đề nghị là"
                    + " bắt buộc (hoặc collective: true cho tập thể).");
        }
        String id = citizenId.trim();
        if (!id.matches("\\d{12}")) {
            throw new InvalidInputException("citizenId", "pattern", "Số định danh cá nhân (citizenId) gồm đúng 12 chữ số.");
        }
        return years.staffMember(year.id(), id).orElseThrow(() -> personnel.names(List.of(id)).isEmpty()
                ? Refused.notFound("person_not_found", "Không có người với số định danh (citizenId) "
                        + vn.noivu.bpm.platform.web.PersonalData.maskCitizenId(id) + " trong danh sách cán bộ.")
                : new InvalidInputException("citizenId", "staff", "Người có số định danh (citizenId) "
                        + vn.noivu.bpm.platform.web.PersonalData.maskCitizenId(id) + " không thuộc danh sách cán bộ của"
                        + " đơn vị " + year.unitCode() + " trong năm thi đua này."));
    }

    private void requireOpen(YearRow year) {
        if ("KET_THUC".equals(year.status())) {
            throw Refused.conflict("year_closed", "Năm thi đua " + year.id() + " đã kết thúc.");
        }
    }

    @Transactional
    public void maternityLeave(long yearId, String citizenId, boolean leave) {
        YearRow year = year(yearId);
        requireOpen(year);
        years.setMaternityLeave(staffMember(year, citizenId).id(), leave);
        refreshStaffSummary(year);
    }

    /** The officials' form shows the staff as they are now, not as they were when the year was opened. */
    private void refreshStaffSummary(YearRow year) {
        if (year.processInstanceId() == null) {
            return;
        }
        String summary = YearOpening.staffSummary(years.staff(year.id()));
        system.run(() -> {
            runtimeService.setVariable(year.processInstanceId(), CommendationYearProcess.STAFF_SUMMARY, summary);
            return null;
        });
    }

    @Transactional
    public void openProceedings(long yearId, String citizenId, YearStaffRequests.Proceedings request) {
        YearRow year = year(yearId);
        requireOpen(year);
        YearProceedings.Kind kind = Arrays.stream(YearProceedings.Kind.values())
                .filter(k -> k.name().equals(request.kind().trim())).findFirst()
                .orElseThrow(() -> new InvalidInputException("kind", "oneOf", "Loại việc (kind) phải là XEM_XET_KY_LUAT"
                        + " (xem xét kỷ luật), DIEU_TRA (điều tra, thanh tra) hoặc KHIEU_NAI (khiếu nại, tố cáo)."));
        years.openProceedings(staffMember(year, citizenId).id(), kind.name(), request.reason().strip());
        refreshStaffSummary(year);
    }

    @Transactional
    public void clearProceedings(long yearId, String citizenId, YearStaffRequests.Cleared request) {
        YearRow year = year(yearId);
        requireOpen(year);
        YearProceedings.Result result = Arrays.stream(YearProceedings.Result.values())
                .filter(r -> r != YearProceedings.Result.CON_XU_LY && r.name().equals(request.result().trim()))
                .findFirst().orElseThrow(() -> new InvalidInputException("result", "oneOf", "Kết quả (result) phải là"
                        + " KHONG_VI_PHAM (kết luận không vi phạm) hoặc BI_KY_LUAT (bị kỷ luật)."));
        StaffRow staff = staffMember(year, citizenId);
        if (staff.proceedings() == null) {
            throw Refused.conflict("no_proceedings", "Người này không có việc xem xét kỷ luật, điều tra, khiếu nại đang mở.");
        }
        years.closeProceedings(staff.id(), result.name(), request.note() == null ? null : request.note().strip());
        refreshStaffSummary(year);
        // The officials' follow-up form shows the outcome recorded here.
        Task follow = openTask(year, FOLLOW_TASK);
        if (follow != null) {
            List<NominationRow> postponed = years.openNominations(yearId).stream()
                    .filter(n -> Status.valueOf(n.status()) == Status.HOAN_XET).toList();
            system.run(() -> {
                taskService.setVariable(follow.getId(), CommendationYearProcess.POSTPONED_SHEET,
                        YearRecordAwards.postponedSheet(postponed, YearSheets.staffById(years, yearId), year));
                return null;
            });
        }
    }

    /**
     * The council's ballots through the API: the year must wait at the council's task; each row a nominee awaiting
     * the vote, agree + against at most the council's members (written opinions of absent members among them).
     */
    @Transactional
    public void vote(long yearId, YearStaffRequests.Votes request) {
        YearRow year = year(yearId);
        Task task = openTask(year, VOTE_TASK);
        if (task == null) {
            throw Refused.conflict("no_vote_open", "Năm thi đua " + yearId + " không có phiên bỏ phiếu đang chờ Hội đồng.");
        }
        List<NominationRow> toVote = years.openNominations(yearId).stream()
                .filter(n -> Status.valueOf(n.status()) == Status.CHO_BO_PHIEU).toList();
        ArrayNode sheet = YearSheets.JSON.createArrayNode();
        for (int i = 0; i < request.votes().size(); i++) {
            YearStaffRequests.Vote v = request.votes().get(i);
            if (toVote.stream().noneMatch(n -> n.id() == v.nominationId())) {
                throw new InvalidInputException("votes[" + i + "].nominationId", "awaitingVote", "Đề nghị "
                        + v.nominationId() + " (votes[" + i + "].nominationId) không chờ Hội đồng bỏ phiếu.");
            }
            int against = v.against() == null ? 0 : v.against();
            if (v.agree() + against > year.councilMembers()) {
                throw new InvalidInputException("votes[" + i + "].agree", "ballots", "Tổng số phiếu của dòng " + (i + 1)
                        + " (" + (v.agree() + against) + ") nhiều hơn số thành viên Hội đồng (" + year.councilMembers()
                        + "): phiếu đồng ý và không đồng ý, kể cả ý kiến bằng văn bản của thành viên vắng mặt, không vượt"
                        + " số thành viên.");
            }
            ObjectNode row = sheet.addObject();
            row.put("nominationId", v.nominationId());
            row.put("nominee", "đề nghị " + v.nominationId());
            row.put("agree", Integer.toString(v.agree()));
            row.put("against", Integer.toString(against));
        }
        for (NominationRow n : toVote) {
            if (request.votes().stream().noneMatch(v -> v.nominationId() == n.id())) {
                throw new InvalidInputException("votes", "complete", "Thiếu phiếu của đề nghị " + n.id()
                        + ": Hội đồng bỏ phiếu cho mọi người chờ bỏ phiếu trong cùng một lần gửi.");
            }
        }
        try {
            system.run(() -> {
                taskService.complete(task.getId(), Map.of(CommendationYearProcess.VOTE_SHEET, YearSheets.json(sheet)));
                return null;
            });
        } catch (BadUserRequestException e) {
            throw new InvalidInputException("votes", "sheet", e.getMessage());
        }
    }
}
