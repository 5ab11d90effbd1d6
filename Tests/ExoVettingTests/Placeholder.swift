// Tests for ExoVetting are added as the module is built.
