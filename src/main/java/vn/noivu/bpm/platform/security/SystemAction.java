package vn.noivu.bpm.platform.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Engine work the system does as the consequence of a user's request, not with the user's own engine rights:
 * reading a deployed rule table, moving a round on once the council's score sheet is complete. The caller's
 * right to the request itself is checked by the endpoint before.
 */
@Component
public class SystemAction {

    private final IdentityService identity;

    public SystemAction(IdentityService identity) {
        this.identity = identity;
    }

    public <T> T run(Supplier<T> work) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
