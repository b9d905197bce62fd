package org.vcmtck.profiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where the index and the catalogue files are read from: the classpath (from a jar) or a directory. */
interface CatalogueSource {

    /** The name used in error messages for {@code file} (as listed in the index). */
    String describe(String file);

    /** The text of {@code file}, a name relative to the index. */
    String read(String file) throws IOException;

    static CatalogueSource classpath(String folder) {
        return new CatalogueSource() {
            @Override
            public String describe(String file) {
                return folder + "/" + file;
            }

            @Override
            public String read(String file) throws IOException {
                try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(folder + "/" + file)) {
                    if (in == null) {
                        throw new NoSuchFileException(describe(file), null, "not on the classpath");
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        };
    }

    static CatalogueSource directory(Path folder) {
        return new CatalogueSource() {
            @Override
            public String describe(String file) {
                return folder.resolve(file).toString();
            }

            @Override
            public String read(String file) throws IOException {
                return Files.readString(folder.resolve(file), StandardCharsets.UTF_8);
            }
        };
    }
}
