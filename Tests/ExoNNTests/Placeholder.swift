// Tests for ExoNN are added as the module is built.
