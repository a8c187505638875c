package vn.noivu.bpm.promotion.process;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.personnel.Person;
import vn.noivu.bpm.personnel.PersonnelRepository;
import vn.noivu.bpm.platform.error.Refused;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.promotion.PromotionVocabulary.NominationStatus;
import vn.noivu.bpm.promotion.PromotionVocabulary.RoundStatus;
import vn.noivu.bpm.promotion.PromotionVocabulary.StaffType;
import vn.noivu.bpm.promotion.persistence.NominationRepository;
import vn.noivu.bpm.promotion.persistence.PromotionRepository;
import vn.noivu.bpm.promotion.web.NominationRequest;
import vn.noivu.bpm.promotion.web.Nominated;

/** Units nominate their registered staff while nominations are open (openNominations to nominationsClosed). */
@Service
public class PromotionNominations {

    private final PromotionRepository rounds;
    private final NominationRepository nominations;
    private final PersonnelRepository personnel;

    public PromotionNominations(PromotionRepository rounds, NominationRepository nominations,
                                PersonnelRepository personnel) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.personnel = personnel;
    }

    /** openNominations: the plan is approved; units send their nominations until the filing deadline. */
    @Transactional
    public void open(String code) {
        rounds.setStatus(code, RoundStatus.NHAN_DE_CU);
    }

    /** Once per person per round, while nominations are open. */
    @Transactional
    public Nominated nominate(String code, NominationRequest request, String nominatedBy) {
        PromotionRepository.RoundRow round = rounds.round(code);
        if (round.status() != RoundStatus.NHAN_DE_CU
                || Deadlines.toLocalDate(ClockUtil.getCurrentTime()).isAfter(round.filingDeadline())) {
            throw Refused.conflict("round_not_accepting_nominations", "Kỳ xét " + code + " hiện không nhận văn bản cử.");
        }
        Person person = personnel.find(request.citizenId()).orElseThrow(() -> new InvalidInputException("citizenId",
                "registered", "Không có người với số định danh " + request.citizenId() + " trong danh sách cán bộ."));
        if (!person.staffType().equals(round.staffType())) {
            throw new InvalidInputException("citizenId", "staffType", person.fullName() + " là " + person.staffType()
                    + ", kỳ xét dành cho " + round.staffType() + ".");
        }
        if (request.vacancy() == null && StaffType.CONG_CHUC.name().equals(round.staffType())) {
            throw new InvalidInputException("vacancy", "required", "Công chức: cần ghi còn hay không còn vị trí việc làm "
                    + "của ngạch cao hơn trong cơ cấu được duyệt (Nghị định 170/2025/NĐ-CP, Điều 23 khoản 2 điểm a).");
        }
        if (!nominations.insert(round.id(), request.citizenId(), nominatedBy, request.certificatesMet(),
                request.vacancy() == null || request.vacancy())) {
            throw Refused.conflict("already_nominated",
                    person.fullName() + " đã được cử trong kỳ xét " + code + ": mỗi người một lần.");
        }
        return new Nominated(person.citizenId(), person.fullName(), NominationStatus.DE_CU);
    }
}
