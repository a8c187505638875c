package vn.noivu.bpm.personnel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.noivu.bpm.platform.identity.Role;
import vn.noivu.bpm.platform.security.AllowedRoles;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.platform.web.KeyedStatusException;

/** The personnel register: officials import it from the national database's exports; staff read a person. */
@Tag(name = PersonnelApi.TAG, description = PersonnelApi.DESCRIPTION)
@RestController
@RequestMapping("/api/personnel")
public class PersonnelController {

    /** The access a procedure grants its group to read a person ({@code ProcedureGroup#access}). */
    public static final String READ_ACCESS = "personnel-read";

    private final PersonnelImport personnelImport;
    private final PersonnelRepository repository;

    public PersonnelController(PersonnelImport personnelImport, PersonnelRepository repository) {
        this.personnelImport = personnelImport;
        this.repository = repository;
    }

    /** Multipart {@code file}: .xlsx (first sheet) or .csv (UTF-8, comma or semicolon), one person a row. */
    @AllowedRoles(Role.CHUYEN_VIEN)
    @Operation(summary = "Nhập danh sách cán bộ, công chức, viên chức từ tệp (XLSX hoặc CSV)")
    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public PersonnelImport.Imported importRegister(@RequestParam(required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "required", "Cần tệp .xlsx hoặc .csv (trường file).");
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        boolean csv = name.endsWith(".csv") || String.valueOf(file.getContentType()).startsWith("text/csv");
        // The import reads the file twice (check, then store): a file of our own, whatever the servlet container kept.
        Path table = Files.createTempFile("personnel-import-", csv ? ".csv" : ".xlsx");
        try {
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, table, StandardCopyOption.REPLACE_EXISTING);
            }
            return personnelImport.importTable(table, csv);
        } finally {
            Files.deleteIfExists(table);
        }
    }

    @AllowedRoles(value = {Role.CHUYEN_VIEN, Role.LANH_DAO}, access = READ_ACCESS)
    @Operation(summary = "Xem hồ sơ một cán bộ, công chức, viên chức")
    @GetMapping("/{citizenId}")
    public Person person(@PathVariable String citizenId) {
        return repository.find(citizenId).orElseThrow(() -> new KeyedStatusException(HttpStatus.NOT_FOUND,
                "person_not_found", "Không có người với số định danh " + citizenId + " trong danh sách cán bộ."));
    }
}
