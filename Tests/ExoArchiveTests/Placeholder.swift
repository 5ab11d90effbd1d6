// Tests for ExoArchive are added as the module is built.
