// Tests for ExoClassifier are added as the module is built.
