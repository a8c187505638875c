package vn.noivu.bpm.platform.identity;

import java.util.List;

/** Implemented by a Spring bean of each procedure that brings its own groups; the platform collects them all. */
public interface ProcedureGroups {

    List<ProcedureGroup> groups();
}
