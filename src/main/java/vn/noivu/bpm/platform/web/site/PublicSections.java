package vn.noivu.bpm.platform.web.site;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** The menu of the public site, from the sections the procedures supply; the platform names none of them. */
@Component("publicSections")
public class PublicSections {

    private final List<PublicSection> sections;

    public PublicSections(List<PublicSection> sections) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(PublicSection::order)).toList();
    }

    public List<PublicSection> all() {
        return sections;
    }
}
