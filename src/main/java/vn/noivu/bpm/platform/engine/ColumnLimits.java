package vn.noivu.bpm.platform.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Names and values a deployment writes to the engine's tables, checked against the column lengths of Camunda 7.24's
 * create scripts, so that an over-long name is a 400 naming it and not a database error (500) at the flush.
 */
final class ColumnLimits {

    /** ACT_RE_DEPLOYMENT.NAME_ and SOURCE_, ACT_GE_BYTEARRAY.NAME_, definitions' KEY_, NAME_ and CATEGORY_,
     *  activity ids and names in the runtime and history tables. */
    static final int NAME = 255;
    /** TENANT_ID_, VERSION_TAG_ */
    static final int SHORT = 64;
    /** HISTORY_TTL_ is an integer column: days, as a number or P<days>D. */
    private static final Pattern TTL = Pattern.compile("P?(\\d{1,18})D?");

    private ColumnLimits() {
    }

    static Refusal deployment(DeploymentEntity deployment) {
        Refusal refusal = text("tên bản triển khai (deployment-name)", deployment.getName(), NAME);
        if (refusal == null) {
            refusal = text("nguồn triển khai (deployment-source)", deployment.getSource(), NAME);
        }
        return refusal != null ? refusal : text("mã đơn vị (tenant-id)", deployment.getTenantId(), SHORT);
    }

    static Refusal resourceName(String name) {
        return name == null || name.isBlank() ? new Refusal("name-invalid", "tệp không có tên") : text("tên tệp", name, NAME);
    }

    private static Refusal text(String what, String value, int max) {
        if (value == null) {
            return null;
        }
        if (value.length() > max) {
            return new Refusal("name-too-long", what + " dài " + value.length() + " ký tự, tối đa " + max);
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            return new Refusal("name-invalid", what + " chứa ký tự điều khiển");
        }
        return null;
    }

    /** The first id, name, namespace, version tag or time-to-live of a model over its column, or null. */
    static ModelRules.Violation firstViolation(Element element, Element owner) {
        Element named = element.attribute("id") != null ? element : owner;
        for (String key : element.attributes()) {
            Refusal refusal = check(key.substring(key.lastIndexOf(':') + 1), element.attribute(key));
            if (refusal != null) {
                return new ModelRules.Violation(named, refusal.rule(), refusal.message());
            }
        }
        for (Element child : element.elements()) {
            ModelRules.Violation violation = firstViolation(child, named);
            if (violation != null) {
                return violation;
            }
        }
        return null;
    }

    private static Refusal check(String attribute, String value) {
        switch (attribute) {
            case "id":
            case "name":
            case "targetNamespace":
            case "namespace":
                return length(attribute, value, NAME);
            case "versionTag":
                return length(attribute, value, SHORT);
            case "historyTimeToLive":
                return validTimeToLive(value) ? null : new Refusal("history-ttl-invalid", "historyTimeToLive \""
                        + (value.length() > 40 ? value.substring(0, 40) + "…" : value)
                        + "\" phải là số ngày từ 0 đến " + Integer.MAX_VALUE);
            default:
                return null;
        }
    }

    private static Refusal length(String attribute, String value, int max) {
        return value.length() <= max ? null
                : new Refusal("name-too-long", attribute + " dài " + value.length() + " ký tự, tối đa " + max);
    }

    private static boolean validTimeToLive(String value) {
        String ttl = value.trim();
        if (ttl.isEmpty()) {
            return true;
        }
        Matcher days = TTL.matcher(ttl);
        return days.matches() && ttl.startsWith("P") == ttl.endsWith("D") && Long.parseLong(days.group(1)) <= Integer.MAX_VALUE;
    }
}
