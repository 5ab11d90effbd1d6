// Tests for ExoBatch are added as the module is built.
