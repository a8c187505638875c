package vn.noivu.bpm.platform.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.bpm.platform.security.ApiUser;
import vn.noivu.bpm.platform.security.PublicEndpoint;

/** What the system is (public) and who the caller is (signed in): the first things a client asks. */
@Tag(name = PlatformApi.TAG, description = PlatformApi.DESCRIPTION)
@RestController
@RequestMapping("/api/platform")
public class PlatformController {

    public static final String SYSTEM_NAME = "Hệ thống quy trình ngành Nội vụ";

    private final IdentityService identity;

    public PlatformController(IdentityService identity) {
        this.identity = identity;
    }

    public record Info(String name, String timeZone, String tasklistUrl) {
    }

    public record Me(String userId, String fullName, List<String> groups) {
    }

    @PublicEndpoint
    @Operation(summary = "Thông tin hệ thống")
    @GetMapping("/info")
    public Info info() {
        return new Info(SYSTEM_NAME, "Asia/Ho_Chi_Minh", RootRedirectController.TASKLIST);
    }

    @Operation(summary = "Tài khoản đang gọi: tên và các nhóm (vai trò)")
    @GetMapping("/me")
    public Me me(@RequestAttribute(ApiUser.REQUEST_ATTRIBUTE) ApiUser caller) {
        User user = identity.createUserQuery().userId(caller.userId()).singleResult();
        String fullName = user == null ? caller.userId() : (user.getFirstName() + " " + user.getLastName()).trim();
        return new Me(caller.userId(), fullName, caller.groupIds());
    }
}
