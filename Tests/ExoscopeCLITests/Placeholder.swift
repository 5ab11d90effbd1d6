// Tests for ExoscopeCLI are added as the module is built.
