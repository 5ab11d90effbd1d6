#ifndef CEXOMODELS_H
#define CEXOMODELS_H

/// One file of Sources/ExoClassifier/Resources, built into the executable by `#embed`.
typedef struct {
    /// The file's name in that folder.
    const char *name;
    /// Its bytes.
    const unsigned char *bytes;
    /// Its length in bytes.
    unsigned long size;
} ExoEmbeddedFile;

/// The number of embedded files.
int exo_embedded_file_count(void);

/// The embedded file at `index` (0 ..< exo_embedded_file_count()).
const ExoEmbeddedFile *exo_embedded_file(int index);

#endif
