// Tests for ExoReport are added as the module is built.
