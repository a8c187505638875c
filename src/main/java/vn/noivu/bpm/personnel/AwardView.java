package vn.noivu.bpm.personnel;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.noivu.bpm.personnel.AwardVocabulary.HolderType;
import vn.noivu.bpm.platform.web.PersonalData;

/** An award as the API answers it, shared by the register's endpoints and those that list awards with more. */
public final class AwardView {

    private AwardView() {
    }

    /** Codes with their Vietnamese words; {@code masked}: the citizen ID to its last four digits, as lists show it. */
    public static Map<String, Object> of(Award a, boolean masked) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", a.id());
        view.put("holderType", a.holder().type().name());
        view.put("holderTypeLabel", a.holder().type().label());
        if (a.holder().type() == HolderType.CA_NHAN) {
            view.put("citizenId", masked ? PersonalData.maskCitizenId(a.holder().citizenId()) : a.holder().citizenId());
            view.put("fullName", a.holder().fullName());
        } else {
            view.put("unitCode", a.holder().unitCode());
            view.put("unitName", a.holder().unitName());
        }
        view.put("title", a.title().name());
        view.put("titleLabel", a.title().label());
        view.put("level", a.title().level().name());
        view.put("levelLabel", a.title().level().label());
        view.put("year", a.year());
        view.put("kind", a.kind().name());
        view.put("kindLabel", a.kind().label());
        view.put("decisionNumber", a.decision().number());
        view.put("decisionDate", a.decision().date());
        view.put("decider", a.decision().decider());
        view.put("source", a.source().name());
        view.put("sourceLabel", a.source().label());
        return view;
    }
}
