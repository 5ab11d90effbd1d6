// The bundled classifier files, compiled into the executable with C23 `#embed` so that a copied
// `exoscope` needs no resource folder beside it. The paths are relative to this file, so no build
// path ends up in the binary; clang lists the embedded files in its dependency output, so a
// retrained model is picked up by the next `swift build`. A new file in that folder needs a line
// here (EmbeddedModelFileTests checks that the two agree).
#include "CExoModels.h"

#pragma clang diagnostic ignored "-Wc23-extensions"

static const unsigned char default_model_json[] = {
#embed "../ExoClassifier/Resources/default-model.json"
};
static const unsigned char default_model_member_0[] = {
#embed "../ExoClassifier/Resources/default-model.member-0.safetensors"
};
static const unsigned char default_model_member_1[] = {
#embed "../ExoClassifier/Resources/default-model.member-1.safetensors"
};
static const unsigned char default_model_member_2[] = {
#embed "../ExoClassifier/Resources/default-model.member-2.safetensors"
};
static const unsigned char default_model_member_3[] = {
#embed "../ExoClassifier/Resources/default-model.member-3.safetensors"
};
static const unsigned char default_model_member_4[] = {
#embed "../ExoClassifier/Resources/default-model.member-4.safetensors"
};
static const unsigned char seed_model[] = {
#embed "../ExoClassifier/Resources/seed-model.safetensors"
};

#define FILE_ENTRY(name, array) {name, array, sizeof(array)}

static const ExoEmbeddedFile files[] = {
    FILE_ENTRY("default-model.json", default_model_json),
    FILE_ENTRY("default-model.member-0.safetensors", default_model_member_0),
    FILE_ENTRY("default-model.member-1.safetensors", default_model_member_1),
    FILE_ENTRY("default-model.member-2.safetensors", default_model_member_2),
    FILE_ENTRY("default-model.member-3.safetensors", default_model_member_3),
    FILE_ENTRY("default-model.member-4.safetensors", default_model_member_4),
    FILE_ENTRY("seed-model.safetensors", seed_model),
};

int exo_embedded_file_count(void) { return (int)(sizeof(files) / sizeof(files[0])); }

const ExoEmbeddedFile *exo_embedded_file(int index) {
    if (index < 0 || index >= exo_embedded_file_count()) return 0;
    return &files[index];
}
