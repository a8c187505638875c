package vn.noivu.bpm.personnel;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.personnel.AwardVocabulary.HolderType;
import vn.noivu.bpm.personnel.AwardVocabulary.Source;
import vn.noivu.bpm.personnel.AwardVocabulary.Title;
import vn.noivu.bpm.platform.error.Refused;
import vn.noivu.bpm.platform.web.InvalidInputException;

/**
 * The award register (sổ khen thưởng): a decision's awards recorded at once, a holder's awards, and the streaks the
 * commendation rules read (P5: three consecutive Chiến sĩ thi đua cơ sở; P5c: two consecutive Chiến sĩ thi đua cấp
 * tỉnh). Shared, so that promotion and commendation read the same register without knowing each other.
 */
@Service
public class AwardRegister {

    /** The earliest emulation year the register takes (the first emulation movement, 1948; older awards are archive). */
    public static final int FIRST_YEAR = 1945;

    private final AwardRepository awards;
    private final PersonnelRepository personnel;

    public AwardRegister(AwardRepository awards, PersonnelRepository personnel) {
        this.awards = awards;
        this.personnel = personnel;
    }

    /**
     * Records every award of one decision, or none: each person must be in the personnel register, each title fit
     * its holder, the year be one the decision can be for, and no (holder, title, year) already be in the register
     * or twice in the list (409 award_exists). Answers how many were recorded.
     */
    @Transactional
    public int record(Award.Decision decision, List<Award.Given> given, Source source, String sourceReference,
                      String recordedBy) {
        if (given.isEmpty()) {
            throw new InvalidInputException("awards", "required", "Quyết định cần ít nhất một người hoặc tập thể được khen.");
        }
        if (decision.date().isAfter(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")))) {
            throw new InvalidInputException("decisionDate", "past", "Ngày quyết định không được sau ngày hôm nay: "
                    + "sổ khen thưởng chỉ ghi khen thưởng đã quyết định.");
        }
        Set<String> citizens = new HashSet<>();
        for (Award.Given award : given) {
            check(award, decision);
            if (award.holder().type() == HolderType.CA_NHAN) {
                citizens.add(award.holder().citizenId());
            }
        }
        Map<String, String> names = personnel.names(citizens);
        for (String citizenId : citizens) {
            if (!names.containsKey(citizenId)) {
                throw new InvalidInputException("citizenId", "registered", "Không có người với số định danh "
                        + citizenId + " trong danh sách cán bộ (trường citizenId): nhập người đó vào danh sách trước.");
            }
        }
        Set<String> keys = new HashSet<>();
        Set<String> existing = awards.existing(given);
        for (Award.Given award : given) {
            String key = AwardRepository.key(award.holder(), award.title(), award.year());
            if (existing.contains(key) || !keys.add(key)) {
                String holder = award.holder().type() == HolderType.CA_NHAN ? names.get(award.holder().citizenId())
                        : award.holder().unitName() + " (" + award.holder().unitCode() + ")";
                throw Refused.conflict("award_exists", holder + " đã có " + award.title().label()
                        + " năm " + award.year() + " trong sổ khen thưởng: mỗi danh hiệu, hình thức một lần một năm.");
            }
        }
        awards.insert(decision, given, source, sourceReference, recordedBy);
        return given.size();
    }

    private static void check(Award.Given award, Award.Decision decision) {
        Award.Holder holder = award.holder();
        if (holder.type() == HolderType.CA_NHAN && (holder.citizenId() == null || !holder.citizenId().matches("\\d{12}"))) {
            throw new InvalidInputException("citizenId", "pattern", "Số định danh cá nhân (CCCD) gồm đúng 12 chữ số.");
        }
        if (holder.type() == HolderType.TAP_THE && (blank(holder.unitCode()) || blank(holder.unitName()))) {
            throw new InvalidInputException("unitCode", "required", "Tập thể được khen cần mã đơn vị (unitCode) và tên đơn vị (unitName).");
        }
        if (!award.title().heldBy(holder.type())) {
            throw new InvalidInputException("title", "holder", award.title().label() + " không tặng cho "
                    + holder.type().label() + ".");
        }
        if (award.year() < FIRST_YEAR || award.year() > decision.date().getYear()) {
            throw new InvalidInputException("year", "range", "Năm thi đua " + award.year() + " phải từ " + FIRST_YEAR
                    + " đến năm của ngày quyết định (" + decision.date().getYear() + ").");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public List<Award> ofPerson(String citizenId) {
        return awards.ofPerson(citizenId);
    }

    public List<Award> ofCollective(String unitCode) {
        return awards.ofUnit(unitCode);
    }

    /**
     * Consecutive years the holder was given the title for merit, ending in {@code year} (0 without it that year);
     * sudden (DOT_XUAT) awards do not count (Decree 152/2025 Art. 4(3)). C5: 2023, 2024, 2025 → 3; C6: 2022, 2023,
     * 2025 → 1.
     */
    public int streak(Award.Holder holder, Title title, int year) {
        return awards.streak(holder, title, year);
    }
}
