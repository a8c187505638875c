package vn.noivu.bpm.platform.web.site;

/**
 * A part of the public site a procedure supplies (a bean): its entry in the menu and on the home page.
 *
 * @param path        the page's address, e.g. {@code /tuyen-dung}
 * @param title       the menu entry, in Vietnamese
 * @param description one sentence on the home page: what a citizen does there
 * @param order       position in the menu, smallest first
 */
public record PublicSection(String path, String title, String description, int order) {
}
