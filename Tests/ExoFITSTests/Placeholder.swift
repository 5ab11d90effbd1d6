// Tests for ExoFITS are added as the module is built.
