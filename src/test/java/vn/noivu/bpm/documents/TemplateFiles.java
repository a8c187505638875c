package vn.noivu.bpm.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vn.noivu.bpm.documents.render.TemplateStore;

/** The templates as files of the project (the shared layout in bpmn/documents, the tests' own), without a database. */
public class TemplateFiles extends TemplateStore {

    static final List<Path> FOLDERS = List.of(Path.of("bpmn/documents"), Path.of("src/test/resources/documents"));

    public TemplateFiles() {
        super(null);
    }

    @Override
    public Optional<StoredTemplate> latest(String name) {
        for (Path folder : FOLDERS) {
            Path file = folder.resolve(name + SUFFIX);
            if (Files.exists(file)) {
                try {
                    return Optional.of(new StoredTemplate(name, "file", Files.readString(file)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return Optional.empty();
    }
}
